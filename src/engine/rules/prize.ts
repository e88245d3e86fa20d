import type { Rule } from '../types.ts';

/** Prizes and lotteries the user never entered. */
export const PRIZE_RULES: readonly Rule[] = [
  {
    id: 'PRIZE_WON',
    family: 'prize',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:you(?: '?ve| have| 'v| be| are)? (?:won|win|been selected as (?:a|the) winner)|you (?:are|be) (?:the|a|our) (?:lucky )?winner|(?:your|this) (?:number|sim ?card|mobile number|email|zip code)\b[^.?!\n]{0,30}\b(?:has|have|be)? ?(?:won|win|be choose|been chosen|selected)|congratulations?!?,? (?:you|your)\b|(?:winning|lucky) (?:number|ticket|draw)|claim (?:your|the) (?:prize|reward|gift|cash|winnings|award)|prize of|pin pemenang|mendapatkan hadiah|menang hadiah)\b/,
    description: 'Says the user has won a prize, lottery or gift.',
    reason: 'reason_prize',
    examples: {
      hit: [
        'YOUR NUMBER HAS WON 9OLAKH RUPEES FROM COCA COLA',
        'Congratulations You be the winner of LAZADA MILLIONAIRE',
        'Congratulations you\u2019ve win the \u00a3 XXX gift',
      ],
      miss: ['we won the match!', 'so happy about the new baby'],
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
      hit: ['恭喜您获得二等奖现金', '您已中獎，請領取獎品'],
      miss: ['恭喜发财', '奖学金申请截止'],
    },
  },
];
