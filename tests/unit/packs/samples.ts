import type { PackLang } from './pack-helpers.ts';

/**
 * Whole messages written for these tests (never copied from a corpus): realistic lures that should
 * raise at least a caution, and realistic ordinary messages in the same language, including talk
 * ABOUT scams, that must stay quiet.
 */
export const SAMPLES: Record<PackLang, { lures: readonly string[]; ham: readonly string[] }> = {
  id: {
    lures: [
      'Halo, maaf salah kirim ya. Tapi boleh kenalan? Aku jarang buka aplikasi ini, pindah ke WhatsApp yuk',
      'Mentor saya kasih sinyal trading emas tiap malam, keuntungan 5% per hari, dijamin untung. Coba dulu dengan modal kecil',
      'Akun Anda dibekukan, segera transfer biaya pemulihan. Anda harus membayar pajak 10% sebelum bisa menarik dana',
      'Kami mencari karyawan paruh waktu secara online, cukup like video lalu kirim screenshot, langsung dibayar Rp20.000',
      'Ma, ini hp pinjam hp orang. Tolong kirim pulsa 50rb ke nomor ini ya, penting sekarang',
      'SELAMAT! No Anda mendapatkan hadiah cek tunai Rp 100 juta, PIN pemenang K7J2, info klik www.undian-resmi.example',
    ],
    ham: [
      'Sayang, nanti malam jadi makan di rumah ibu?',
      'OJK mengimbau masyarakat waspada investasi bodong yang menjanjikan keuntungan tinggi',
      'Harga bitcoin turun 5% minggu ini, aku tahan dulu aja',
      'Besok rapat jam 9 ya, jangan lupa bawa laptop',
      'Transfer uang kos bulan ini udah ya bu, makasih',
      'Nanti aku wa ya kalau udah sampai stasiun',
    ],
  },
  th: {
    lures: [
      'ขอโทษค่ะ ทักผิดคน นึกว่าเพื่อนร่วมงาน แต่คุณดูใจดีจัง ย้ายไปคุยทางไลน์ได้ไหมคะ',
      'ลุงของฉันมีข้อมูลวงในเรื่องเทรดทองคำ ผลตอบแทน 5% ต่อวัน ไม่ขาดทุนแน่นอน เดี๋ยวฉันสอนเทรดให้นะ',
      'ตอนนี้ถอนเงินไม่ได้ ต้องโอนค่าประกันก่อน บัญชีของคุณถูกอายัด ต้องชำระภาษี 20% ก่อนถึงจะถอนได้',
      'งานพาร์ทไทม์ทำที่บ้าน แค่กดไลก์วิดีโอ ได้รับค่าคอมทันที รายได้วันละ 800 บาท',
      'ภารกิจพิเศษต้องเติมเงิน 5,000 ก่อน แล้วรับคืนพร้อมค่าคอม อัพเกรดเป็น vip ได้ค่าคอมมากขึ้น',
    ],
    ham: [
      'ที่รัก เย็นนี้กินข้าวที่ไหนดี คิดถึงนะ',
      'ตำรวจเตือนภัยแก๊งคอลเซ็นเตอร์หลอกให้ลงทุนคริปโต อย่าโอนเงินให้คนที่ไม่รู้จัก',
      'ดอกเบี้ยเงินฝากประจำปีนี้ 1.6% ต่อปี ลองเทียบหลายธนาคารดู',
      'พรุ่งนี้ประชุมสิบโมง อย่าลืมเอาเอกสารมาด้วยนะ',
      'วันนี้บิทคอยน์ราคาลงอีกแล้ว ถือยาวไปก่อน',
      'แม่ฝากซื้อนมกับไข่ตอนกลับบ้านด้วย',
    ],
  },
};
