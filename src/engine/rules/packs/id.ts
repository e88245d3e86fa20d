import type { Rule } from '../../types.ts';
import { PACK_LINK, wrongNumberChat } from './shared.ts';

/**
 * Indonesian (id). SMS Indonesian is heavily abbreviated (sy, utk, dgn, sdh, no, rek, m-dptkan),
 * so the patterns accept the common short forms seen in Indonesian fraud SMS: "mama minta pulsa",
 * "PIN pemenang" prize notices, "transfer ke rek ini saja", and the newer WhatsApp/Telegram part-time
 * "tugas" and crypto-investment scripts reported by OJK and Kominfo.
 */
/** Pay, deposit, transfer or top up: written twice in one rule (both word orders). */
const ID_PAY_VERB =
  '(?:pembayaran|bayar|membayar|deposit|setor|transfer|upgrade|tingkatkan|isi ulang|top ?up|lunasi)';

/** The wrong-number apology, shared by the opener and its chatty variant. */
const WRONG_NUMBER_ID =
  /\b(?:maaf|mohon maaf|sorry)\b[^\n]{0,30}\bsalah (?:kirim|sambung|orang|nomor|nomer|chat)\b/u;

export const ID_RULES: readonly Rule[] = [
  {
    id: 'OPENER_WRONG_NUMBER_ID',
    family: 'opener',
    stage: 'opener',
    languages: ['id'],
    pattern: WRONG_NUMBER_ID,
    description: 'A stranger apologises for a message "sent to the wrong number" and stays to chat.',
    reason: 'reason_opener_wrong_number',
    examples: {
      hit: [
        'Halo, maaf sepertinya saya salah kirim. Tapi boleh kenalan?',
        'Mohon maaf kak, salah nomor ya? Ini bukan Pak Hendra?',
      ],
      miss: [
        'Maaf salah ketik, maksudnya jam 3 sore',
        'Tadi ada yang telepon salah sambung terus, ganggu banget',
      ],
    },
  },
  {
    id: 'OPENER_WRONG_NUMBER_CHAT_ID',
    ...wrongNumberChat(
      'id',
      WRONG_NUMBER_ID,
      '(?:kamu|anda) (?:tinggal|berasal) (?:di ?mana|dari ?mana)|senang berkenalan|boleh (?:kita )?(?:berteman|kenalan)|(?:kamu|anda) (?:kelihatan|sepertinya|tampak) (?:baik|ramah)',
    ),
    examples: {
      hit: [
        'Maaf, sepertinya saya salah kirim pesan. Tapi senang berkenalan, kamu tinggal di mana?',
        'maaf salah sambung, boleh kenalan?',
      ],
      miss: ['Maaf, salah kirim.', 'kamu tinggal di mana sekarang? aku mau mampir'],
    },
  },
  {
    id: 'OPENER_CONTACT_SAVED_ID',
    family: 'opener',
    stage: 'opener',
    languages: ['id'],
    pattern:
      /\b(?:asisten|sekretaris)(?: saya| aku)?\b[^\n]{0,30}\b(?:menyimpan|simpan|nyimpen|save)\b[^\n]{0,15}\b(?:nomor|nomer|kontak|no)\b|\bdapat (?:nomor|nomer|kontak) (?:anda|kamu|kakak) dari\b/u,
    description: 'Claims an assistant saved the number, or that the number was passed on.',
    reason: 'reason_opener_contact_saved',
    examples: {
      hit: [
        'Selamat sore, asisten saya menyimpan nomor Anda sebagai klien baru',
        'Saya dapat nomor kakak dari grup alumni, boleh ngobrol?',
      ],
      miss: ['Asisten dosen bilang kuis diundur minggu depan', 'Jangan lupa simpan nomor aku yang baru ya'],
    },
  },
  {
    id: 'OPENER_STRANGER_ID',
    family: 'opener',
    stage: 'opener',
    languages: ['id'],
    pattern:
      /\b(?:boleh|bolehkah|bisa) (?:kenalan|berkenalan)\b|\bsaya lihat (?:foto|profil) (?:anda|kamu|kakak)\b/u,
    description: 'An unknown sender asks to get acquainted out of nowhere.',
    reason: 'reason_opener_stranger',
    examples: {
      hit: [
        'Hai kak, boleh kenalan? Aku Jessica dari Surabaya',
        'Saya lihat profil Anda di Facebook, sangat menarik',
      ],
      miss: ['Senang berkenalan dengan kalian di seminar kemarin', 'Mau aku kenalin sama temen kantorku?'],
    },
  },
  {
    id: 'ROMANCE_FAST_INTIMACY_ID',
    family: 'romance',
    stage: 'rapport',
    languages: ['id'],
    pattern:
      /\bbaru (?:kenal|kenalan|ngobrol)\b[^\n]{0,30}\b(?:sayang|cinta|jatuh cinta|nyaman)\b|\bkamu(?:lah)? (?:jodoh|belahan jiwa|takdir)(?:ku| saya)\b|\bjatuh cinta (?:sama kamu|padamu|pada kamu|denganmu|pada anda)\b/u,
    description: 'Declarations of love or destiny from someone only just met.',
    reason: 'reason_romance_fast_intimacy',
    examples: {
      hit: ['Kita baru kenal seminggu tapi aku sudah sayang sama kamu', 'Aku yakin kamulah jodohku'],
      miss: ['Sayang, udah makan belum?', 'Film itu tentang jatuh cinta pada pandangan pertama'],
    },
  },
  {
    id: 'ROMANCE_BACKSTORY_ID',
    family: 'romance',
    stage: 'rapport',
    languages: ['id'],
    pattern:
      /\b(?:anjungan minyak|rig minyak|pengeboran lepas pantai|tentara amerika|militer amerika|dokter (?:pbb|un)|misi perdamaian pbb)\b|\b(?:istri|suami)(?:ku| saya)? (?:meninggal|wafat)\b[^\n]{0,40}\b(?:sendirian|kesepian|membesarkan)\b/u,
    description: 'The romance-scam life story: oil rig, US soldier, UN doctor, widowed and lonely.',
    reason: 'reason_romance_backstory',
    examples: {
      hit: [
        'Saya insinyur di rig minyak lepas pantai, kontrak saya selesai bulan depan',
        'Istri saya meninggal tiga tahun lalu, sejak itu saya membesarkan anak sendiri',
      ],
      miss: [
        'Harga minyak goreng naik lagi minggu ini',
        'Nenek meninggal dengan tenang semalam, mohon doanya',
      ],
    },
  },
  {
    id: 'ROMANCE_NO_VIDEO_ID',
    family: 'romance',
    stage: 'rapport',
    languages: ['id'],
    pattern:
      /\b(?:video ?call|vc)\b[^\n]{0,25}\b(?:tidak bisa|tdk bisa|ga bisa|gak bisa|nggak bisa|dilarang|tidak diizinkan)\b|\b(?:tidak|tdk|ga|gak|nggak|belum) bisa (?:video ?call|vc)\b[^\n]{0,40}\b(?:kapal|markas|militer|tentara|kamera(?:nya)? rusak|rig|pengeboran|misi|dilarang)\b/u,
    description: 'Excuses not to video call.',
    reason: 'reason_romance_no_video',
    examples: {
      hit: [
        'Maaf sayang, video call tidak bisa di sini, markas melarang kamera',
        'VC dulu ga bisa ya, aturan kantor ketat',
        'Sayang, aku tidak bisa video call karena di kapal, tapi aku sangat mencintaimu',
      ],
      miss: [
        'Nanti malam vc ya jam 8',
        'Video call sama nenek tiap minggu bikin dia senang',
        'Maaf aku tidak bisa video call sekarang karena lagi di kantor, nanti malam ya',
      ],
    },
  },
  {
    id: 'ROMANCE_FUTURE_ID',
    family: 'romance',
    stage: 'rapport',
    languages: ['id'],
    pattern:
      /\bmenghabiskan sisa hidup(?:ku| saya)? (?:bersamamu|denganmu|dengan kamu|bersama kamu|dengan anda)\b|\bmasa depan kita berdua\b|\bmembangun (?:masa depan|keluarga) (?:bersamamu|denganmu|dengan kamu|bersama kamu)\b|\bdemi masa depan kita\b/u,
    description: 'Talk of a shared future with someone barely known.',
    reason: 'reason_romance_future',
    examples: {
      hit: [
        'Ini semua demi masa depan kita, sayang',
        'Aku ingin menghabiskan sisa hidupku bersamamu',
        'Kita kumpulkan modal untuk masa depan kita berdua',
      ],
      miss: [
        'Masa depan kita ditentukan oleh pendidikan, kata pak menteri',
        'Masa depan anak-anak harus dipikirkan dari sekarang',
        'Membangun keluarga itu butuh kesabaran',
      ],
    },
  },
  {
    id: 'PLATFORM_MOVE_ID',
    family: 'platform_move',
    stage: 'platform',
    languages: ['id'],
    pattern:
      /(?<!diajak |diminta |disuruh )(?:\bpindah (?:ke |chat (?:di|ke) |ngobrol (?:di|ke) )(?:whatsapp|wa|telegram|line|wechat|signal)\b|\b(?:lanjut|ngobrol|chat)(?:an)? (?:di|lewat|via) (?:whatsapp|telegram|wechat|signal) (?:saja|aja)\b)/u,
    description: 'Asks to move the chat to WhatsApp, Telegram or another app.',
    reason: 'reason_platform_move',
    examples: {
      hit: [
        'Aku jarang buka aplikasi ini, pindah ke WhatsApp yuk',
        'Kita lanjut di Telegram aja ya, lebih aman',
      ],
      miss: [
        'Hati-hati modus salah kirim lalu diajak pindah ke WhatsApp, itu penipuan',
        'Nanti aku kabari lewat grup kelas',
        'WhatsApp lagi error dari tadi pagi',
      ],
    },
  },
  {
    id: 'PLATFORM_HANDLE_ID',
    family: 'platform_move',
    stage: 'platform',
    languages: ['id'],
    pattern:
      /\b(?:whatsapp|wa|telegram|tele)(?: saya| aku| ku)?\s?(?::|di|ke)?\s?(?:\+62|62|0)8(?:\d{8,11}|\d{2}[\s-]\d{3,4}[\s-]\d{3,5})\b|\b(?:id line|line id|telegram)\s?:?\s?@[a-z0-9_.]{4,32}/u,
    description: 'Shares a WhatsApp/Telegram number or handle to continue elsewhere.',
    reason: 'reason_platform_handle',
    examples: {
      hit: ['Hubungi WA saya 0812-3456-7890 untuk info lebih lanjut', 'Telegram: @rina_mentor88'],
      miss: ['WA aku lagi error, nanti sms aja', 'Nomor kantor pusat ada di website resmi'],
    },
  },
  {
    id: 'INVEST_GUARANTEED_RETURN_ID',
    family: 'investment',
    stage: 'pitch',
    languages: ['id'],
    pattern:
      /(?<!yang |tidak |bukan )\b(?:dijamin|jaminan|garansi)\s(?:untung|profit|cuan|balik modal)\b|\bpasti (?:profit|cuan)\b|(?<!\b(?:menjanjikan|janjikan|janji|iming-iming) )\b(?:keuntungan|profit|cuan|return)\s(?:pasti|dijamin|tetap)\b|\btanpa (?:risiko|resiko) rugi\b|\b(?:tidak|gak|nggak) (?:mungkin|akan) rugi\b|\b(?:pasar|market|harga)\b[^\n]{0,10}\bnaik (?:atau|maupun|ataupun) turun\b[^\n]{0,40}\btetap (?:untung|profit|cuan|aman|dapat|dapet|menerima|terima)\b|(?<!(?:tidak|tak|bukan|gak|nggak|ga)\b[^\n]{0,25})\bpasti naik (?:\d{1,3}|sepuluh|dua puluh|lima puluh|seratus|lima|tiga|dua)\s?(?:kali(?: lipat)?|x)\b|\bdijamin (?:tidak|tak|gak|nggak|ga) (?:akan )?(?:pernah )?rugi\b|\b(?:listing|list di|masuk (?:ke )?exchange)\b[^\n]{0,60}\b(?:pasti|dijamin|minimal)\b[^\n]{0,10}\b(?:naik|melonjak|tembus)\s(?:\d{1,3}|sepuluh|dua puluh|seratus)\s?(?:kali(?: lipat)?|x)\b/u,
    description: 'Promises guaranteed or fixed profit, or says the user cannot lose.',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: [
        'Mau pasar naik atau turun, modal kakak tetap aman',
        'Koin ini harganya pasti naik sepuluh kali lipat',
        'Investasi ini dijamin tidak akan rugi',
        'Platform ini dijamin untung setiap hari',
        'Profit pasti, tidak mungkin rugi kalau ikut arahan saya',
      ],
      miss: [
        'Pasar naik atau turun, saya tetap nabung rutin tiap bulan',
        'Polisi mengimbau agar tidak tergiur investasi yang menjanjikan keuntungan tetap setiap hari',
        'Tidak ada saham yang pasti naik 10 kali lipat',
        'Saham itu setelah listing naik 3 kali lipat dalam lima tahun',
        'Jualan pulsa, pasti untung? Hubungi agen kami',
        'Tidak ada investasi yang dijamin untung, hati-hati',
        'Keuntungan reksa dana tidak dijamin dan bisa turun',
      ],
    },
  },
  {
    id: 'INVEST_PERCENT_DAILY_ID',
    family: 'investment',
    stage: 'pitch',
    languages: ['id'],
    pattern:
      /\b(?:profit|untung|keuntungan|return|cuan|hasil)\b[^\n]{0,20}\d{1,3}(?:[.,]\d{1,2})?\s?%\s?(?:per|\/|setiap|tiap)\s?(?:hari|minggu|pekan)\b/u,
    description: 'Profit quoted as a percentage per day or per week.',
    reason: 'reason_invest_percent_period',
    examples: {
      hit: [
        'Keuntungan stabil 3% per hari, bisa ditarik kapan saja',
        'Profit 15% setiap minggu dari trading emas',
      ],
      miss: ['Bunga deposito sekarang 4,5% per tahun', 'Saham BBCA naik 2% hari ini'],
    },
  },
  {
    id: 'INVEST_MENTOR_ID',
    family: 'investment',
    stage: 'pitch',
    languages: ['id'],
    pattern:
      /\b(?:mentor|analis|profesor|paman|om|tante|pakde)(?: saya| aku| ku)?\b[^\n]{0,30}\b(?:sinyal|signal)\b|\b(?:info|informasi) orang dalam\b[^\n]{0,30}\b(?:saham|crypto|kripto|koin|trading|emas|forex)\b|\b(?:mentor|analis|profesor|paman|om|tante|pakde|guru)(?: saya| aku|ku)?\b[^\n]{0,60}(?<!(?:tidak|tak|nggak|gak|ga|yang) )\b(?:selalu|pasti) tahu (?:arah |pergerakan )?(?:pasar|harga|market|saham|koin)\b|\b(?:mentor|analis|profesor|paman|om|tante|pakde|guru)(?: saya| aku|ku)?\b[^\n]{0,60}\b(?:orang dalam|bocoran)\b[^\n]{0,40}\b(?:saham|kripto|crypto|koin|trading|sinyal|signal|pasar|bursa|profit|cuan)\b|\b(?:mentor|analis|profesor|paman|om|tante|pakde|guru)(?: saya| aku|ku)?\b[^\n]{0,70}\b(?:(?:kirim|kasih|bagi|beri|memberi|membagikan|share)(?:kan)? (?:sinyal|signal)|(?:sinyal|signal) (?:trading|beli|jual|entry|harian))\b/u,
    description: 'A mentor, analyst or relative with insider information or trading signals.',
    reason: 'reason_invest_mentor',
    examples: {
      hit: [
        'Om saya analis di dana investasi, dia selalu tahu arah pasar lebih dulu',
        'Om saya kerja di bursa, dia dapat bocoran orang dalam, jadi ikuti sinyal dia',
        'Saya punya mentor yang dulu manajer investasi, tiap pagi dia kirim sinyal',
        'Mentor saya kasih sinyal trading tiap jam 8 malam',
        'Om aku punya info orang dalam soal koin baru',
      ],
      miss: [
        'Om saya bilang nggak ada yang selalu tahu arah pasar',
        'Om aku orang dalam di Pertamina, bisa bantu tanya lowongan kerja',
        'Guru saya kirim pesan, sinyal di sekolah jelek',
        'Om aku baru pulang dari Makassar',
        'Sinyal di rumah nenek jelek banget',
      ],
    },
  },
  {
    id: 'INVEST_CONTRACT_TRADING_ID',
    family: 'investment',
    stage: 'pitch',
    languages: ['id'],
    pattern:
      /\btrading kontrak\b|\bkontrak (?:detik|per detik|berjangka usdt)\b|\b(?:mining|menambang|staking|deposit)\s(?:usdt|trc20)\b|\blikuiditas (?:pool|mining)\b|\bpool likuiditas\b/u,
    description: '"Contract trading", seconds contracts, USDT mining or liquidity pools.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'Saya main trading kontrak di platform ini, profit tiap hari',
        'Cukup deposit USDT lalu sistem pool likuiditas jalan otomatis',
      ],
      miss: ['Kontrak kerja saya habis bulan Juni', 'Harga bitcoin lagi turun, aku tahan dulu'],
    },
  },
  {
    id: 'INVEST_TEACH_ID',
    family: 'investment',
    stage: 'pitch',
    languages: ['id'],
    pattern:
      /\b(?:ajari|ajarin|mengajari|bimbing|membimbing)(?: kamu| anda| kakak| kak)? (?:trading|investasi|cara trading|cara investasi)\b|\bikuti (?:arahan|instruksi|petunjuk) (?:saya|aku)\b[^\n]{0,30}\b(?:profit|untung|cuan)\b|\b(?:saya|aku|sy|kami|nanti)\b (?:akan |yang |siap |bisa )?(?:pandu|bimbing|dampingi|ajari|ajarin|arahkan|tuntun|memandu|membimbing|mendampingi|mengajari)(?! (?:saya|aku|sy|kami)\b)(?: kamu| anda| kakak| kak| kalian)?\b[^\n]{0,50}\b(?:profit|untung(?! rugi)|cuan|trading|trade|entry|deposit|withdraw|penarikan)(?:nya)?\b/u,
    description: 'Offers to teach trading or to guide each trade.',
    reason: 'reason_invest_teach',
    examples: {
      hit: [
        'Nanti saya pandu langkah demi langkah sampai kakak lihat profit pertama',
        'Aku dampingi kamu cara tradingnya, pasti bisa',
        'Tenang, aku bimbing kamu trading sampai bisa',
        'Ikuti arahan saya saja, pasti profit',
      ],
      miss: [
        'Nanti saya pandu langkah demi langkah cara isi formulirnya',
        'Pak guru membimbing kami menyusun laporan untung rugi usaha',
        'Pak guru mengajari kami cara membuat kompos',
        'Akhir-akhir ini tante saya ajarin saya trading emas, hari ini untung lumayan',
        'Ikuti petunjuk di buku manual ya',
      ],
    },
  },
  {
    id: 'INVEST_SMALL_START_ID',
    family: 'investment',
    stage: 'pitch',
    languages: ['id'],
    pattern:
      /\b(?:mulai|coba)(?: dulu)? (?:dari|dengan) (?:modal|deposit|depo) (?:kecil|sedikit|minimal)\b|\bmulai (?:dari )?(?:yang )?kecil(?: saja| aja)?(?: dulu)?\b[^\n]{0,40}\b(?:deposit|depo|setor|modal|top ?up|juta|ribu|usdt)\b|\b(?:coba|cobain)(?: dulu)? (?:deposit|depo|setor|top ?up|isi saldo)(?: dulu| saja| aja)? (?:\d|sejuta|seratus|lima)/u,
    description: 'Suggests starting with a "small" first deposit.',
    reason: 'reason_invest_small_start',
    examples: {
      hit: [
        'Mulai kecil saja dulu, coba deposit 1 juta rupiah',
        'Cobain setor 500 ribu dulu, nanti lihat profitnya',
        'Coba dulu dengan modal kecil, 500 ribu saja',
        'Mulai dari deposit minimal, nanti kalau sudah percaya baru tambah',
      ],
      miss: [
        'Coba top up pulsa dulu, nanti aku ganti',
        'Mulai dari yang kecil aja, misalnya jalan kaki tiap pagi',
        'Mulai dari yang kecil dulu, misalnya olahraga 10 menit',
        'Usaha kecil butuh modal dan kesabaran',
      ],
    },
  },
  {
    id: 'PAYMENT_WITHDRAWAL_FEE_ID',
    family: 'payment',
    stage: 'payment',
    languages: ['id'],
    pattern:
      /\b(?:pajak|biaya|fee|deposit|jaminan|margin)\b[^\n]{0,40}\bsebelum (?:bisa |dapat )?(?:menarik|tarik|penarikan|withdraw|wd|mencairkan|pencairan|cair)\b|\b(?:penarikan|withdraw|wd|pencairan)\b[^\n]{0,30}\b(?:harus|wajib|perlu)\s(?:bayar|membayar|transfer|setor|deposit)\b|\b(?:menarik|tarik|penarikan|withdraw|wd|mencairkan|pencairan)\b[^\n]{0,40}\b(?:harus|wajib|perlu)\b[^\n]{0,15}\b(?:bayar|membayar|transfer|setor|deposit)\b[^\n]{0,30}\b(?:pajak|biaya|fee|jaminan|margin)\b|\b(?:tidak|tdk|gak|nggak|ga|belum) bisa (?:tarik|menarik|withdraw|wd|mencairkan|cairkan)\b[^\n]{0,80}\b(?:pajak|biaya|fee|jaminan)(?:nya)?\b[^\n]{0,40}\b(?:setengah|bagi dua|patungan|separuh|masing-masing)\b|\b(?:bagi dua|patungan|setengah|separuh)\b[^\n]{0,20}\b(?:pajak|biaya|fee)(?:nya)?\b[^\n]{0,60}\b(?:tarik|menarik|withdraw|cair|dicairkan)\b/u,
    description: 'A tax, fee or deposit must be paid before money can be withdrawn.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        'Aku juga tidak bisa tarik dana, gimana kalau pajaknya kita bayar setengah-setengah',
        'Kita patungan pajaknya ya sayang, biar bisa tarik bareng',
        'Untuk menarik dana Anda harus membayar pajak 20% terlebih dahulu',
        'Anda harus membayar pajak 15% sebelum bisa menarik dana',
        'Untuk pencairan, Anda wajib setor biaya verifikasi dulu',
      ],
      miss: [
        'ATM-nya error, aku juga tidak bisa tarik tunai, kita patungan bayar parkir aja',
        'Biaya makan kemarin kita bagi dua ya',
        'Biaya admin penarikan tunai di ATM bank lain Rp6.500',
        'Bayar pajak motor sebelum tanggal 20 ya',
      ],
    },
  },
  {
    id: 'PAYMENT_UPGRADE_ID',
    family: 'payment',
    stage: 'payment',
    languages: ['id'],
    pattern:
      /\b(?:deposit|depo|setor|isi saldo|top ?up)\b[^\n]{0,30}\b(?:untuk |agar |supaya )?(?:upgrade|naik level|buka kunci|unlock)\b|\bupgrade (?:ke )?(?:akun )?vip\b|\b(?:upgrade|naik|tingkatkan|naikkan)(?: ke)? (?:level |akun |tingkat )?vip ?\d{0,2}\b[^\n]{0,60}\b(?:penarikan|menarik|tarik dana|withdraw|wd|hangus|ditarik|komisi)\b|\b(?:penarikan|menarik|withdraw)\b[^\n]{0,40}\b(?:upgrade|tingkatkan)(?: ke)? (?:level |akun )?vip\b/u,
    description: 'Asks for a deposit to upgrade (VIP) or unlock an account or profit.',
    reason: 'reason_payment_upgrade',
    examples: {
      hit: [
        'Segera tingkatkan ke level VIP 3 agar penarikan diproses',
        'Untuk menarik dana, upgrade ke level VIP dulu',
        'Deposit 5 juta lagi untuk upgrade ke level emas',
        'Upgrade ke VIP supaya komisi lebih besar',
      ],
      miss: [
        'Tingkatkan ke level VIP untuk menikmati diskon belanja',
        'Naik ke VIP di game itu cuma buat skin',
        'Upgrade aplikasi ke versi terbaru dulu',
        'Top up GoPay buat bayar parkir',
      ],
    },
  },
  {
    id: 'PAYMENT_FROZEN_ID',
    family: 'payment',
    stage: 'payment',
    languages: ['id'],
    pattern:
      /\b(?:akun|saldo|dana|rekening)(?: anda| kamu)?\s(?:dibekukan|di bekukan|terblokir|diblokir|dikunci)\b[^\n]{0,40}\b(?:bayar|transfer|setor|deposit|biaya)\b|\b(?:skor|nilai) kredit(?: anda| kamu)?\s(?:rendah|kurang|tidak cukup)\b|\b(?:akun|saldo|dana|rekening|penarikan)(?: anda| kamu| kakak)?\b[^\n]{0,40}\b(?:dibekukan|di bekukan|terblokir|diblokir|dikunci|ditangguhkan|ditahan)\b[^\n]{0,60}\b(?:bayar|transfer|setor|deposit|biaya)\b|\b(?:dicurigai|diduga|terindikasi|terdeteksi)\b[^\n]{0,20}\b(?:pencucian uang|money laundering|aktivitas mencurigakan)\b[^\n]{0,80}\b(?:deposit|setor|jaminan)\b|\b(?:deposit|setor|jaminan|transfer)\b[^\n]{0,30}\b(?:sebesar|senilai|dengan|sama dengan)\b[^\n]{0,10}\b(?:jumlah (?:saldo )?yang sama|saldo (?:anda|saat ini|yang sama)|jumlah saldo)\b/u,
    description: 'Account frozen or credit score too low until the user pays.',
    reason: 'reason_payment_frozen',
    examples: {
      hit: [
        'Akun Anda terdeteksi dicurigai pencucian uang, untuk membuka penarikan harus deposit jaminan',
        'Akun Anda dicurigai bermasalah sehingga dibekukan, silakan deposit untuk verifikasi',
        'Anda harus setor jaminan sebesar jumlah saldo yang sama',
        'Akun Anda dibekukan karena salah input, segera transfer biaya pemulihan',
        'Skor kredit Anda kurang, dana tidak dapat ditarik',
      ],
      miss: [
        'PPATK membekukan rekening yang diduga terkait pencucian uang judi online',
        'Transfer sebesar 200 ribu sudah masuk, makasih',
        'Rekening saya diblokir karena salah PIN, harus ke kantor cabang',
        'Akun Instagram aku dikunci, lupa password',
      ],
    },
  },
  {
    id: 'PAYMENT_URGENCY_ID',
    family: 'payment',
    stage: 'payment',
    languages: ['id'],
    pattern:
      /\bdalam (?:waktu )?\d{1,2}\s?jam\b[^\n]{0,30}\b(?:transfer|bayar|setor|lunasi)\b[^\n]{0,40}\b(?:hangus|dibekukan|hilang|diblokir|disita)\b/u,
    description: 'Pay within hours or lose the money or the account.',
    reason: 'reason_payment_urgency',
    examples: {
      hit: [
        'Dalam 24 jam harus transfer, kalau tidak dana Anda hangus',
        'Dalam waktu 2 jam segera setor, jika tidak akun diblokir permanen',
      ],
      miss: ['Dalam 2 jam aku sampai, tunggu ya', 'Transfer dalam 24 jam biasanya sudah masuk'],
    },
  },
  {
    id: 'PAYMENT_TRANSFER_REDIRECT_ID',
    family: 'payment',
    stage: 'payment',
    languages: ['id'],
    pattern:
      /\b(?:uang'?nya|dananya)\s(?:di ?transfer|di ?trnsfer|di ?kirim)\b[^\n]{0,40}\b(?:rek|rekening|bank|bri|bni|bca|mandiri|danamon)\b|\b(?:di ?transfer|transfer|kirim|krim)\w{0,3}\s(?:saja |aja )?(?:uang'?nya )?(?:ke|di|kesini)\s(?:bank |rek |rekening )?(?:bri|bni|bca|mandiri|danamon|bank|rek|rekening)\b[^\n]{0,60}\b(?:a\/n|a\.n|atas nama)[^\n]{0,80}\b(?:sms|kabari|kabarin|kbrin|konfirmasi)\b|\bperubahan (?:pembayaran|no\.? ?rek(?:ening)?|nomor rekening)\b|\b(?:sudah|sdh|shd|dh) (?:saya |sy |sya )?(?:di)?kuasakan\b|\b(?:angsuran|cicilan|pembayaran|penyetoran|setoran|tagihan)\S{0,4}\b[^\n]{0,60}\b(?:tlp|telp|telpon|telepon|hub|hubungi|sms|kabari)\w{0,4}\b[^\n]{0,20}\batasan (?:sy|saya|kami)\b|\bjatuh tempo\b[^\n]{0,60}\b(?:hub|hubungi|lapor|melapor|m-hub|tlp|telp)\w{0,4}\b[^\n]{0,20}\bkantor\b[^\n]{0,8}(?:\+62|0)8\d{7,11}/u,
    description:
      'Redirects a payment to "this account instead" or to another person ("sudah saya kuasakan").',
    reason: 'reason_payment_transfer_request',
    examples: {
      hit: [
        'Uangnya ditransfer ke rek ini saja ya, BRI 1234 a/n Sari',
        'Transfer ke BNI aja a/n Dewi, kalau sudah sms ke nomor ini',
        'Bayar kontrakan ke Pak Budi saja, soalnya sudah saya kuasakan',
        'Angsuran motor bulan ini kalau mau dibayar tolong telpon dulu ke atasan saya Pak Joko di 0812 3456 7890',
        'Tagihan Anda sudah jatuh tempo, segera hubungi kantor 081234567890 hari ini',
      ],
      miss: [
        'Nomor rekening kamu BRI atas nama siapa?',
        'Gajinya sudah ditransfer kantor tadi pagi',
        'Pembayaran SPP bulan ini silakan ke kantor TU sekolah',
        'Cicilan rumah jatuh tempo tanggal 5, sudah aku bayar lewat m-banking',
      ],
    },
  },
  {
    id: 'PAYMENT_ACCOUNT_DROP_ID',
    family: 'payment',
    stage: 'payment',
    languages: ['id'],
    pattern:
      /^[^\w\n]{0,3}(?:ini[,.]? (?:no\.? |nomor |nmr )?rek(?:ening)?(?:nya)?|(?:kirim|transfer|tf)(?:nya|kan)? (?:aja |saja )?ke (?:bank )?(?:bri|bni|bca|mandiri|danamon|btn|cimb|bsi|permata)\b)[^\n]{0,100}?(?:\ba\/n|\ba\.n\b|atas nama)/u,
    description:
      'A message that is nothing but an account to pay into ("Ini rekeningnya BRI … a/n …", "Transfernya ke BCA aja a/n …"): the follow-up of the "send it to this account instead" SMS.',
    reason: 'reason_payment_transfer_request',
    examples: {
      hit: [
        'Ini rekeningnya bank BNI no. 0123456789 a/n Siti Rahma, sms kalau sudah',
        'Transfernya ke BCA aja a/n Budi Santoso no rek 1234-5678-90',
      ],
      miss: [
        'Aku sudah transfer ke BCA a/n Budi tadi, 250rb ya',
        'Ini rekening lama, jangan dipakai lagi',
        'Nanti aku kirim nomor rekeningnya ya',
      ],
    },
  },
  {
    id: 'TASK_PAID_TASKS_ID',
    family: 'task',
    stage: 'pitch',
    languages: ['id'],
    pattern:
      /\b(?:like|menyukai|follow|subscribe|review|ulasan|rating|tugas)\b[^\n]{0,80}\b(?:dibayar|bayaran|komisi|upah|imbalan)\b|\b(?:komisi|bonus|upah|imbalan)\b[^\n]{0,40}\b(?:sudah|telah|sdh) (?:masuk|ditambahkan|dikreditkan|cair|dikirim)\b[^\n]{0,60}\b(?:set|paket|tugas|pesanan|misi|order|grup|sesi) (?:berikutnya|selanjutnya|lanjutan)\b|\b(?:tiap|setiap|per) (?:screenshot|tangkapan layar|like|follow|ss)\b[^\n]{0,8}\b(?:dibayar|dapat|dapet|=)\s?(?:rp\s?)?\d/u,
    description: 'Pay for likes, follows, reviews or simple online tasks.',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: [
        'Komisi tugas sudah masuk ke saldo kakak, lanjut ke set berikutnya ya',
        'Tiap screenshot dibayar 15 ribu, cair hari itu juga',
        'Cukup like video YouTube lalu kirim screenshot, langsung dibayar',
        'Setiap tugas selesai dapat komisi Rp10.000',
      ],
      miss: [
        'Komisi penjualan sudah masuk, target bulan berikutnya naik',
        'Tiap pagi aku follow berita ekonomi',
        'Jangan lupa like dan subscribe channel kami ya',
        'Tugas kelompok dikumpulkan hari Jumat',
      ],
    },
  },
  {
    id: 'TASK_DAILY_EARNINGS_ID',
    family: 'task',
    stage: 'pitch',
    languages: ['id'],
    pattern:
      /\b(?:kerja|pekerjaan|karyawan|pekerja) (?:paruh waktu|part ?time|sampingan)\b[^\n]{0,80}\b(?:per hari|perhari|sehari|setiap hari|hanya (?:butuh|perlu|dengan|pakai) (?:hp|ponsel|handphone)|secara online)\b/u,
    description: 'Part-time work from a phone that pays every day.',
    reason: 'reason_task_daily_earnings',
    examples: {
      hit: [
        'Kerja paruh waktu dari rumah, penghasilan Rp300.000 per hari',
        'Kami mencari karyawan paruh waktu secara online, hanya butuh ponsel',
      ],
      miss: [
        'Aku cari kerja sampingan di kafe dekat kampus',
        'Kerja part time di toko buku, seminggu tiga kali',
      ],
    },
  },
  {
    id: 'TASK_TOP_UP_ID',
    family: 'task',
    stage: 'payment',
    languages: ['id'],
    pattern:
      /\b(?:isi saldo|top ?up|deposit|setor)\b[^\n]{0,30}\b(?:untuk|agar|supaya|buat)\b[^\n]{0,15}\b(?:tugas|misi|task|komisi)\b|\b(?:tugas|misi)\b[^\n]{0,30}\b(?:harus|wajib|perlu)\s(?:isi saldo|top ?up|deposit|transfer|setor)\b|\bpesanan (?:kombinasi|gabungan|beruntung)\b[^\n]{0,80}\b(?:top ?up|isi ulang|isi saldo|deposit|setor|transfer|tambah saldo)\b|\bsaldo(?: anda| kakak| kamu)? (?:minus|negatif)\b[^\n]{0,80}\b(?:menyelesaikan|selesaikan|melanjutkan|lanjut)(?: ke)? (?:pesanan|tugas|misi|order)\b/u,
    description: 'Asks to top up or prepay to unlock tasks or commission.',
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        'Ini pesanan kombinasi jadi saldo minus dan perlu top up 2 juta dulu',
        'Saldo kakak minus, isi ulang dulu untuk menyelesaikan pesanan',
        'Tugas berikutnya wajib top up 1 juta, nanti kembali plus komisi',
        'Isi saldo dulu untuk membuka misi premium',
      ],
      miss: [
        'Pesanan combo ayam sudah siap, transfer ke rekening resto ya',
        'Saldo kartu tol minus, isi ulang dulu sebelum masuk tol',
        'Top up e-money buat tol besok',
        'Tugasnya harus dikirim lewat email dosen',
      ],
    },
  },
  {
    id: 'RECOVERY_SHILL_ID',
    family: 'recovery',
    stage: 'payment',
    languages: ['id'],
    pattern:
      /\b(?:ahli|pakar|spesialis|agen|hacker|tim|jasa) (?:pemulihan|recovery)\b[^\n]{0,80}?\b(?:mendapatkan kembali|mengembalikan|memulihkan|balik)\b|\b(?:dibantu|membantu saya)\b[^\n]{0,40}?\b(?:mendapatkan kembali|mengembalikan) (?:uang|dana) saya\b/u,
    description: 'Indonesian: the recovery shill, "a fund-recovery expert helped me get my money back".',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'Saya kehilangan 50 juta karena investasi bodong, tapi ahli pemulihan dana membantu saya mendapatkan kembali uang saya',
        'hacker ini membantu saya mengembalikan dana saya, hubungi dia',
      ],
      miss: ['tim pemulihan bencana sudah tiba di lokasi', 'bank membantu saya memblokir kartu'],
    },
  },
  {
    id: 'PAYMENT_CREDIT_SCORE_ID',
    family: 'payment',
    stage: 'payment',
    languages: ['id'],
    pattern:
      /\bskor kredit\b[^\n]{0,40}?\d{1,3}[^\n]{0,60}?\b(?:deposit|setor|isi saldo|top ?up)\b[^\n]{0,60}?\b(?:menarik|tarik|penarikan|withdraw)\b|\b(?:skor|nilai) (?:kredit|kepercayaan|reputasi)\b[^\n]{0,80}\b(?:isi ulang|deposit|setor|top ?up|isi saldo)\b[^\n]{0,30}\b(?:memulihkan|pulihkan|menaikkan|naikkan|mengembalikan|meningkatkan)\b|\b(?:skor|nilai) (?:kredit|kepercayaan)\b[^\n]{0,40}\b(?:di bawah|kurang dari|tidak mencukupi|tidak cukup|hanya)\b[^\n]{0,60}\b(?:penarikan|menarik|tarik|withdraw)\b|\b(?:skor|nilai) kredit\b[^\n]{0,60}\b(?:penarikan|menarik|withdraw)\b[^\n]{0,60}\b(?:isi ulang|deposit|setor|top ?up)\b/u,
    description:
      "Indonesian: the platform's credit score given as a number, with a deposit demanded before withdrawing.",
    reason: 'reason_payment_frozen',
    examples: {
      hit: [
        'Skor kredit Anda turun menjadi 65, sistem hanya mengizinkan penarikan pada skor 100, silakan isi ulang',
        'Nilai kepercayaan akun Anda di bawah batas, penarikan tidak bisa diproses',
        'Skor kredit akun Anda 60, Anda harus deposit 10 juta untuk bisa menarik dana',
        'skor kredit turun ke 70, silakan setor dulu sebelum penarikan',
      ],
      miss: [
        'Cara memulihkan skor kredit: bayar cicilan tepat waktu',
        'Skor kredit rendah bikin pengajuan KPR ditolak',
        'skor kredit saya 700, cicilan rumah disetujui',
        'saya mau tarik tunai di atm',
      ],
    },
  },
  {
    id: 'RECOVERY_OFFER_ID',
    family: 'recovery',
    stage: 'related',
    languages: ['id'],
    pattern:
      /\b(?:bisa|dapat|mampu) (?:membantu |bantu )?(?:mengembalikan|memulihkan|menarik kembali)\b[^\n]{0,30}\b(?:dana|uang|aset|kripto|crypto)\b[^\n]{0,40}\b(?:penipuan|ditipu|scam|tertipu)\b|\b(?:bisa|dapat|mampu) (?:membantu |bantu )?(?:mengembalikan|memulihkan|menarik kembali)\b[^\n]{0,30}\b(?:dana|uang|aset)\b[^\n]{0,20}\b(?:hilang|dicuri|raib)\b[^\n]{0,40}\b(?:bayar|biaya|fee|transfer)\b/u,
    description: 'Promises to recover money lost to a scam, for a fee.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'Kami bisa membantu mengembalikan dana Anda yang hilang, cukup bayar biaya administrasi',
        'Tim kami bisa mengembalikan dana Anda yang hilang karena penipuan kripto',
        'Pengacara kami mampu memulihkan uang korban scam trading',
        'Kami bisa bantu mengembalikan uang yang hilang karena ditipu',
      ],
      miss: [
        'Polisi mengimbau korban penipuan segera melapor',
        'Bank bisa mengembalikan dana kalau salah transfer antar rekening',
      ],
    },
  },
  {
    id: 'IMPERSONATION_RELATIVE_ID',
    family: 'impersonation',
    stage: 'related',
    languages: ['id'],
    pattern:
      /\b(?:isi|kirim|krm|beli|bli|tlong|tolong|tlng)\w{0,4}\b[^\n]{0,40}(?:pulsa|\bpls\b|\bulsa)[^\n]{0,40}\b(?:no|nomor|nmr|nomr|nomer)\b[^\n]{0,6}(?:baru|bru|ini)|\bpulsa[^\n]{0,30}\b(?:ke|di) (?:no|nomor|nmr|nomer)\b[^\n]{0,25}\b(?:penting|secepatnya|sekarang|segera)\b|\b(?:pinjam|pnjam|pinjem) (?:hp|hape) (?:orang|orng|teman)\b|\bkantor polisi\b[^\n]{0,40}\b(?:jangan|jgn) (?:dulu )?(?:sms|tlp|telp|telpon|nelpon)\b|\b(?:nak|ma|mah|pa|pak|bu|dek|kak),? (?:ini|ni) (?:ayah|bapak|papa|mama|ibu|mamah|om|tante|kakak)\b[^\n]{0,60}\b(?:tolong|tlg|tlong|minta|mohon)\b[^\n]{0,10}\b(?:kirim|transfer|tf|krm)\w{0,4}\b[^\n]{0,30}\b(?:uang|duit|pulsa)\b|\b(?:kirim|transfer|tf|krm)\w{0,4}\b[^\n]{0,30}\b(?:uang|duit)\b[^\n]{0,40}\b(?:no\.? ?rek|norek|rekening)\b[^\n]{0,80}\b(?:kantor polisi|rumah sakit|kecelakaan|ditilang|tilang|kena razia)\b|\b(?:tukokno|tukokne|tumbasno|tumbaske|tumbasne|pangmeserkeun|pangmeulikeun|esian|eusian|eusiin)\b[^\n]{0,40}(?:\bpulsa\b|\bpls\b|\bplz\b)[^\n]{0,60}(?:\b(?:ieu|iki|anyar)\b|\b0[89]\d{8,11}\b)|\b(?:nomor|nomer|no|nmr) (?:baru|bru) (?:aku|aq|saya|ku|mama|papa|ayah|ibu|kakak|adek)\b[^\n]{0,80}\b(?:bisa|bs|tolong|tlg|tlong|bantu|minta)\b[^\n]{0,12}\b(?:transfer|tf|kirim|krm|pinjam|pinjem|pinjemin)\w{0,4}\b/u,
    description: '"Mum"/"dad" on a borrowed or new number asks for phone credit or money now.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: [
        'Mah, pangmeserkeun heula pulsa 20 rb kana nomor ieu, penting',
        'Pak, tukokno pulsa ndisek 25 ewu, iki nomorku anyar',
        'Ma, isiin dulu pulsa 20rb di nomor ini ya, penting',
        'Belikan mama pulsa 50 ribu, ini nomor barunya mama, hp pinjam',
        'Nak ini ayah. Tolong kirimin ayah uang 300rb ke no rek 1234-5678 a/n Budi, ayah di kantor polisi',
        'Pak, ini nomor baru saya, hp yang lama hilang. Bisa tolong transfer 1,5 juta dulu? Besok saya ganti',
      ],
      miss: [
        'Mah, tukokno pulsa yo, kuotaku entek',
        'Beliin pulsa dong, kuota aku habis',
        'Nomor baru aku ya, tolong disimpan',
        'Nak, ini ayah sudah transfer uang sekolahmu ya',
        'Ini nomor baru aku, nanti aku transfer uang arisannya ya',
      ],
    },
  },
  {
    id: 'IMPERSONATION_POLICE_ID',
    family: 'impersonation',
    stage: 'related',
    languages: ['id'],
    pattern:
      /\b(?:rekening|nama|identitas|nik)(?: anda| bapak| ibu)?\b[^\n]{0,30}\b(?:terlibat|terkait|tersangkut)\b[^\n]{0,20}\b(?:pencucian uang|narkoba|kasus|tindak pidana|judi online)\b|\bpaket (?:anda|bapak|ibu)\b[^\n]{0,30}\b(?:narkoba|ilegal|terlarang)\b/u,
    description: 'Police-style threat: your account or parcel is tied to a crime.',
    reason: 'reason_impersonation_authority',
    examples: {
      hit: [
        'Rekening Anda terlibat kasus pencucian uang, segera hubungi penyidik',
        'Paket Bapak berisi barang ilegal dan ditahan bea cukai',
      ],
      miss: ['Polisi menangkap bandar narkoba di Medan', 'Paket kamu sudah sampai, ditaruh di pos satpam'],
    },
  },
  {
    id: 'PRIZE_WINNER_ID',
    family: 'prize',
    stage: 'related',
    languages: ['id'],
    pattern:
      /\b(?:selamat|slmt|slamat)\b[^\n]{0,60}(?:pemenang|m-?dpt|mndpt|meraih hadiah|mendapatkan hadiah|cek tunai)|\bpin[\s_:-]{0,3}pemenang?\b|\bpin[\s_:-]{0,3}anda\b[^\n]{0,80}\b(?:hadiah|undian|mobil|pemenang|cek)\b|\b(?:hadiah|hadian|undian|uang tunai)\b[^\n]{0,60}\bpemilik (?:nomor|no)\b|\bterpilih\b[^\n]{0,10}\b(?:dapat|mendapat|mendapatkan|mdpt)\b[^\n]{0,10}\b(?:cek|hadiah|uang)\b|\b(?:no|nomor|simcard|sim card)\.?\s?anda\b[^\n]{0,60}\b(?:hadiah|pemenang|undian|cek tunai)\b|\bhadiah\b[^\n]{0,60}\b(?:u\/info|info klik|klik)\b|\b(?:anda|no|nomor|simcard|rek|rekening)\b[^\n]{0,30}\b(?:m-?dpt|mendpt|mndpt|men-?dpt|m\/dpt|men'dpt|men_dpt|m-?dapat|mendapat|meraih|menang|memenangkan|terpilih)\w{0,4}\b[^\n]{0,20}\b(?:hadiah|hdiah|cek|uang|mobil|unit|dana bantuan|tabungan)\b|\bkode (?:cek|pin|undian)\b|\bpin (?:undian|pmnang|pemenan)/u,
    description: 'Lottery/prize notice ("PIN pemenang", "cek tunai") the user never entered.',
    reason: 'reason_prize',
    examples: {
      hit: [
        'Pin_Pemenan Anda 4k7q2 berhasil mendapatkan 1 unit mobil, info kunjungi situs kami',
        'Hadiah uang tunai Rp 20 jt resmi untuk pemilik nomor 0813xxxx, PIN-8hd72',
        'SELAMAT! Nomor Anda terpilih sebagai pemenang undian, PIN pemenang: X7K2',
        'No Anda mendapatkan hadiah cek tunai Rp 50 juta, info klik situs kami',
      ],
      miss: [
        'PIN ATM anda jangan diberikan ke siapa pun',
        'Pemilik nomor ini sudah ganti, tolong hapus kontaknya',
        'Selamat ulang tahun, semoga panjang umur',
        'Hadiah buat ibu sudah dibungkus rapi',
      ],
    },
  },
  {
    id: 'PRIZE_LOTTERY_TIPS_ID',
    family: 'prize',
    stage: 'related',
    languages: ['id'],
    pattern:
      /\b(?:togel|angka (?:jitu|gaib|ghaib)|(?:mbah|master|raja) (?:togel|shio|sio))\b[^\n]{0,120}?(?:\b(?:di ?jamin|jamin|pasti)\b[^\n]{0,12}\b(?:tembus|tbs)\b|\b(?:100|99)\s?% tembus\b|\bmahar(?:nya)?\b)|\b(?:di ?jamin|jamin) (?:(?:100|99)\s?% )?(?:tembus|tbs)\b[^\n]{0,120}?\b(?:togel|angka|shio|sio|4d|3d|2d)\b/u,
    description:
      'Sells "sure" lottery (togel) numbers, "guaranteed to come out", paid in phone credit up front (the "mahar"): a lottery advance-fee SMS.',
    reason: 'reason_prize',
    examples: {
      hit: [
        'Mau menang togel? Angka jitu dijamin 100% tembus, hub mbah Joko 0812 3456 7890',
        'ANGKA JITU hari ini, di jamin tembus, setelah tembus kirim pulsa 100rb sebagai maharnya',
      ],
      miss: [
        'Hujan deras banget, air sampai tembus ke dalam rumah',
        'Berita hari ini: polisi menangkap bandar togel di Semarang',
      ],
    },
  },
  {
    id: 'PHISHING_ACCOUNT_ID',
    family: 'phishing',
    stage: 'related',
    languages: ['id'],
    pattern: new RegExp(
      String.raw`\b(?:verifikasi|perbarui|validasi|aktivasi ulang)\b[^\n]{0,40}\b(?:akun|data|rekening|m-banking|mbanking)\b[^\n]{0,40}(?:\b(?:klik|tautan|link)\b|${PACK_LINK})`,
      'u',
    ),
    description: 'Asks to verify or update a bank or account through a link (a URL or a bare host name).',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'Segera verifikasi data rekening Anda melalui link berikut agar tidak diblokir',
        'Perbarui akun m-banking Anda, klik bri-update.info',
        'Akun BCA Anda dibatasi. Validasi data nasabah di bca-nasabah.vip sebelum jam 17.00',
      ],
      miss: [
        'Bank tidak pernah meminta verifikasi data lewat telepon',
        'Verifikasi akun email kantor sudah selesai',
      ],
    },
  },
  {
    id: 'LOAN_SMS_OFFER_ID',
    family: 'loan',
    stage: 'related',
    languages: ['id'],
    pattern:
      /\b(?:dana tunai|pinjaman|pnjaman|kta|kredit tanpa ang?unan|tanpa jaminan|butuh dana|modal usaha)\b[^\n]{0,150}\b(?:hub|hubungi|sms|wa|call|info|minat)\b[^\n]{0,25}(?:\+62|0)[1-9]\d|\b(?:pinjaman|kredit|kta|dana tunai)\b[^\n]{0,60}\b(?:biaya (?:admin|administrasi|asuransi|provisi)|uang muka)\b[^\n]{0,30}\b(?:dulu|terlebih dahulu|sebelum (?:pencairan|cair))\b/u,
    description:
      'Unsolicited cash-loan offers by SMS from a personal number, or a loan that needs a fee first.',
    reason: 'reason_loan_fraud',
    examples: {
      hit: [
        'Dana tunai cepat cair 3 hari, bunga ringan, hub Ibu Yani 0812 1898 6001',
        'Pinjaman Anda disetujui, bayar biaya administrasi dulu sebelum pencairan',
      ],
      miss: ['Aku lagi ngajuin pinjaman KPR ke bank, doain ya', 'Cicilan kredit motor tinggal 3 bulan lagi'],
    },
  },
  {
    id: 'ADVANCE_FEE_BUYER_ID',
    family: 'advance_fee',
    stage: 'related',
    languages: ['id'],
    pattern:
      /\b(?:survei|survey|surpai|liat|lihat|cocok)\b[^\n]{0,40}\b(?:rumah|rmh|ruma|tanah)\b[^\n]{0,80}\b(?:hub|hubungi|sms|tlp|telpon|nego|negosiasi)\w{0,6}\b[^\n]{0,30}\b(?:suami|saudara|sodara|bapa|atasan) (?:saya|sy|sya)\b|\b(?:rumah|rmh|ruma|tanah|mobil)\b[^\n]{0,80}\b(?:survei|survey|surpai|cocok|berminat|brminat|liat|lihat)\b[^\n]{0,80}\b(?:hub|hubungi|sms|tlp|telpon|nego)\w{0,6}\b[^\n]{0,30}\b(?:suami|saudara|sodara|bapa|atasan) (?:saya|sy|sya)\b/u,
    description:
      'The "buyer" who has surveyed your house or car and sends you to a "husband" or "relative" to negotiate.',
    reason: 'reason_advance_fee',
    examples: {
      hit: [
        'Maaf bu, saya yang kemarin survey rumah ibu. Soal harga silakan hub suami saya di 0812 7777 1234',
        'Mengenai rumah Bpk yang dijual, saya sudah survei dan cocok, untuk harga hubungi suami saya di 0812 3344 5566',
        'Sy sdh lihat mobil bapak, berminat, tlg hub saudara sy utk nego',
      ],
      miss: [
        'Kemarin aku lihat rumah di Depok, nanti aku tanya suami saya dulu ya',
        'Rumah di Bogor sudah dicat ulang, tinggal pasang pagar',
        'Aku berminat ikut tur, nanti aku tanya suami dulu',
      ],
    },
  },
  {
    id: 'ADVANCE_FEE_TRUSTEE_ID',
    family: 'advance_fee',
    stage: 'related',
    languages: ['id'],
    pattern:
      /\b(?:butuh|cari|mencari)\b[^\n]{0,10}\b(?:orang|org|partner|mitra)\b[^\n]{0,25}\b(?:percaya|percayakan|dipercaya|amanah)\b[^\n]{0,60}\b(?:uang|dana|investasi|warisan|rm|usd)\b|\b(?:warisan|harta peninggalan)\b[^\n]{0,60}\b(?:biaya (?:administrasi|notaris|pengiriman)|pajak)\b/u,
    description: 'A stranger wants to entrust a fortune or inheritance to the user, which then needs fees.',
    reason: 'reason_advance_fee',
    examples: {
      hit: [
        'Saya dari Malaysia butuh orang yang bisa saya percayakan uang saya 5 juta ringgit',
        'Dana warisan akan dikirim setelah Anda membayar biaya administrasi',
      ],
      miss: [
        'Kami butuh orang yang bisa dipercaya untuk jaga toko',
        'Pembagian warisan keluarga dibahas minggu depan',
      ],
    },
  },
  {
    id: 'IMPERSONATION_SUPPORT_ID',
    family: 'impersonation',
    stage: 'related',
    languages: ['id'],
    pattern:
      /\b(?:rekening|rekning|tabungan|tbungn)\b[^\n]{0,30}\b(?:error|bermasalah|diblokir|terblokir)\b[^\n]{0,90}\b(?:hub|hubungi|tlp|telp)\b[^\n]{0,20}\b(?:pak|pk|bpk|bapak|ibu|bu|cs|petugas)\b/u,
    description: 'A "bank officer" says the savings account is in error and to call a named person first.',
    reason: 'reason_impersonation_support',
    examples: {
      hit: [
        'Nasabah yth, rekening tabungan Anda error, sebelum ke kantor hubungi dulu Pak Arya di 0816 2288 1100',
        'Rekening anda diblokir sistem, segera hub petugas kami',
      ],
      miss: [
        'Rekening aku diblokir gara-gara salah PIN tiga kali',
        'Aplikasi bank error terus, nanti hubungi CS di aplikasi resmi',
      ],
    },
  },
  {
    id: 'PAYMENT_SECRECY_ID',
    family: 'payment',
    stage: 'payment',
    languages: ['id'],
    pattern:
      /\bjangan (?:bilang|kasih tahu|beritahu|cerita)(?:kan)? (?:ke |kepada |sama )?(?:pihak |petugas |orang )?(?:bank|teller|cs bank)\b/u,
    description: 'Tells the user not to tell the bank (staff) what the money is for.',
    reason: 'reason_secrecy',
    examples: {
      hit: [
        'Kalau ditanya teller, jangan bilang ke bank ini untuk investasi',
        'Jangan beritahu petugas bank soal transfer ini',
      ],
      miss: ['Bank tidak pernah meminta PIN Anda', 'Bilang ke bank kalau kartunya hilang'],
    },
  },
  {
    id: 'PHISHING_DELIVERY_ID',
    family: 'phishing',
    stage: 'related',
    languages: ['id'],
    pattern: new RegExp(
      String.raw`\b(?:paket|kiriman|pesanan|barang)\b[^\n]{0,40}\b(?:tertahan|gagal (?:dikirim|diantar|dikirimkan)|tidak dapat (?:dikirim|diantar)|alamat (?:tidak lengkap|salah|kurang jelas|tidak ditemukan)|dikembalikan ke gudang)\b[^\n]{0,80}(?:\b(?:perbarui|konfirmasi|klik|lengkapi|link|tautan|silakan bayar|segera bayar)\b|${PACK_LINK})`,
      'u',
    ),
    description:
      'A parcel is held or cannot be delivered (wrong address, customs) and the user must pay or update details through a link.',
    reason: 'reason_phishing_delivery',
    examples: {
      hit: [
        'Kiriman Anda gagal diantar karena alamat kurang jelas, konfirmasi di jne-cekresi.info',
        'Paket tertahan di bea cukai, bayar biaya Rp 25.000 lewat link berikut',
      ],
      miss: [
        'Paketnya udah sampai, makasih ya kak',
        'Paket kamu tertahan di gudang karena banjir, kata kurirnya besok diantar',
        'Paket tertahan di bea cukai, jadi aku harus bayar pajak dulu di kantor pos',
      ],
    },
  },
  {
    id: 'PAYMENT_CREDIT_TRANSFER_ID',
    family: 'payment',
    stage: 'related',
    languages: ['id'],
    pattern:
      /\b(?:pesan suara|voice ?mail|hadiah|bonus|gratis|verifikasi|aktivasi|mendengarkan)\b[^\n]{0,80}\*\d{3}\*\d{4,7}\*(?:\+?62|0)8\d{8,11}#/u,
    description:
      'A "voice message", bonus or verification that asks the user to dial a code carrying an amount and a phone number: the code transfers the user\u2019s phone credit to the sender.',
    reason: 'reason_payment_transfer_request',
    examples: {
      hit: [
        'Anda punya 2 pesan suara baru. Untuk mendengarkan, tekan *858*20000*081234567890# lalu OK',
        'Bonus pulsa 50rb untuk Anda, aktivasi dengan tekan *858*10000*085712345678#',
      ],
      miss: [
        'Dek, transfer pulsa ke aku ya: ketik *858*10000*081234567890# nanti aku ganti',
        'Cek kuota dengan tekan *123# ya',
      ],
    },
  },
  {
    id: 'INVEST_PRIVATE_APP_ID',
    family: 'investment',
    stage: 'pitch',
    languages: ['id'],
    pattern:
      /\b(?:tidak|tdk|gak|nggak|belum) (?:ada|tersedia) di (?:play ?store|app ?store|google play)\b[^\n]{0,80}(?:\b(?:khusus|investor|institusi|internal|undangan|unduh lewat|download lewat|lewat link|link ini|link berikut|tautan)\b|https?:)|\bjangan (?:unduh|download|install|pasang)\b[^\n]{0,20}\b(?:dari|di|lewat) (?:play ?store|app ?store|google play)\b[^\n]{0,60}\b(?:klik|link|tautan|unduh lewat|pasang lewat|download lewat)\b|\b(?:akun|jalur|kanal|saluran|layanan) (?:khusus )?(?:investor )?institusi(?:onal)?\b[^\n]{0,60}(?:\b(?:kode undangan|kode referral|kode referal|link|tautan|unduh|klik)\b|https?:)|\bkhusus (?:untuk )?investor (?:institusi|vip|terpilih|undangan)\b[^\n]{0,60}(?:\b(?:kode undangan|link|tautan|unduh|download|klik)\b|https?:)|\b(?:bukakan|buatkan|daftarkan|aktifkan|bikinin|bukain)\b[^\n]{0,30}\bakun (?:institusi|khusus investor)\b/u,
    description:
      'Indonesian: a trading app "not on the Play Store", an "institutional account" opened for the user, invitation code only.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'Aplikasinya tidak ada di Play Store karena khusus investor institusi, unduh lewat link ini',
        'Saya sudah bukakan akun institusi untuk kakak, pakai kode undangan 55108',
        'Jangan download di Play Store ya, klik tautan ini untuk pasang aplikasinya',
      ],
      miss: [
        'Game itu tidak ada di Play Store Indonesia, harus ganti region',
        'Jangan download aplikasi pinjol ilegal dari Play Store, cek dulu di OJK',
        'Bank membuka layanan khusus investor institusi di kantor pusat',
      ],
    },
  },
  {
    id: 'PAYMENT_WALLET_SEND_ID',
    family: 'payment',
    stage: 'payment',
    languages: ['id'],
    pattern:
      /\b(?:usdt|kripto|crypto|koin|btc|eth|bitcoin)\b[^\n]{0,80}\b(?:alamat (?:dompet|wallet)|wallet|dompet)\b[^\n]{0,10}\b(?:yang )?(?:saya|aku|kami|sy) (?:kasih|berikan|kirim|kirimkan|bagikan|share)\b|\b(?:kirim|transfer|tf|setor)\w{0,3}\b[^\n]{0,20}\bke alamat (?:dompet|wallet)\b[^\n]{0,15}\b(?:yang )?(?:saya|aku|kami|ini|berikut|di bawah)\b/u,
    description: 'Indonesian: buy USDT and send it to "the wallet address I give you".',
    reason: 'reason_payment_transfer_request',
    examples: {
      hit: [
        'Beli USDT di Indodax, lalu kirim ke alamat dompet yang saya kasih',
        'Transfer ke alamat wallet berikut ini ya, jangan lupa screenshot',
      ],
      miss: [
        'Kirim ke alamat dompet kamu sendiri ya, jangan ke orang lain',
        'Aku beli bitcoin sedikit, simpan di dompet aku sendiri',
      ],
    },
  },
  {
    id: 'PAYMENT_FREEZE_THREAT_ID',
    family: 'payment',
    stage: 'payment',
    languages: ['id'],
    pattern: new RegExp(
      String.raw`\b${ID_PAY_VERB}\b[^\n]{0,60}\bdalam (?:waktu )?\d{1,2}\s?jam\b[^\n]{0,60}\b(?:dana|saldo|aset|modal|akun)\b[^\n]{0,25}(?<!(?:tidak|tak|belum|gak|nggak) )\b(?:hangus|disita|ditarik (?:oleh )?sistem|dibekukan permanen|ditutup permanen)\b|\bdalam (?:waktu )?\d{1,2}\s?jam\b[^\n]{0,40}\b${ID_PAY_VERB}\b[^\n]{0,60}\b(?:dana|saldo|aset|modal|akun)\b[^\n]{0,25}(?<!(?:tidak|tak|belum|gak|nggak) )\b(?:hangus|disita|ditarik (?:oleh )?sistem|dibekukan permanen|ditutup permanen)\b`,
      'u',
    ),
    description: 'Indonesian: pay or upgrade within hours, or the whole balance is forfeited.',
    reason: 'reason_payment_frozen',
    examples: {
      hit: [
        'Jika pembayaran tidak diselesaikan dalam 24 jam, seluruh dana akan hangus',
        'Dalam 12 jam harus deposit, kalau tidak saldo Anda disita sistem',
      ],
      miss: [
        'Jika pembayaran tidak dilakukan dalam 24 jam, pesanan dibatalkan otomatis',
        'Top up dalam 24 jam agar saldo bonus tidak hangus',
      ],
    },
  },
  {
    id: 'PAYMENT_BORROW_ID',
    family: 'payment',
    stage: 'payment',
    languages: ['id'],
    pattern:
      /\b(?:pinjam|pinjem|ngutang|utang)(?: dulu| dl)?\b[^\n]{0,30}\b(?:bank|pinjol|pinjaman online|kartu kredit|paylater|teman|keluarga|saudara)\b[^\n]{0,60}\b(?:sebentar|beberapa hari|nanti langsung|langsung (?:kita|aku|saya) (?:lunasi|ganti|bayar|kembalikan))\b[^\n]{0,80}\b(?:masa depan kita|demi kita|untuk kita berdua|kita berdua|demi cinta kita)\b/u,
    description:
      'Indonesian: the partner asks the user to borrow from a bank or a loan app "just for a moment", for "our future".',
    reason: 'reason_payment_loan_request',
    examples: {
      hit: [
        'Pinjam dulu ke bank atau pinjol sebentar saja sayang, nanti langsung kita lunasi, ini demi masa depan kita berdua',
        'Utang dulu ke teman beberapa hari aja, demi kita',
      ],
      miss: [
        'Kita pinjam ke bank buat KPR, demi masa depan kita berdua',
        'Pinjam dulu ke teman sebentar buat bayar kos, besok aku ganti',
      ],
    },
  },
];
