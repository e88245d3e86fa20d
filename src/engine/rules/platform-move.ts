import { MESSENGER } from '../fragments.ts';
import type { Rule } from '../types.ts';

/** Platform move: getting the victim off the dating site or social network onto a private app. */
export const PLATFORM_RULES: readonly Rule[] = [
  {
    id: 'PLATFORM_MOVE_REQUEST',
    family: 'platform_move',
    stage: 'platform',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`\b(?:add|text|message|msg|contact|reach|find|chat with|talk (?:to|with)|dm|write to|follow) (?:me|us|him|her|our [a-z]{2,12}|my [a-z]{2,12})(?: directly| privately| now)? (?:on|via|through|in|at|over|by) ${MESSENGER}|\b(?:chat|talk|continue|move|switch)(?: (?:the|our) (?:chat|conversation))? (?:on|to|via|over) ${MESSENGER}|\b(?:do you|you) (?:have|use) ${MESSENGER}|\b(?:my|our) ${MESSENGER} (?:is|number|id|account|handle|contact)|\b(?:reach|contact|add|find|message|text) [a-z]{2,15} (?:on|via|at) ${MESSENGER}|\bcan you reach (?:me|her|him) on\b`,
    ),
    description: 'Asks to move the conversation to WhatsApp, Telegram, Line, WeChat, Signal and similar.',
    reason: 'reason_platform_move',
    examples: {
      hit: [
        'Nice to meet you! Do you use WhatsApp? Easier to talk there',
        'Add me on Telegram, I rarely check this app',
        'Contact Maria on \u03a4\u0435l\u0435gr\u0430m\ud83d\udc49maria_fx99',
      ],
      miss: ['I sent you the photos on WhatsApp yesterday lol', 'The signal is bad here', 'stand in line'],
    },
  },
  {
    id: 'PLATFORM_APP_CONTACT',
    family: 'platform_move',
    stage: 'platform',
    languages: ['any'],
    pattern: new RegExp(
      String.raw`${MESSENGER}\s?(?:id|number|no\.?|#|contact)?\s?(?:[:：\-=✙👉➡→]{1,3}\s?(?:@|\+)?[a-z0-9_.]{4,40}|@[a-z0-9_.]{3,40}|\+?\d[\d \-]{7,16}\d)|(?:^|[^a-z])(?:via|on) tg:`,
    ),
    description:
      'Gives a messenger name followed by a handle or number ("WhatsApp: +1...", "Telegram @...").',
    reason: 'reason_platform_handle',
    examples: {
      hit: ['Orr What\u2019sapp\u271912134001320', 'Telegram: @invest_anna', 'WhatsApp +44 7700 900123'],
      miss: ['whatsapp is down again', 'telegram channel was fun'],
    },
  },
  {
    id: 'PLATFORM_LEAVE_APP',
    family: 'platform_move',
    stage: 'platform',
    languages: ['en'],
    pattern:
      /\b(?:i (?:don'?t|rarely|seldom|hardly) (?:use|check|come on|log ?in(?:to)?) (?:here\b|(?:this|the) (?:app|site|platform))|(?:this|the) (?:app|site) (?:is (?:not (?:very |so |really |that )?(?:good|convenient|safe|private|stable)|inconvenient|bad|slow|unstable)|will (?:delete|expire))|i(?:'m| am) (?:rarely|seldom|hardly ever|not often) (?:on )?(?:here|this app|this site)|my (?:subscription|membership) (?:here )?(?:is )?(?:expir|end)(?:ing|es|ed|s))\b/,
    description: 'Says the current app is inconvenient, to justify moving to a private chat.',
    reason: 'reason_platform_move',
    examples: {
      hit: [
        'I rarely use this app, do you have WhatsApp?',
        'my subscription here is expiring soon',
        'Text me on WhatsApp, I rarely check here',
        'This app is not very convenient, can we chat somewhere else?',
      ],
      miss: ['this app is great for running', 'I use this app every day'],
    },
  },
  {
    id: 'PLATFORM_NUMBER_APP',
    family: 'platform_move',
    stage: 'platform',
    languages: ['en'],
    pattern:
      /\b(?:text|message|msg|call|add|reach|contact|find|write to) (?:me|us) (?:at|on) \+?\d[\d ()-]{6,18}\d\b[^.?!\n]{0,6}?\b(?:on|via|through|in) (?:what'?s ?app|whatsap|te[il]egram|signal|viber|wechat|line)\b/,
    description: 'Gives a phone number to be reached on WhatsApp, Telegram, Signal or another messenger.',
    reason: 'reason_platform_handle',
    examples: {
      hit: ['Can you text me at +44 7700 900123 on WhatsApp?', 'add me at 0812 3456 7890 on telegram'],
      miss: ['call me at 555 0199 after work', 'text me on my new number 555 0123'],
    },
  },
  {
    id: 'PLATFORM_HANDLE_DM_SIGN',
    family: 'platform_move',
    stage: 'platform',
    languages: ['any'],
    pattern:
      /(?:^|[^a-z0-9_])@[a-z0-9_.]{3,30}[^\n]{0,40}(?:📥|📩|📨)|(?:📥|📩|📨)[^\n]{0,40}@[a-z0-9_.]{3,30}|\bsend (?:me )?(?:a |your )?pic(?:ture)?s? (?:on|to)\b[^\n@]{0,6}@[a-z0-9_.]{3,30}/,
    description:
      'A comment that is an @handle and an "inbox me" sign (📥), or "send pic on @…": the promoter\u2019s way of moving strangers to a private chat.',
    reason: 'reason_platform_handle',
    examples: {
      hit: ['@grow_with_nadia 📥📥📥', 'send me pic on @model.scout_agency'],
      miss: ['@maria 😂😂😂 so true', 'send me the pics from the wedding', 'check your 📥 for the invoice'],
    },
  },
  {
    id: 'PLATFORM_MOVE_REQUEST_ZH',
    family: 'platform_move',
    stage: 'platform',
    languages: ['zh'],
    pattern:
      /(?:加|添加|加一下|加个|加個)(?:我的?|一下|我们的?|我們的?)?(?:微信|qq|line|賴|telegram|飞机|飛機|whatsapp|wx|v信|薇信|vx|企业微信|企業微信)(?:号|號)?|(?:微信|qq|飞机|飛機|line)(?:号|號|id)[:：]?\s?[a-z0-9_-]{5,}|(?:微信|qq|飞机|飛機)(?:上)?(?:聊|联系|聯繫)/,
    description: 'Chinese: asks to add them on WeChat, QQ, Line or Telegram ("加我微信").',
    reason: 'reason_platform_move',
    examples: {
      hit: ['麻烦加一下我的QQ，方便联系', '加我微信详细聊', '我的飛機號：abc12345'],
      miss: ['微信支付成功', '今天加班到很晚'],
    },
  },
  // ---- Chinese: the move to another app, widened (rules-zh) ----
  {
    id: 'PLATFORM_MOVE_APP_ZH',
    family: 'platform_move',
    stage: 'platform',
    languages: ['zh'],
    pattern:
      /(?:换到|換到|转到|轉到|去|来|來|到|在|用)\s?(?:微信|qq|line|telegram|tg|电报|電報|纸飞机|紙飛機|飞机|飛機|whatsapp|signal|skype|wechat|kakao)\s?(?:上)?(?:聊|联系|聯繫|聯絡|沟通|溝通)|(?:你有|有没有|有沒有|你用|你玩)\s?(?:telegram|电报|電報|纸飞机|紙飛機|whatsapp|signal|line|飞机|飛機)(?:吗|嗎|么|麼|不)?|(?:加|添加)(?:我的?|一下)?\s?(?:signal|电报|電報|纸飞机|紙飛機|skype|wechat)|(?:下载|下載)[^\n]{0,10}(?:app|软件|軟件)[^\n]{0,8}(?:聊|联系|聯繫)/,
    description:
      'Chinese: asks to move to Telegram, WhatsApp, Line, Signal (电报, 纸飞机) or a downloaded app to keep chatting; weak alone, friends say it too.',
    reason: 'reason_platform_move',
    examples: {
      hit: ['我们换到Telegram上聊吧', '有电报吗？我们在纸飞机上聊', '你用Signal嗎'],
      miss: ['我们去Telegram群里讨论项目吧', '我們換到Line群組討論吧'],
    },
  },
  {
    id: 'PLATFORM_LEAVE_APP_ZH',
    family: 'platform_move',
    stage: 'platform',
    languages: ['zh'],
    pattern:
      /(?:这个|這個|这|這)(?:软件|軟件|app|平台)(?:我)?(?:不常用|很少用|不怎么用|不怎麼用|快到期|不方便|不安全)|我(?:不常|很少|不怎么|不怎麼)(?:用|上)(?:这个|這個)(?:软件|軟件|app)/,
    description: 'Chinese: says the current app is inconvenient, to justify moving (这个软件我不常用).',
    reason: 'reason_platform_move',
    examples: {
      hit: ['这个软件我不常用', '這個app不方便'],
      miss: ['这个软件很好用', '这个平台的客服不错'],
    },
  },
  // ---- end of the Chinese platform block (rules-zh) ----
  {
    id: '__CALL_TO_ACTION',
    family: 'platform_move',
    stage: 'platform',
    languages: ['en'],
    pattern:
      /(?<!\b(?:do not|don'?t|never|not to|stop|avoid) )\b(?:(?<!\b(?:a|an|the|this|that|these|those|your|his|her|our|their|first|last|each|every|new|one|text|such|no|any|same) )(?:contact|message|dm|inbox)|write to|reach out to|connect with|get in touch with|click(?: on)? (?:the )?(?:link|button)|send (?:her|him|them|me) a (?:message|dm)|drop (?:a|me a) (?:direct )?message|via tg|hit (?:her|him|me) up|join us|consider (?:investing|trading|working) with|(?:start|begin) (?:investing|trading) with|ask (?:her|him|them) how|follow @|message (?:me|us|her|him)|inbox (?:me|her|him|us)|reach out)\b|(?:联系|聯繫|加我|添加|点击|點擊)/,
    description:
      'Building block: a call to action (contact, message, click). Also keeps the dampener from silencing lures that mention scams.',
    reason: 'reason_platform_handle',
    examples: {
      hit: [
        'connect with her through the button below',
        'contact her on instagram',
        '@jane_fx hit me in my dm',
      ],
      miss: [
        'I will call you later',
        'the contract is signed',
        'The first message looked harmless, and a reply was all they needed',
        'I lost the contact after she changed her number',
        'it was a scam, do not contact her via @anna_trades',
      ],
    },
  },
  {
    id: '__MESSENGER_ANY',
    family: 'platform_move',
    stage: 'platform',
    languages: ['any'],
    pattern:
      /(?:what'?s ?app|whatsapp|watsap|wasap|\bwa\b|telegram|\btg\b|wechat|微信|\bline\b|ライン|ไลน์|라인|카톡|카카오톡|kakao(?:talk)?|\bzalo\b|viber|व्हाट्सएप|वॉट्सऐप|टेलीग्राम)/u,
    description: 'Building block: a messenger app, as people write it in every pack language.',
    reason: 'reason_platform_move',
    examples: { hit: ['kết bạn Zalo nhé', '카톡으로 얘기해요'], miss: ['the app store', 'online banking'] },
  },
  {
    id: '__RARELY_HERE_ANY',
    family: 'platform_move',
    stage: 'platform',
    languages: ['any'],
    pattern:
      /(?:很少用|很少上|不常上|不常用|不怎么用|不怎麼用|あまり使わない|あまり見ない|あまり開かない|잘 안 들어|잘 안 써|자주 안 들어|ไม่ค่อยได้เข้า|ไม่ค่อยได้ใช้|ไม่ค่อยเข้า|ít khi vào|ít khi dùng|ít dùng|không hay vào|\bjarang (?:buka|online|pakai|main|aktif)\b|\bbihira (?:akong|lang ako)\b|\bhindi ako madalas\b|casi no (?:uso|entro)|no (?:uso|entro) mucho|rara vez (?:uso|entro)|quase não (?:uso|entro)|não (?:uso|entro) muito|raramente (?:uso|entro)|कम आती|कम आता|कम इस्तेमाल|\bkam (?:aati|aata|use karti|use karta)\b)/u,
    description:
      'Building block: "I rarely use / check this app", in the pack languages beyond English and Chinese.',
    reason: 'reason_platform_move',
    examples: {
      hit: ['Em ít khi vào app này', 'Aku jarang buka aplikasi ini'],
      miss: ['Em hay vào app này', 'jarang hujan'],
    },
  },
  {
    id: '__MESSENGER_ASK_ANY',
    family: 'platform_move',
    stage: 'platform',
    languages: ['any'],
    pattern:
      /(?:(?:anh|chị|em|bạn) có (?:zalo|whatsapp|telegram|line|viber) không|kết bạn (?:zalo|whatsapp|telegram|line)|\b(?:minta|boleh minta|bagi) (?:nomor|no) (?:wa|whatsapp|telegram)\b|\b(?:wa|whatsapp|telegram) (?:kamu|kakak|mu)\b|\bmay (?:whatsapp|telegram|viber|wechat) ka ba\b|\bdoon na lang tayo mag-?usap\b|\btienes (?:whatsapp|telegram|line|wechat)\b|\bte escribo por (?:ah[ií]|whatsapp|telegram)\b|\bvoc[eê] tem (?:whatsapp|telegram|zap)\b|\bme passa (?:o )?seu (?:n[uú]mero|whatsapp|zap)\b|\bwhatsapp (?:number|no) (?:milega|do|dena|bhejo)\b|व्हाट्सएप नंबर (?:मिलेगा|दो|दीजिए|भेजो)|(?:แอด|เพิ่ม|ขอ)ไลน์|คุยกันทางไลน์|카톡으로|카톡 아이디|라인으로 (?:얘기|연락))/u,
    description:
      'Building block: asks for or offers a messenger contact, in the pack languages beyond English and Chinese.',
    reason: 'reason_platform_move',
    examples: {
      hit: ['anh có Zalo không?', 'boleh minta nomor WhatsApp kamu?', 'แอดไลน์มาคุยกันนะ'],
      miss: ['anh có xe không?', 'nomor rumah kamu berapa'],
    },
  },
  {
    id: '__RARELY_MESSENGER_ANY',
    family: 'platform_move',
    stage: 'platform',
    languages: ['any'],
    meta: { all: ['__RARELY_HERE_ANY', '__MESSENGER_ANY'] },
    description: 'Building block: "I rarely use this app" with a messenger named.',
    reason: 'reason_platform_move',
    examples: {
      hit: ['Casi no uso esta aplicación, ¿tienes WhatsApp?'],
      miss: ['Casi no uso esta aplicación'],
    },
  },
  {
    id: 'PLATFORM_MOVE_ANY',
    family: 'platform_move',
    stage: 'platform',
    languages: ['any'],
    meta: {
      any: ['__MESSENGER_ASK_ANY', '__RARELY_MESSENGER_ANY'],
      none: [
        'PLATFORM_MOVE_REQUEST',
        'PLATFORM_MOVE_REQUEST_ZH',
        'PLATFORM_MOVE_VI',
        'PLATFORM_MOVE_ES',
        'PLATFORM_MOVE_JA',
        'PLATFORM_MOVE_ID',
        'PLATFORM_MOVE_KO',
        'PLATFORM_MOVE_HI',
        'PLATFORM_MOVE_TL',
        'PLATFORM_MOVE_TH',
      ],
    },
    description:
      'Asks to move the chat to a messenger ("I rarely use this app, do you have Zalo?") in ko, th, vi, id, tl, es, pt or hi, where the pack\u2019s own rule has not already said so. Weak alone, like every bare move request.',
    reason: 'reason_platform_move',
    examples: {
      hit: [
        'Em ít khi vào app này, anh có Zalo không? Kết bạn Zalo nói chuyện cho tiện nhé',
        'Bihira akong mag-online dito, may WhatsApp ka ba?',
        '이 앱은 잘 안 들어와서요, 카톡으로 얘기할래요?',
      ],
      miss: ['Em dùng Zalo để gọi cho mẹ mỗi tối', 'WhatsApp se cayó otra vez'],
    },
  },
];
