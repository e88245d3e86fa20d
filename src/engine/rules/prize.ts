import { MONEY } from '../fragments.ts';
import type { Rule } from '../types.ts';

/** Prizes and lotteries the user never entered. */
export const PRIZE_RULES: readonly Rule[] = [
  {
    id: 'PRIZE_WON',
    family: 'prize',
    stage: 'related',
    languages: ['en'],
    // Bare "you win" is ordinary talk ("did you win?", "i hope you win!"): it counts only with an
    // auxiliary ("you have win", "you 've win") or a prize-like object ("you win a free ...", "you
    // win our lucky draw", "you win £1000") or a prize before it ("the prize you win in ...").
    // "Congratulations, you ..." counts only when a lucky or selected winner, or "your number /
    // ticket / email", follows: people congratulate each other on exams, jobs and flats.
    pattern: new RegExp(
      String.raw`\b(?:you(?:'ve| '?ve| have| 'v| be| are)? (?:won(?!'?t\b)(?! (?:the |our |your |this year'?s |a )?(?:office|work|school|class|team|church|club|staff|family|department|christmas|xmas|holiday|charity|company|pub|neighbou?rhood|community) (?:raffle|draw|pool|sweepstakes?|competition|contest|quiz|bet|prize)\b)|been selected as (?:a|the) winner)|\byou(?:'ve| '?ve| have| be| are)? become (?:a|the|our) (?:lucky )?winner\b|you(?:'ve| '?ve| have| 'v| be| are) win|you win (?:a |an |our |the |this |your |one )?(?:(?:[a-z0-9]{1,15} ){0,2}(?:prizes?|gifts?|vouchers?|rewards?|bonus|cash|surprise|jackpot|draw|giveaway|promo)\b|free\b|${MONEY})|(?:prizes?|gifts?|rewards?)\b[^.?!\n]{0,25}\byou win\b|see what you win\b|you (?:are|be) (?:the|a|our) (?:lucky )?winner|(?:your|this) (?:number|sim ?card|mobile (?:number|no)|phone number|email|zip code|post ?code)\b[^.?!\n]{0,30}\b(?:has|have|be)? ?(?:won|win|be choose|been chosen|selected)|congratulations?!?,? (?:you(?:'?re| are)? (?:the |our |a )?(?:lucky|winner|today'?s)|you(?: have| 've|'ve)? been (?:selected|chosen|picked) (?:to (?:receive|win|get)|as (?:the |a |our )?(?:lucky )?winner|for (?:a |an |the |our )?(?:free|prize|gift|reward|cash|bonus))|your (?:number|mobile|phone|sim|email|ticket|entry|account|name|ip)\b)|congratulations? to you\b[^.?!\n]{0,30}\b(?:winner|won|prize|selected|chosen|select)\b|\byou(?: are| be|'re| 're)? (?:the )?(?:\d{1,2}(?:st|nd|rd|th) (?:prize )?|(?:first|second|third|grand) prize )winner\b|\byou (?:get|got|won|came|come|be|are|took) (?:the )?(?:\d(?:st|nd|rd|th)|first|second|third) (?:place|prize)\b[^.?!\n]{0,30}\b(?:raffle|draw|lottery|giveaway|gift|promo|sweepstakes?)\b|\byou (?:came|come|placed) (?:\d(?:st|nd|rd|th)|first|second|third) in\b[^.?!\n]{0,40}\b(?:raffle|draw|lottery|giveaway|sweepstakes?)\b|\b(?:chosen|selected|select|choose) as (?:the |our |today ?'?s )?(?:lucky )?winner\b|\byou (?:be|are) (?:\d{1,2}|x) of the (?:\d{1,3}|x) (?:lucky )?winners?\b|(?:winning|lucky) (?:number|ticket|draw)|claim (?:your|the) (?:prize|reward|gift|cash|winnings|award)|prize of|pin pemenang|mendapatkan hadiah|menang hadiah)\b`,
    ),
    description: 'Says the user has won a prize, lottery or gift.',
    reason: 'reason_prize',
    examples: {
      hit: [
        'you came 2nd in our March raffle, follow the link to claim',
        'your mobile number has won 5 lakh in our draw',
        'you be the lucky winner of our promo',
        'Congratulations you\u2019ve win the \u00a3 XXX gift',
        'you win a free cruise for two, reply YES',
        'you have win \u00a31000 in the summer promo',
        'dear user you win our lucky draw this month',
        'you win 2nd prize a brand new car',
        'the reward you win in our anniversary giveaway is waiting',
        'Dear user, you are the 3rd prize winner of our summer raffle',
        'You came 2nd place in our anniversary raffle, collect the reward today',
        "You're chosen as today's winner, claim it by tonight",
        'your mobile no has won 25 lakh in the lucky draw',
        'Congratulations to you, you are selected as the lucky winner',
      ],
      miss: [
        'we won the match!',
        'so happy about the new baby',
        'so did you win?',
        'fingers crossed, i hope you win!',
        'it depends if you win or not haha',
        'which race did you win the trophy in',
        'if you win the game tonight we celebrate',
        'you came 2nd in the race, well done!',
        'you are the first winner I have met who stays humble',
        'congratulations to you both on the wedding',
        'Congratulations, you passed your driving test!',
        'Congratulations, your application for the apartment was approved',
        'Congratulations, you have been selected for the role, HR will send the contract',
        'You won the office raffle! Come collect your gift basket from reception.',
      ],
    },
  },
  {
    id: 'PRIZE_PIN_CLAIM',
    family: 'prize',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:get|gets|got|receive|win|won|gift of)\b[^\n]{0,25}\b(?:rp|ksh|rs|inr|cash cek)\.?\s?[\dx][\d,.x]{0,12}[^\n]{0,80}\b(?:pin|code|id)\b[^\n]{0,60}\b(?:click|klik|info|link|visit)\b/,
    description:
      'A cash prize in rupiah, shillings or rupees with a "PIN" or code, and a link for "info": the prize-draw SMS, as it reads once translated.',
    reason: 'reason_prize',
    examples: {
      hit: [
        'Your SIM card gets Rp 150,000,000 in the anniversary draw, PIN K7Q2M9, info click bit.ly/undian-resmi',
        'You win Ksh 250,000 today, your code 44821, for more info visit promo-ke.info',
      ],
      miss: [
        'I got Rp 200,000 from grandma for Eid, the PIN of my card is new',
        'Use code SAVE10 at checkout, click here',
      ],
    },
  },
  {
    id: 'PRIZE_WON_ZH',
    family: 'prize',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:中奖|中獎|恭喜您?(?:获得|獲得|中了|被抽中)[^\n]{0,10}(?:奖|獎|现金|現金|iphone|汽车|汽車)|幸运(?:用户|观众|號碼|号码)|领取奖(?:品|金)|領取獎(?:品|金))/,
    description: 'Chinese: "you have won" a prize or cash.',
    reason: 'reason_prize',
    examples: {
      hit: ['恭喜您被抽中为幸运用户，获得二等奖现金', '您已中獎，請領取獎金'],
      miss: ['恭喜发财', '参与抽奖即有机会获得礼券'],
    },
  },
  {
    id: '__PRIZE_FEE_ZH',
    family: 'prize',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:手续费|手續費|保证金|保證金|个人所得税|個人所得稅|公证费|公證費|邮寄费|郵寄費|(?:支付|付|交)(?:邮费|郵費|运费|運費|快递费|快遞費)|(?:点击|點擊|登录|登錄)[^\n]{0,10}(?:链接|網址|网址|网站|網站))/,
    description: 'Building block (Chinese): a fee, tax or link to log in to collect.',
    reason: 'reason_prize',
    examples: { hit: ['需缴纳个人所得税', '请登录网站领取'], miss: ['明天见', '谢谢'] },
  },
  {
    id: 'PRIZE_FEE_ZH',
    family: 'prize',
    stage: 'related',
    languages: ['zh'],
    meta: { all: ['PRIZE_WON_ZH', '__PRIZE_FEE_ZH'] },
    description: 'Chinese: a prize that needs a fee, tax or a login through a link.',
    reason: 'reason_prize',
    examples: { hit: ['您已中奖，请先缴纳手续费领取奖金'], miss: ['您已中奖，请到门店领取'] },
  },
  {
    id: '__PRIZE_WORDS',
    family: 'prize',
    stage: 'related',
    languages: ['en', 'id'],
    pattern:
      /\b(?:winner|prizes?|congratulations?|lottery|lucky draw|weekly draw|giveaway|jackpot|reward|hadiah|undian|pemenang|selected|chosen|be choose|(?:have|has|you) won)\b/,
    description: 'Building block: prize and lottery words.',
    reason: 'reason_prize',
    examples: {
      hit: ['you be the 2nd winner', 'Selected as winner'],
      miss: ['we had dinner', 'the price is right'],
    },
  },
  {
    id: '__PRIZE_CLAIM',
    family: 'prize',
    stage: 'related',
    languages: ['en', 'id'],
    pattern:
      /\b(?:claim|collect|redeem|verify your pin|pin(?: code)?|code ?id|kode|klik|info click|send your (?:name|details|bank))\b/,
    description: 'Building block: how to collect a prize (claim, redeem, PIN code, send your details).',
    reason: 'reason_prize',
    examples: { hit: ['to claim send your name', 'PIN LZD4389'], miss: ['see you at noon', 'the pinnacle'] },
  },
  {
    id: 'PRIZE_CLAIM',
    family: 'prize',
    stage: 'related',
    languages: ['en', 'id'],
    meta: {
      all: ['__PRIZE_WORDS'],
      any: ['__PRIZE_CLAIM', '__LINK_TEXT', '__IND_EMAIL', '__MONEY_AMOUNT'],
      minAny: 2,
    },
    description: 'A prize or lottery win together with a link, an amount, a PIN or a way to claim it.',
    reason: 'reason_prize',
    examples: {
      hit: [
        'you were selected as winner of $50,000, claim at www.prize-desk.top',
        'lucky draw result: claim your prize at http //abc.example/x',
      ],
      miss: ['congratulations on the new job!', 'the winner of the match gets a trophy'],
    },
  },
];
