import type { Rule } from '../types.ts';

/** Impersonation: police and officials, bosses and relatives on new numbers, fake support. */
export const IMPERSONATION_RULES: readonly Rule[] = [
  {
    id: 'IMPERSONATION_NEW_NUMBER',
    family: 'impersonation',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:this is my new (?:number|phone)|i(?:'ve| have)? (?:got|changed) (?:a |my )?new (?:number|phone)(?: number)?|new (?:number|phone),? (?:please )?save (?:it|this)|(?:hi|hey|hello) (?:mum|mom|dad|mummy|mama)\b[^.?!\n]{0,40}\b(?:new (?:number|phone)|lost my phone|broke my phone)|new roaming number|my (?:line|account) (?:is|was|got) (?:locked|blocked|hacked)[^.?!\n]{0,30}\bhelp me (?:verify|confirm|get))/,
    description: 'A relative or friend "on a new number", or whose account is locked and needs help.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: ['Hi mum, this is my new number, I broke my phone', 'Ito na nga pala new roaming number ko'],
      miss: ['what is your new address?', 'I got a new phone case'],
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
        'Prevent confiscation and pay via tiny.cc/B901462',
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
      hit: ['我是公安局的警官，你的银行卡涉嫌洗钱', '您的身份信息涉及一起洗錢案件'],
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
      hit: [
        '您好，我是快手平台的客服。我们发现您被设置为自动扣费用户',
        '这里是韵达物流公司，您的快递有异常情况',
      ],
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
      hit: ['我的賴被鎖，幫我輔助認證一下可以嗎？', '我是你表弟，急需一笔钱', '在忙嗎？'],
      miss: ['我是小李，明天开会', '钱已经还给你了'],
    },
  },
];
