import type { Rule } from '../types.ts';

/** Impersonation: police and officials, bosses and relatives on new numbers, fake support. */
export const IMPERSONATION_RULES: readonly Rule[] = [
  {
    id: 'IMPERSONATION_NEW_NUMBER',
    family: 'impersonation',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:this is my new (?:number|phone)|i(?:'ve| have)? (?:got|changed) (?:a |my )?new (?:number|phone number|mobile number|whatsapp number)|new (?:number|phone),? (?:please )?save (?:it|this|my)|(?:hi|hey|hello) (?:mum|mom|dad|mummy|mama|papa)\b[^.?!\n]{0,40}\b(?:new (?:number|phone)|lost my phone|broke my phone|(?:a |my )?friend'?s phone|borrowed (?:a )?phone|someone else'?s phone)|new roaming number|my (?:line|account) (?:is|was|got) (?:locked|blocked|hacked)[^.?!\n]{0,30}\bhelp me (?:verify|confirm|get))/,
    description: 'A relative or friend "on a new number", or whose account is locked and needs help.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: [
        'Hi mum, this is my new number, I broke my phone',
        'btw this is my new roaming number',
        "Hi Dad, it's me, I'm using a friend's phone",
      ],
      miss: ['what is your new address?', 'I got a new phone case'],
    },
  },
  {
    id: '__MONEY_ASK_EN',
    family: 'impersonation',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:send|transfer|lend|wire) (?:me )?(?:some )?(?:money|cash|funds|[$£€]\s?\d)|\bneed (?:some )?(?:money|cash|[$£€]\s?\d)|\bpay (?:a |the |this |my |an )?(?:bill|invoice|rent|fee)s?\b|\b(?:bank|account) details\b|\bcan you (?:help|do) me a (?:favou?r|quick favou?r)\b|\b(?:urgent(?:ly)?|asap)\b[^.?!\n]{0,30}\b(?:pay|transfer|money|bill)\b/,
    description: 'Building block: asks for money, a bill to be paid or bank details.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: ['I need you to pay a bill for me urgently', 'can you send me £200'],
      miss: ['I paid the gas', 'send me the photos'],
    },
  },
  {
    id: 'IMPERSONATION_NEW_NUMBER_ASK',
    family: 'impersonation',
    stage: 'related',
    languages: ['en'],
    meta: { all: ['IMPERSONATION_NEW_NUMBER', '__MONEY_ASK_EN'] },
    description:
      'The "Hi Mum" script in full: a relative on a new or borrowed phone who needs money or a bill paid.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: [
        "Hi Dad, it's me, I'm using a friend's phone. I need you to pay a bill for me urgently, I'll explain later",
        'Hi mum this is my new number, can you send me £300 for the rent',
      ],
      miss: [
        "Hi mom, I broke my phone, this is Jake's phone, call you later",
        'this is my new number, save it',
      ],
    },
  },
  {
    id: 'IMPERSONATION_SAFE_ACCOUNT',
    family: 'impersonation',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:move|transfer|send|put) (?:all )?(?:of )?(?:your |the )?(?:savings|money|funds|balance)\b[^.?!\n]{0,30}?\b(?:to|into) (?:a |the |our )?(?:safe|secure|protected|holding) (?:account|wallet)\b/,
    description: 'The fake bank or police "safe account": move your savings there to protect them.',
    reason: 'reason_impersonation_support',
    examples: {
      hit: [
        'Someone tried to take money from your account, please move your savings to a safe account',
        'transfer the balance into our secure account today',
      ],
      miss: ['move the money to savings', 'I put my savings into a high-interest account'],
    },
  },
  {
    id: 'IMPERSONATION_BOSS',
    family: 'impersonation',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\bare you (?:available|busy|free|at your desk)\b[^\n]{0,80}\b(?:gift cards?|favou?r|errand|urgent (?:task|payment|transfer))|\bi need you to (?:buy|purchase|get) (?:some )?(?:gift cards?|itunes)|\b(?:i'?m|i am) (?:in a meeting|stuck in a meeting|unable to talk|unable to call|can'?t talk)\b[^\n]{0,80}\b(?:gift cards?|transfer|payment|favou?r|wire)/,
    description: 'A "boss" who is busy in a meeting and needs an urgent favour, payment or gift cards.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: [
        'Are you available? I need a quick favour, buy gift cards',
        'I am in a meeting and can\u2019t talk, please process a wire transfer',
      ],
      miss: ['are you available for lunch?', 'I am in a meeting until 3'],
    },
  },
  {
    id: 'IMPERSONATION_AUTHORITY',
    family: 'impersonation',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:this is|i am|we are|calling from|message from) (?:the )?(?:police|fbi|irs|hmrc|customs|immigration|court|tax (?:office|authority|department)|social security(?: administration)?|cyber ?crime (?:unit|department)|interpol)\b|\b(?:arrest warrant|warrant (?:for|of) (?:your )?arrest|legal action (?:will be taken|against you)|your (?:ssn|social security number|national id) (?:has been|is|was) (?:suspended|compromised|used))\b|\b(?:prevent|avoid) (?:confiscation|arrest|prosecution|seizure)\b/,
    description: 'Claims to be the police, tax office, court or customs, or threatens arrest or seizure.',
    reason: 'reason_impersonation_authority',
    examples: {
      hit: [
        'This is the police, your bank account is linked to a crime',
        'pay today to avoid seizure of your car',
      ],
      miss: ['call the police if you see anything', 'court starts at nine'],
    },
  },
  {
    id: 'IMPERSONATION_SUPPORT',
    family: 'impersonation',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:this is|from|i am|i'm) (?:the |your )?(?:[a-z]+ )?(?:customer (?:service|support|care)|support team|security (?:team|department)|fraud (?:department|team|prevention))\b|\bdear (?:customer|client|user|valued customer|account holder|card ?holder)\b|\b(?:official message|pesan resmi|info resmi)\b/,
    description: "Claims to be customer service, a bank or a platform's security team.",
    reason: 'reason_impersonation_support',
    examples: {
      hit: ['Dear Client Your card has been blocked', 'Hello, this is Amazon customer service'],
      miss: ['I called customer service yesterday and they were useless', 'dear John, thanks'],
    },
  },
  {
    id: 'IMPERSONATION_AUTHORITY_ZH',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:公安|警察|民警|警官|派出所|检察院|檢察院|法院|公检法|公檢法|银监会|銀監會|刑侦|刑偵|警方|网警|網警|反诈中心|反詐中心)[^\n]{0,40}(?:涉嫌|洗钱|洗錢|案件|通缉|通緝|调查|調查|冻结|凍結|配合|核实|核實)|(?:涉嫌|涉及|卷入|捲入)[^\n]{0,15}(?:洗钱|洗錢|犯罪|案件|诈骗案|詐騙案)|安全(?:账户|帳戶)|(?:通缉令|逮捕令|拘捕令)/,
    description: 'Chinese: police, prosecutors or regulators claiming the user is linked to a crime.',
    reason: 'reason_impersonation_authority',
    examples: {
      hit: ['我是公安局的警官，你的银行卡涉嫌洗钱', '你名下的账户卷入一宗洗钱案'],
      miss: ['派出所在前面路口', '警察叔叔好'],
    },
  },
  {
    id: 'IMPERSONATION_SUPPORT_ZH',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:我是|这里是|這裡是|来自|來自)[^\n，,。]{0,20}(?:客服|工作人员|工作人員|物流|快递|快遞)[^\n]{0,80}(?:退款|理赔|理賠|赔偿|賠偿|賠償|取消|关闭|關閉|注销|註銷|会员|會員|扣费|扣費|保障|异常|異常|失误|失誤|丢失|丟失|核实|核實|操作|解除|绑定|綁定)/,
    description:
      'Chinese: "customer service" or courier staff about refunds, cancelling membership or lost parcels.',
    reason: 'reason_impersonation_support',
    examples: {
      hit: ['你好，我是某购物平台的客服，你的会员将自动扣费', '这里是某快递公司，你的包裹出现异常'],
      miss: ['客服电话是多少', '我是小王，明天见'],
    },
  },
  {
    id: 'IMPERSONATION_RELATIVE_ZH',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:我是(?:你|您)的?|我是)(?:领导|領導|老板|老闆|老师|老師|表弟|表哥|表妹|表姐|侄子|外甥|孙子|孫子|儿子|兒子|女儿|女兒|同学|同學|亲戚|親戚|老同学|老同學)|(?:我是)[^\n]{0,4}(?:xx|XX|某某|\*\*)[^\n]{0,6}(?:的)?(?:孙子|孫子|儿子|兒子|老师|老師|领导|領導|朋友|同学|同學)?|(?:换|換)了?(?:新)?(?:号码|號碼|手机号|手機號|微信)|急(?:需|用)[^\n]{0,10}(?:钱|錢|资金|資金|一笔|一筆)|(?:在忙吗|在忙嗎)|(?:帮|幫)我[^\n]{0,8}(?:认证|認證|验证|驗證)|(?:明天|等下)(?:来|到|來)我办公室/,
    description:
      'Chinese: a boss, teacher or relative (often "on a new number") who urgently needs money or help verifying an account.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: ['帳號被鎖了，幫我驗證一下好嗎', '我是你表弟，急需一笔钱', '在忙嗎？'],
      miss: ['我是小李，明天开会', '钱已经还给你了'],
    },
  },
  {
    id: '__ZH_CLAIM_ROLE',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:我是|这里是|這裡是|我们是|我們是|来自|來自)[^\n，,。！!]{0,25}(?:工作人员|工作人員|客服|警官|民警|警察|公安|法院|检察|檢察|职员|職員|经理|經理|代表|专员|專員|理赔员|理賠員|主任|局|中心|平台|银行|銀行|快递|快遞|物流|(?:防控|防疫|疾控|流调|流調)人(?:员|員))/,
    description:
      'Building block (Chinese): the caller claims an official or company role (also epidemic-control staff).',
    reason: 'reason_impersonation_support',
    examples: {
      hit: ['您好，我是某银行的工作人员', '我是市医保局的专员', '您好，我是疾控中心的流调人员'],
      miss: ['我是小王', '这里是我家', '防控人员今天来小区检查了'],
    },
  },
  {
    id: '__ZH_ACTION',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:下载|下載|安装|安裝)[^\n]{0,20}(?:app|软件|軟件|应用|應用|程序)|(?:加入|添加|加)[^\n]{0,8}(?:qq|微信|群|会议|會議)|视频会议|視頻會議|网络会议|網絡會議|屏幕共享|共享屏幕|投屏|(?:转账|轉賬|轉帳|转帐|汇款|匯款|打款|缴纳|繳納|担保金|擔保金)|(?:验证码|驗證碼|银行卡|銀行卡|卡号|卡號|密码|密碼|身份证号|身份證號|卡信息)|(?:备用金|備用金|借呗|借唄|微粒贷|微粒貸|白条|白條|花呗|花唄|信用额度|信用額度)|(?:指定|安全)(?:的)?(?:账户|帳戶|账号)/,
    description:
      'Building block (Chinese): asks to install an app, join a QQ/meeting, transfer, or give card data or codes.',
    reason: 'reason_impersonation_support',
    examples: { hit: ['请下载一款名为安全防护的软件', '请输入验证码'], miss: ['今天天气很好', '明天开会'] },
  },
  {
    id: '__ZH_PRETEXT',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:退款|退还|退還|赔偿|賠償|补偿|補償|赔付|賠付|理赔|理賠|扣费|扣費|会员|會員|失误|失誤|异常|異常|冻结|凍結|征信|徵信|涉嫌|洗钱|洗錢|案件|泄露|洩露|高风险|高風險|调查|調查|违规|違規|关闭|關閉|注销|註銷|利率|医疗费|醫療費|质量问题|質量問題|丢失|丟失|取消)/,
    description:
      'Building block (Chinese): the pretext — refund, compensation, membership fee, frozen account, investigation.',
    reason: 'reason_impersonation_support',
    examples: {
      hit: ['我们将为您退还运费', '您的账户异常', '这批货物的补偿需要与您核实'],
      miss: ['周末去爬山', '谢谢你的礼物'],
    },
  },
  {
    id: 'IMPERSONATION_SCRIPT_ZH',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    meta: { all: ['__ZH_CLAIM_ROLE', '__ZH_ACTION', '__ZH_PRETEXT'] },
    description:
      'Chinese: someone claiming an official or company role gives a pretext and asks for an app, a meeting, a transfer or card data.',
    reason: 'reason_impersonation_support',
    examples: {
      hit: [
        '我是某平台客服，因系统失误开通了会员，请下载软件关闭扣费',
        '我是公安局的警官，你涉嫌洗钱，请向安全账户转账',
      ],
      miss: ['我是物流公司的司机，包裹放门口了', '这里是商城客服，您的订单已发货'],
    },
  },
  {
    id: '__ZH_RELATIVE_CLAIM',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /我是(?:你|您)?(?:的)?(?:[^\n，,。]{0,8}的)?(?:外孙|外孫|孙子|孫子|孙女|孫女|侄子|侄女|外甥|儿子|兒子|女儿|女兒|表弟|表哥|表妹|表姐|姐姐|哥哥|弟弟|妹妹|朋友|同学|同學|老乡|老鄉|领导|領導|老板|老闆|老师|老師|亲戚|親戚)/,
    description: 'Building block (Chinese): "I am your grandson / friend / boss".',
    reason: 'reason_impersonation_boss_relative',
    examples: { hit: ['我是你的外孙', '我是王桂凤的朋友'], miss: ['你是我的朋友', '我是学生'] },
  },
  {
    id: '__ZH_MONEY_NEED',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:需要|急需|急用)[^\n]{0,10}(?:支付|钱|錢|资金|資金|汇款|匯款|转账|轉賬|费用|費用|医疗费|醫療費)|借(?:给|給)?(?:我)?(?:一些|一点|一點|点|點|些)?(?:钱|錢)|(?:帮|幫)(?:忙|我)?[^\n]{0,6}(?:转|轉|汇|匯|打|付)(?:些|点|點)?(?:钱|錢|款)/,
    description: 'Building block (Chinese): needs money urgently, asks to borrow or to transfer.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: ['现在急需一笔资金', '可以先借我钱吗', '帮我转些钱给他'],
      miss: ['钱包找到了', '我需要休息'],
    },
  },
  {
    id: 'IMPERSONATION_RELATIVE_MONEY_ZH',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    meta: { all: ['__ZH_RELATIVE_CLAIM', '__ZH_MONEY_NEED'] },
    description: 'Chinese: a "relative", "friend" or "boss" who urgently needs money.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: ['我是你的外孙，现在需要支付医疗费用', '我是你表弟，可以借我点钱吗'],
      miss: ['我是你的朋友小李，周末一起打球', '我需要休息'],
    },
  },
  {
    id: '__ZH_IDENTITY',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:我是|我作为|我作為|作为|作為)[^\n，,。！!？?]{0,15}(?:老师|老師|主任|校长|校長|厂长|廠長|书记|書記|领导|領導|经理|經理|总|總|负责人|負責人|干部|幹部|顾客|顧客|好友|朋友|发小|發小|亲戚|親戚|外孙|外孫|孙女|孫女|女婿|表哥|表弟|表姐|表妹|同学|同學|老乡|老鄉|侄子|上级|上級)|是(?:xx|某某)?家长吧|^(?:奶奶|爷爷|爺爺|姐|哥|妈|媽|爸|宝|寶)[,，!！啊]/,
    description:
      'Building block (Chinese): the sender claims to be a teacher, official, manager, relative or old friend.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: ['我是三中的刘老师', '小王，我是厂长', '奶奶，是我呀'],
      miss: ['他是老师', '今天很忙'],
    },
  },
  {
    id: '__ZH_ASK_MONEY',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:转账|轉賬|轉帳|转给|轉給|汇款|匯款|借(?:给|給)?我|借点|借點|借些|借钱|借錢|垫付|墊付|帮我付|幫我付|付尾款|先转|先轉|红包|紅包|购买|購買|订购|訂購|订餐|訂餐|加(?:我|一下)?(?:微信|qq)|微信号|微信號|账号|賬號|帐号|帳號|截图|截圖|付款|资金|資金)/,
    description:
      'Building block (Chinese): a transfer, loan, advance payment, purchase order or new WeChat contact.',
    reason: 'reason_impersonation_boss_relative',
    examples: { hit: ['你先转账借给我', '加我微信细说'], miss: ['明天见', '天气很好'] },
  },
  {
    id: 'IMPERSONATION_IDENTITY_ASK_ZH',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    meta: { all: ['__ZH_IDENTITY', '__ZH_ASK_MONEY'] },
    description:
      'Chinese: someone claiming to be a teacher, boss, official, relative or old friend asks for a transfer, a loan, an advance purchase or a new WeChat contact.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: ['我是二中的王老师，学校要订购一批礼品，麻烦先垫付', '我是你老同学，手头差点钱，先转账给我应急'],
      miss: ['我是刘老师，明天家长会七点开始', '请转账给房东'],
    },
  },
];
