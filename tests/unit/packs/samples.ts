import type { PackLang } from './pack-helpers.ts';

/**
 * Whole messages written for these tests (never copied from a corpus): realistic lures that should
 * raise at least a caution, and realistic ordinary messages in the same language, including talk
 * ABOUT scams, that must stay quiet.
 */
export const SAMPLES: Record<
  PackLang,
  { lures: readonly string[]; ham: readonly string[]; thread: readonly [string, string, string] }
> = {
  es: {
    // opener, platform move, pitch: harmless-looking alone, the script in a row
    thread: [
      'Perdón, creo que me equivoqué de número.',
      'Casi no uso esta app, agrégame en WhatsApp',
      'Mi tío me da señales de trading. Empieza con poco y verás que puedes retirar',
    ],
    lures: [
      // the mentor's signals, the withdrawal tax and the paid-likes job in other words (stop 16)
      'Mi tío es analista en Hong Kong y me da señales todos los días, ganancia asegurada del 5% diario',
      'Para retirar sus fondos debe pagar primero el 20% de impuestos, no se puede descontar del saldo',
      'Trabajo desde casa: solo das like a videos de YouTube y ganas 5 dólares por tarea, pago diario',
      // the related fraud the same groups run: parcel, bank and "new number" messages (stop 16)
      'Correos: su paquete está retenido por falta de pago de aranceles (1,99 €). Pague aquí: correos-aduana-pago.com',
      'BBVA: hemos bloqueado su tarjeta por un acceso sospechoso. Verifique sus datos en bbva-verificacion.net',
      // the wrong number that keeps chatting in the same message warns, as in English
      'Perdón, creo que me equivoqué de número. ¿De dónde eres?',
      'Perdón, creo que me equivoqué de número. Casi no uso esta app, agrégame en WhatsApp y seguimos hablando',
      'Mi tío trabaja en un fondo y me da señales de trading. Rendimiento del 5% diario, ganancias garantizadas. Yo te enseño a invertir',
      'Su cuenta está congelada, debe depositar 800 USDT para desbloquearla. Debe pagar el impuesto del 20% antes de retirar',
      'Es un trabajo de medio tiempo desde casa: solo necesita dar me gusta a videos y enviar captura, se le pagará 100 pesos por tarea',
      'Hola mamá, este es mi número nuevo, necesito que me transfieras dinero para pagar una factura hoy',
    ],
    ham: [
      'Mi tío es analista en un banco y dice que este año la bolsa está difícil',
      'Tu paquete está retenido en aduana, me dijo el cartero que mañana lo entregan',
      'Mi cuenta fue bloqueada y tuve que ir al banco a verificar mis datos en persona',
      'Correos: su envío ha sido entregado.',
      'Hola mamá, este es mi número nuevo, guárdalo. Te llamo luego',
      'Cuidado: si alguien te escribe por error y luego te pide pasar a WhatsApp, puede ser una estafa',
      'La policía alerta sobre falsos empleos de dar me gusta a videos',
      'Te extraño mucho, amor, cuenta los días para vernos',
      'Los fondos de inversión no garantizan rendimientos',
      'Ya pagué la luz y el internet de este mes',
      'Mañana llevo a los niños al dentista a las diez',
      'Mi amor, ¿cenamos en casa de tu mamá el domingo?',
      'La CONDUSEF advierte: no existe ninguna inversión con ganancias garantizadas',
      'El bitcoin bajó 4% esta semana, yo sigo esperando',
      'Mañana la junta es a las 9, no olvides la laptop',
      'Te paso el número del plomero, se llama Jorge',
      'Felicidades por tu cumpleaños, que la pases increíble',
    ],
  },
  vi: {
    // opener, platform move, pitch: harmless-looking alone, the script in a row
    thread: [
      'Xin lỗi, em nhắn nhầm số. Anh ở đâu vậy?',
      'Anh kết bạn Zalo của em đi, ở đây em ít vào',
      'Chú của em có tín hiệu giao dịch mỗi tối. Em cứ bắt đầu với số vốn nhỏ thôi',
    ],
    lures: [
      // the mentor's signals, the withdrawal tax and the paid-likes job in other words (stop 16)
      'Anh ơi, chú em là chuyên gia phân tích, mỗi ngày cho em tín hiệu, lợi nhuận 5% mỗi ngày, anh nạp thử 500 USDT đi',
      'Tài khoản của anh đang bị đóng băng, cần nộp 20% phí bảo đảm thì mới rút tiền được',
      'Công việc đơn giản: thả tim video TikTok, mỗi nhiệm vụ được 20 nghìn, làm xong nạp tiền để mở nhiệm vụ tiếp theo',
      // the related fraud the same groups run: parcel, bank and "new number" messages (stop 16)
      'Tài khoản ngân hàng của quý khách sẽ bị khóa trong 24h. Vui lòng xác minh tại vcb-xacminh.com',
      'Đơn hàng của bạn không thể giao do thiếu địa chỉ, bấm vào link để xác nhận lại',
      'Xin lỗi, em nhắn nhầm số. Nhưng anh kết bạn Zalo của em đi, ở đây em ít vào',
      'Chú của em có tín hiệu giao dịch mỗi tối, lợi nhuận 3%/ngày, sàn cam kết lợi nhuận. Để em hướng dẫn anh cách đầu tư',
      'Tài khoản của anh bị đóng băng, cần nạp thêm 20 triệu. Anh phải nộp thuế 15% thì mới rút được tiền',
      'Tuyển cộng tác viên online: chỉ cần like video TikTok là nhận tiền ngay. Nhiệm vụ tiếp theo phải nạp 2 triệu',
      'Chị có liên quan đến đường dây rửa tiền, phải chuyển toàn bộ tiền vào tài khoản an toàn để xác minh',
    ],
    ham: [
      'Chú em làm phân tích tài chính ở ngân hàng, chú bảo năm nay chứng khoán khó đoán lắm',
      'Rút tiền ở cây ATM mất phí 1.100 đồng mỗi lần',
      'Bưu kiện bị giữ ở hải quan, em ra bưu điện cập nhật giấy tờ rồi',
      'Đơn hàng đã giao tới, em để ở bảo vệ nha',
      'Cảnh báo: kẻ gian nhắn nhầm số rồi rủ kết bạn Zalo để lừa đầu tư',
      'Công an khuyến cáo không làm nhiệm vụ like video để nhận tiền',
      'Anh nhớ em nhiều lắm, cuối tuần gặp nhau nhé',
      'Quỹ mở không cam kết lợi nhuận, nhà đầu tư cần cân nhắc',
      'Tháng này được thưởng, em gửi tiết kiệm 6 tháng',
      'Con nhớ mặc áo ấm khi đi học nhé',
      'Anh ơi tối nay về ăn cơm với mẹ nhé',
      'Công an cảnh báo thủ đoạn lừa đảo việc nhẹ lương cao, không nạp tiền cho người lạ',
      'Bitcoin giảm 5% tuần này, mình vẫn giữ',
      'Mai họp lúc 9 giờ, nhớ mang laptop nhé',
      'Lãi suất tiết kiệm kỳ hạn 12 tháng là 5,2%/năm',
      'Nhắn qua Zalo cho mình địa chỉ nhà nhé',
    ],
  },
  tl: {
    // opener, platform move, pitch: harmless-looking alone, the script in a row
    thread: [
      'Hi, pasensya na, maling number yata.',
      'Bihira ako dito, i-add mo ako sa WhatsApp',
      'Yung tito ko nagbibigay ng signal sa crypto. Subukan mo muna sa maliit na halaga',
    ],
    lures: [
      // the mentor's signals, the withdrawal tax and the paid-likes job in other words (stop 16)
      'Mahal, ang tito ko ay analyst, araw-araw may signal siya, sigurado ang kita 5% kada araw',
      'Para ma-withdraw mo ang pera, kailangan mo munang magbayad ng 20% na tax',
      'Part-time job sa bahay, mag-like lang ng videos, may komisyon na 100 pesos bawat task',
      // the related fraud the same groups run: parcel, bank and "new number" messages (stop 16)
      'Ma, bagong number ko to. Nasira phone ko. Pwede mo ba akong padalhan ng 3k sa GCash ngayon?',
      'Ang order mo ay hindi ma-deliver dahil mali ang address, i-click ang link para ayusin',
      // the wrong number that keeps chatting in the same message warns, as in English
      'Hi, pasensya na, maling number yata. Taga-saan ka?',
      'Hi, pasensya na, maling number yata. Pero i-add mo ako sa WhatsApp, bihira ako dito',
      'Yung tito ko nagbibigay ng signal sa crypto. Siguradong kikita ka, tutubo ng 5% kada araw. Tuturuan kita mag-trade',
      'Na-freeze ang account mo, mag-deposit ka ng 10,000 para ma-unlock. Kailangan mo magbayad ng tax bago ma-withdraw',
      'Part-time job online, mag-like ka lang ng videos at babayaran ka. Para sa susunod na task kailangan mo munang mag-top up',
      'Approved na ang loan mo, magbayad lang ng processing fee na ₱2,000 sa GCash',
    ],
    ham: [
      'Ang tito ko ay analyst sa bangko, sabi niya mahirap ang stock market ngayon',
      'Nasira phone ko kahapon, padalhan mo na lang ako ng message sa Messenger',
      'Ang parcel mo naka-hold daw sa customs, sabi ng LBC i-update mo lang yung ID mo sa branch',
      'Nanalo kami sa basketball kanina! Libre ko kayo mamaya',
      'Nasira phone ko kaya bagong number ko to, pa-save na lang',
      'Mag-ingat sa mga nagpapanggap na wrong send tapos nag-aalok ng investment',
      'Babala ng CICC: huwag maniwala sa trabahong magla-like lang ng video',
      'Miss na kita, mahal. Kita tayo sa Sabado',
      'Walang garantiya ang kita sa stock market, mag-ingat',
      'Nagbayad na ako ng kuryente at tubig ngayong buwan',
      'Susunduin ko si bunso sa school mamayang alas kwatro',
      'Mahal, kain tayo sa bahay nila Nanay sa Linggo',
      'Nagbabala ang PNP sa mga text scam na nag-aalok ng trabaho, huwag magbigay ng pera',
      'Bumaba ang presyo ng Bitcoin ngayong linggo',
      'Bukas ang meeting ng alas nuwebe, dalhin mo ang laptop',
      'Nanalo ang Ginebra kagabi, ang galing ni Justin',
      'Pa-load naman ako ng 50, babayaran kita bukas',
    ],
  },
  hi: {
    // opener, platform move, pitch: harmless-looking alone, the script in a row
    thread: [
      'Sorry ji, galat number pe msg ho gaya, aap kaun?',
      'Mujhe telegram pe add karo, wahan baat karte hain',
      'Mere mentor roz signal dete hain. Thodi amount se start karo',
    ],
    lures: [
      // the mentor's signals, the withdrawal tax and the paid-likes job in other words (stop 16)
      'Mere chacha analyst hain, roz signal dete hain, roz 5% pakka munafa, pehle sirf 5000 lagao',
      'पैसे निकालने के लिए पहले 20% टैक्स जमा करना होगा, बैलेंस से नहीं कटेगा',
      'घर बैठे पार्ट टाइम काम: वीडियो लाइक करो और हर टास्क पर 50 रुपये कमाओ, रोज़ पेमेंट',
      // the related fraud the same groups run: parcel, bank and "new number" messages (stop 16)
      'बधाई हो! आपने 25 लाख रुपये की लॉटरी जीती है। इनाम पाने के लिए 10,000 रुपये प्रोसेसिंग फीस जमा करें।',
      'Aapka bijli connection aaj raat 9:30 baje kaat diya jayega. Turant bijli adhikari se is number par sampark karein',
      'Sorry ji, galat number pe msg ho gaya. Mujhe telegram pe add karo, wahan baat karte hain',
      'Mere mentor roz signal dete hain, 5% rozana return, pakka profit. Main aapko trading step by step sikha dunga',
      'आपका अकाउंट फ्रीज़ हो गया है, 20,000 जमा करें। 20% टैक्स भरने के बाद ही पैसे निकलेंगे',
      'घर बैठे रोज़ ₹3000 कमाएं! YouTube वीडियो लाइक करके पैसे कमाएं। अगला प्रीपेड टास्क है',
      'आपके नाम के पार्सल में ड्रग्स मिले हैं, CBI अधिकारी से वीडियो कॉल पर बात कीजिए',
    ],
    ham: [
      'Mere chacha bank mein analyst hain, kehte hain is saal share market mushkil hai',
      'बिजली का कनेक्शन कल काट दिया था, अधिकारी आए थे मीटर बदलने',
      'बधाई हो! तुम्हारी नौकरी लग गई',
      'आज शाम बिजली कटौती रहेगी, रखरखाव का काम है',
      'सावधान: गलत नंबर वाले मैसेज के बाद निवेश का लालच देने वाले ठग हैं',
      'Police ki salah: YouTube like karke paise kamane wale task scam se bachein',
      'Jaan, miss kar raha hoon, weekend pe milte hain',
      'म्यूचुअल फंड में रिटर्न की कोई गारंटी नहीं होती',
      'Bijli ka bill bhar diya, receipt WhatsApp kar di hai',
      'कल बच्चों का पैरेंट-टीचर मीटिंग है',
      'Jaan, aaj dinner pe mummy ke ghar chalein?',
      'साइबर पुलिस की चेतावनी: अनजान लोगों के कहने पर पैसे ट्रांसफर न करें',
      'Sensex aaj 1% upar band hua',
      'कल मीटिंग सुबह नौ बजे है, लैपटॉप लेकर आना',
      'FD पर इस साल 7% सालाना ब्याज मिल रहा है',
      'Whatsapp pe photos bhej di hain, dekh lena',
    ],
  },
  ja: {
    // opener, platform move, pitch: harmless-looking alone, the script in a row
    thread: [
      'すみません、間違えて送ってしまいました。田中さんではないですか？',
      'ここはあまり見ないので、LINEに移動しませんか？',
      '叔父が証券会社にいて、内部情報を教えてくれるの。まずは少額を入金して試してみて',
    ],
    lures: [
      // the mentor's signals, the withdrawal tax and the paid-likes job in other words (stop 16)
      '叔父がアナリストで、毎日シグナルをくれるの。確実に1日3%の利益が出るから、まず10万円から始めてみて',
      '出金するには先に20%の税金を払う必要があります。残高からは差し引けません',
      '簡単なお仕事です。動画にいいねするだけで1件500円、毎日お支払いします',
      // the related fraud the same groups run: parcel, bank and "new number" messages (stop 16)
      '【佐川急便】お荷物のお届けにあがりましたが不在のため持ち帰りました。下記よりご確認ください',
      '【重要】お客様のアカウントに不正アクセスがありました。24時間以内に本人確認を行ってください',
      'すみません、間違えて送ってしまいました。これも縁なので、LINEに移動しませんか？',
      '私は〇〇先生のアシスタントです。日利3%で運用でき、必ず儲かります。投資のやり方を教えてあげるよ',
      '口座が凍結されました、解除料を入金してください。出金するには税金20%の支払いが必要です',
      'スマホだけで1日3万円稼げる副業です。動画にいいねしてスクショを送るだけで報酬がもらえます',
      '二人の将来のために一緒に投資しよう。まずは少額を入金して試してみて',
    ],
    ham: [
      '叔父は銀行のアナリストで、今年の株は難しいと言っていた',
      '荷物が不在のため持ち帰りになったみたい、こちらで再配達を頼んでおくね',
      'お荷物のお届け予定日は明日です',
      '不正アクセスのニュースを見て、パスワードを変えた',
      '間違いを装ったメッセージからLINEに誘導する投資詐欺に注意してください',
      '「いいねするだけで稼げる」副業は詐欺の可能性があります',
      '会いたいな、週末どこか行こうよ',
      '投資信託は元本が保証されるものではありません',
      '今月の電気代を払っておいたよ',
      '明日は子どもの運動会なので早く帰ります',
      '今夜はカレーにしようか、帰りに牛乳買ってきて',
      '警察庁はSNS型投資詐欺への注意を呼びかけています',
      'ビットコインが今週5%下がった',
      '明日の会議は9時からです、資料をお願いします',
      '定期預金の金利が年0.3%に上がった',
      'あとでLINEで写真送るね',
    ],
  },
  ko: {
    // opener, platform move, pitch: harmless-looking alone, the script in a row
    thread: [
      '앗 죄송해요, 메시지를 잘못 보냈네요. 혹시 김 대리님 아니세요?',
      '여기는 불편하니 텔레그램으로 대화해요',
      '삼촌이 증권사에 있어서 내부 정보를 알려줘요. 부담되시면 소액으로 먼저 입금해 보세요',
    ],
    lures: [
      // the mentor's signals, the withdrawal tax and the paid-likes job in other words (stop 16)
      '삼촌이 애널리스트인데 매일 시그널을 줘요. 하루 수익 3% 보장이니까 100만원만 먼저 넣어보세요',
      '출금하려면 먼저 세금 20%를 납부하셔야 합니다. 잔액에서 차감은 불가합니다',
      '간단한 부업이에요. 유튜브 영상 좋아요만 누르면 건당 5,000원, 매일 정산해 드려요',
      // the related fraud the same groups run: parcel, bank and "new number" messages (stop 16)
      '엄마 나 폰 고장나서 임시폰으로 연락해. 급하게 돈 좀 보내줄 수 있어?',
      '[국제발신] 해외결제 1,250,000원 승인완료. 본인이 아닐 경우 즉시 신고 바랍니다',
      '앗 죄송해요, 메시지를 잘못 보냈네요. 여기는 불편하니 텔레그램으로 대화해요',
      'VIP 리딩방에 초대해 드립니다. 원금 보장에 하루 3% 수익이 나와요. 제가 매매 타이밍을 알려 드릴게요',
      '계좌가 동결되어 해제 비용을 입금해야 합니다. 출금하시려면 세금 20%를 먼저 입금하셔야 합니다',
      '재택 부업으로 일당 15만 원 가능! 유튜브 구독하고 캡처 보내시면 건당 3,000원 지급합니다',
      '엄마 나 폰 액정이 깨져서 이 번호로 연락해. 급하게 문화상품권 좀 사줘',
    ],
    ham: [
      '삼촌이 증권사 애널리스트인데 올해 주식 시장이 어렵대요',
      '폰 액정 깨져서 이 번호로 연락해. 수리비 결제는 내가 했어',
      '[국제발신] 엄마 나 도착했어, 택배는 내일 확인해볼게',
      '엄마 나 오늘 늦어. 저녁 먹고 들어갈게',
      '폰 고장나서 임시폰으로 연락해. 저녁에 전화할게',
      '잘못 보낸 척 접근해 텔레그램으로 유도하는 투자 사기를 조심하세요',
      '유튜브 구독 알바는 팀미션 사기로 이어질 수 있어요',
      '보고 싶어, 주말에 데이트하자',
      '펀드는 원금이 보장되지 않는 상품입니다',
      '이번 달 관리비 냈어',
      '내일 아이 학부모 상담이 있어서 일찍 퇴근해',
      '여보, 오늘 저녁은 어머니 댁에서 먹자',
      '경찰청은 투자 리딩방 사기에 주의하라고 당부했다',
      '비트코인이 이번 주 5% 떨어졌네',
      '내일 회의는 9시야, 노트북 챙겨',
      '적금 금리가 연 4%로 올랐어',
      '카톡으로 주소 보내 줄게',
    ],
  },
  id: {
    // opener, platform move, pitch: harmless-looking alone, the script in a row
    thread: [
      'Halo, maaf sepertinya saya salah kirim. Ini bukan Pak Hendra?',
      'Aku jarang buka aplikasi ini, pindah ke WhatsApp yuk',
      'Mentor saya kasih sinyal trading emas tiap malam. Coba dulu dengan modal kecil',
    ],
    lures: [
      // the mentor's signals, the withdrawal tax and the paid-likes job in other words (stop 16)
      'Kak, om saya analis di Singapura, setiap hari kasih sinyal trading, untung pasti 3% per hari',
      'Untuk menarik dana, Anda harus membayar pajak 15% terlebih dahulu, tidak bisa dipotong dari saldo',
      'Kerja paruh waktu dari rumah, cukup like dan follow akun, komisi Rp50.000 per tugas, gaji dibayar setiap hari',
      // the related fraud the same groups run: parcel, bank and "new number" messages (stop 16)
      'Paket Anda tertahan di gudang karena alamat tidak lengkap. Perbarui data di jnt-alamat.info',
      'Ma, ini nomor baru aku. Hp lama rusak. Bisa transfer dulu 2 juta? Nanti aku ganti.',
      'Halo, maaf salah kirim ya. Tapi boleh kenalan? Aku jarang buka aplikasi ini, pindah ke WhatsApp yuk',
      'Mentor saya kasih sinyal trading emas tiap malam, keuntungan 5% per hari, dijamin untung. Coba dulu dengan modal kecil',
      'Akun Anda dibekukan, segera transfer biaya pemulihan. Anda harus membayar pajak 10% sebelum bisa menarik dana',
      'Kami mencari karyawan paruh waktu secara online, cukup like video lalu kirim screenshot, langsung dibayar Rp20.000',
      'Ma, ini hp pinjam hp orang. Tolong kirim pulsa 50rb ke nomor ini ya, penting sekarang',
      'SELAMAT! No Anda mendapatkan hadiah cek tunai Rp 100 juta, PIN pemenang K7J2, info klik www.undian-resmi.example',
    ],
    ham: [
      'Om saya analis di bank, katanya tahun ini pasar saham lagi lesu',
      'Pajak penghasilan dipotong langsung dari gaji setiap bulan',
      'Paket tertahan karena alamat tidak lengkap, tapi kurirnya sudah telepon dan besok diantar',
      'Paket kamu sudah sampai, aku taruh di depan pintu ya',
      'Ma, aku ganti nomor ya, ini nomor baru. Nanti malam aku telepon',
      'Hati-hati modus salah kirim lalu diajak pindah ke WhatsApp, itu penipuan',
      'Waspada lowongan kerja paruh waktu yang minta top up saldo dulu',
      'Sayang, jangan lupa makan siang ya, kangen',
      'Reksa dana bukan produk yang dijamin, imbal hasil bisa naik turun',
      'Besok arisan di rumah Bu RT jam 4 sore',
      'Aku baru gajian, mau nabung emas di pegadaian',
      'Sayang, nanti malam jadi makan di rumah ibu?',
      'OJK mengimbau masyarakat waspada investasi bodong yang menjanjikan keuntungan tinggi',
      'Harga bitcoin turun 5% minggu ini, aku tahan dulu aja',
      'Besok rapat jam 9 ya, jangan lupa bawa laptop',
      'Transfer uang kos bulan ini udah ya bu, makasih',
      'Nanti aku wa ya kalau udah sampai stasiun',
    ],
  },
  th: {
    // opener, platform move, pitch: harmless-looking alone, the script in a row
    thread: [
      'ขอโทษค่ะ ทักผิดคน นึกว่าเพื่อนที่ทำงาน',
      'ที่นี่ไม่ค่อยได้เข้า ย้ายไปคุยทางไลน์ดีกว่าค่ะ',
      'ลุงของฉันมีข้อมูลวงในเรื่องเทรดทองคำ ลองลงทุนน้อยๆ ก่อนก็ได้ค่ะ',
    ],
    lures: [
      // the mentor's signals, the withdrawal tax and the paid-likes job in other words (stop 16)
      'ที่รัก ลุงของฉันเป็นนักวิเคราะห์ เขาให้สัญญาณเทรดทุกวัน กำไรวันละ 5% ลองลงทุนแค่ 3,000 บาทก่อน',
      'ถ้าจะถอนเงิน ต้องจ่ายภาษี 20% ก่อน หักจากยอดในบัญชีไม่ได้',
      'งานพาร์ทไทม์ กดไลก์วิดีโอ ได้ค่าคอมมิชชั่น 50 บาทต่องาน จ่ายทุกวัน',
      // the related fraud the same groups run: parcel, bank and "new number" messages (stop 16)
      'พัสดุของท่านถูกกักที่ด่านศุลกากร กรุณาชำระภาษี 120 บาทผ่านลิงก์นี้',
      'ขอโทษค่ะ ทักผิดคน นึกว่าเพื่อนร่วมงาน แต่คุณดูใจดีจัง ย้ายไปคุยทางไลน์ได้ไหมคะ',
      'ลุงของฉันมีข้อมูลวงในเรื่องเทรดทองคำ ผลตอบแทน 5% ต่อวัน ไม่ขาดทุนแน่นอน เดี๋ยวฉันสอนเทรดให้นะ',
      'ตอนนี้ถอนเงินไม่ได้ ต้องโอนค่าประกันก่อน บัญชีของคุณถูกอายัด ต้องชำระภาษี 20% ก่อนถึงจะถอนได้',
      'งานพาร์ทไทม์ทำที่บ้าน แค่กดไลก์วิดีโอ ได้รับค่าคอมทันที รายได้วันละ 800 บาท',
      'ภารกิจพิเศษต้องเติมเงิน 5,000 ก่อน แล้วรับคืนพร้อมค่าคอม อัพเกรดเป็น vip ได้ค่าคอมมากขึ้น',
    ],
    ham: [
      'ลุงของฉันเป็นนักวิเคราะห์ที่ธนาคาร เขาบอกว่าปีนี้หุ้นผันผวนมาก',
      'พัสดุตกค้างเพราะที่อยู่ไม่ครบ แม่เลยโทรไปบอกบุรุษไปรษณีย์แล้ว',
      'พัสดุมาส่งแล้ว ฝากไว้ที่ป้อมยาม',
      'ยินดีด้วยนะ ได้งานใหม่แล้ว',
      'ระวัง! มิจฉาชีพชอบทักผิดคนแล้วชวนย้ายไปคุยในไลน์ อย่าหลงเชื่อ',
      'ข่าวเตือน: แก๊งหลอกให้กดไลก์รับเงิน สุดท้ายให้โอนเงินสำรอง',
      'ที่รัก คิดถึงนะ เสาร์นี้ไปดูหนังกัน',
      'กองทุนรวมไม่มีการรับประกันผลตอบแทน โปรดศึกษาข้อมูลก่อนลงทุน',
      'เดือนนี้ได้โบนัส เลยโอนเงินเข้าบัญชีออมทรัพย์',
      'ลูกจะสอบพรุ่งนี้ ช่วยติวคณิตหน่อยนะ',
      'ที่รัก เย็นนี้กินข้าวที่ไหนดี คิดถึงนะ',
      'ตำรวจเตือนภัยแก๊งคอลเซ็นเตอร์หลอกให้ลงทุนคริปโต อย่าโอนเงินให้คนที่ไม่รู้จัก',
      'ดอกเบี้ยเงินฝากประจำปีนี้ 1.6% ต่อปี ลองเทียบหลายธนาคารดู',
      'พรุ่งนี้ประชุมสิบโมง อย่าลืมเอาเอกสารมาด้วยนะ',
      'วันนี้บิทคอยน์ราคาลงอีกแล้ว ถือยาวไปก่อน',
      'แม่ฝากซื้อนมกับไข่ตอนกลับบ้านด้วย',
    ],
  },
};
