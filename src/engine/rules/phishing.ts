import type { Rule } from '../types.ts';

/** Account-verification and delivery phishing. */
export const PHISHING_RULES: readonly Rule[] = [
  {
    id: 'PHISHING_ACCOUNT_ACTION',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:account|card|apple id|id|profile|access|sim ?card|payment|password|banking|debit|credit card|atm card)\b(?<!\bif (?:they |you |it )?(?:got |get |gets |have |has )?(?:your |my |the )?(?:account|card|apple id|id|profile|access|sim ?card|payment|password|banking|debit|credit card|atm card)|\b(?:my|his|her|their) (?:bank |email |online |instagram |facebook )?(?:account|card|apple id|id|profile|access|sim ?card|payment|password|banking|debit|credit card|atm card))[^\n]{0,50}\b(?:suspend(?:ed)?|lock(?:ed)?|block(?:ed)?|disabled|deactivat(?:ed|e)|restrict(?:ed)?|expire[ds]?|compromised|unusual (?:activity|sign-?in)|on hold|limited|will be (?:not work|closed|terminated))\b[^\n]{0,80}\b(?:verify|confirm|update|click|visit|log ?in|call|reactivate|validate|unlock|restore|link|http|www)\b/,
    description: 'Says an account or card is locked or suspended and asks the user to verify or click.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'your card has been suspended, please verify at our site',
        'Your card has been blocked, call our number to reactivate',
      ],
      miss: [
        'If your card gets blocked, call the number on the back of the card',
        'if they got your account restricted, sign the petition at change.org',
        'my account was locked so I called the bank myself',
        'My account got locked after too many wrong passwords, had to call the bank to unlock it.',
        'the door is locked',
      ],
    },
  },
  {
    id: 'PHISHING_VERIFY_LINK',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:verify|confirm|update|validate|re-?activate) (?:your |the )?(?:account|identity|details|detail|information|info|card|payment|bank|kyc|id|self|personal data)\b[^\n]{0,80}(?:https?|www\.|\.com|\.ly|link|click|below|here|\/\/)/,
    description: 'Asks the user to verify or update details through a link.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'please verify your identity here http //short.example/x',
        'verify your identity here: www.example-secure.com',
      ],
      miss: ['please confirm your attendance by Friday', 'update your status'],
    },
  },
  {
    id: '__DELIVERY_WORDS',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:parcel|package|shipment|delivery|delivering|delevering|courier|usps|dhl|fedex|royal mail|evri|postnl|la poste|hermes|your order|collection point|luggage)\b/,
    description: 'Building block: a parcel, package or courier.',
    reason: 'reason_phishing_delivery',
    examples: { hit: ['your luggage', 'your parcel', 'USPS notice'], miss: ['a pack of gum', 'in order to'] },
  },
  {
    id: '__DELIVERY_ISSUE',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:urgent notice|absent|go to|click|confirm|pay|fee|reschedul\w*|update|problem|failed|unable|held|pending|review and accept|address|track\w*|on the way|arriv\w*|follow (?:it|your|the)|instruction\w*|resolve|authori[sz]ation|not possible|be hold|distribution center|sort(?:ing)? center|be send|pick up|waiting|attempt\w*|redeliver\w*|important alert)\b/,
    description: 'Building block: a delivery problem or an action to take.',
    reason: 'reason_phishing_delivery',
    examples: {
      hit: [
        'urgent notice for your parcel',
        'we took it back because you were absent',
        'there was a problem',
        'reschedule the delivery',
      ],
      miss: ['lovely weather', 'see you soon'],
    },
  },
  {
    id: 'PHISHING_DELIVERY',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    meta: { all: ['__DELIVERY_WORDS', '__DELIVERY_ISSUE', '__LINK_TEXT'] },
    description: 'A delivery notice that asks the user to click, pay or confirm through a link.',
    reason: 'reason_phishing_delivery',
    examples: {
      hit: [
        'We could not deliver your luggage because you were absent. Please check http //redeliver-bags.example',
        'problem delivering your parcel, reschedule at http //post-help.example',
        'USPS: your package is held, update address at usps-track.top/x',
      ],
      miss: ['your package was delivered to the front desk', 'the courier came at noon, I had to pay cash'],
    },
  },
  {
    id: 'PHISHING_PAYMENT_DUE',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:(?<!\b(?:my|our|his|her|their) )tax refund|you are (?:eligible|entitled) (?:for|to) (?:a )?(?:refund|rebate|compensation)|outstanding (?:debt|balance|payment|toll|fine)|unpaid (?:toll|fine|bill|invoice|tax)|payment (?:is )?pending|test(?:ed)? positive)\b[^\n]{0,80}(?:\b(?:pay|click|visit|claim|via|link|call|confirm)\b|https?|www\.|\/\/)/,
    description: 'A refund, unpaid toll or fine, or pending payment that must be settled through a link.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'payment pending: please confirm to receive your funds',
        'unpaid toll of $4.50, pay via the link below',
      ],
      miss: [
        'I got my tax refund last week',
        'the payment is pending',
        'I got my tax refund today, finally paying off the credit card',
      ],
    },
  },
  {
    id: 'PHISHING_DISCONNECT',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:electricity|power|gas|water|service|utilities|phone line|internet)(?: supply)? (?:will be|is scheduled to be|is going to be) (?:disconnected|cut off|shut off|suspended)\b[^.?!\n]{0,30}?\b(?:today|tonight|within \d{1,2} (?:hours|hrs|minutes)|in \d{1,2} (?:hours|hrs|minutes)|at \d{1,2}(?::\d{2})? ?(?:am|pm))\b[^\n]{0,60}?\b(?:unless|pay|payment|overdue|call|balance|bill)\b/,
    description: 'A utility "disconnection today" notice that pushes an immediate payment or call.',
    reason: 'reason_payment_urgency',
    examples: {
      hit: [
        'Final notice: your electricity will be disconnected today at 5pm unless you pay the overdue amount',
        'your power supply will be cut off within 2 hours, call our billing line',
      ],
      miss: [
        'Reminder: the power will be cut off tonight from 11pm to 1am for maintenance in your area',
        'the water will be shut off on Tuesday for repairs',
        'our internet will be down tonight for maintenance',
      ],
    },
  },
  {
    id: 'PHISHING_DETAILS_FOR_REFUND',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:refund|rebate|compensation|reimbursement|new card|benefits?|stimulus|prize)\b[^\n]{0,80}?\b(?:provide|enter|confirm|submit|send|update|verify) (?:us )?(?:your )?(?:bank (?:details|information|account (?:number|details))|card (?:number|details)|banking (?:details|information)|social security (?:number)?|ssn)\b/,
    description:
      'A refund, benefit or new card "ready" once the user enters bank details or a social security number.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'You have a pending refund from your mobile operator. To receive it, provide your bank details at the link',
        'Medicare: your new card is ready. Confirm your social security number to receive it',
      ],
      miss: [
        'I lost my card. Can you send your bank details so I can pay you back?',
        'please send your bank details so I can pay you back for dinner',
        'HR needs your social security number for the payroll form',
      ],
    },
  },
  {
    id: 'PHISHING_OTP',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    pattern:
      /(?<!\b(?:not|never|don'?t|do not)\b[^.!?\n]{0,25})\b(?:share|send|give|tell|forward) (?:me |us )?(?:the |your )?(?:otp|one[- ]time (?:password|code|pin)|verification code|6[- ]digit code|security code)\b/,
    description: 'Asks the user to pass on a one-time or verification code.',
    reason: 'reason_phishing_account',
    examples: {
      hit: ['please send me the verification code you just got', 'give us the OTP to cancel the order'],
      miss: [
        'do not share the OTP with anyone',
        'never give your security code',
        'we will never ask you to share your OTP',
      ],
    },
  },
  {
    id: 'PHISHING_LINK_ZH',
    family: 'phishing',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:点击|點擊|打开|打開)[^\n]{0,20}(?:链接|鏈接|連結|网址|網址|网站|網站)[^\n]{0,30}(?:验证|驗證|认证|認證|激活|解冻|解凍|填写|填寫|更新|输入|輸入)|(?:请|請|尽快|儘快|立即|马上|馬上)[^\n]{0,6}(?:登录|登陆|登錄|访问|訪問)[^\n]{0,10}(?:链接|鏈接|連結|网址|網址|网站|網站)[^\n]{0,20}(?:验证|驗證|认证|認證|激活|解冻|解凍)|(?:etc|医保卡|醫保卡|社保卡)[^\n]{0,8}(?:已失效|失效|已过期|已過期|已停用|将被注销|將被註銷|异常|異常)[^\n]{0,40}(?:登录|登錄|点击|點擊|链接|鏈接|网址|網址|认证|認證)|(?:银行卡号|銀行卡號|卡号|卡號|密码|密碼|验证码|驗證碼)[^\n]{0,20}(?:提供|告诉|告訴|发给|發給|输入|輸入|填写|填寫)|(?:提供|告诉|告訴|发给|發給|输入|輸入|填写|填寫)[^\n]{0,10}(?:验证码|驗證碼|密码|密碼|银行卡号|銀行卡號|卡号|卡號|卡信息)|(?:屏幕共享|螢幕共享|共享屏幕|共享螢幕)/,
    description:
      'Chinese: click a link to verify, or hand over card numbers, passwords, codes, or share the screen.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        '请在页面输入卡号和密码',
        '请点击链接填写信息进行验证',
        '请开启屏幕共享',
        '您的ETC卡已失效，请尽快登录网址进行认证，以免影响通行',
      ],
      miss: ['密码是生日', '点击查看更多新闻', '我刚登录网站认证了一下实名信息，现在可以正常用了'],
    },
  },
  {
    id: 'PHISHING_SCHOOL_REPORT_ZH',
    family: 'phishing',
    stage: 'related',
    languages: ['zh'],
    pattern:
      /(?:家长|家長)[^\n]{0,40}(?:学习报告|學習報告|表现|表現|评定表|評定表|成绩单|成績單|考核|课程安排|課程安排)[^\n]{0,40}(?:https?:|www\.|t\.cn|网址|網址|链接|鏈接|連結)/,
    description:
      'Chinese: a "school" text to a parent with the child\'s report card or behaviour report behind a link (家长您好，这是您孩子的学习报告 http…), a phishing SMS the police warn about.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        '刘家长您好，这是您孩子本学期的学习报告和在校表现，请点开网址查看：http://xx-school.cn/r',
        '家長您好！請查收孩子的期中成績單，詳情見鏈接 t.cn/abc123',
      ],
      miss: ['家长会定于周五下午三点，请准时参加', '张家长您好，孩子这周表现很好，作业都按时完成了'],
    },
  },
  {
    id: '__LINK_TEXT',
    family: 'phishing',
    stage: 'related',
    languages: ['any'],
    pattern:
      /(?:https?:? ?\/\/|hxxps?|www\.|(?<![a-z0-9-])[a-z0-9-]{2,63}\.(?:com|ly|link|io|info|app|icu|top|xyz|site|online|website|pw|cc|in|me|net|org|club|shop|nl|be|es|fr|id|co|us|uk|de|it|live|page|store|support|help|ru|cn|vip|win|pro|biz|to|gd|gg|pl|lat|network|digital|report|legal|loan|au|za|cl)\b|\b[a-z0-9]\.(?:co|id)\/)/,
    description: 'Building block: something that reads as a link, including OCR-damaged "http //".',
    reason: 'reason_suspicious_link',
    examples: {
      hit: [
        'replace it via split.to/newcard',
        'order at x.co/bank',
        'visit http //bit.ly/2DtmgPT',
        'log in at ingbankieren.org now',
      ],
      miss: ['see you at 5', 'e.g. this one'],
    },
  },
  {
    id: '__SHORT_LINK_TEXT',
    family: 'phishing',
    stage: 'related',
    languages: ['any'],
    pattern:
      /\b(?:bit\.?ly|tinyurl|tiny\.cc|cutt\.(?:ly|us)|cutit\.org|s\.id|ngrok|duckdns|page\.link|rb\.gy|is\.gd|goo\.gl|linksplit|wow\.link|shorturl|t\.ly|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\b/,
    description: 'Building block: a shortened or raw-IP link, even when damaged ("http //bit.ly/ x").',
    reason: 'reason_suspicious_link',
    examples: {
      hit: ['http //tinyurl.com Zy8ufsnp', 'open http //10.20.30.40/login'],
      miss: ['a bit late', 'tiny cat'],
    },
  },
  {
    id: '__ACCOUNT_THREAT',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:(?:will|would|shall|to) be (?:block|blocked|b lock|suspend|suspended|close|closed|deactivate|deactivated|diactivated|terminated|lock|locked|disable|disabled|cancel(?:l?ed)?|held (?:unless|until you|if you (?:do not|don'?t|fail))|put on hold)|(?:have|has|had|be|been|is|was|are|get|got) (?:be |been )?(?:block|blocked|b lock|suspend|suspended|lock|locked|expire|expired|deactivated|disabled|restricted|limited|decline|declined|detect|detected|compromised|frozen|on hold|suspended\.)|(?:will|to) (?:block|expire|close|be deactivated) (?:within|today|in|on)|(?:diactivated|deactivated|blocked) within|(?:prevent|avoid) (?:the )?(?:blocking|blockage|block|suspension|closure|deactivation|confiscation)|unusual (?:activity|location|sign-?in|login)|new device|quarantine zone|(?:disable|disabled|blocked|suspended|locked) for (?:your )?security reasons?[^.\n]{0,40}\b(?:activate|reactivate|unlock|verify)|(?:will|shall) hold your|(?:have|has) (?:be |been )?limit(?:ed)? your|(?:will|would) be restrict(?:ed)?|expire[sd]? (?:today|soon|within)|(?:login|access|kyc|card|account|document) (?:have |has )?expire[sd]?|(?:card|digipas|scanner|pass|kyc|account|a\/?c) (?:be|is|are|has been|have been|have be) outdated|(?:replace|renew|request|order|apply for) your (?:new |current )?(?:debit |credit |bank )?card (?:completely )?(?:for free|free of charge))\b/,
    description:
      'Building block: the account, card or access is (or will be) blocked, suspended, expired or accessed from a new device.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'your wallet balance will be held unless you verify',
        'we will hold your wallet amount',
        'we have limit your account',
        'your card will be restrict',
        'the card will block within 12 hours',
        'your wallet have be block for safety',
        'your bank card is outdated',
        'Please order your new bank card for free before Friday',
      ],
      miss: [
        'the training sessions will be held in the main building',
        'the shop closed early',
        'the milk went off',
        'that map is outdated, use the app',
        'a free card game',
      ],
    },
  },
  {
    id: '__ACCOUNT_SUBJECT',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:account|a\/?c|a c|card|kyc|k\.y\.c|ekyc|sim|apple id|id|profile|access|login|log-?in|app|bank|banking|password|wallet|bill|billing|payment|netflix|paypal|paytm|pytm|device|document|transaction|debit|registration|reimbursement|insurance|scanner|digipas|iban|direct debit|payee|user)\b/,
    description: 'Building block: an account, card, login or app.',
    reason: 'reason_phishing_account',
    examples: {
      hit: ['complete your paytm kyc', 'your k.y.c', 'your debit card', 'your KYC'],
      miss: ['hello there', 'see you'],
    },
  },
  {
    id: '__LINK_OR_CALL',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    pattern:
      /(?:https?:? ?\/\/|www\.|(?<![a-z0-9-])[a-z0-9-]{2,63}\.(?:com|ly|link|io|info|app|icu|top|xyz|site|online|website|pw|cc|in|me|net|org|club|shop|nl|be|es|fr|id|co|to|gd|gg|pl|lat|network|digital|report|legal|loan)\b|\b[a-z0-9]\.co\/|\bclick\b|\bconfirm your (?:account|identity|details|information)\b|\bcall (?:us|now|immediately|customer care|our|the number|helpline)|\bcontact customer care\b|\blog ?in (?:to|at|now|here|via|with|using|and)\b|\blog in\b(?! (?:details|credentials|page|screen|name))|\bvisit\b|\bfollow the (?:link|step)|\bverify\b|\bcall\b[^.\n]{0,30}\bimmediately\b|\b(?:office|helpline|customer care|customer service|support) (?:ph|phone|no|number|tel)\b|\bdial\b|\bmake contact\b|\bcall(?: us| now| our office| the office)?(?: on| at)?:? (?:\+?\d[\d ()-]{7,}|x{6,})|\bph\.?:? ?(?:\+?\d[\d ()-]{7,}|x{6,}))/,
    description: 'Building block: a link, or an instruction to click, log in, verify or call.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'log in to your account today',
        'click here',
        'call customer care now',
        'Paytm office PH 9876543210',
        'Make contact 0800 123 456',
      ],
      miss: ['IT will send you the new login by email', 'call me maybe', 'see you later', 'call me after 5'],
    },
  },
  {
    id: 'PHISHING_CALLBACK_CHARGE',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:order|purchase|charge|payment|transaction|subscription|renewal|debit)\b[^.?!\n]{0,30}?\bof\s?(?:us)?\$\s?\d[\d,.]{0,9}[^.?!\n]{0,40}?\b(?:was|has been|is being|will be) (?:placed|made|charged|processed|renewed|debited|approved|billed)\b[^\n]{0,80}?\b(?:if (?:this|it) (?:wasn'?t|was not|is not|isn'?t) you|if you did ?n(?:o|')t (?:make|authori[sz]e|place|recogni[sz]e))\b[^\n]{0,60}?\bcall\b[^\n]{0,30}?(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b|\b(?:order|payment|purchase) (?:confirmed|successful|placed)\b[^\n]{0,100}\b(?:helpline|help line|toll ?free|call)\b[^\n]{0,40}\bif (?:any )?(?:dispute|not you|you did not)\b|\b(?:detected|noticed|flagged|spotted|identified|found|blocked) (?:an? |some )?(?:unusual|suspicious|unauthori[sz]ed|fraudulent) (?:activity|charge|purchase|order|transaction|payment|login|sign-?in)\b[^\n]{0,80}?\bcall\b[^\n]{0,12}?\+?\d[\d ()-]{7,15}\d[^\n]{0,30}?\bto (?:cancel|dispute|stop|reverse|block)\b/,
    description:
      'A charge or order "was placed on your account" or looks suspicious; if it wasn\u2019t you, call this number (to cancel it): the refund call-back scam, where the number is the scammer\u2019s.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'Order confirmed: payment 1,299.00 for an iPhone 15 Pro. Helpline 1800 555 0133 if any dispute',
        'Amazon Security: an order of $1,249 was placed on your account. If this wasn\u2019t you, call our fraud desk at 1-888-555-0132',
        'We noticed a suspicious purchase of a MacBook on your card. Call +1 (844) 555-0199 now to cancel the payment',
      ],
      miss: [
        'Order confirmed! Questions about delivery? Call the shop on 020 7946 0321',
        'Your order of $45 has been placed. If you did not make this purchase, sign in to your account to cancel it.',
        'the payment of $300 was made, call me at 555 123 4567 when you can',
        'If you notice any suspicious activity on your account, call us on 0800 123 4567 to block your card.',
      ],
    },
  },
  {
    id: 'PHISHING_ACCOUNT_THREAT',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    meta: { all: ['__ACCOUNT_THREAT', '__ACCOUNT_SUBJECT', '__LINK_OR_CALL'] },
    description: 'An account, card or login said to be blocked or expiring, with a link or a number to call.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'Santander: user disabled for security reasons, activate it now at www.santander-activa.example',
        'Your wallet balance will be held unless you complete your KYC today. Call our office on 98765 43210',
        'Dear user, your K.Y.C has expired, call immediately or your A C will be blocked within 24hr',
        'Your debit card will expire soon. Replace your current card free of charge via split.to/newcard',
        'your KYC has been suspended, call our helpline immediately',
        'your streaming account will be locked, visit our secure page to update',
      ],
      miss: [
        'the old VPN user was disabled for security reasons, IT will send you the new login by email',
        'I have to update my Paytm KYC at the branch tomorrow',
        'they have limited your access to the shared drive until Monday',
        'my card was blocked so I went to the branch',
        'the account will be closed at year end as agreed',
      ],
    },
  },
  {
    id: '__MONEY_OFFER',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:refund|compensation|rebate|grant|cashback|pension|payment of|be credit(?:ed)?|(?:have|has) (?:be |been )?credit(?:ed)?|receive a transfer|transfer in your favou?r|outstanding (?:claim|debt|payment|bill|amount)|overdue|unpaid|pending charge|regularization of your bill|be approve|been approved|covid|coronavirus|test positive|self-isolation|vaccin\w*)\b/,
    description:
      'Building block: a refund, grant, credit, unpaid bill or health notice (common smishing pretexts).',
    reason: 'reason_phishing_account',
    examples: {
      hit: ['your overdue tax refund', 'your refund is ready'],
      miss: ['see you soon', 'good morning'],
    },
  },
  {
    id: 'PHISHING_PRETEXT_LINK',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    meta: { all: ['__MONEY_OFFER', '__LINK_TEXT'] },
    description: 'A refund, grant, unpaid bill or health notice with a link.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'your tax refund is waiting, submit the form at http //refund-gov.example',
        'covid update for your area: http //health-alert.example',
      ],
      miss: ['I got my tax refund, thanks!', 'coronavirus cases fell this week'],
    },
  },
  {
    id: '__ACCOUNT_ACTION',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:confirm|verify|verification|validate|update|check|log ?in|activate|reactivate|re-?monitor|avoid|suspicious|alert|security|error|invalid|cancel(?:lation)?|debit(?:ed)?|pending|restore|unlock|keep your account|trouble|problem|review|refuse)\b/,
    description:
      'Building block: an instruction or alert about an account (confirm, verify, update, suspicious, error).',
    reason: 'reason_phishing_account',
    examples: { hit: ['please confirm', 'a suspicious login'], miss: ['see you tomorrow', 'nice photo'] },
  },
  {
    id: '__DEVICE_FOUND',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:your|lost|lose|missing|stolen) (?:apple )?(?:iphone|ipad|phone|device|airpods|macbook|apple watch)\b[^.\n]{0,40}?\b(?:(?:has|have|had|be|been|was|is) (?:be |been )?(?:found|find|located|recovered)|found near)\b|\b(?:iphone|ipad|device|airpods|macbook|apple watch)\b[^.\n]{0,40}?\b(?:has|have|had|be|been|was|is) (?:be |been )?(?:found|find|located)\b[^\n]{0,60}?\b(?:view|check|see) (?:its |the |device |your )?location\b/,
    description:
      'Building block: "your lost iPhone has been found" (or a device "found", with "view its location").',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'Your lost iPhone 14 Pro has been found',
        'an Apple Watch has been located, view its location on the map',
      ],
      miss: [
        'I found my phone under the sofa',
        'my phone was found at the station',
        'the phone shop has been closed',
      ],
    },
  },
  {
    id: 'PHISHING_DEVICE_FOUND',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    meta: { all: ['__DEVICE_FOUND', '__LINK_TEXT'] },
    description:
      '"Your lost iPhone has been found, see its location" with a link: a fake Find My page that asks for the Apple ID password, to unlock the stolen phone.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'Apple: your lost iPhone 13 has been found near Main St. View its location at http //find-my-iphone.example/map',
      ],
      miss: [
        'my phone was found at the station, I picked it up, see www.example.com for the lost property office',
      ],
    },
  },
  {
    id: '__AVOID_BLOCK',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:to )?(?:prevent|avoid) (?:a |the |any )?(?:blocking|blockage|block|suspension|line suspension|closure|deactivation|disconnection)\b/,
    description:
      'Building block: "to prevent blockage", "to avoid a suspension": the threat that comes before the link.',
    reason: 'reason_phishing_account',
    examples: {
      hit: ['read it on time to prevent blockage', 'regularize now to avoid a line suspension'],
      miss: ['we left early to avoid the traffic', 'drink water to prevent a headache'],
    },
  },
  {
    id: 'PHISHING_AVOID_BLOCK_LINK',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    meta: { all: ['__AVOID_BLOCK', '__LINK_TEXT'] },
    description:
      'Act through this link "to prevent blockage" or "to avoid a suspension": the threat and the link are the whole message, whatever account it names (not a fine or a late fee: real reminders say the same).',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'You have an unread message with important information. Read it via http //msg-portal.example to prevent blockage',
        'You went over your flat rate. To avoid a line suspension, settle it now at http //tel-settle.example',
      ],
      miss: [
        'Pay your council tax on time to avoid a late fee, the details are on gov.uk',
        'File your return at gov.uk by 31 January to avoid a penalty',
        'we booked via www.trainline.com early to avoid the queue',
      ],
    },
  },
  {
    id: '__FREE_DATA',
    family: 'prize',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:free|gift|bonus) \d{1,3} ?gb\b|\b\d{1,3} ?gb (?:of )?(?:data )?(?:free|for free|with free calls?)\b|\bfree (?:recharge|mobile data|internet data)\b/,
    description: 'Building block: free mobile data or a free recharge.',
    reason: 'reason_prize',
    examples: {
      hit: ['25GB data with free call daily', 'free recharge of Rs 299'],
      miss: ['I used 25GB this month', 'free parking'],
    },
  },
  {
    id: '__ACTIVATE_OFFER',
    family: 'prize',
    stage: 'related',
    languages: ['en'],
    pattern: /\b(?:activate|claim|register|download|redeem)\b/,
    description: 'Building block: activate, claim, register or redeem (an offer).',
    reason: 'reason_prize',
    examples: { hit: ['activate the offer', 'claim it now'], miss: ['see the terms', 'the offer ends soon'] },
  },
  {
    id: 'PRIZE_FREE_DATA_LINK',
    family: 'prize',
    stage: 'related',
    languages: ['en'],
    meta: { all: ['__FREE_DATA', '__LINK_TEXT', '__ACTIVATE_OFFER'] },
    description:
      'Free data or a free recharge "announced today" to activate or claim through a link: the operator never hands out gigabytes through a short link.',
    reason: 'reason_prize',
    examples: {
      hit: [
        'GOOD NEWS: the operator is giving 25GB data with free calls for 3 months. Activate the offer at http //tiny.cc/free-4g',
      ],
      miss: ['My plan now has 25GB of data free on weekends, see vodafone.co.uk for the terms'],
    },
  },
  {
    id: 'PHISHING_ACCOUNT_LINK',
    family: 'phishing',
    stage: 'related',
    languages: ['en'],
    meta: { all: ['__ACCOUNT_SUBJECT', '__ACCOUNT_ACTION', '__LINK_TEXT'] },
    description: 'An account, card, payment or login notice that asks the user to act through a link.',
    reason: 'reason_phishing_account',
    examples: {
      hit: [
        'EUR 412.50 will be debited from your account. Not right? Cancel the direct debit via s.id/stop-debit',
        'Your request to add a new payee was received. If this is not you, review it at http //payee-check.example',
        'problem with your billing, update it at http //pay-fix.example',
        'suspicious login on your account, check www.account-check.example',
      ],
      miss: ['I updated my account photo', 'the bank is at 5th street, check it out'],
    },
  },
];
