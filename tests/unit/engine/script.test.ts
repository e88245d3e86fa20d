import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

/**
 * The scam-compound script, stage by stage, in our own words (no corpus line): each lure must get
 * a warning on its own, and the ordinary messages and the news or warnings that describe the same
 * script must stay quiet. Openers, rapport and a bare "add me on WhatsApp" are left out on purpose:
 * they are weak alone by design and the thread gives them away (thread.test.ts).
 */
const LURES_EN = [
  'Sorry, I think I have the wrong number. You seem nice though, where are you from?',
  'I rarely use Instagram, add me on Telegram @lily_wen88 so we can talk more',
  'My uncle works as a senior analyst at a Hong Kong fund, he gives me signals for short-term BTC contracts and I earn 20-30% each time.',
  "I only trade when my aunt tells me the market window, it's based on big data, we never lose.",
  'Download the app from this link, register with my invitation code and I will guide you step by step.',
  'Look at my screenshot, I made $12,800 today on the gold contract.',
  'Put in 5,000 USDT through the TRC20 address and the system will match you to the VIP channel.',
  'Your account reached the VIP level, to withdraw you must first pay 20% personal income tax.',
  'The system flagged your account for unusual activity, a security deposit of $8,000 is needed to unfreeze it.',
  'Your credit score dropped to 60, you need to deposit 15,000 USDT to restore it before withdrawal.',
  'Customer service said the withdrawal channel will close in 24 hours, please pay the fee today or the funds will be lost.',
  "If you don't top up the margin tonight your position will be liquidated and you will lose everything.",
  'I already put in $30,000 of my own money for you, you just need to add $20,000 more so we can withdraw together.',
  'Hello, we are recruiting part-time staff for an online job: like and rate products, earn $200-500 a day, reply YES to learn more.',
  'Complete 40 orders per set and receive 0.5% commission on each, you can withdraw once the set is done.',
  'Your account has a negative balance because of a combination order, recharge to continue and get your commission.',
  'We are a law firm specialised in crypto fraud; we have traced your lost funds and can return them after a small legal fee.',
  "Are you interested in learning how to trade crypto? I can teach you, it's very simple.",
  'I just closed my position, 30% profit in one day, would you like to try with me?',
  'My teacher has a team that analyses the market, we follow their instructions and buy at the right moment.',
  "The platform is called BitNova, you can download it from the link I sent, it's very professional.",
  "Don't worry, even if you lose I will cover it for you, you have nothing to lose.",
  'You need to deposit at least $5,000 to join the VIP plan with 8% daily returns.',
  "I made over $300k last year with this strategy and now I'm financially free.",
  'Send the USDT to this address: TXxxxx and send me the screenshot when done.',
  'You have been selected as a lucky customer, your bonus of $2,000 will be credited after you pay the activation fee.',
  'Our customer service said your account needs verification, please pay the 10% verification deposit.',
  'To prove your identity you need to deposit the same amount as your balance, then you can withdraw everything.',
  'Your withdrawal failed because the bank card number was wrong. To unfreeze it, pay a 30% fine.',
  'The platform requires a 15% commission before releasing the profits.',
  "I'm not asking for money, I just want to help you make more for our future together.",
  'My aunt gets signals from the exchange insider, tomorrow at 9pm we go in with everything.',
];

const LURES_ZH = [
  '兼职点赞，日结佣金，一单3元',
  '我之前投了一万，现在已经赚了十万，都是跟着王老师做的',
  '不好意思，加错人了，不过认识一下也挺好的',
  '我舅舅是证券公司的分析师，他有内部消息，跟着他操作稳赚',
  '你先下载这个平台，用我的邀请码注册，我教你怎么操作',
  '先充值1000U试试，收益马上就能看到',
  '你的账户涉嫌洗钱，需要缴纳20%的保证金才能解冻',
  '提现需要先缴纳个人所得税，缴完马上到账',
  '你的信用分不足，需要充值50000才能恢复提现',
  '今天是最后期限，再不补缴账户就会被清零',
  '我已经帮你垫了三万，你只要再补两万就可以一起提现了',
  '我们可以帮你追回在虚假平台被骗的资金，先付一笔手续费',
];

const LURES_OTHER = [
  'Trabajo a tiempo parcial: da like a videos de YouTube y gana entre 200 y 500 euros al día',
  'Hemos recuperado sus fondos perdidos, para liberarlos debe pagar una comisión',
  'Invertí 500 dólares y en una semana retiré 6.000, gracias a mi mentora',
  'Việc làm online: thả tim video, thu nhập 500.000 đồng mỗi ngày',
  'Chúng tôi có thể giúp bạn lấy lại tiền bị lừa, phí dịch vụ 10%',
  'Kerja paruh waktu: like video YouTube, penghasilan 300rb per hari',
  'Kami bisa membantu mengembalikan dana Anda yang hilang, cukup bayar biaya administrasi',
  'งานพาร์ทไทม์ กดไลค์วิดีโอ รายได้วันละ 500 บาท',
  'เราช่วยคุณกู้เงินที่ถูกโกงคืนได้ แค่จ่ายค่าธรรมเนียมก่อน',
  '簡単な副業です。動画にいいねするだけで日給1万円',
  '詐欺で失った資金を取り戻せます。手数料を先にお支払いください',
  '간단한 부업: 유튜브 좋아요만 누르면 하루 10만원',
  '사기당한 돈을 되찾아 드립니다. 수수료를 먼저 입금하세요',
  'Part-time job: mag-like lang ng videos, kikita ka ng 1,000 pesos kada araw',
  'Kaya naming mabawi ang nawala mong pera, magbayad lang ng processing fee',
  'पार्ट टाइम जॉब: यूट्यूब वीडियो लाइक करो और रोज़ 2000 रुपये कमाओ',
  'घर बैठे कमाएं, बस वीडियो लाइक करें, रोज़ ₹3000',
  'Para retirar tus ganancias primero debes pagar un impuesto del 20%',
  'Mi tío es analista y me da señales para invertir en criptomonedas, ganamos un 5% diario',
  'Tu cuenta está congelada, deposita 3000 USDT para desbloquearla',
  'Để rút tiền bạn phải nộp thuế thu nhập 20% trước',
  'Chú tôi là chuyên gia phân tích, có tín hiệu nội bộ, lợi nhuận 3% mỗi ngày',
  'Tài khoản của bạn bị đóng băng, cần nạp tiền để mở khóa',
  'Untuk menarik dana Anda harus membayar pajak 20% terlebih dahulu',
  'Paman saya analis, dia punya sinyal orang dalam, untung 3% per hari',
  'Akun Anda dibekukan, setor 5000 USDT untuk membukanya',
  'ถ้าจะถอนเงินต้องจ่ายภาษี 20% ก่อน',
  'ลุงของฉันเป็นนักวิเคราะห์ มีสัญญาณวงใน กำไรวันละ 3%',
  'บัญชีของคุณถูกระงับ ต้องฝากเงินเพื่อปลดล็อก',
  '出金するには先に税金20%を支払う必要があります',
  '叔父はアナリストで、インサイダー情報があります。毎日3%の利益です',
  '口座が凍結されました。解除するには保証金が必要です',
  '출금하려면 먼저 세금 20%를 납부해야 합니다',
  '삼촌이 애널리스트라서 내부 정보가 있어요. 하루 3% 수익이에요',
  '계좌가 동결되었습니다. 해제하려면 보증금을 입금하세요',
  'Para ma-withdraw ang pera mo, kailangan mo munang magbayad ng 20% tax',
  'Ang tito ko ay analyst, may insider signals siya, kita ng 3% kada araw',
  'Na-freeze ang account mo, mag-deposit ka para ma-unlock',
  'पैसे निकालने के लिए पहले 20% टैक्स जमा करना होगा',
  'मेरे चाचा एनालिस्ट हैं, उनके पास अंदर की जानकारी है, रोज़ 3% मुनाफ़ा',
  'आपका खाता फ्रीज़ हो गया है, अनलॉक करने के लिए पैसे जमा करें',
  'paise nikalne ke liye pehle 20% tax bharna padega',
];

const QUIET = [
  'Hi, is this Kevin? This is Sam from the dentist, confirming your appointment Saturday at 10.',
  'Sorry wrong number! I meant to text my brother.',
  'My uncle is an accountant and helps me with my taxes every year.',
  "I bought some bitcoin last year and it's down 30%, I'm holding anyway.",
  'Can we move this chat to WhatsApp? The office Slack is down.',
  'Please pay the water bill by Friday, the fee is 45 dollars.',
  'I started a part-time job at the library, it pays 15 an hour.',
  'The tax office says I owe 20% on the capital gains from the sale of the flat.',
  'Remember to top up your metro card before Monday.',
  'Our lawyer traced the deed and the title fee is 200 dollars.',
  'Police warned that scammers tell victims they must pay a 20% tax before they can withdraw their profits, then disappear.',
  'The FBI says pig butchering victims are often told their account is frozen for money laundering and asked for a security deposit.',
  'In the typical script, a stranger texts a wrong number, moves the chat to WhatsApp and introduces an uncle who is an analyst.',
  'Recovery scams target people who already lost money: fake law firms claim they have traced the stolen funds and ask for a fee.',
  "My mom almost fell for it. The 'platform' showed huge profits but when she tried to withdraw they demanded a 30% fee. We reported it.",
  'Reminder from your bank: we will never ask you to pay a fee to release your funds or to move money to a safe account.',
  'Task scams promise $300 a day for liking videos; after a few small payouts victims are asked to top up to unlock the next set.',
  'Authorities in Thailand said more than 7,000 workers were freed from compounds in Myawaddy where they ran romance and crypto scams.',
  '明天早上九点开会，别迟到',
  '我把房租转给你了，注意查收',
  '今天股市跌了不少，还好我没买',
  '工资到账了，晚上请你吃饭',
  '我叔叔是医生，周末去看他',
];

describe('the script, stage by stage', () => {
  for (const [name, list] of [
    ['English', LURES_EN],
    ['Chinese', LURES_ZH],
    ['es, vi, id, th, ja, ko, tl, hi', LURES_OTHER],
  ] as const) {
    it(`warns on every ${name} lure`, () => {
      for (const t of list) expect(analyze(t).level, t).not.toBe('none');
    });
  }
  it('keeps ordinary messages and talk about the script quiet', () => {
    for (const t of QUIET) expect(analyze(t).level, t).toBe('none');
  });
});
