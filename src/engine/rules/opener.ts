import type { Rule } from '../types.ts';

/** First contact: the "wrong number" and stranger openers of the scam-compound script. */
export const OPENER_RULES: readonly Rule[] = [
  {
    id: 'OPENER_WRONG_NUMBER',
    family: 'opener',
    stage: 'opener',
    languages: ['en'],
    pattern:
      /\b(?:(?:got|dialed|dialled|texted|messaged|added|saved|entered|typed|sent (?:this|it|that) to|may (?:have )?added|must have (?:added|texted|messaged)) (?:the |a )?wrong (?:number|person|contact|chat|whatsapp)|sorry,? (?:wrong (?:number|person)|i think (?:i|this is) (?:have |got )?(?:the )?wrong)|(?:i )?(?:messaged|texted) (?:you|the wrong one) by mistake|(?:isn'?t|is not) this [a-z]+'s (?:number|phone)|(?:oops|sorry|oh|apologies|my apologies|my bad)[,!.]? (?:it'?s |this is )?(?:a |the )?wrong (?:number|person|contact)|wrong (?:number|person|contact)[,!.]? (?:my apologies|sorry|apologies|my bad|oops)|\bi (?:must have |might have |think i )?(?:saved|have|had|got) the wrong (?:number|contact)|(?:my mistake|my bad|sorry|oops|apologies)[,!.]?[^.?!\n]{0,10}\bi thought (?:you were|this was|it was) (?:my|an?|someone|the)\b)\b/,
    description: 'A stranger says the message reached the wrong person ("sorry, wrong number").',
    reason: 'reason_opener_wrong_number',
    examples: {
      hit: [
        'So sorry, I typed the wrong number. Hope you don\u2019t mind!',
        'Oh sorry I think I have the wrong person, but you seem nice',
        'I must have added the wrong contact, hope that is ok',
        'Oops, wrong number, my apologies. You seem nice',
        'haha my mistake, i thought you were my old colleague',
      ],
      miss: [
        'The invoice had a wrong number on it',
        'Wrong answer, try again',
        'I dialed your number twice',
        'You have the wrong number, I have had this number for years',
      ],
    },
  },
  {
    id: 'OPENER_CONTACT_SAVED',
    family: 'opener',
    stage: 'opener',
    languages: ['en'],
    pattern:
      /\b(?:my (?:assistant|secretary|colleague|friend|manager|boss|aunt|uncle|cousin|sister|brother) (?:gave|saved|passed|shared|sent|recommended) (?:me )?your (?:number|contact|whatsapp|details)|(?:got|found|saw) your (?:number|contact) (?:from|in|on) (?:my|a|the) (?:(?:phone |mobile )?contacts?(?: list)?|phone ?book|group|list|address book|friend)|is this (?:still )?[a-z]+'s (?:phone|number|cell|mobile|whatsapp)|is this (?:mr|mrs|ms|miss|dr)\.? [a-z]+|are you (?:mr|mrs|ms|miss)\.? [a-z]+)\b/,
    description:
      'Claims the number came from an assistant or a contact list, or asks "is this X\'s number?".',
    reason: 'reason_opener_contact_saved',
    examples: {
      hit: [
        'Hi there, is this Tom\u2019s mobile?',
        'My assistant saved your contact last week',
        "Sorry to bother you, I found your number in my phone contacts but I don't remember the name",
      ],
      miss: ['Is this the right way to the station?', 'My friend gave me a ride home'],
    },
  },
  {
    id: 'OPENER_FORMER_CONTACT',
    family: 'opener',
    stage: 'opener',
    languages: ['en'],
    pattern: /\bwhen i was (?:your|in your) (?:student|class|patient|client|tenant|employee)\b/,
    description: 'Poses as a former student, patient or client the user cannot place.',
    reason: 'reason_opener_stranger',
    examples: {
      hit: ['You were so kind to me when I was your patient years ago'],
      miss: ['When I was a student I lived in Leeds'],
    },
  },
  {
    id: 'OPENER_LONG_TIME_NO_SEE',
    family: 'opener',
    stage: 'opener',
    languages: ['en'],
    pattern:
      /\b(?:hi|hello|hey|dear)\b,? [a-z]{2,15} ?[,!.]? ?long time no (?:see|talk|chat|hear)\b[^.?!\n]{0,4}[,.!]? ?(?:when (?:are|will|do) you (?:going|coming|flying|heading|moving|get(?:ting)?) back|are you (?:still|back) (?:in|at|from|living)|did you (?:move|go back|get back|come back|return)|have you (?:moved|gone back|come back|returned)|when did you (?:get|come) back)\b/,
    description:
      'A "long time no see" to a name the user may not have, asking about travel or moving back: the wrong-name opener of the scam script.',
    reason: 'reason_opener_stranger',
    examples: {
      hit: [
        'Hi Linda, long time no see, are you still in Vancouver?',
        'hello mark long time no see! when are you going back to Bali',
      ],
      miss: ['long time no see, how are you?', 'Hi Sam, long time no see! Coffee next week?'],
    },
  },
  {
    id: '__OPENER_MISTAKE',
    family: 'opener',
    stage: 'opener',
    languages: ['en'],
    pattern:
      /\b(?:(?:my|this|that) (?:silly |little |stupid )?mistake|sorry (?:to|for) (?:disturb|bother)(?:ing)? you|hope (?:i )?(?:didn'?t|did not|don'?t) (?:disturb|bother) you|hope you don'?t mind)\b/,
    description: 'Building block: apologises for a mistake or for disturbing (the wrong-number script).',
    reason: 'reason_opener_wrong_number',
    examples: {
      hit: ['you were so kind about my little mistake', 'Oh no, I hope I didn\u2019t disturb you'],
      miss: ['That was a big mistake by the referee', 'I mind the gap'],
    },
  },
  {
    id: '__OPENER_SELF_INTRO',
    family: 'opener',
    stage: 'opener',
    languages: ['en'],
    pattern:
      /\b(?:i'?m|i am|my name is|this is) [a-z]{2,15}(?: [a-z]{2,15})?,? (?:i'?m |and i'?m )?(?:from|in|and i live in|i live in) [a-z]{3}/,
    description: 'Building block: a stranger introduces themself with a name and a place.',
    reason: 'reason_opener_stranger',
    examples: {
      hit: ['Great to chat, I\u2019m Emma from Texas', 'Hello, I am Grace and I live in Denver'],
      miss: ['I am here', 'I am going to bed'],
    },
  },
  {
    id: '__RAPPORT_SMALLTALK',
    family: 'romance',
    stage: 'rapport',
    languages: ['en'],
    pattern:
      /\b(?:nice to meet you|(?:buy|treat) you (?:a |to )?(?:cup of )?(?:coffee|drink|dinner)|(?:do you |if you )?fancy a (?:chat|coffee|drink)|where are you from|what'?s your job|what do you do for (?:a living|work)|fate (?:brought|made) us|(?:we|you and i) can be friends|can we be friends|make (?:a )?friends? with you|be friends with (?:you|such)|(?:keep|continue|stay) (?:chatting|talking|in touch)|get to know (?:you|each other)|(?:a )?beautiful mistake|you seem (?:like a )?(?:nice|kind|interesting|lovely|friendly|good)(?: person| guy| lady| man| woman)?|(?:nice|lovely|beautiful) profile (?:picture|photo|pic))\b/,
    description: 'Building block: small talk that keeps a stranger\u2019s conversation going.',
    reason: 'reason_opener_stranger',
    examples: {
      hit: [
        'You seem like a nice person, can we be friends?',
        'Let me treat you to dinner some time',
        'Anyway, nice to meet you!',
      ],
      miss: ['I bought a coffee machine', 'meet you at the gym'],
    },
  },
  {
    id: '__USER_SAYS_STRANGER',
    family: 'opener',
    stage: 'opener',
    languages: ['any'],
    pattern:
      /(?:\bwrong (?:number|person|contact)\b|\bi don'?t know you\b|\bno one (?:by|with|called) that name\b|\bnobody (?:by|with|called) that name\b|n[uú]mero equivocado|te equivocaste|se equivoc[oó] de|te has equivocado|no te conozco|número errado|não te conheço|mauvais num[ée]ro|falsche nummer|numero sbagliato|(?:打错|打錯|发错|發錯|加错|加錯|认错|認錯)(?:了|人)|不认识你|不認識你|人違い|番号(?:を)?間違|間違い(?:電話|メール|です)|잘못 (?:보내|거셨|걸|연락)|번호 잘못|nhầm số|nham so|nhầm người|nham nguoi|\bsalah (?:nomor|orang|sambung|kirim)\b|\bhindi kita kilala\b|ผิดเบอร์|ส่งผิด|โทรผิด|\bg(?:h)?alat number\b|गलत नंबर|ग़लत नंबर)/u,
    description:
      'Building block read only in the user\u2019s own (outgoing) messages: "wrong number", "I don\u2019t know you" (not "who is this?", which friends with a new number also hear). A stranger who keeps chatting after that is the wrong-number opener, whatever their first line said. It never adds a red flag to the user\u2019s message.',
    reason: 'reason_opener_wrong_number',
    examples: {
      hit: [
        'wrong number sorry',
        'No, creo que te equivocaste de número',
        '人違いだと思います',
        'Không phải, chị nhầm số rồi',
        '你认错人了',
      ],
      miss: ['see you at the yoga class', 'the wrong turn on the highway', 'who is this?'],
    },
  },
  {
    id: 'OPENER_WRONG_NUMBER_ZH',
    family: 'opener',
    stage: 'opener',
    languages: ['zh'],
    pattern:
      /(?:加错|加錯|发错|發錯|打错|打錯|认错|認錯|找错|找錯)(?:人|号码|號碼|了)|(?:不好意思|抱歉)[,，]?(?:打扰|打擾)(?:了|一下)?[^\n]{0,20}(?:你|您)是[^\n]{1,8}(?:吗|嗎)/,
    description: 'Chinese: "added the wrong person / sent to the wrong number" openers.',
    reason: 'reason_opener_wrong_number',
    examples: {
      hit: ['不好意思，加错人了，你也是做外贸的吗？', '抱歉打擾了，請問您是王先生嗎'],
      miss: ['我把数字写错了', '明天打电话给你'],
    },
  },
  {
    id: 'OPENER_STRANGER_ZH',
    family: 'opener',
    stage: 'opener',
    languages: ['zh'],
    pattern:
      /(?:通讯录|通訊錄|朋友圈|群里|群裡)[^\n]{0,10}(?:看到|加的|推荐|推薦)(?:你|您)|(?:认识一下|認識一下|交个朋友|交個朋友)(?:吗|嗎|吧|可以)?/,
    description: 'Chinese: a stranger found the user in a contact list or group and wants to be friends.',
    reason: 'reason_opener_stranger',
    examples: {
      hit: ['在群里看到你的，可以交个朋友吗', '你好，通讯录推荐你的，认识一下'],
      miss: ['我们明天见个面', '群里通知明天放假'],
    },
  },
  {
    id: 'OPENER_WRONG_NUMBER_CHAT',
    family: 'opener',
    stage: 'opener',
    languages: ['en'],
    meta: {
      all: ['OPENER_WRONG_NUMBER'],
      any: ['__OPENER_MISTAKE', '__RAPPORT_SMALLTALK', '__OPENER_SELF_INTRO'],
    },
    description:
      'A "wrong number" that, in the same breath, apologises warmly or introduces itself to keep the chat going.',
    reason: 'reason_opener_stranger',
    examples: {
      hit: [
        'So sorry, I typed the wrong number. Hope you don\u2019t mind!',
        'I\u2019m Olivia from Miami, I must have texted the wrong number',
      ],
      miss: ['you have the wrong number', 'Sorry, wrong number.'],
    },
  },
  {
    id: 'PLATFORM_STRANGER_MOVE',
    family: 'platform_move',
    stage: 'platform',
    languages: ['en'],
    meta: {
      all: ['PLATFORM_MOVE_REQUEST'],
      any: ['__RAPPORT_SMALLTALK', '__OPENER_SELF_INTRO', '__OPENER_MISTAKE'],
    },
    description: 'Getting-to-know-you questions and, at once, a request to move to another app.',
    reason: 'reason_opener_stranger',
    examples: {
      hit: ['Nice to meet you! Do you use WhatsApp? Easier to talk there'],
      miss: ['add me on WhatsApp, I lost your number', 'where are you from?'],
    },
  },
  {
    id: 'OPENER_MISTAKE_CHAT',
    family: 'opener',
    stage: 'opener',
    languages: ['en'],
    meta: { all: ['__OPENER_MISTAKE', '__RAPPORT_SMALLTALK'] },
    description: 'Apologises for a "mistake" and, in the same message, invites the stranger to chat or meet.',
    reason: 'reason_opener_wrong_number',
    examples: {
      hit: ['Sorry for my silly mistake earlier, nice to meet you though'],
      miss: ['sorry for my mistake in the invoice', 'nice to meet you!'],
    },
  },
];
