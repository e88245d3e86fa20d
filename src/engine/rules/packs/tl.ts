import type { Rule } from '../../types.ts';
import { PACK_LINK, wrongNumberChat } from './shared.ts';

/**
 * Tagalog/Filipino (tl), including the Taglish that Filipino scam scripts are written in
 * ("mag-deposit", "i-verify", "na-freeze"). Hyphens in affixed English verbs are optional.
 * Phrasing follows PNP-ACG, CICC and BSP alerts: "new roaming number ko" relative scams, GCash
 * phishing, "task" likes, "processing fee" loans and prizes.
 */
/** Pay, deposit, send or transfer: written twice in one rule (both word orders). */
const TL_PAY_VERB =
  '(?:magbayad|mag-?deposit|mag-?deposito|magbigay|mag-?send|maghulog|magpadala|mag-?transfer)';

/** The wrong-number apology, shared by the opener and its chatty variant. */
const WRONG_NUMBER_TL =
  /\b(?:sorry|pasensya|pasensiya|paumanhin)\b[^\n]{0,30}\b(?:wrong (?:number|send|sent)|maling (?:numero|number|tao)|mali (?:yata |ata |po )?(?:ang )?(?:na )?(?:send|napadalhan|pinadalhan|number))\b/u;

export const TL_RULES: readonly Rule[] = [
  {
    id: 'OPENER_WRONG_NUMBER_TL',
    family: 'opener',
    stage: 'opener',
    languages: ['tl'],
    pattern: WRONG_NUMBER_TL,
    description: 'A stranger apologises for texting the wrong number and stays to chat.',
    reason: 'reason_opener_wrong_number',
    examples: {
      hit: [
        'Pasensya na, mali yata ang number ko. Pero mukhang mabait ka',
        'Hi, pasensya na, maling number yata. Taga-saan ka?',
        'Sorry po, wrong send. Pero pwede ba makipagkilala?',
      ],
      miss: ['Pasensya na late ako, traffic sa EDSA', 'Mali yung sagot ko sa quiz kanina'],
    },
  },
  {
    id: 'OPENER_WRONG_NUMBER_CHAT_TL',
    ...wrongNumberChat(
      'tl',
      WRONG_NUMBER_TL,
      'taga[- ]?saan ka|mukhang mabait ka|pwede (?:ba )?(?:tayo(?:ng)? )?(?:maging )?magkaibigan|nice to meet you|ikinagagalak kitang makilala',
    ),
    examples: {
      hit: [
        'Pasensya na, mali yata ang number ko. Pero mukhang mabait ka, taga-saan ka?',
        'sorry wrong send po, pwede ba tayong maging magkaibigan?',
      ],
      miss: ['sorry wrong send', 'taga-saan ka ulit? nakalimutan ko'],
    },
  },
  {
    id: 'OPENER_STRANGER_TL',
    family: 'opener',
    stage: 'opener',
    languages: ['tl'],
    pattern:
      /\b(?:pwede|puwede|pede) (?:ba )?(?:po )?(?:makipagkilala|kitang makilala|makipagkaibigan|makipag-kaibigan)\b/u,
    description: 'An unknown sender asks to get acquainted out of nowhere.',
    reason: 'reason_opener_stranger',
    examples: {
      hit: ['Hello po, pwede ba makipagkilala?', 'Nakita ko profile mo, puwede kitang makilala?'],
      miss: ['Ipapakilala kita sa pinsan ko bukas', 'Masaya akong makilala kayo sa reunion'],
    },
  },
  {
    id: 'ROMANCE_FAST_INTIMACY_TL',
    family: 'romance',
    stage: 'rapport',
    languages: ['tl'],
    pattern:
      /\b(?:kakakilala|bagong kakilala) (?:lang )?(?:natin|pa lang)?\b[^\n]{0,30}\b(?:mahal na kita|mahal kita|in love na)|\bikaw (?:na )?ang (?:tadhana|soulmate|forever) ko\b/u,
    description: 'Declarations of love or destiny from someone only just met.',
    reason: 'reason_romance_fast_intimacy',
    examples: {
      hit: ['Alam kong kakakilala lang natin pero mahal na kita', 'Ikaw na ang tadhana ko, ramdam ko'],
      miss: ['Mahal kita, Nay, uuwi ako sa Pasko', 'Yung kanta na yun tungkol sa tadhana, ang ganda'],
    },
  },
  {
    id: 'ROMANCE_BACKSTORY_TL',
    family: 'romance',
    stage: 'rapport',
    languages: ['tl'],
    pattern:
      /\b(?:sundalong amerikano|doktor sa un|nagtatrabaho sa oil rig)\b|\b(?:biyudo|biyuda|balo) (?:na )?ako\b[^\n]{0,40}\b(?:anak|mag-isa)\b/u,
    description: 'The romance-scam life story: US soldier, UN doctor, oil rig, widowed with a child.',
    reason: 'reason_romance_backstory',
    examples: {
      hit: [
        'Biyudo na ako, mag-isa kong pinapalaki ang anak ko',
        'Ako ay sundalong Amerikano na naka-deploy sa Syria',
      ],
      miss: ['Biyuda na si Lola pero masaya siya sa probinsya', 'Mahal ang gasolina ngayon'],
    },
  },
  {
    id: 'ROMANCE_NO_VIDEO_TL',
    family: 'romance',
    stage: 'rapport',
    languages: ['tl'],
    pattern:
      /\b(?:video ?call|vc)\b[^\n]{0,25}\b(?:hindi (?:pa )?(?:pwede|puwede)|di (?:pa )?pwede|bawal)\b|\bbawal (?:ang )?(?:video ?call|vc)\b/u,
    description: 'Excuses not to video call.',
    reason: 'reason_romance_no_video',
    examples: {
      hit: ['Mahal, bawal ang video call dito sa base', 'VC hindi pa pwede, sira camera ko'],
      miss: ['Mag-video call tayo mamaya kasama si Mama', 'Tapos na yung video call namin sa kliyente'],
    },
  },
  {
    id: 'ROMANCE_FUTURE_TL',
    family: 'romance',
    stage: 'rapport',
    languages: ['tl'],
    pattern:
      /\bmakasama (?:ka |kita )?haba(?:ng ?|m-?)buhay\b|\bating kinabukasan\b|\bkinabukasan natin(?: dalawa)?\b/u,
    description: 'Talk of a shared future with someone barely known.',
    reason: 'reason_romance_future',
    examples: {
      hit: ['Gusto kitang makasama habambuhay', 'Mag-ipon tayo para sa kinabukasan natin dalawa'],
      miss: ['Ang edukasyon ang kinabukasan ng mga bata', 'Kinabukasan ay pupunta kami sa palengke'],
    },
  },
  {
    id: 'PLATFORM_MOVE_TL',
    family: 'platform_move',
    stage: 'platform',
    languages: ['tl'],
    pattern:
      /\b(?:i-?add mo (?:ako|ko)|add mo ako|usap (?:na lang )?tayo|chat (?:na lang )?tayo|lipat (?:na )?tayo)\b[^\n]{0,15}\b(?:sa )?(?:whatsapp|telegram|wechat|line|signal)\b/u,
    description: 'Asks to move the chat to WhatsApp, Telegram or another app.',
    reason: 'reason_platform_move',
    examples: {
      hit: ['Bihira ako dito, i-add mo ako sa WhatsApp', 'Usap na lang tayo sa Telegram, mas okay'],
      miss: ['Ipasa mo na lang sa group chat natin', 'Nag-update ang Telegram kagabi'],
    },
  },
  {
    id: 'INVEST_GUARANTEED_RETURN_TL',
    family: 'investment',
    stage: 'pitch',
    languages: ['tl'],
    pattern:
      /(?<!\b(?:walang|wala|hindi|di) )\b(?:siguradong|garantisadong|guaranteed na) (?:kita|kikita|tubo|panalo|profit)\b|(?<!\b(?:walang|wala|hindi|di) )\b(?:sigurado|garantisado) (?:ang|na ang) (?:kita|tubo|profit)\b|\bhindi ka (?:malulugi|matatalo)\b|\bwalang lugi\b|\b(?:ililista|ilista|i-?list|ma-?list|na-?list|listing)\b[^\n]{0,80}\b(?:ten times|10x|x10|sampung beses|\d{1,3} beses)\b/u,
    description: 'Promises guaranteed profit or says the user cannot lose.',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: [
        'Pag na-list na ang coin sa exchange, magiging 10x agad ang presyo',
        'Ililista ito next month kaya tataas ng sampung beses',
        'Sigurado ang kita, magsimula ka lang sa 1,000 pesos',
        'Siguradong kikita ka dito araw-araw',
        'Hindi ka malulugi, sundan mo lang ako',
      ],
      miss: [
        'Na-list na ang bahay namin sa Lamudi',
        'Sampung beses ko nang sinabi sa iyo na kumain ka muna',
        'Walang investment na siguradong ligtas, ingat',
        'Kumita ang tindahan ngayong Pasko',
        'Ang tito ko ay nagtatrabaho sa bangko, sabi niya walang garantisadong kita sa stocks',
      ],
    },
  },
  {
    id: 'INVEST_PERCENT_DAILY_TL',
    family: 'investment',
    stage: 'pitch',
    languages: ['tl'],
    pattern:
      /\b(?:kita|tubo|tutubo|kikita|kumikita|kumita|kikitain)\b[^\n]{0,20}\d{1,3}(?:[.,]\d{1,2})?\s?%\s?(?:kada araw|bawat araw|araw-araw|kada linggo|bawat linggo)\b|\d{1,3}(?:[.,]\d{1,2})?\s?%\s?(?:na )?(?:ang )?(?:kita|tubo|profit|interest|return)(?: mo| ninyo| nyo| ka)?\b[^\n]{0,10}\b(?:kada araw|bawat araw|araw-araw|daily|kada linggo|bawat linggo|weekly)\b/u,
    description: 'Profit quoted as a percentage per day or per week.',
    reason: 'reason_invest_percent_period',
    examples: {
      hit: [
        'Fixed 2% ang profit mo daily sa plan na ito',
        'May 5% na tubo bawat araw ang pera mo',
        'Tutubo ang pera mo ng 5% kada araw',
        'Kita ay 20% bawat linggo sa platform',
        'Kumikita ako ng 4% araw-araw sa app na ito',
      ],
      miss: [
        'Ang 5% na interest ng loan ay kada buwan',
        'Bumaba ng 3% ang kita ng tindahan ngayong taon',
        'Tumaas ng 5% ang presyo ng bigas',
        'Interes sa bangko ay 4% kada taon',
      ],
    },
  },
  {
    id: 'INVEST_TEACH_TL',
    family: 'investment',
    stage: 'pitch',
    languages: ['tl'],
    pattern:
      /\b(?:tuturuan|turuan) (?:kita|ka)\b[^\n]{0,20}\b(?:mag-?invest|mag-?trade|trading|crypto)\b|\bsundan mo lang ako\b[^\n]{0,30}\b(?:kita|kikita|tubo|profit)\b|\b(?:mag-?deposit|mag-?invest|puhunan|pesos|php|usdt|trade|trading|profit)\b[^\n]{0,60}\b(?:gagabayan|gabayan|tuturuan|aalalayan) (?:kita|ka)\b|\b(?:gagabayan|aalalayan) (?:kita|ka)\b[^\n]{0,40}\b(?:profit|kumita|kikita|mag-?trade|mag-?invest|trading)\b|\b(?:\d[\d,]{2,8} (?:lang|pesos)|mag-?deposit|ilagay|i-?invest)\b[^\n]{0,60}\bako (?:na )?(?:ang )?bahala\b/u,
    description: 'Offers to teach trading or to guide every trade.',
    reason: 'reason_invest_teach',
    examples: {
      hit: [
        'Mag-deposit ka ng 3,000 tapos gagabayan kita',
        'Gagabayan kita hanggang kumita ka',
        'Ilagay mo muna ang 2,000, ako na bahala sa lahat',
        'Tuturuan kita mag-trade, madali lang',
        'Sundan mo lang ako at kikita ka',
      ],
      miss: [
        'Gagabayan kita step by step sa pag-install ng printer',
        'Ako na bahala magluto bukas sa reunion',
        'Tuturuan kita magluto ng adobo',
        'Sundan mo lang ako papuntang simbahan',
      ],
    },
  },
  {
    id: 'INVEST_MENTOR_TL',
    family: 'investment',
    stage: 'pitch',
    languages: ['tl'],
    pattern:
      /\b(?:tito|tita|mentor) (?:ko|namin)\b[^\n]{0,40}\b(?:signal|insider|loob na impormasyon)\b|\b(?:insider|signal)\b[^\n]{0,30}\b(?:tito|tita|mentor) (?:ko|namin)\b|\b(?:tito|tita|pinsan|kuya|ate|mentor|coach|kaibigan) (?:ko|namin)\b[^\n]{0,60}\b(?:analyst|fund manager|trader|broker|brokerage|investment fund|stock market|wall street)\b[^\n]{0,80}(?:\bbago pa\b|\balam (?:niya|nya) agad\b|\bsignals?\b|\binsider\b|\bhindi (?:pa )?(?:ako )?natatalo\b)|\bmentor ako\b[^\n]{0,80}(?:\bsignals?\b|\btips\b|\bhindi (?:pa )?ako natatalo\b)/u,
    description: 'An uncle, aunt or mentor with insider trading signals.',
    reason: 'reason_invest_mentor',
    examples: {
      hit: [
        'Ang pinsan ko ay fund manager sa Singapore, alam niya agad kung aling stock ang aakyat',
        'May mentor ako na nagbibigay ng signals tuwing umaga',
        'Yung tito ko sa Hong Kong nagbibigay ng signal sa crypto',
        'May insider info ang mentor ko tungkol sa bagong coin',
      ],
      miss: [
        'Ang tito ko ay trader ng gulay sa Divisoria, maaga siyang gumigising',
        'May mentor ako sa thesis, tinutulungan niya ako sa research',
        'Pupunta si tito ko sa Cebu bukas',
        'Walang signal dito sa bundok',
      ],
    },
  },
  {
    id: 'INVEST_CRYPTO_PLATFORM_TL',
    family: 'investment',
    stage: 'pitch',
    languages: ['tl'],
    pattern:
      /\b(?:mag-?deposit|magdeposito|maglagay) (?:ka )?(?:ng )?usdt\b|\bmag-?mina ng usdt\b|\b(?:wala(?: (?:ito|itong|yan|yang|iyan|siya|sya))?(?: app| application)? sa|hindi (?:ito |yan |siya )?(?:makikita|mahahanap|available|nasa) sa)\s(?:play ?store|app ?store|google play)\b[^\n]{0,60}\b(?:institutional|exclusive|private app|investors?|members? lang)\b|\b(?:exclusive (?:lang )?(?:sa|para sa)|para lang sa (?:mga )?(?:investors?|members?))\b[^\n]{0,60}\b(?:play ?store|app ?store|google play)\b|\binstitutional (?:trading |investor |investment )?account\b[^\n]{0,80}\b(?:invitation code|referral code|mag-?register|i-?register)\b|\b(?:invitation|referral) code\b[^\n]{0,80}\binstitutional\b|\b(?:usdt|usdc|tether|crypto|btc|bitcoin)\b[^\n]{0,60}\b(?:i-?send|ipadala|i-?transfer|ilipat|send)\b[^\n]{0,20}\b(?:wallet address|address|wallet)\b[^\n]{0,10}\bna (?:ito|to|ibibigay ko|binigay ko|ise-?send ko|ipapadala ko)\b|\b(?:i-?send|ipadala|i-?transfer) (?:mo )?(?:ang |yung )?usdt\b[^\n]{0,30}\b(?:address|wallet)(?: address)? na (?:ito|to|ibibigay ko|binigay ko|ise-?send ko)\b/u,
    description: 'Asks to deposit or "mine" USDT on a platform.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'Wala ito sa Play Store kasi private app lang para sa investors',
        'Wala itong app sa Play Store kasi exclusive lang sa institutional investors',
        'Gamitin ang invitation code ko para sa institutional account mo',
        'Bumili ng USDT tapos i-send sa wallet address na ibibigay ko',
        'I-transfer mo ang USDT sa address na ito',
        'Mag-deposit ka ng USDT sa platform, auto na ang kita',
        'Maglagay ng USDT sa wallet na ito',
      ],
      miss: [
        'I-download ang GCash app sa Play Store o App Store',
        'Ang institutional account ng university ay nasa Facebook',
        'If a new friend tells you the trading app is not in the App Store because it is an institutional version, stop',
        'Log in to your institutional account through the link IT sent',
        'I-send mo yung USDT sa sarili mong Binance wallet',
        'Bumili ako ng Bitcoin noong 2020',
        'Mag-deposit ka sa bangko bago mag-alas tres',
        'Bumagsak ang presyo ng Bitcoin',
      ],
    },
  },
  {
    id: 'INVEST_SMALL_START_TL',
    family: 'investment',
    stage: 'pitch',
    languages: ['tl'],
    pattern:
      /\b(?:magsimula|simulan|subukan)(?: mo| ka)?(?: muna)? (?:sa|ng) (?:maliit|kaunting|konting) (?:na )?(?:halaga|puhunan|deposit|pera)\b|\b(?:magsimula|simulan|subukan)(?: mo| ka)?(?: muna)? sa (?:maliit|kaunti|konti),? \d{1,3}(?:[,.]\d{3})* ?(?:pesos?|php|piso)\b/u,
    description: 'Suggests starting with a small first deposit to "try".',
    reason: 'reason_invest_small_start',
    examples: {
      hit: [
        'Subukan mo muna sa maliit na halaga, mga 2,000 lang',
        'Magsimula ka sa kaunting puhunan',
        'Magsimula ka muna sa maliit, 2,000 pesos lang, tapos dagdagan mo kapag kumita',
      ],
      miss: [
        'Magsimula tayo sa maliit na dasal bago kumain',
        'Maliit na halaga lang ang utang ko sa kanya',
        'Magsimula ka sa maliit na hakbang, tulad ng paglalakad araw-araw',
      ],
    },
  },
  {
    id: 'PAYMENT_WITHDRAWAL_FEE_TL',
    family: 'payment',
    stage: 'payment',
    languages: ['tl'],
    pattern:
      /\b(?:magbayad|bayaran|magbabayad)\b[^\n]{0,20}\b(?:tax|buwis|fee)\b[^\n]{0,40}\b(?:bago|para) (?:mo )?(?:ma-?withdraw|makuha|mailabas|ma-?cash ?out)\b|\b(?:ma-?withdraw|mag-?withdraw|mailabas|ma-?cash ?out)\b[^\n]{0,50}\b(?:kailangan|dapat)\b[^\n]{0,20}\b(?:magbayad|bayaran|mag-?deposit)\b[^\n]{0,20}\b(?:tax|buwis|fee)\b|\b(?:makapag-?withdraw|withdrawal|ma-?release)\b[^\n]{0,50}\b(?:kailangan|dapat)\b[^\n]{0,20}\b(?:magbayad|bayaran|mag-?deposit)\b[^\n]{0,30}\b(?:tax|buwis|fee)\b|\b(?:hati|hatian|kalahati|50-?50)\b[^\n]{0,30}\b(?:tax|buwis|fee)\b[^\n]{0,60}\b(?:ma-?withdraw|mailabas|ma-?release)\b|\b(?:hindi|di) (?:rin|din) (?:ako )?(?:makapag-?withdraw|ma-?withdraw|mailabas)\b[^\n]{0,80}\b(?:tax|buwis|fee|hati|kalahati)\b/u,
    description: 'A tax or fee must be paid before money can be withdrawn.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        'Bago makapag-withdraw kailangan munang bayaran ang 10% fee',
        'Hati tayo sa tax para mailabas natin ang pera',
        'Hindi rin ako makapag-withdraw, kalahati na lang tayo',
        'Para ma-withdraw ang pera mo, kailangan mo munang magbayad ng 20% tax',
        'Kailangan mo magbayad ng tax na 15% bago ma-withdraw',
        'Magbabayad ka muna ng fee para makuha ang kita mo',
      ],
      miss: [
        'Hati tayo sa fee ng Airbnb, ako na mag-book',
        'Hindi rin ako makapag-withdraw kasi offline ang ATM',
        'Magbayad ka ng kuryente bago mag-Biyernes',
        'May fee ang ATM ng ibang bangko',
      ],
    },
  },
  {
    id: 'PAYMENT_FROZEN_TL',
    family: 'payment',
    stage: 'payment',
    languages: ['tl'],
    pattern: new RegExp(
      String.raw`\b(?:account|pondo)(?: mo)? (?:ay )?(?:na-?freeze|naka-?freeze|na-?lock)\b[^\n]{0,40}\b${TL_PAY_VERB}\b|\b(?:na-?freeze|na-?lock) ang (?:account|pondo) mo\b[^\n]{0,40}\b${TL_PAY_VERB}\b|\bmoney laundering\b[^\n]{0,80}\b(?:deposit|mag-?deposit|magbayad|bayaran|kapareho|parehong halaga)\b|\b(?:deposit|mag-?deposit|magbayad|maghulog)\b[^\n]{0,30}\b(?:kapareho|parehong|katumbas) (?:ng |na )?(?:halaga|amount)\b[^\n]{0,30}\b(?:balance|pondo|withdrawal)\b|\bcredit score\b[^\n]{0,80}\b(?:mag|ma|makapag)?-?withdraw(?:al)?\b[^\n]{0,60}\b(?:mag-?recharge|mag-?top ?up|mag-?deposit|magbayad)\b|\bcredit score\b[^\n]{0,40}\b(?:mag-?recharge|mag-?top ?up|mag-?deposit)\b[^\n]{0,40}\b(?:mag|ma|makapag)?-?withdraw(?:al)?\b|\b(?:kulang|mababa|bumaba)\b[^\n]{0,20}\bcredit score\b[^\n]{0,60}\b(?:withdraw|mag-?recharge|mag-?top ?up|mag-?deposit)|\b\d{1,2} (?:hours?|oras)\b[^\n]{0,60}\b(?:ma-?forfeit|mawawala|makukumpiska|kukumpiskahin|ma-?freeze)\b[^\n]{0,30}\b(?:funds|pondo|pera|balance|account)\b`,
      'u',
    ),
    description: 'Account frozen until the user pays.',
    reason: 'reason_payment_frozen',
    examples: {
      hit: [
        'Dahil sa money laundering, mag-deposit po kayo para ma-verify',
        'Mag-deposit ng kapareho ng halaga ng balance mo',
        'Mababa ang credit score, mag-recharge para makapag-withdraw',
        'Within 24 hours ma-forfeit ang funds ninyo',
        'Na-freeze ang account mo, mag-deposit ka para ma-unlock',
        'Pondo mo naka-freeze, magbayad ng 5,000 para mabuksan',
        'Na-freeze ang account mo, kailangan mong magdeposito ng 20% para ma-unlock',
      ],
      miss: [
        'Inaresto ang grupo dahil sa money laundering ayon sa NBI',
        'Mataas ang credit score ko kaya na-approve ang loan',
        'Ang voucher ay valid sa loob ng 48 oras lang',
        'Na-lock ang account ko sa Facebook, nakalimutan password',
        'Account mo na-freeze ba? Tawagan mo ang bangko',
      ],
    },
  },
  {
    id: 'PAYMENT_UPGRADE_TL',
    family: 'payment',
    stage: 'payment',
    languages: ['tl'],
    pattern:
      /\bmag-?(?:top ?up|deposit)\b[^\n]{0,30}\bpara (?:ma-?upgrade|ma-?unlock|mag-?vip|maging vip)\b|\bpara (?:ma-?upgrade|ma-?unlock|mag-?vip|maging vip)\b[^\n]{0,30}\bmag-?(?:top ?up|deposit)\b|\bmag-?upgrade (?:sa |ng |to )?vip(?: level)?\b[^\n]{0,40}\b(?:ma-?withdraw|withdrawal|ma-?process|ma-?release|ma-?unlock)\b/u,
    description: 'Asks for a deposit to upgrade (VIP) or unlock an account or tasks.',
    reason: 'reason_payment_upgrade',
    examples: {
      hit: [
        'Mag-upgrade sa VIP para ma-release ang withdrawal',
        'Mag-upgrade sa VIP level para ma-withdraw agad',
        'Mag-top up ka ng 3,000 para ma-upgrade sa VIP',
        'Mag-deposit muna para ma-unlock ang susunod na level',
        'Para ma-upgrade sa VIP kailangan mong mag-deposit pa ng 50,000',
      ],
      miss: [
        'Mag-upgrade sa VIP para sa mas magandang upuan sa sinehan',
        'Nag-upgrade kami ng internet plan',
        'Mag-top up ka ng load para makatawag',
        'Para ma-upgrade ang phone, i-download ang update',
        'Para ma-upgrade ang phone mo, pumunta ka sa service center',
      ],
    },
  },
  {
    id: 'TASK_PAID_TASKS_TL',
    family: 'task',
    stage: 'pitch',
    languages: ['tl'],
    pattern:
      /\b(?:mag-?like|i-?like|mag-?follow|mag-?review|mag-?subscribe)\b[^\n]{0,50}\b(?:babayaran|kikita|komisyon|sahod)\b|\b(?:kumita|kikita)\b[^\n]{0,40}\b(?:kada araw|bawat araw|araw-araw)\b[^\n]{0,30}\b(?:pag-?like|mag-?like|i-?like|pag-?follow|mag-?follow|like lang)\b|(?:\b\d{1,4} ?(?:pesos|php)|₱ ?\d{1,4}|\bbayad|\bsahod)\b[^\n]{0,20}\b(?:bawat|kada|per) (?:screenshot|ss|like|follow|page|task)\b|\b(?:bawat|kada|per) (?:screenshot|like|follow|page)\b[^\n]{0,30}(?:\b\d{1,4} ?(?:pesos|php)|₱ ?\d{1,4}|\bbabayaran\b)/u,
    description: 'Pay for likes, follows or reviews.',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: [
        '30 pesos bawat screenshot ng follow',
        'Kada like may ₱20 ka agad',
        'Kumita ng 1,500 pesos kada araw sa pag-like lang ng videos',
        'Mag-like ka lang ng videos sa YouTube at babayaran ka agad',
        'I-like ang post at kikita ka ng ₱150 bawat task',
      ],
      miss: [
        'Bawat like ng post mo ay nagpapasaya sa akin',
        'Ang sahod ko ay kada kinsenas',
        'Nakakapagod, kumita lang ako ng 500 kada araw sa pagtitinda, pero like ko naman ang trabaho ko.',
        'I-like mo naman ang post ko',
        'Mag-follow ka sa page ng school',
      ],
    },
  },
  {
    id: 'TASK_DAILY_EARNINGS_TL',
    family: 'task',
    stage: 'pitch',
    languages: ['tl'],
    pattern:
      /\b(?:kumita|kikita|sahod|sweldo)\b[^\n]{0,30}\b(?:kada araw|bawat araw|araw-araw)\b[^\n]{0,40}\b(?:sa bahay|cellphone lang|cp lang|part-?time|online)\b|\b(?:part-?time|online) (?:job|trabaho)\b[^\n]{0,60}\b(?:kumita|kikita|sahod|sweldo)\b[^\n]{0,30}\b(?:kada araw|bawat araw|araw-araw)\b/u,
    description: 'Part-time online work that pays every day.',
    reason: 'reason_task_daily_earnings',
    examples: {
      hit: [
        'Kumita ng ₱1,500 kada araw kahit nasa bahay ka lang, cellphone lang kailangan',
        'Part-time job online, sahod ₱800 araw-araw',
      ],
      miss: ['Araw-araw akong nasa bahay ngayon', 'Sahod ng tatay ko kada buwan ay sapat naman'],
    },
  },
  {
    id: 'TASK_TOP_UP_TL',
    family: 'task',
    stage: 'payment',
    languages: ['tl'],
    pattern:
      /\b(?:task|misyon|gawain)\b[^\n]{0,30}\b(?:kailangan|dapat)(?: mo)?(?: munang| muna)? (?:mag-?top ?up|mag-?deposit|magbayad|mag-?recharge)\b|\b(?:combination|combo|lucky|special|premium) (?:order|task)\b[^\n]{0,80}\b(?:mag-?top ?up|mag-?recharge|mag-?deposit|magbayad|negative)\b|\b(?:na-?credit|naidagdag|na-?add)\b[^\n]{0,20}\bcommission\b[^\n]{0,60}\b(?:next set|susunod na set|next batch|susunod na task|next task)\b/u,
    description: 'Asks to top up or prepay to unlock tasks.',
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        'Combination order ito kaya mag-recharge ka muna',
        'Naidagdag na ang commission mo, tuloy sa next set',
        'Para sa susunod na task kailangan mo munang mag-top up ng ₱5,000',
        'Ang misyon na ito dapat mag-deposit ka muna',
      ],
      miss: [
        'Na-credit na ang commission mo sa sales ngayong buwan, congrats',
        'Special order ng cake para sa birthday ni Lola',
        'Ang gawain sa bahay ay hati-hati',
        'Kailangan mo mag-top up ng load',
      ],
    },
  },
  {
    id: 'RECOVERY_SHILL_TL',
    family: 'recovery',
    stage: 'payment',
    languages: ['tl'],
    pattern:
      /\brecovery (?:expert|agent|team|hacker|specialist)\b[^\n]{0,80}?\b(?:maibalik|naibalik|mabawi|nabawi|maibabalik)\b|\b(?:natulungan|tinulungan) (?:ako|niya ako|nila ako)\b[^\n]{0,60}?\b(?:maibalik|mabawi|naibalik|nabawi) (?:ang|yung) pera\b/u,
    description: 'Tagalog: the recovery shill, "a recovery expert helped me get my money back".',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'Nawalan ako ng 100k sa pekeng trading app pero natulungan ako ng isang recovery expert na maibalik ang pera ko',
        'tinulungan niya ako na mabawi ang pera ko, i-message niyo siya',
      ],
      miss: ['natulungan ako ng kapatid ko sa assignment', 'naibalik na ang kuryente sa barangay'],
    },
  },
  {
    id: 'RECOVERY_OFFER_TL',
    family: 'recovery',
    stage: 'related',
    languages: ['tl'],
    pattern:
      /\b(?:mababawi|maibabalik|mabawi) (?:namin|natin)\b[^\n]{0,30}\b(?:pera|pondo|crypto)\b[^\n]{0,30}\b(?:na-?scam|naloko|niloko|scam)\b|\b(?:kaya|kayang) (?:naming|namin|natin) (?:ma)?(?:bawi|babawi|ibalik)(?:in)?\b[^\n]{0,40}(?:\b(?:nawala|nawalang|na-?scam|ninakaw)\b[^\n]{0,20}\b(?:pera|pondo|crypto)\b|\b(?:pera|perang|pondo|crypto)\b[^\n]{0,20}\b(?:nawala|na-?scam|ninakaw|naloko)\b)/u,
    description: 'Promises to recover money lost to a scam, usually for a fee.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'Kaya naming mabawi ang nawala mong pera, magbayad lang ng processing fee',
        'Mababawi namin ang pera mo na na-scam sa crypto',
        'Maibabalik natin ang pondo mo kahit naloko ka pa',
        'Kaya naming ibalik ang perang nawala mo sa pekeng app',
      ],
      miss: ['Nag-report ang mga biktima ng scam sa pulis', 'Nabawi ko na ang account ko sa Facebook'],
    },
  },
  {
    id: 'IMPERSONATION_RELATIVE_TL',
    family: 'impersonation',
    stage: 'related',
    languages: ['tl'],
    pattern:
      /\b(?:bago|bagong|new) (?:kong |na )?(?:number|numero|sim) (?:ko )?(?:ito|to)?\b[^\n]{0,60}\b(?:padalhan|magpadala|pa-?load|gcash|pahiram|pautang)\b|\bnew roaming number ko\b|\b(?:nasira|nawala|nanakaw) (?:ang |yung )?(?:phone|cellphone|cp|selpon) ko\b[^\n]{0,80}\b(?:gcash|pera|pamasahe|pa-?load|pahiram|pautang)\b/u,
    description: 'A relative on a new or "roaming" number asks for money or load.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: [
        'Ma, bago kong number ito, padalhan mo ako sa GCash ng 3k',
        'Musta na kayo? Ito na new roaming number ko',
        'Pa, nanakaw yung cellphone ko kanina. Pwede mo ba akong padalhan ng pamasahe sa GCash?',
      ],
      miss: [
        'Bago kong number ito, pa-save na lang',
        'Tumawag si Ate gamit ang bago niyang phone',
        'Nasira phone ko kahapon, padalhan mo na lang ako ng message sa Messenger',
      ],
    },
  },
  {
    id: 'PRIZE_WINNER_TL',
    family: 'prize',
    stage: 'related',
    languages: ['tl'],
    pattern:
      /\b(?:binabati|congratulations|congrats)\b[^\n]{0,60}\b(?:nanalo ka|napili ka)\b|\bnanalo ka ng\b[^\n]{0,60}\b(?:i-?claim|processing fee|bayad)\b/u,
    description: 'A prize or raffle the user never entered.',
    reason: 'reason_prize',
    examples: {
      hit: [
        'Congratulations! Nanalo ka ng ₱50,000 sa raffle',
        'Nanalo ka ng motorsiklo, i-claim sa link na ito',
      ],
      miss: ['Congrats sa graduation mo, anak!', 'Nanalo ang Ginebra kagabi'],
    },
  },
  {
    id: 'PHISHING_ACCOUNT_TL',
    family: 'phishing',
    stage: 'related',
    languages: ['tl'],
    pattern: new RegExp(
      String.raw`\b(?:i-?verify|i-?update|kumpirmahin)\b[^\n]{0,30}\b(?:account|gcash|maya|card|impormasyon)\b[^\n]{0,40}(?:\blink\b|\bi-?click\b|\bpindutin\b|${PACK_LINK})`,
      'u',
    ),
    description: 'Asks to verify or update a GCash, Maya, card or bank account through a link.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'I-verify ang iyong GCash account sa link na ito para hindi ma-block',
        'Kumpirmahin ang impormasyon ng card mo, i-click ang link',
      ],
      miss: ['Hindi kailanman hihingi ang GCash ng OTP sa text', 'I-update mo ako pag nakarating ka na'],
    },
  },
  {
    id: 'LOAN_FEE_TL',
    family: 'loan',
    stage: 'related',
    languages: ['tl'],
    pattern:
      /\b(?:loan|pautang)\b[^\n]{0,40}\b(?:approved|aprubado)\b[^\n]{0,50}\b(?:magbayad|bayaran|mag-?send|magpadala)\b[^\n]{0,20}\b(?:processing|insurance|advance|fee)\b|\b(?:approved|aprubado)\b[^\n]{0,20}\b(?:loan|pautang)\b[^\n]{0,50}\b(?:magbayad|bayaran|mag-?send|magpadala)\b[^\n]{0,20}\b(?:processing|insurance|advance|fee)\b/u,
    description: 'An approved loan that needs a fee paid first.',
    reason: 'reason_loan_fraud',
    examples: {
      hit: [
        'Approved na ang loan mo, magbayad lang ng processing fee na ₱1,500',
        'Ang pautang ay aprubado na, magpadala muna ng insurance fee',
      ],
      miss: ['Approved na ang housing loan namin sa Pag-IBIG', 'May utang pa ako sa tindahan'],
    },
  },
  {
    id: 'PAYMENT_SECRECY_TL',
    family: 'payment',
    stage: 'payment',
    languages: ['tl'],
    pattern:
      /\b(?:huwag|wag) (?:mong |mo |nyong )?(?:sabihin|ipaalam|ikuwento)\b[^\n]{0,20}\bsa (?:bangko|teller|bank)\b/u,
    description: 'Tells the user not to tell the bank (staff) what the money is for.',
    reason: 'reason_secrecy',
    examples: {
      hit: [
        'Kung tanungin ka, huwag mong sabihin sa bangko na para sa investment ito',
        'Wag mo ipaalam sa teller kung saan mo ipapadala',
      ],
      miss: ['Hindi hihingi ng OTP ang bangko', 'Sabihin mo sa bangko na nawala ang card mo'],
    },
  },
  {
    id: 'PAYMENT_URGENCY_TL',
    family: 'payment',
    stage: 'payment',
    languages: ['tl'],
    pattern:
      /\bsa loob ng \d{1,2} (?:oras|hours?)\b[^\n]{0,40}\b(?:magbayad|mag-?deposit|magpadala)\b[^\n]{0,40}(?:\bmawawala|\bma-?freeze|\bma-?block|\bmabablock)/u,
    description: 'Pay within hours or lose the money or the account.',
    reason: 'reason_payment_urgency',
    examples: {
      hit: [
        'Sa loob ng 24 oras kailangan mong magbayad, kung hindi mawawala ang pera mo',
        'Sa loob ng 3 oras mag-deposit ka o ma-freeze ang account',
      ],
      miss: ['Sa loob ng 24 oras papasok ang sahod', 'Sa loob ng 2 oras nandiyan na ako'],
    },
  },
  {
    id: 'IMPERSONATION_AUTHORITY_TL',
    family: 'impersonation',
    stage: 'related',
    languages: ['tl'],
    pattern:
      /\b(?:may|mayroon kang) (?:warrant of arrest|kaso|kasong estafa)\b[^\n]{0,60}\b(?:magbayad|magpadala|i-?settle|ayusin)\b|\b(?:nbi|pnp|cicc)\b[^\n]{0,40}\b(?:kaso|warrant|imbestigasyon)\b[^\n]{0,40}\b(?:magbayad|magpadala|i-?settle|gcash)\b/u,
    description: 'Police/NBI-style threat: a case or warrant that goes away if the user pays.',
    reason: 'reason_impersonation_authority',
    examples: {
      hit: [
        'Ito ay mula sa NBI, may kaso ka. Magpadala ng ₱20,000 para ma-settle ngayon',
        'May warrant of arrest ka na, magbayad ka ngayon para hindi ka hulihin',
      ],
      miss: ['Inaresto ng PNP ang suspek sa kasong estafa', 'May kaso ng dengue sa barangay namin'],
    },
  },
  {
    id: 'PHISHING_DELIVERY_TL',
    family: 'phishing',
    stage: 'related',
    languages: ['tl'],
    pattern: new RegExp(
      String.raw`\b(?:parcel|package|padala|order)\b[^\n]{0,40}(?:\bhindi (?:ma-?deliver|maideliver|na-?deliver|naideliver|maihatid|naihatid)|\bnaka-?hold\b|\bkulang ang (?:address|detalye)\b|\bmali ang address\b)[^\n]{0,80}(?:\bi-?click\b|\blink\b|\bmagbayad\b|\bbayaran\b|${PACK_LINK})`,
      'u',
    ),
    description:
      'A parcel is held or cannot be delivered (address, fee) and the user must pay or update details through a link.',
    reason: 'reason_phishing_delivery',
    examples: {
      hit: [
        'PHLPost: Ang parcel mo ay naka-hold dahil kulang ang address. I-update dito: phlpost-track.info',
        'Ang package ninyo ay hindi ma-deliver, magbayad ng 45 pesos na redelivery fee sa link',
      ],
      miss: [
        'Na-deliver na yung parcel mo kanina, nasa guard house',
        'Naka-hold daw yung order ko kasi bagyo, bukas na raw',
        'Ang parcel mo naka-hold daw sa customs, sabi ng LBC i-update mo lang yung ID mo sa branch',
      ],
    },
  },
  {
    id: 'PAYMENT_BORROW_TL',
    family: 'payment',
    stage: 'payment',
    languages: ['tl'],
    pattern:
      /\b(?:mag-?loan|mangutang|umutang|humiram|manghiram)(?: ka| ikaw)?(?: muna)?\b[^\n]{0,20}\bsa (?:bangko|bank|lending|gcash|sss)\b[^\n]{0,80}\b(?:future natin|kinabukasan natin|ating kinabukasan|ilang araw lang|babayaran (?:din )?agad|ibabalik (?:din )?agad|pag na-?withdraw)\b/u,
    description: 'A partner asks the user to borrow from a bank "for our future", to be repaid in days.',
    reason: 'reason_payment_loan_request',
    examples: {
      hit: [
        'Mangutang ka muna sa bangko, ibabalik agad natin pag kumita',
        'Mag-loan ka sa bank, para sa future natin ito',
      ],
      miss: [
        'Mag-loan ka sa bangko para sa tuition, babayaran natin buwan-buwan',
        'Humiram ako sa bangko para sa negosyo ni Tatay',
      ],
    },
  },
];
