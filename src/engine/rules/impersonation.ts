import type { Rule } from '../types.ts';

/** "Install AnyDesk / TeamViewer …": the remote-control apps a fake support agent has installed. */
const INSTALL_REMOTE_APP = String.raw`\b(?:install|download|open|run)\b[^.?!\n]{0,20}\b(?:any ?desk|team ?viewer|ultra ?viewer|quick ?support|rustdesk|supremo|airdroid|screen ?connect|logmein)`;
/** Why the fake agent says it needs the remote app: a refund, the bank, a hacked or infected device. */
const REMOTE_PRETEXT =
  '(?:refund|your bank|bank account|online banking|hacked|virus|infected|compromised|wallet)';
/** Chinese: "pay it to the client / the supplier", and "advance it for now" (先垫, 垫一下). */
const ZH_PAY_THE_CLIENT = '(?:转|轉|打|汇|匯|付)(?:给|給)(?:客户|客戶|对方|對方|供应商|供應商)';
const ZH_ADVANCE_IT = '(?:先(?:垫|墊)|(?:垫|墊)一下)';

/** Impersonation: police and officials, bosses and relatives on new numbers, fake support. */
export const IMPERSONATION_RULES: readonly Rule[] = [
  {
    id: 'IMPERSONATION_NEW_NUMBER',
    family: 'impersonation',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:this is my new (?:number|phone)|i(?:'ve| have)? (?:got|changed) (?:a |my )?new (?:number|phone number|mobile number|whatsapp number)|new (?:number|phone),? (?:please )?save (?:it|this|my)|(?:(?:hi|hey|hello) (?:mum|mom|dad|mummy|mama|papa)|(?:mum|mom|dad|mummy|mama|papa),? it'?s me|it'?s (?:me,? )?your (?:son|daughter|boy|girl|kid|grandson|granddaughter))\b[^.?!\n]{0,40}\b(?:new (?:number|phone)|lost my phone|broke my phone|(?:a |my )?friend'?s phone|borrowed (?:a )?phone|someone else'?s phone)|new roaming number|my (?:line|account) (?:is|was|got) (?:locked|blocked|hacked)[^.?!\n]{0,30}\bhelp me (?:verify|confirm|get))/,
    description: 'A relative or friend "on a new number", or whose account is locked and needs help.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: [
        'Hi mum, this is my new number, I broke my phone',
        'btw this is my new roaming number',
        "Hi Dad, it's me, I'm using a friend's phone",
        "Mom it's me, I lost my phone on the train",
        "hey it's your daughter, new phone, save this one",
      ],
      miss: [
        'what is your new address?',
        'I got a new phone case',
        "Mum it's me, the train is late, home by 9",
      ],
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
      /\b(?:move|transfer|send|put) (?:all )?(?:of )?(?:your |the )?(?:savings|money|funds|balance)\b[^.?!\n]{0,30}?\b(?:to|into) (?:a |the |our |this |that |a new |the following |these )?(?:safe|secure|protected|holding) (?:account|wallet)s?\b/,
    description: 'The fake bank or police "safe account": move your savings there to protect them.',
    reason: 'reason_impersonation_support',
    examples: {
      hit: [
        'Someone tried to take money from your account, please move your savings to a safe account',
        'transfer the balance into our secure account today',
        'move your savings to this safe account today',
      ],
      miss: ['move the money to savings', 'I put my savings into a high-interest account'],
    },
  },
  {
    id: 'IMPERSONATION_SAFE_ACCOUNT_ANY',
    family: 'impersonation',
    stage: 'related',
    languages: ['any'],
    pattern:
      /\b(?:transfi[ea]r[ae]s?|transferir|mueve|mover|pasa|traspasa|deposita|transfira|mova|passe|deposite|virez|transférez|transférer|déplacez|überweisen|transferieren|pindahkan|pindahin|transfer|kirim|ilipat|i-transfer|ipadala)\b[^.?!\n]{0,40}?\b(?:a|en|para|na|em|sur|vers|auf|ke|sa) (?:una |esta |la |nuestra |uma |a |nossa |un |ce |le |notre |ein |das |dieses |unser |isang )?(?:cuenta (?:segura|protegida)|conta (?:segura|protegida)|compte (?:sécurisé|sûr|protégé)|(?:sicheres|geschütztes) konto|rekening (?:aman|pengaman|penampungan)|(?:ligtas|safe) na account)|(?:โอน|ย้าย)(?:เงิน)?[^\n]{0,30}?(?:ไป|เข้า)(?:ยัง|ที่)?บัญชี(?:ที่)?(?:ปลอดภัย|พักเงิน)|安全な口座(?:に|へ)(?:移|送|振)|सुरक्षित (?:खाते|अकाउंट) में (?:ट्रांसफर|भेज|जमा)/u,
    description:
      'The fake bank or police "safe account" in the pack languages (es, pt, fr, de, id, tl, th, ja, hi): move your money there to protect it. Vietnamese, Korean and Chinese have their own.',
    reason: 'reason_impersonation_support',
    examples: {
      hit: [
        'Su cuenta está comprometida, transfiera sus ahorros a una cuenta segura hoy mismo',
        'Demi keamanan, pindahkan seluruh saldo Anda ke rekening aman berikut',
        'กรุณาโอนเงินทั้งหมดไปยังบัญชีปลอดภัยที่เจ้าหน้าที่แจ้ง',
        'お客様の資産を守るため、安全な口座に移してください',
        'अपना पैसा तुरंत सुरक्षित खाते में ट्रांसफर करें',
      ],
      miss: [
        'Guardé mis ahorros en una cuenta de ahorro del banco',
        'Saya pindahkan tabungan ke rekening deposito',
        'เก็บเงินไว้ในบัญชีออมทรัพย์',
        '安全な場所に保管してください',
      ],
    },
  },
  {
    id: 'IMPERSONATION_BOSS',
    family: 'impersonation',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\bare you (?:available|busy|free|at your desk)\b[^\n]{0,80}\b(?:gift cards?|favou?r|errand|urgent (?:task|payment|transfer))|\b(?:discreet(?:ly)?|keep (?:this|it) between us|(?:don'?t|do not) (?:tell|mention (?:this|it) to|discuss (?:this|it) with) (?:anyone|anybody|the others|the team))\b[^\n]{0,80}\b(?:send|make|process|arrange|initiate|buy|get) (?:a |an |the |some |this )?(?:wire|wire transfer|bank transfer|payment|gift cards?)\b|\bi need you to (?:buy|purchase|get) (?:some )?(?:gift cards?|itunes)|\b(?:i'?m|i am) (?:in a meeting|stuck in a meeting|unable to talk|unable to call|can'?t talk)\b[^\n]{0,80}\b(?:gift cards?|transfer|payment|favou?r|wire)/,
    description: 'A "boss" who is busy in a meeting and needs an urgent favour, payment or gift cards.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: [
        'Are you available? I need a quick favour, buy gift cards',
        'I am in a meeting and can\u2019t talk, please process a wire transfer',
        'I need this handled discreetly: send a wire to our new supplier before noon and keep it between us',
      ],
      miss: [
        'are you available for lunch?',
        'I am in a meeting until 3',
        'please keep this between us, I am planning a surprise party for Jo',
        "Don't tell anyone but I'm going to transfer to the Leeds office next year",
        'Please keep this between us until the payment from the client clears',
        'the wire to the supplier went out this morning, details in the usual folder',
      ],
    },
  },
  {
    id: 'IMPERSONATION_REFUND_MISTAKE',
    family: 'impersonation',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:refunded|credited|sent|transferred|deposited|paid)\b[^?!\n]{0,30}\bby (?:mistake|accident|error)\b[^\n]{0,80}\b(?:send|return|pay|give|refund)\b[^.?!\n]{0,20}\bback\b[^\n]{0,40}\b(?:gift ?cards?|google play|itunes|steam cards?|bitcoin|btc|crypto|usdt|western union|moneygram)\b/,
    description:
      '"Support" says it refunded too much by mistake and wants the difference back in gift cards or crypto: the refund scam.',
    reason: 'reason_impersonation_support',
    examples: {
      hit: [
        'Our system refunded $900 instead of $90 by mistake. Please return the difference back using Google Play cards',
        'We sent you 0.05 BTC by error, kindly send it back in bitcoin to the wallet below',
      ],
      miss: [
        'I sent you $20 by mistake, can you send it back on the app when you can?',
        'the shop refunded me twice by mistake so I paid it back at the till',
      ],
    },
  },
  {
    id: 'IMPERSONATION_REMOTE_ACCESS',
    family: 'impersonation',
    stage: 'related',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`${INSTALL_REMOTE_APP}\b[^\n]{0,100}\b${REMOTE_PRETEXT}|\b${REMOTE_PRETEXT}\b[^\n]{0,100}${INSTALL_REMOTE_APP}\b`,
    ),
    description:
      'Asks the user to install a remote-control app (AnyDesk, TeamViewer ...) to process a refund or fix a bank account or a "hacked" device: whoever connects can empty the account.',
    reason: 'reason_impersonation_support',
    examples: {
      hit: [
        'To receive your refund please download AnyDesk and give me the 9-digit code',
        'Your bank account was hacked. Install TeamViewer now so our technician can secure it',
      ],
      miss: [
        'IT here: please install TeamViewer before the training so I can share my screen',
        'Our agent may ask you to install TeamViewer to fix the problem with your subscription',
        'never install AnyDesk for someone who called you out of the blue',
      ],
    },
  },
  {
    id: 'IMPERSONATION_AUTHORITY',
    family: 'impersonation',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:this is|i am|we are|calling from|message from) (?:the )?(?:police|fbi|irs|hmrc|customs|immigration|court|tax (?:office|authority|department)|social security(?: administration)?|cyber ?crime (?:unit|department)|interpol)\b|\b(?:arrest warrant|warrant (?:for|of) (?:your )?arrest|legal action (?:will be taken|against you)|your (?:ssn|social security number|national id) (?:has been|is|was) (?:suspended|compromised|used))\b|\b(?:prevent|avoid) (?:confiscation|arrest|prosecution|seizure)\b|\b(?:a |an )?(?:lawsuit|case|warrant|complaint|summons) (?:has|have|had) (?:be |been )?(?:file|filed|issued|registered|lodged) against you\b|\b(?:officer|agent|detective|inspector|sergeant|constable) [a-z]{2,15} (?:from|of|with) the (?:federal |national |state |metropolitan |city )?(?:police|fbi|dea|customs|immigration|tax office|irs|hmrc|border force|anti-?fraud (?:unit|centre|center)|cyber ?crime (?:unit|division))\b[^\n]{0,120}?\b(?:your (?:id|identity|name|passport|ssn|bank account|accounts?|phone number) (?:has been|was|is|were) (?:used|linked|involved|flagged|found|connected)|money laundering|drug trafficking|stay on the line|do not hang up|don'?t hang up|warrant)\b/,
    description:
      'Claims to be the police, tax office, court or customs, or threatens arrest, seizure or a lawsuit "filed against you"; or a named "officer" of an agency who says your identity was used in a crime.',
    reason: 'reason_impersonation_authority',
    examples: {
      hit: [
        'This is the police, your bank account is linked to a crime',
        'pay today to avoid seizure of your car',
        'a lawsuit have be file against you, the police be already on their way',
        'This is Agent Morris from the national police, your passport was used to rent a car found with drugs, do not hang up',
      ],
      miss: [
        'call the police if you see anything',
        'court starts at nine',
        'we filed a complaint against the landlord',
        'the police are on their way to the accident, stay in the car',
        'Officer Ruiz from the city police gave a talk at the school about road safety',
      ],
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
      /(?![^\n]{0,120}已(?:原路)?(?:退回|退还|退還|到账|到賬))(?:我是|这里是|這裡是|来自|來自)[^\n，,。]{0,20}(?:客服|工作人员|工作人員|物流|快递|快遞)[^\n]{0,80}(?:退款|理赔|理賠|赔偿|賠偿|賠償|取消|关闭|關閉|注销|註銷|会员|會員|扣费|扣費|保障|异常|異常|失误|失誤|丢失|丟失|核实|核實|操作|解除|绑定|綁定)/,
    description:
      'Chinese: "customer service" or courier staff about refunds, cancelling membership or lost parcels.',
    reason: 'reason_impersonation_support',
    examples: {
      hit: ['你好，我是某购物平台的客服，你的会员将自动扣费', '这里是某快递公司，你的包裹出现异常'],
      miss: [
        '客服电话是多少',
        '我是小王，明天见',
        '您好，我是拼多多客服，您申请的仅退款已处理，19.9元已退回您的零钱。',
      ],
    },
  },
  {
    id: 'IMPERSONATION_RELATIVE_ZH',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:我是(?:你|您)的?|我是)(?:领导|領導|老板|老闆|老师|老師|表弟|表哥|表妹|表姐|侄子|外甥|孙子|孫子|儿子|兒子|女儿|女兒|同学|同學|亲戚|親戚|老同学|老同學)|(?:我是)[^\n]{0,4}(?:xx|XX|某某|\*\*)[^\n]{0,6}(?:的)?(?:孙子|孫子|儿子|兒子|老师|老師|领导|領導|朋友|同学|同學)?|(?:换|換)了?(?:新)?(?:号码|號碼|手机号|手機號|微信)|急(?:需|用)[^\n]{0,10}(?:钱|錢|资金|資金|一笔|一筆)|(?:在忙吗|在忙嗎)|(?:帮|幫)我[^\n]{0,8}(?:认证|認證|验证|驗證)|(?:明天|等下)(?:来|到|來)我办公室|我是(?:你们|你們|你)(?:公司)?的?(?:财务总监|財務總監|总经理|總經理|董事长|董事長|老板|老闆)/,
    description:
      'Chinese: a boss, teacher or relative (often "on a new number") who urgently needs money or help verifying an account.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: ['帳號被鎖了，幫我驗證一下好嗎', '我是你表弟，急需一笔钱', '在忙嗎？', '我是你们公司的财务总监'],
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
      /(?:退款|退还|退還|赔偿|賠償|补偿|補償|赔付|賠付|理赔|理賠|扣费|扣費|会员|會員|失误|失誤|异常|異常|冻结|凍結|征信|徵信|涉嫌|洗钱|洗錢|案件|泄露|洩露|高风险|高風險|调查|調查|违规|違規|关闭|關閉|注销|註銷|利率|利息|国家标准|國家標準|信用问题|信用問題|无法送达|無法送達|无法到账|無法到賬|退货|退貨|误操作|誤操作|百万保障|百萬保障|质检|質檢|医疗费|醫療費|质量问题|質量問題|丢失|丟失|取消)/,
    description:
      'Building block (Chinese): the pretext — refund, compensation, membership fee, frozen account, investigation.',
    reason: 'reason_impersonation_support',
    examples: {
      hit: [
        '您的借款利息超出了国家标准',
        '您的快递无法送达',
        '我们将为您退还运费',
        '您的账户异常',
        '这批货物的补偿需要与您核实',
      ],
      miss: ['周末去爬山', '谢谢你的礼物'],
    },
  },
  {
    id: '__ZH_MISTAKE_SERVICE',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:误|誤|失误|失誤|错误|錯誤|不小心)[^\n]{0,30}(?:设为|設為|设置为|設置為|转为|轉為|录入为|錄入為|开通|開通|成为|成為|升级|升級)[^\n]{0,12}(?:代理商|代理人|代理|会员|會員|vip|服务|服務|业务|業務|功能)|(?:代理商|代理人|会员|會員|服务|服務|业务|業務|功能)[^\n]{0,30}(?:自动扣费|自動扣費|每月扣费|每月扣費|按月扣费|按月扣費|代扣)/,
    description:
      'Building block (Chinese): "by mistake you were made an agent / a member", "the service will charge you every month".',
    reason: 'reason_impersonation_support',
    examples: {
      hit: ['由于员工操作失误将您误设为代理商', '该服务将在下个月自动扣费'],
      miss: ['我不小心把水洒了', '会员积分已到账'],
    },
  },
  {
    id: 'IMPERSONATION_CANCEL_SERVICE_ZH',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    meta: { all: ['__ZH_CLAIM_ROLE', '__ZH_MISTAKE_SERVICE'] },
    description:
      'Chinese: "customer service" says you were made an agent or member by mistake, or a service will charge you monthly, and offers to cancel it: the cancel-the-service script that ends in a transfer.',
    reason: 'reason_impersonation_support',
    examples: {
      hit: [
        '您好，这里是快手客服，由于员工操作失误将您误设为代理商，现在帮您取消',
        '这里是某店铺客服，您开通了一项服务，该服务将在下个月自动扣费，需要帮您关闭吗',
      ],
      miss: ['这里是移动客服，您的话费已到账', '我是小王，我不小心开通了会员，已经自己取消了'],
    },
  },
  {
    id: '__ZH_PARCEL_PROBLEM',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:快递|快遞|包裹|订单|訂單|商品|货物|貨物)[^\n]{0,20}(?:丢失|丟失|损坏|損壞|停运|停運|质量问题|質量問題|无法送达|無法送達|出现了?(?:一些)?问题|出現了?(?:一些)?問題|被退回|质检不过关|質檢不過關)/,
    description:
      'Building block (Chinese): a parcel or order lost, damaged, stopped or with a quality problem.',
    reason: 'reason_impersonation_support',
    examples: { hit: ['您的快递已经丢失了', '您购买的商品存在质量问题'], miss: ['快递到了', '商品已签收'] },
  },
  {
    id: '__ZH_COMPENSATION',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern: /理赔|理賠|赔偿|賠償|补偿|補償|退款|运费险|運費險|回款|双倍|雙倍/,
    description: 'Building block (Chinese): a claim, compensation or refund.',
    reason: 'reason_impersonation_support',
    examples: { hit: ['给您双倍赔偿', '运费险理赔'], miss: ['快递到了', '谢谢'] },
  },
  {
    id: '__ZH_CLAIM_STEPS',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /qq|QQ|微信|支付宝|支付寶|下载|下載|会议|會議|屏幕共享|共享屏幕|链接|鏈接|二维码|二維碼|银行卡|銀行卡|验证码|驗證碼|备用金|備用金|提供(?:一下)?(?:您的)?(?:账号|帳號|卡号|卡號)/,
    description:
      'Building block (Chinese): the way in: QQ, WeChat, Alipay, an app to download, a meeting, a link, a card or a code.',
    reason: 'reason_impersonation_support',
    examples: { hit: ['请您提供一下QQ号码', '请下载一个软件'], miss: ['明天见', '好的'] },
  },
  {
    id: 'IMPERSONATION_PARCEL_CLAIM_ZH',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    meta: { all: ['__ZH_PARCEL_PROBLEM', '__ZH_COMPENSATION', '__ZH_CLAIM_STEPS'] },
    description:
      'Chinese: a lost, damaged or faulty parcel, compensation offered, and a way in (QQ, an app, a meeting, a card): the parcel-claim script of fake customer service.',
    reason: 'reason_impersonation_support',
    examples: {
      hit: [
        '尊敬的客户，您的快递已经丢失了，我们将给您双倍赔偿，请您提供一下QQ号码',
        '您购买的商品存在质量问题，我们为您办理退款，请下载一个会议软件',
      ],
      miss: ['您的快递已丢失，我们会尽快为您退款，无需您做任何操作', '快递到了，放在门口了'],
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
        '这里是某支付平台客服，我们发现您的借款利息超出了国家标准，请下载会议软件与工作人员联系处理',
        '我是某平台客服，因系统失误开通了会员，请下载软件关闭扣费',
        '我是公安局的警官，你涉嫌洗钱，请向安全账户转账',
      ],
      miss: [
        '我是小区物业的工作人员，您的快递无法送达，放在物业了，下班来取',
        '我是物流公司的司机，包裹放门口了',
        '这里是商城客服，您的订单已发货',
      ],
    },
  },
  {
    id: '__ZH_RELATIVE_CLAIM',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /我是(?![说說想觉覺在不真要会會为為指问問])[^\n，,。]{1,4}(?:(?:总|總)(?![之体體是共结結算计計])|主任|局长|局長|处长|處長|书记|書記|校长|校長)(?![^\n]{0,2}(?:的客户|的客戶))|我是(?:你|您)?(?:的)?(?:[^\n，,。]{0,8}的)?(?:外孙|外孫|孙子|孫子|孙女|孫女|侄子|侄女|侄孙|侄孫|外甥|儿子|兒子|女儿|女兒|干儿子|乾兒子|干女儿|乾女兒|表弟|表哥|表妹|表姐|堂弟|堂哥|堂妹|堂姐|堂兄弟|堂姐妹|姐姐|哥哥|弟弟|妹妹|姐夫|妹夫|嫂子|姑爷|姑爺|女婿|朋友|同学|同學|老乡|老鄉|领导|領導|老板|老闆|老师|老師|亲戚|親戚)/,
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
    id: '__ZH_KIN_ADDRESS',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /^[“"'「]?(?:亲爱的|親愛的)?(?:爷爷|爺爺|奶奶|外公|外婆|姥姥|姥爷|姥爺|爸妈|爸媽|爸爸|妈妈|媽媽|爸|妈|媽|叔叔|叔|舅舅|舅|姑姑|姨妈|姨媽|阿姨|大伯|伯伯|姐姐|哥哥|姐|哥|弟弟|妹妹)(?:您好|你好)?(?:[，,！!。 ]|(?=我))|(?:您|你)(?:的)?(?:孩子|儿子|兒子|女儿|女兒|丈夫|老公|妻子|老婆|孙子|孫子)(?:在|出|被|因为|因為)/,
    description:
      'Building block (Chinese): the message opens by addressing a grandparent, parent, aunt or uncle ("奶奶，…").',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: ['奶奶，我在外面出了点事', '亲爱的外公，我遇到了麻烦'],
      miss: ['我奶奶说明天来', '外公的生日快到了'],
    },
  },
  {
    id: '__ZH_TROUBLE',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /车祸|車禍|打伤|打傷|打架|打了一架|被打|被人打|被抓|抓了|公安局|派出所|警察|警方|私了|赔偿|賠償|和解|罚款|罰款|手术|手術|住院|受伤|受傷|冲突|衝突|争执|爭執|摔坏|摔壞|弄坏|弄壞|损坏|損壞|赔给|賠給|出事|出了点事|出了點事|遇到了(?:一些|一点|一點)?(?:麻烦|麻煩|问题|問題|困难|困難)/,
    description:
      'Building block (Chinese): trouble that needs money now (an accident, a fight, the police, hospital, a settlement).',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: ['出车祸了', '现在在派出所', '他们说可以私了'],
      miss: ['今天天气很好', '明天去医院体检'],
    },
  },
  {
    id: '__ZH_MONEY_ANY',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:钱|錢|汇款|匯款|汇给|匯給|转账|轉賬|转给|轉給|支付|费用|費用|医药费|醫藥費|医疗费|醫療費|赔偿金|賠償金|罚款|罰款|经济支持|經濟支持|资金|資金|\d{3,12}\s?(?:块|塊|元)|(?:汇|匯|打|转|轉)\s?\d{3,7}|(?:[一二两兩三四五六七八九十几幾]|\d{1,3})\s?(?:万|萬|千)(?:块|塊|元)?)/,
    description: 'Building block (Chinese): money, a payment or a transfer.',
    reason: 'reason_impersonation_boss_relative',
    examples: { hit: ['请赶快给我汇5000块钱', '需要一些经济支持'], miss: ['我们明天见', '记得带伞'] },
  },
  {
    id: '__ZH_MONEY_ASK',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:汇|匯|转|轉|打)(?:给我|給我|到|点|點|些|一下)|(?:汇|匯|打)(?:钱|錢|款)|(?:给|給)我(?:汇|匯|转|轉|打)|(?:汇|匯|打|转|轉)\s?\d{3,6}|借(?:我|给我|給我)|(?:能|可以)(?:不能)?(?:帮|幫|借|给|給|转|轉|汇|匯)|急用|帮帮我|幫幫我|想想办法|想想辦法|先(?:给|給|转|轉|交|垫|墊|付|汇|匯)|(?:需要|急需|急用)[^\n]{0,10}(?:钱|錢|资金|資金|费|費|支持|支付)|(?:对方|對方|他们|他們)?要(?:赔|賠|交|付)|不够|不夠/,
    description:
      'Building block (Chinese): asks for money now ("先给我转", "能帮我吗", "需要…费用", "钱不够").',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: ['您先给我转一点', '你能帮帮我吗', '对方要赔偿两万', '我现在钱不够'],
      miss: ['罚款我也交了', '医药费医保报销了'],
    },
  },
  {
    id: 'IMPERSONATION_NEW_NUMBER_PAY_ZH',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:(?:换|換)(?:了)?(?:个|個|这个|這個|新)?|新的?|另一个|另一個)(?:号码|號碼|手机号|手機號|电话|電話)[^\n]{0,60}(?:汇|匯|打|转|轉|交|存)[^\n]{0,8}(?:我)?(?:爱人|愛人|老婆|老公|媳妇|媳婦|家属|家屬|妻子|丈夫)(?:的)?[^\n]{0,4}(?:卡|账户|帳戶|账号|帳號|农行|農行|工行|建行|中行)/,
    description:
      'Chinese: a landlord, boss or acquaintance "on a new number" who asks for the rent or a payment into the spouse\'s card (换了号码 … 房租请汇我爱人卡上).',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: [
        '房东这边换手机号了，以后房租请转到我老婆的工行卡，麻烦了',
        '這是我的新號碼，貨款這次請匯到我愛人的帳戶',
      ],
      miss: ['我换了新号码，房租还是转到原来的卡上', '我老婆的卡丢了，明天去银行补办'],
    },
  },
  {
    id: 'IMPERSONATION_RELATIVE_TROUBLE_ZH',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    meta: {
      any: ['__ZH_KIN_ADDRESS', '__ZH_RELATIVE_CLAIM'],
      all: ['__ZH_TROUBLE', '__ZH_MONEY_ANY', '__ZH_MONEY_ASK'],
    },
    description:
      'Chinese: a grandchild, child or relative in trouble (an accident, a fight, held by the police) who needs money at once: the "grandchild in trouble" script.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: [
        '哥哥我在外面被人打了，现在在医院，借的别人手机，给这个卡打3000块钱',
        '我是医院的护士，您的儿子出车祸了，正在抢救，请马上汇8000到下面的账户',
        '我是李总，我在外面喝酒被抓了，你能不能给我转点钱，别告诉别人',
        '奶奶，我在饭店跟人起了冲突，警察来了，对方说可以私了，但我现在钱不够，您能帮帮我吗',
        '我是您外孙，我出车祸腿受伤了，医院要先交医药费，您先给我转一点',
        '我是你姐夫，昨晚喝多了跟人动手，对方进了医院，现在派出所让我们私了，要赔两万',
      ],
      miss: [
        '姐姐我在外面吃饭，晚点回家',
        '您的孩子在学校表现很好，这学期进步很大',
        '我是王总，明天上午开会别迟到',
        '奶奶，我下周放假回家，给您带了点心',
        '妈，我今天体检完了，医生说一切正常，钱的事你别担心',
        '我是你表哥，上次借的钱已经转给你了',
        '爸，我住院了，医药费医保报销了大部分，别担心，过两天就出院',
        '我是你表哥，上次打架的事派出所已经处理完了，罚款我也交了',
      ],
    },
  },
  {
    id: '__ZH_TICKET',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern: /机票|機票/,
    description: 'Building block (Chinese): a plane ticket.',
    reason: 'reason_impersonation_boss_relative',
    examples: { hit: ['回国机票'], miss: ['火车站'] },
  },
  {
    id: '__ZH_BUY_FOR_ME',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:帮|幫)(?:我|忙)?(?:购买|購買|买|買|订|訂|付)|代为|代為|代购|代購|协助|協助|(?:航空|航司|南航|东航|東航|国航|國航|海航|川航)[^\n]{0,12}(?:经理|經理|客服|的人)|(?:无法|無法|不能|没法|沒法|买不了|買不了|用不了)[^\n]{0,12}(?:购买|購買|买|買|支付|付款)/,
    description:
      'Building block (Chinese): asks the reader to buy or pay for them, or to deal with an airline "manager".',
    reason: 'reason_impersonation_boss_relative',
    examples: { hit: ['你能帮我买一下吗', '南航的李经理', '国外无法支付'], miss: ['我买好了', '明天去机场'] },
  },
  {
    id: 'IMPERSONATION_BOSS_TRANSFER_ZH',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern: new RegExp(
      String.raw`(?:我是[^\n，,。]{1,4}(?:总|總|领导|領導|主任|经理|經理|局长|局長)|公司|单位|單位)[^\n]{0,60}(?:往|到|给|給|打到|转到|轉到)(?:这个|這個|下面的|下面这个|以下|我发的|我發的)(?:卡|银行卡|銀行卡|账户|帳戶|账号|帳號)|${ZH_PAY_THE_CLIENT}[^\n]{0,30}${ZH_ADVANCE_IT}|${ZH_ADVANCE_IT}[^\n]{0,30}${ZH_PAY_THE_CLIENT}`,
    ),
    description:
      'A "boss" or the company asks staff to transfer to "this card", or to advance a payment to a client: the boss-impersonation script.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: [
        '小王，我是刘总，公司资金周转一下，你先往这个卡里转一万五，明天财务还你',
        '现在要付给供应商一笔货款，你先垫一下，三万，回头让会计给你报销',
      ],
      miss: ['你先垫一下出差的车费，回来找财务报销', '公司发的工资卡已经到了，记得去银行激活'],
    },
  },
  {
    id: 'IMPERSONATION_TICKET_ZH',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    meta: { all: ['__ZH_TICKET', '__ZH_BUY_FOR_ME'] },
    description:
      'Chinese: a relative or friend abroad who "cannot buy the ticket home" and asks you to buy it, or to contact an airline "manager": the return-ticket script.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: [
        '我是你妹妹，我在国外无法购买回国机票，我找到了南航的李经理，你能帮我买一下吗',
        '舅舅，国外用不了微信付款，你帮我订一张回国的机票，我回去就还你',
      ],
      miss: ['我买好回国机票了，下周三到', '机票订好了，记得提前两小时到机场'],
    },
  },
  {
    id: 'IMPERSONATION_LEADER_GIFT_ZH',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:给|給|替)领导(?:送|包|准备|準備)(?:点|點|些|一些|个|個)?(?:红包|紅包|现金|現金|礼|禮)|(?:领导|領導)(?:不收|不接受)(?:现金|現金|红包|紅包)?[^\n]{0,30}(?:转|轉|微信|汇|匯)/,
    description:
      'Chinese: "I need to give the leader a red envelope, but he will not take cash, can you transfer it to him": the boss or relative red-envelope script.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: [
        '舅舅，我们处长要过生日，我想给领导包个红包表示一下，你先帮我微信转给他吧',
        '我们需要给领导送红包，领导不接受现金，麻烦你先转给他',
      ],
      miss: ['领导说明天开会', '过年给爸妈包了红包'],
    },
  },
  {
    id: 'IMPERSONATION_GUESS_WHO_ZH',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:听|聽)(?:得出来|得出來|不出来|不出來)(?:我)?(?:是谁|是誰|的声音|的聲音)|听没听出来|聽沒聽出來|猜猜我是谁|猜猜我是誰|猜我是谁|猜我是誰|不认识我了|不認識我了|不记得我了|不記得我了/,
    description:
      'Chinese: "can\'t you tell who I am from my voice?": the caller lets the victim name someone, then borrows money as that person.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: ['老朋友，不会听不出来我的声音吧', '我是孙哥，听没听出来我是谁啊'],
      miss: ['我听出来了，是小王', '你猜明天会下雨吗'],
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
      hit: [
        '我是刘总，公司急需一笔资金，你先借我点钱',
        '我是你的外孙，现在需要支付医疗费用',
        '我是你表弟，可以借我点钱吗',
      ],
      miss: [
        '我是说总之你需要钱的话跟我说',
        '我是说总体来看，你急需一笔钱的话先找银行',
        '我是你的朋友小李，周末一起打球',
        '我需要休息',
      ],
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
      /(?<!不用|不必|无需|無需|不要|别|別|没|沒)(?:转账|轉賬|轉帳|转给|轉給|汇款|匯款|借(?:给|給)?我(?!的)|借点|借點|借些|借钱|借錢|垫付|墊付|帮我付|幫我付|付尾款|先转|先轉|红包|紅包|购买|購買|订购|訂購|订餐|訂餐|加(?:我|一下)?(?:微信|qq)|微信号|微信號|账号|賬號|帐号|帳號|截图|截圖|付款|资金|資金)/,
    description:
      'Building block (Chinese): a transfer, loan, advance payment, purchase order or new WeChat contact.',
    reason: 'reason_impersonation_boss_relative',
    examples: { hit: ['你先转账借给我', '加我微信细说'], miss: ['明天见', '天气很好', '你不用转给我了'] },
  },
  {
    id: '__ZH_GROUP_GREETING',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /^[^\n]{0,20}?(?:各位|全体|全體)(?:家长|家長|学员|學員|同学|同學|业主|業主|会员|會員|居民|新生|同事|老师|老師)/,
    description:
      'Building block (Chinese): a message that opens by addressing a whole class or group ("各位家长好").',
    reason: 'reason_impersonation_boss_relative',
    examples: { hit: ['各位家长好，我是李老师'], miss: ['你好，我是李老师'] },
  },
  {
    id: '__ZH_NOTICE_MONEY',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /转账|轉賬|轉帳|汇款|匯款|缴费|繳費|交费|交費|费用|費用|收费|收費|付款|红包|紅包|垫付|墊付|订购|訂購|购买|購買|资料费|資料費|报名费|報名費|\d\s?(?:元|块|塊)/,
    description: 'Building block (Chinese): any money in a notice (a fee, a transfer, a sum in yuan).',
    reason: 'reason_impersonation_boss_relative',
    examples: { hit: ['资料费每人300元', '请转账'], miss: ['请加我微信，备注孩子姓名'] },
  },
  {
    id: '__ZH_GROUP_NOTICE',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    meta: { all: ['__ZH_GROUP_GREETING'], none: ['__ZH_NOTICE_MONEY'] },
    description:
      'Building block (Chinese): a notice to a whole class or group ("各位家长好，…") that names no money at all: the teacher\'s real request to join the class WeChat group.',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: ['各位家长好，我是李老师，请加我微信，备注孩子姓名'],
      miss: ['各位家长好，我是李老师，本学期资料费每人300元，请加我微信转账', '你好，我是李老师，请加我微信'],
    },
  },
  {
    id: 'IMPERSONATION_IDENTITY_ASK_ZH',
    family: 'impersonation',
    stage: 'related',
    languages: ['zh'],
    meta: { all: ['__ZH_IDENTITY', '__ZH_ASK_MONEY'], none: ['__ZH_GROUP_NOTICE'] },
    description:
      'Chinese: someone claiming to be a teacher, boss, official, relative or old friend asks for a transfer, a loan, an advance purchase or a new WeChat contact. Not a notice to a whole class or group that asks for no money (__ZH_GROUP_NOTICE).',
    reason: 'reason_impersonation_boss_relative',
    examples: {
      hit: ['我是二中的王老师，学校要订购一批礼品，麻烦先垫付', '我是你老同学，手头差点钱，先转账给我应急'],
      miss: [
        '我是刘老师，明天家长会七点开始',
        '请转账给房东',
        '爸，房租我先帮你交了，3500，你不用转给我了。',
        '各位家长好，我是三年级二班的班主任李老师，本学期班级通知都在微信群发布，请扫描家长会上发的二维码加我微信，备注孩子姓名。',
        '姐，你上次借我的两千我今天发工资了，先还你，谢谢啊',
      ],
    },
  },
];
