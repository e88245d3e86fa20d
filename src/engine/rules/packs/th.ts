import type { Rule } from '../../types.ts';
import { wrongNumberChat } from './shared.ts';

/**
 * Thai (th). Thai is written without spaces between words, so these patterns never use `\b`;
 * they anchor on multi-syllable phrases instead. Phrasing follows Thai police/AOC 1441 and press
 * reports of "ทักผิด" openers, LINE moves, "เทรดสัญญา" platforms and "กดไลก์" task scams.
 */
/** The wrong-number apology, shared by the opener and its chatty variant. */
const WRONG_NUMBER_TH =
  /(?<!ชอบ|มัก|มักจะ|แกล้ง|แอบอ้างว่า)(?:(?:ทัก(?:มา)?ผิด(?:คน|เบอร์|แชท)?|(?:ส่ง(?:ข้อความ)?|แอด|โทร)(?:มา)?ผิด(?:คน|เบอร์)))/u;

export const TH_RULES: readonly Rule[] = [
  {
    id: 'OPENER_WRONG_NUMBER_TH',
    family: 'opener',
    stage: 'opener',
    languages: ['th'],
    pattern: WRONG_NUMBER_TH,
    description: 'A stranger says they messaged the wrong person ("ทักผิดคน", "ส่งผิดคน").',
    reason: 'reason_opener_wrong_number',
    examples: {
      hit: ['ขอโทษค่ะ ทักผิดคนค่ะ นึกว่าเพื่อนที่ทำงาน', 'อ้าว ขอโทษนะคะ ส่งข้อความผิดเบอร์ แต่คุยกันต่อได้ไหมคะ'],
      miss: ['ระวัง มิจฉาชีพชอบทักผิดคนแล้วชวนคุยต่อ', 'ขอโทษที่ตอบช้านะ เพิ่งเลิกประชุม', 'ส่งผิดไฟล์ เดี๋ยวส่งให้ใหม่นะ'],
    },
  },
  {
    id: 'OPENER_WRONG_NUMBER_CHAT_TH',
    ...wrongNumberChat('th', WRONG_NUMBER_TH, 'อยู่ที่ไหน|มาจากไหน|ดูเป็นคนใจดี|เป็นเพื่อนกัน|ยินดีที่ได้รู้จัก|ขอเป็นเพื่อน'),
    examples: {
      hit: ['ขอโทษค่ะ ทักผิดคน แต่ดูคุณเป็นคนใจดีนะ อยู่ที่ไหนคะ', 'ขอโทษครับ ส่งผิดคน ยินดีที่ได้รู้จักนะครับ'],
      miss: ['ขอโทษค่ะ ทักผิดคน', 'ตอนนี้อยู่ที่ไหนแล้ว'],
    },
  },
  {
    id: 'OPENER_CONTACT_SAVED_TH',
    family: 'opener',
    stage: 'opener',
    languages: ['th'],
    pattern:
      /(?:(?:ผู้ช่วย|เลขา)[^\n]{0,30}(?:บันทึก|เซฟ|ให้)(?:เบอร์|ไลน์|ไอดี|คอนแทค)|ได้(?:เบอร์|ไลน์|ไอดี)(?:ของ)?คุณ(?:มา)?จาก)/u,
    description: 'Claims an assistant saved the number, or that the number came from someone else.',
    reason: 'reason_opener_contact_saved',
    examples: {
      hit: ['สวัสดีค่ะ ผู้ช่วยของฉันบันทึกเบอร์คุณไว้ในรายชื่อลูกค้า คุณคือคุณเมย์ใช่ไหมคะ', 'ได้ไลน์คุณมาจากกลุ่มเพื่อนค่ะ ขอรู้จักได้ไหม'],
      miss: ['ผู้ช่วยทันตแพทย์จะโทรยืนยันนัดพรุ่งนี้', 'ฝากเบอร์พี่ไว้ด้วยนะ เผื่อติดต่อเรื่องงาน'],
    },
  },
  {
    id: 'OPENER_STRANGER_TH',
    family: 'opener',
    stage: 'opener',
    languages: ['th'],
    pattern:
      /(?:ขอ(?:ทำความ)?รู้จัก(?:กับ)?คุณ|อยาก(?:ทำความ)?รู้จัก(?:กับ)?คุณ|เห็น(?:รูป|โปรไฟล์)(?:ของ)?คุณ[^\n]{0,30}(?:อยาก|ถูกใจ|ประทับใจ))/u,
    description: 'An unknown sender asks to get to know the user after seeing their photo or profile.',
    reason: 'reason_opener_stranger',
    examples: {
      hit: ['เห็นรูปของคุณในเฟซบุ๊กแล้วประทับใจมาก ขอเป็นเพื่อนได้ไหม', 'สวัสดีครับ อยากรู้จักคุณครับ คุณอยู่จังหวัดไหน'],
      miss: ['ยินดีที่ได้รู้จักนะคะ เจอกันที่งานสัมมนา', 'เห็นรูปทริปเชียงใหม่แล้ว สนุกมากเลย'],
    },
  },
  {
    id: 'ROMANCE_FAST_INTIMACY_TH',
    family: 'romance',
    stage: 'rapport',
    languages: ['th'],
    pattern: /(?:ตกหลุมรักคุณ|คุณคือ(?:เนื้อคู่|คนที่ใช่|คู่แท้|พรหมลิขิต)|เพิ่ง(?:รู้จัก|คุย)กัน[^\n]{0,25}(?:รัก|ผูกพัน))/u,
    description: 'Declarations of love or destiny from someone only just met.',
    reason: 'reason_romance_fast_intimacy',
    examples: {
      hit: ['เราเพิ่งคุยกันไม่กี่วัน แต่ผมรู้สึกรักคุณแล้ว', 'ฉันคิดว่าคุณคือเนื้อคู่ของฉันค่ะ'],
      miss: ['ที่รัก กินข้าวหรือยัง', 'หนังเรื่องนี้พระเอกตกหลุมรักนางเอกตั้งแต่ฉากแรก'],
    },
  },
  {
    id: 'ROMANCE_BACKSTORY_TH',
    family: 'romance',
    stage: 'rapport',
    languages: ['th'],
    pattern:
      /(?:แท่นขุดเจาะ(?:น้ำมัน)?|ทหาร(?:อเมริกัน|สหรัฐ)|(?:แพทย์|หมอ)(?:ของ|ประจำ)?(?:สหประชาชาติ|un)|(?:ภรรยา|สามี)(?:ของ(?:ผม|ฉัน))?(?:เสียชีวิต|เสีย|จากไป)[^\n]{0,30}(?:ลูก|คนเดียว|เหงา))/u,
    description: 'The romance-scam life story: oil rig, US soldier, UN doctor, widowed and lonely.',
    reason: 'reason_romance_backstory',
    examples: {
      hit: [
        'ผมเป็นวิศวกรทำงานบนแท่นขุดเจาะน้ำมันกลางทะเล อีกสองเดือนจะกลับ',
        'ภรรยาของผมเสียชีวิตเมื่อสามปีก่อน ตอนนี้เลี้ยงลูกสาวคนเดียว',
      ],
      miss: ['ข่าวบอกว่ามีคนงานบาดเจ็บที่ท่าเรือ', 'คุณยายเสียชีวิตอย่างสงบเมื่อคืนนี้'],
    },
  },
  {
    id: 'ROMANCE_NO_VIDEO_TH',
    family: 'romance',
    stage: 'rapport',
    languages: ['th'],
    pattern: /(?:(?:วิดีโอ|วีดีโอ|วีดิโอ)\s?คอล|video\s?call)[^\n]{0,25}(?:ไม่ได้|ไม่สะดวก|ไม่อนุญาต|ห้าม)/u,
    description: 'Excuses not to video call.',
    reason: 'reason_romance_no_video',
    examples: {
      hit: ['ตอนนี้วิดีโอคอลไม่ได้นะ ที่ฐานทัพห้ามใช้กล้อง', 'ขอโทษที่รัก video call ไม่สะดวกจริงๆ สัญญาณที่นี่แย่'],
      miss: ['คืนนี้สองทุ่มวิดีโอคอลกันนะ', 'แม่อยากวีดีโอคอลกับหลานทุกเย็น'],
    },
  },
  {
    id: 'ROMANCE_FUTURE_TH',
    family: 'romance',
    stage: 'rapport',
    languages: ['th'],
    pattern: /(?:ใช้ชีวิตที่เหลือ(?:อยู่)?(?:ด้วยกัน|กับคุณ)|สร้าง(?:อนาคต|ครอบครัว)(?:ด้วยกัน|กับคุณ)|อนาคตของเราสองคน)/u,
    description: 'Talk of a shared future with someone barely known.',
    reason: 'reason_romance_future',
    examples: {
      hit: ['ผมอยากใช้ชีวิตที่เหลือกับคุณ', 'เรามาเก็บเงินสร้างอนาคตด้วยกันนะคะ'],
      miss: ['ลูกๆ กำลังวางแผนอนาคตหลังเรียนจบ', 'การสร้างครอบครัวที่อบอุ่นต้องใช้เวลา'],
    },
  },
  {
    id: 'PLATFORM_MOVE_TH',
    family: 'platform_move',
    stage: 'platform',
    languages: ['th'],
    pattern:
      /(?<!ชวน|หลอกให้|ย้าย)(?:(?:ย้าย(?:ไป)?|ไป)คุย(?:กัน)?(?:ต่อ)?(?:ทาง|ใน|ที่)\s?(?:ไลน์|line|เทเลแกรม|telegram|whatsapp|วอทส?แอ[พป])|แอด(?:ไลน์|line)(?:ส่วนตัว)?(?:ของ)?(?:ฉัน|ผม|หนู|เรา))/u,
    description: 'Asks to move the chat to LINE, Telegram or WhatsApp.',
    reason: 'reason_platform_move',
    examples: {
      hit: ['ที่นี่ไม่ค่อยได้เข้า ย้ายไปคุยทางไลน์ดีกว่าค่ะ', 'แอดไลน์ของฉันนะ คุยสะดวกกว่า'],
      miss: [
        'มิจฉาชีพมักชวนย้ายไปคุยในไลน์ อย่าหลงเชื่อ',
        'ประชุมเสร็จแล้วเดี๋ยวส่งสรุปในไลน์กลุ่มนะ',
        'แอดไลน์ร้านเพื่อสั่งอาหารล่วงหน้าได้',
      ],
    },
  },
  {
    id: 'PLATFORM_HANDLE_TH',
    family: 'platform_move',
    stage: 'platform',
    languages: ['th'],
    pattern:
      /(?:ไลน์|line|เทเลแกรม|telegram)\s?(?:ไอดี|id|ส่วนตัว)(?:ของ)?(?:ฉัน|ผม|หนู)?\s?(?:คือ|:)\s?@?[a-z0-9._-]{3,32}/u,
    description: 'Shares a personal LINE or Telegram id to continue elsewhere.',
    reason: 'reason_platform_handle',
    examples: {
      hit: ['ไลน์ไอดีของฉันคือ mint_8899 แอดมานะคะ', 'telegram ส่วนตัว: @kenjitrade'],
      miss: ['ลืมรหัสผ่านไลน์ ทำยังไงดี', 'เทเลแกรมเด้งแจ้งเตือนบ่อยมาก'],
    },
  },
  {
    id: 'INVEST_GUARANTEED_RETURN_TH',
    family: 'investment',
    stage: 'pitch',
    languages: ['th'],
    pattern:
      /(?<!ไม่มีใคร|ไม่|ไม่สามารถ|ไม่มีการ)(?:การันตี|รับประกัน)(?:ผลตอบแทน|กำไร|รายได้|เงินต้น)|(?:กำไร|ผลตอบแทน)(?:แน่นอน|100\s?%)|ไม่มีทางขาดทุน|ไม่ขาดทุนแน่นอน/u,
    description: 'Promises guaranteed profit or returns, or says there is no way to lose.',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: ['แพลตฟอร์มนี้การันตีผลตอบแทนทุกเดือน', 'ลงเท่าไหร่ก็ได้กำไรแน่นอน ไม่มีทางขาดทุน'],
      miss: [
        'กองทุนรวมไม่มีการรับประกันผลตอบแทน โปรดศึกษาข้อมูลก่อนลงทุน',
        'การลงทุนมีความเสี่ยง ไม่มีใครการันตีกำไรได้',
        'กองทุนนี้ผลตอบแทนย้อนหลังดี แต่ผู้ลงทุนควรศึกษาข้อมูล',
      ],
    },
  },
  {
    id: 'INVEST_PERCENT_DAILY_TH',
    family: 'investment',
    stage: 'pitch',
    languages: ['th'],
    pattern:
      /(?:กำไร|ผลตอบแทน|ปันผล|รายได้)[^\n]{0,20}\d{1,3}(?:[.,]\d{1,2})?\s?%\s?(?:ต่อ|\/|ทุก)\s?(?:วัน|สัปดาห์|อาทิตย์)|วันละ\s?\d{1,3}(?:[.,]\d{1,2})?\s?%/u,
    description: 'Profit quoted as a percentage per day or per week.',
    reason: 'reason_invest_percent_period',
    examples: {
      hit: ['ผลตอบแทน 3% ต่อวัน ถอนได้ทุกเวลา', 'ปั่นกำไรได้วันละ 5% สบายๆ'],
      miss: ['ดอกเบี้ยเงินฝากประจำ 1.5% ต่อปี', 'หุ้นตัวนี้ขึ้น 3% วันนี้'],
    },
  },
  {
    id: 'INVEST_MENTOR_TH',
    family: 'investment',
    stage: 'pitch',
    languages: ['th'],
    pattern:
      /(?:ข้อมูลวงใน|วงใน)[^\n]{0,30}(?:เทรด|ลงทุน|หุ้น|คริปโต|ทองคำ|เหรียญ)|(?:ลุง|น้า|ป้า|อาจารย์|โค้ช|นักวิเคราะห์|ผู้เชี่ยวชาญ)(?:ของ(?:ฉัน|ผม|หนู))?[^\n]{0,20}(?:ให้|ส่ง)(?:สัญญาณ|ซิกแนล|signal)/u,
    description: 'An uncle, teacher or analyst with insider information or trading signals.',
    reason: 'reason_invest_mentor',
    examples: {
      hit: ['ลุงของฉันทำงานที่ตลาดหลักทรัพย์ มีข้อมูลวงในเรื่องเทรดทองคำ', 'อาจารย์ของผมจะส่งสัญญาณให้ทุกบ่ายสามโมง'],
      miss: ['ข่าววงในบอกว่าวงนี้จะออกอัลบั้มใหม่', 'ลุงส่งรูปหลานมาในกลุ่มครอบครัว'],
    },
  },
  {
    id: 'INVEST_CONTRACT_TRADING_TH',
    family: 'investment',
    stage: 'pitch',
    languages: ['th'],
    pattern: /เทรดสัญญา|สัญญา(?:ราย)?วินาที|(?:ขุด|ฝาก)(?:เหรียญ|คริปโต)?\s?usdt|ฟาร์มสภาพคล่อง/u,
    description:
      '"Contract trading", seconds contracts, USDT mining or liquidity pools: the fake-platform vocabulary.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: ['ฉันเล่นเทรดสัญญาบนแพลตฟอร์มนี้ได้กำไรทุกวัน', 'ฝาก usdt เข้ากระเป๋าแล้วระบบขุดให้อัตโนมัติ'],
      miss: ['สัญญาเช่าคอนโดหมดปีหน้า', 'วันนี้บิทคอยน์ราคาตกแรง'],
    },
  },
  {
    id: 'INVEST_TEACH_TH',
    family: 'investment',
    stage: 'pitch',
    languages: ['th'],
    pattern:
      /(?:ฉัน|ผม|หนู|เรา)(?:จะ)?(?:สอน|พา)(?:คุณ|เธอ)?(?:เทรด|ลงทุน)|ทำตาม(?:ที่)?(?:ฉัน|ผม)(?:บอก|สั่ง)[^\n]{0,20}(?:กำไร|รวย)|(?:สอน|พา)(?:คุณ|เธอ)(?:เทรด|ลงทุน)/u,
    description: 'Offers to teach the user to trade, or to lead them step by step.',
    reason: 'reason_invest_teach',
    examples: {
      hit: ['ไม่ต้องกลัวนะ เดี๋ยวผมสอนเทรดเอง', 'ทำตามที่ฉันบอก รับรองได้กำไรแน่'],
      miss: ['ครูสอนคณิตศาสตร์ใจดีมาก', 'พี่ชายพาไปดูคอนเสิร์ตเมื่อวาน'],
    },
  },
  {
    id: 'INVEST_SMALL_START_TH',
    family: 'investment',
    stage: 'pitch',
    languages: ['th'],
    pattern:
      /(?:เริ่ม|ลอง)(?:ลงทุน|ฝาก|เทรด)?(?:จาก|ด้วย)?(?:เงิน)?(?:น้อยๆ|จำนวนน้อย|ไม่กี่(?:ร้อย|พัน))[^\n]{0,30}(?:ก่อน|ดู)/u,
    description: 'Suggests starting with a small deposit to "try".',
    reason: 'reason_invest_small_start',
    examples: {
      hit: ['ลองลงทุนน้อยๆ ก่อนก็ได้ค่ะ ดูว่าถอนได้จริง', 'เริ่มฝากไม่กี่พันก่อน แล้วค่อยเพิ่ม'],
      miss: ['เริ่มวิ่งวันละนิดก่อน แล้วค่อยเพิ่มระยะ', 'ลองกินน้อยๆ ก่อนนะ เผ็ดมาก'],
    },
  },
  {
    id: 'PAYMENT_WITHDRAWAL_FEE_TH',
    family: 'payment',
    stage: 'payment',
    languages: ['th'],
    pattern:
      /(?:ภาษี|ค่าธรรมเนียม|ค่ามัดจำ|ค่าประกัน|เงินค้ำประกัน|มาร์จิ้น)[^\n]{0,30}ก่อน(?:จึง|ถึง)?(?:จะ)?(?:ถอน|ได้รับเงิน|ปลดล็อก)|ถอน(?:เงิน)?ไม่ได้[^\n]{0,30}ต้อง(?:โอน|จ่าย|ชำระ|เติม)|ถอน(?:เงิน)?[^\n]{0,20}ต้อง(?:จ่าย|ชำระ|โอน|เติม|ฝาก)[^\n]{0,20}(?:ภาษี|ค่าธรรมเนียม|ค่ามัดจำ|ค่าประกัน|เงินค้ำประกัน|มาร์จิ้น)|(?:โอน|ฝาก|เติม)เงิน(?:ให้)?(?:เท่ากับ|เท่า)ยอด(?:เงิน)?(?:ใน|ของ)บัญชี[^\n]{0,30}(?:ก่อน(?:จึง|ถึง)?(?:จะ)?)?ถอน/u,
    description: 'A tax, fee or deposit must be paid before money can be withdrawn.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        'ถ้าจะถอนเงินต้องจ่ายภาษี 20% ก่อน',
        'ต้องชำระภาษี 20% ก่อนถึงจะถอนได้ค่ะ',
        'ตอนนี้ถอนเงินไม่ได้ ต้องโอนค่าประกันความเสี่ยงเข้ามาก่อน',
        'ต้องโอนเงินเท่ากับยอดในบัญชีเพื่อยืนยันตัวตนก่อนถอน',
      ],
      miss: ['ถอนเงินต่างธนาคารเสียค่าธรรมเนียม 15 บาท', 'ยื่นภาษีก่อน 31 มีนาคมนะ'],
    },
  },
  {
    id: 'PAYMENT_UPGRADE_TH',
    family: 'payment',
    stage: 'payment',
    languages: ['th'],
    pattern:
      /(?:ฝาก|เติม|โอน)(?:เงิน)?(?:เพิ่ม)?[^\n]{0,25}(?:อัพเกรด|อัปเกรด|ปลดล็อก|ปลดล๊อก|เลื่อนระดับ)|(?:อัพ|อัป)เกรด(?:เป็น)?\s?vip/u,
    description: 'Asks for a deposit to upgrade (VIP) or unlock an account or profit.',
    reason: 'reason_payment_upgrade',
    examples: {
      hit: ['ฝากเพิ่มอีก 50,000 เพื่ออัปเกรดบัญชีเป็นระดับทอง', 'อัพเกรดเป็น vip แล้วจะได้ค่าคอมสูงขึ้น'],
      miss: ['อัปเดตแอปเป็นเวอร์ชันใหม่แล้ว', 'เติมเงินมือถือ 100 บาทให้แม่แล้ว'],
    },
  },
  {
    id: 'PAYMENT_FROZEN_TH',
    family: 'payment',
    stage: 'payment',
    languages: ['th'],
    pattern:
      /(?:บัญชี|ยอดเงิน)[^\n]{0,15}(?:ถูก|โดน)?(?:อายัด|ระงับ|แช่แข็ง|ฟรีซ|ล็อก)[^\n]{0,40}(?:โอน|ชำระ|จ่าย|เติม|ฝาก)|คะแนน(?:เครดิต)?(?:ไม่พอ|ต่ำ)/u,
    description: 'Account frozen or credit score too low until the user pays.',
    reason: 'reason_payment_frozen',
    examples: {
      hit: ['บัญชีของคุณถูกอายัดเนื่องจากทำรายการผิด ต้องโอนค่าปลดล็อก', 'คะแนนเครดิตไม่พอ ไม่สามารถถอนเงินได้'],
      miss: ['บัญชีถูกระงับชั่วคราว กรุณาติดต่อสาขาพร้อมบัตรประชาชน', 'คะแนนสอบเทอมนี้ดีขึ้นมาก'],
    },
  },
  {
    id: 'PAYMENT_URGENCY_TH',
    family: 'payment',
    stage: 'payment',
    languages: ['th'],
    pattern:
      /(?:ภายใน|ไม่เกิน)\s?\d{1,2}\s?(?:ชั่วโมง|ชม\.?)[^\n]{0,30}(?:โอน|ชำระ|จ่าย)[^\n]{0,30}(?:มิฉะนั้น|ไม่งั้น|ไม่เช่นนั้น|จะถูก)/u,
    description: 'Pay within hours or lose the money or the account.',
    reason: 'reason_payment_urgency',
    examples: {
      hit: ['ภายใน 24 ชั่วโมงต้องโอนให้ครบ มิฉะนั้นเงินทั้งหมดจะถูกยึด', 'ไม่เกิน 3 ชม. ต้องชำระ ไม่งั้นบัญชีจะถูกปิด'],
      miss: ['ส่งงานภายใน 24 ชั่วโมงนะ', 'ภายใน 2 ชั่วโมงโอนค่าห้องให้แล้วจะส่งสลิปให้'],
    },
  },
  {
    id: 'TASK_PAID_TASKS_TH',
    family: 'task',
    stage: 'pitch',
    languages: ['th'],
    pattern:
      /(?<!หลอก|หลอกให้)(?:(?:กด(?:ไลก์|ไลค์|หัวใจ|ติดตาม|ฟอล)|ดันยอด(?:ขาย|ไลก์|วิว)?|รีวิวสินค้า|ทำภารกิจ)[^\n]{0,40}(?:ได้(?:รับ)?(?:เงิน|ค่าคอม|ค่าตอบแทน)|รับ(?:เงิน|ค่าคอม|ค่าตอบแทน)|ค่าคอม|\d{1,5}\s?บาท))/u,
    description: 'Pay for likes, follows, reviews or "boosting sales".',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: ['งานง่ายๆ แค่กดไลก์วิดีโอ ได้รับค่าคอมทันที', 'ช่วยดันยอดขายสินค้า ครั้งละ 50 บาท'],
      miss: [
        'ข่าวเตือน: แก๊งหลอกให้กดไลก์รับเงิน สุดท้ายให้โอนเงินสำรอง',
        'ฝากกดไลก์เพจร้านเราหน่อยนะ ขอบคุณมาก',
        'รีวิวสินค้าชิ้นนี้ดีมาก ใช้แล้วชอบ',
      ],
    },
  },
  {
    id: 'TASK_DAILY_EARNINGS_TH',
    family: 'task',
    stage: 'pitch',
    languages: ['th'],
    pattern:
      /(?:งานง่าย|ทำ(?:งาน)?ที่บ้าน|ผ่านมือถือ|ไม่ต้องลงทุน|ใช้แค่มือถือ)[^\n]{0,60}(?:วันละ|ต่อวัน|\/วัน)|(?:วันละ|ต่อวัน)[^\n]{0,30}(?:งานง่าย|ทำ(?:งาน)?ที่บ้าน|ใช้แค่มือถือ)/u,
    description: 'Easy work from home or from a phone that pays every day.',
    reason: 'reason_task_daily_earnings',
    examples: {
      hit: ['งานพาร์ทไทม์ทำที่บ้าน รายได้วันละ 500-3,000 บาท', 'ใช้แค่มือถือ ได้เงินวันละหลักพัน'],
      miss: ['ค่าแรงขั้นต่ำวันละ 400 บาท', 'วันนี้ทำงานที่ออฟฟิศทั้งวันเลย'],
    },
  },
  {
    id: 'TASK_TOP_UP_TH',
    family: 'task',
    stage: 'payment',
    languages: ['th'],
    pattern:
      /(?:สำรองจ่าย|สำรองเงิน|โอนเงินสำรอง|เติมเงิน|ฝากเงิน)[^\n]{0,30}(?:ภารกิจ|ค่าคอม|คอมมิชชั่น)|ภารกิจ[^\n]{0,30}(?:ต้อง)?(?:เติมเงิน|โอนเงิน|สำรองเงิน)/u,
    description: 'Asks to top up or advance money to unlock tasks or commission.',
    reason: 'reason_task_top_up',
    examples: {
      hit: ['ต้องสำรองเงินก่อนทำภารกิจรอบต่อไป', 'ภารกิจพิเศษนี้ต้องเติมเงิน 3,000 แล้วรับคืนพร้อมค่าคอม 30%'],
      miss: ['เติมเงินมือถือแล้วนะแม่', 'โอนเงินค่าออเดอร์เสื้อแล้วนะคะ'],
    },
  },
  {
    id: 'RECOVERY_OFFER_TH',
    family: 'recovery',
    stage: 'related',
    languages: ['th'],
    pattern:
      /(?:ติดตาม|กู้|ทวง|ดึง)(?:เงิน)?คืน(?:ให้(?:คุณ|ท่าน))?ได้[^\n]{0,15}(?:100\s?%|ทั้งหมด|เต็มจำนวน|แน่นอน|ทุกบาท)|(?:โดน|ถูก)(?:โกง|หลอก)(?:มา)?[^\n]{0,30}(?:ทัก|ติดต่อ|ปรึกษา)(?:เรา|ทีมงาน|ทนาย)|เรา(?:สามารถ)?(?:ช่วย)?(?:กู้|ติดตาม|ทวง|ดึง)(?:เงิน)?คืน[^\n]{0,30}(?:ถูก|โดน)(?:โกง|หลอก)/u,
    description: 'Promises to get scammed money back, usually for an upfront fee.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'ทีมทนายของเราติดตามเงินคืนให้ท่านได้ 100%',
        'ใครโดนโกงเทรดคริปโต ติดต่อเราได้ทันที',
        'เรากู้คืนเงินที่ถูกหลอกลงทุนได้ ติดต่อทางไลน์',
      ],
      miss: ['ตำรวจเตือน ระวังมิจฉาชีพแอบอ้างช่วยติดตามเงินคืน', 'ร้านคืนเงินให้แล้วหลังส่งสินค้ากลับ'],
    },
  },
  {
    id: 'IMPERSONATION_POLICE_TH',
    family: 'impersonation',
    stage: 'related',
    languages: ['th'],
    pattern:
      /(?:บัญชี|ชื่อ)(?:ของ)?(?:คุณ|ท่าน)[^\n]{0,20}(?:เกี่ยวข้อง|พัวพัน)(?:กับ)?[^\n]{0,15}(?:ฟอกเงิน|ยาเสพติด|คดี|บัญชีม้า)|พัสดุ[^\n]{0,30}(?:ผิดกฎหมาย|ยาเสพติด)/u,
    description: 'Police-style threat: your account is linked to money laundering or an illegal parcel.',
    reason: 'reason_impersonation_authority',
    examples: {
      hit: ['สวัสดีครับ ผมตำรวจ สภ.เมือง บัญชีของคุณเกี่ยวข้องกับคดีฟอกเงิน', 'พัสดุของท่านมีสิ่งของผิดกฎหมาย ถูกตรวจพบที่ด่าน'],
      miss: ['ตำรวจจับแก๊งบัญชีม้าได้ 20 ราย', 'พัสดุมาส่งแล้ว วางไว้หน้าบ้านนะ'],
    },
  },
  {
    id: 'IMPERSONATION_RELATIVE_TH',
    family: 'impersonation',
    stage: 'related',
    languages: ['th'],
    pattern: /(?:เบอร์ใหม่|ไลน์ใหม่|ไอดีใหม่)[^\n]{0,60}(?:ยืมเงิน|ขอยืม|โอน(?:เงิน)?ให้(?:หน่อย|ก่อน))/u,
    description: 'A "relative" or "friend" on a new number or LINE asks to borrow money.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: ['แม่ นี่ไลน์ใหม่หนูนะ ขอยืมเงินห้าพันด่วน', 'เปลี่ยนเบอร์ใหม่แล้ว ช่วยโอนเงินให้ก่อนได้ไหม พรุ่งนี้คืน'],
      miss: ['นี่เบอร์ใหม่พี่นะ เซฟไว้ด้วย', 'ขอยืมร่มหน่อย ฝนตกหนักมาก'],
    },
  },
  {
    id: 'PHISHING_ACCOUNT_TH',
    family: 'phishing',
    stage: 'related',
    languages: ['th'],
    pattern: /(?:ยืนยันตัวตน|อัปเดตข้อมูล|อัพเดทข้อมูล|ปลดล็อกบัญชี)[^\n]{0,40}(?:คลิก|กดลิงก์|ลิงก์|https?:)/u,
    description: 'Asks to verify or unlock an account through a link.',
    reason: 'reason_phishing_account',
    examples: {
      hit: ['บัญชีของท่านถูกระงับ กรุณายืนยันตัวตนโดยคลิก https://kbank-th.info', 'โปรดอัปเดตข้อมูลภายในวันนี้ที่ลิงก์นี้'],
      miss: ['ยืนยันตัวตนที่สาขาพร้อมบัตรประชาชนได้ทุกวัน', 'ธนาคารไม่มีนโยบายส่งลิงก์ให้อัปเดตข้อมูลทาง SMS'],
    },
  },
  {
    id: 'PRIZE_WINNER_TH',
    family: 'prize',
    stage: 'related',
    languages: ['th'],
    pattern:
      /(?:ยินดีด้วย|ขอแสดงความยินดี)[^\n]{0,40}(?:ผู้โชคดี|ได้รับรางวัล)|ผู้โชคดี[^\n]{0,40}(?:รับรางวัล|คลิก|ค่าธรรมเนียม|ภาษี)/u,
    description: 'A prize or lucky draw the user never entered.',
    reason: 'reason_prize',
    examples: {
      hit: ['ขอแสดงความยินดี คุณเป็นผู้โชคดีได้รับ iPhone 16', 'ผู้โชคดีต้องชำระภาษี 5% ก่อนรับรางวัล'],
      miss: ['ยินดีด้วยที่สอบผ่านนะ', 'เมื่อวานถูกรางวัลเลขท้ายสองตัว ดีใจมาก'],
    },
  },
  {
    id: 'LOAN_FEE_TH',
    family: 'loan',
    stage: 'related',
    languages: ['th'],
    pattern:
      /(?:สินเชื่อ|เงินกู้|กู้เงิน|อนุมัติ)[^\n]{0,60}(?:โอน|จ่าย|ชำระ)(?:ค่า)?(?:ธรรมเนียม|มัดจำ|ค้ำประกัน|ประกัน|ดำเนินการ|เอกสาร)[^\n]{0,20}ก่อน/u,
    description: 'A loan that needs a fee or deposit paid first.',
    reason: 'reason_loan_fraud',
    examples: {
      hit: ['สินเชื่อของคุณอนุมัติแล้ว กรุณาโอนค่าธรรมเนียม 1,500 บาทก่อนรับเงิน', 'เงินกู้ออนไลน์ไม่เช็คบูโร ต้องจ่ายค่ามัดจำก่อน'],
      miss: ['ธนาคารอนุมัติสินเชื่อบ้านแล้ว ไปเซ็นสัญญาวันจันทร์', 'กู้เงินซื้อรถ ผ่อนเดือนละ 8,000'],
    },
  },
  {
    id: 'PAYMENT_SECRECY_TH',
    family: 'payment',
    stage: 'payment',
    languages: ['th'],
    pattern: /(?:อย่า|ห้าม|ไม่ต้อง)(?:บอก|เล่า|แจ้ง)(?:ให้)?(?:พนักงาน|เจ้าหน้าที่)?ธนาคาร/u,
    description: 'Tells the user not to tell the bank (staff) what the money is for.',
    reason: 'reason_secrecy',
    examples: {
      hit: ['ถ้าพนักงานถาม อย่าบอกธนาคารว่าโอนไปลงทุน', 'ห้ามแจ้งเจ้าหน้าที่ธนาคารเด็ดขาด บอกว่าจะซื้อบ้าน'],
      miss: ['ธนาคารจะไม่ขอรหัสผ่านจากคุณ', 'ไปบอกธนาคารให้ออกบัตรใหม่นะ'],
    },
  },
  {
    id: 'PHISHING_DELIVERY_TH',
    family: 'phishing',
    stage: 'related',
    languages: ['th'],
    pattern:
      /(?:พัสดุ|ไปรษณีย์|การจัดส่ง)[^\n]{0,40}(?:ไม่สามารถจัดส่ง|จัดส่งไม่สำเร็จ|ตกค้าง|ที่อยู่ไม่ถูกต้อง|ที่อยู่ไม่ครบ|ที่อยู่ไม่ชัดเจน|ถูกกัก|ถูกยึด)[^\n]{0,80}(?:คลิก|ลิงก์|ลิ้งค์|https?:|กรุณาชำระ|โปรดชำระ|กรุณาอัปเดต|กรุณาอัพเดท|กรุณายืนยันที่อยู่)/u,
    description:
      'A parcel is held or cannot be delivered (address, customs) and the user must pay or update details through a link.',
    reason: 'reason_phishing_delivery',
    examples: {
      hit: [
        'พัสดุของคุณไม่สามารถจัดส่งได้เนื่องจากที่อยู่ไม่ครบ กรุณาอัปเดตที่ลิงก์ด้านล่าง',
        'แจ้งเตือน: พัสดุตกค้างที่ศุลกากร กรุณาชำระค่าธรรมเนียม 45 บาทภายในวันนี้',
      ],
      miss: [
        'พัสดุถึงแล้วนะ วางไว้หน้าบ้าน',
        'ไปรษณีย์บอกว่าพัสดุตกค้างเพราะน้ำท่วม พรุ่งนี้จะมาส่งให้',
        'พัสดุตกค้างที่ศุลกากร ต้องไปชำระภาษีเองที่ไปรษณีย์',
      ],
    },
  },
];
