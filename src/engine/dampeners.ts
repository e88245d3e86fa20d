import type { Lang } from './types.ts';

/**
 * Dampeners: language that marks talk ABOUT scams (a warning, news, a victim telling their story,
 * a bank's fraud notice) rather than a lure. When one fires and the message has no call to action
 * (contact me, click, send), the score is multiplied by DAMPENER_FACTOR (weights.ts).
 * Data like rules: each has examples that must hit and miss (tested).
 */
export interface Dampener {
  id: string;
  languages: readonly Lang[];
  pattern: RegExp;
  description: string;
  examples: { hit: readonly string[]; miss: readonly string[] };
}

/** The pack languages the non-English, non-Chinese dampeners read (their Latin-script words also
 * cover Portuguese, French and German). */
const PACK_LANGUAGES: readonly Lang[] = ['es', 'vi', 'id', 'tl', 'th', 'ja', 'ko', 'hi'];

/** A safety notice does not dampen when a "but" follows it in the same line: the fake officer opens
 * with the same reassurance ("the bank never asks for transfers, but your case is special"). */
const NOT_BEFORE_BUT = String.raw`(?![^\n]{0,80}?(?:\b(?:but|however|pero|sin embargo|mas|porém|tapi|namun|ngunit|aber|mais)\b|nhưng|tuy nhiên|แต่|다만|하지만|但是|不过|ただし|しかし|लेकिन))`;

export const DAMPENERS: readonly Dampener[] = [
  {
    id: 'DAMPEN_SCAM_WORDS_EN',
    languages: ['en'],
    pattern:
      /(?<!\bnot (?:a |an )?|\bno |\bnever (?:a )?|\banti-?|\bhindi (?:ito |po |yan |iyan )?(?:isang )?|\bbukan |\bkhông phải |\bthought (?:that )?(?:it|this|she|he|they) (?:was|were|is) (?:a |an )?|\bthinking (?:that )?(?:it|this) (?:was|is) (?:a |an )?)\b(?:scam(?:s|mer|mers|med|ming|my)?|fraud(?:s|ster|sters|ulent)?(?! (?:department|team|prevention|protection|unit|division|detection)\b)|con ?artists?|catfish(?:ed|ing|er|ers)?|pig[- ]?butcher(?:ing)?|phishing|swindl(?:e|ed|er|ers))\b/,
    description: 'Names scams or scammers (not "not a scam").',
    examples: {
      hit: ['this is a scam, block him', 'I got scammed out of $2000', 'PSA: pig butchering is everywhere'],
      miss: [
        "I'm from the fraud department of your bank",
        'she is legit and not a scam',
        'the scampi was great',
        'no scam, real profits',
        'i thought it was a scam until i tried',
        'i basically thought that it was a scam until i gave it a try',
        'Hindi ito scam, mag-deposit ka lang sa app',
      ],
    },
  },
  {
    id: 'DAMPEN_WARNING_EN',
    languages: ['en'],
    pattern:
      /\b(?:beware|be careful|be cautious|be (?:wary|suspicious) of|watch out|stay safe|red flags?|psa|reported (?:it|him|her|them|the (?:account|profile|number))|block(?:ed)? (?:him|her|them|the (?:account|profile|number))|never send money|don'?t send (?:them|him|her) (?:any )?money|(?:do not|don'?t|never) (?:visit|contact|pay|trust|reply to|answer|fall for) (?:them|these|those|such (?:sites?|people|offers?|companies|accounts?|services?)|him|her)\b|never pay (?:a|any|the) (?:\w+ )?(?:tax|taxes|fee|fees)\b|(?:do not|don'?t|never) (?:pay|trust|send money to) (?:anyone|anybody|someone|people|companies|firms) (?:who|that) (?:claims?|says?|promises?|offers?)\b|legitimate (?:agencies|firms|companies|lawyers|banks|services|recovery services|authorities) (?:do not|don'?t|never|will never|would never) (?:charge|ask)\b|(?:advise|advises|advised|urge|urges|urged|warn|warns|warned) (?:anyone|everyone|people|customers|users|the public|consumers|residents|members|parents|seniors|investors|older people)\b|(?:delete|ignore) (?:it|them|the (?:message|text|email)|such (?:messages|texts|emails|calls)) and (?:block|report|log in|call|contact your)|(?<!\b(?:will|'ll|would|shall|we|i) )report (?:it|them|the (?:message|number|account|profile)) (?:to (?:the )?(?:police|fbi|ftc|ic3|authorities|platform|bank|regulator))\b|(?<!\b(?:will|'ll|would|shall|we|i) )report it(?=[:;.!]))\b/,
    description:
      'Warns someone ("do not visit them", "never pay such sites"), or tells of reporting or blocking the other person.',
    examples: {
      hit: [
        'Beware of anyone who asks you to move to WhatsApp',
        'I reported the account and blocked him',
        'They promise to get your money back for a fee, do not visit them',
        'never pay such companies anything upfront',
        'Never pay a withdrawal tax to get your own money out',
        'Customers should be wary of anyone who offers investment advice on WhatsApp',
        'Consumer groups advise anyone who gets such a text to ignore it',
        'If you get this message, delete it and block the number',
        'If someone offers to recover your crypto for a fee, report it: it is a second fraud',
        'Never pay anyone who claims they can recover your lost crypto for a fee',
        'legitimate agencies do not charge victims to get their money back',
      ],
      miss: [
        'Be there at 5',
        'I will send you the report tomorrow',
        'do not contact anyone else, only my manager',
        'pay the withdrawal tax today so you never pay late fees',
        'if you do not pay today we will report it to the police',
        'I advise you to act fast, this offer ends tonight',
        'my bank card is blocked here on the rig',
      ],
    },
  },
  {
    id: 'DAMPEN_NARRATION_EN',
    languages: ['en'],
    pattern:
      /\b(?:s?he|they|this (?:guy|girl|woman|man|person)|the (?:guy|girl|woman|man|person|profile|match)) (?:then |also |kept |immediately |quickly |suddenly )?(?:asked|told|wanted|tried|convinced|pushed|insisted|claimed|said|started|asking|telling|pushing|trying) (?:me|us|to|that|i)\b/,
    description: 'Tells, in reported speech, what another person asked or claimed.',
    examples: {
      hit: ['Then she asked me to download an app and invest', 'he kept asking me for gift cards'],
      miss: ['Can you ask him to call me?', 'I asked her to dinner'],
    },
  },
  {
    id: 'DAMPEN_NEWS_EN',
    languages: ['en'],
    pattern:
      /\b(?:police (?:said|say|warn)|authorities|(?<!\b(?:our|my|blockchain|crypto|cyber|certified|licensed|private|professional|expert|forensic) )investigators|prosecutors|according to (?:the )?(?:police|fbi|ftc|report|regulators?|officials|investigators|authorities|prosecutors|court (?:documents|records|filings)|complaint|indictment)|(?:told|asked|instructed|promised|urged) (?:the |their |many |some )?victims\b|victims? (?:lost|were|say|said|of (?:the |a |an )?(?:scam|fraud|scheme|romance|crypto|investment))|losses? (?:of|totall?ing)|reported losses|the fbi|the ftc|scam compounds?|trafficked|told (?:reporters|journalists|the (?:court|jury|bbc|guardian|times|press))|the court (?:heard|was told)|the defendants?|pleaded (?:guilty|not guilty)|sentenced to|(?:one|another|a) victim (?:said|says|told|recalled|explained|described)|\b(?:a|an) (?:\d{2}-year-old )?(?:man|woman|retiree|pensioner|grandmother|grandfather|widow|widower|nurse|teacher|engineer|student|couple|doctor|father|mother) (?:in|from) [a-z]{3,20}(?: [a-z]{3,20})? (?:lost|was (?:scammed|tricked|conned|defrauded|cheated)|handed over|sent)\b|victims (?:were|are|had been) (?:told|asked|shown|lured|persuaded|promised|contacted|instructed)|researchers (?:found|find|say|said|analy[sz]ed|studied|traced)|(?:investigators|officials|regulators) (?:say|said|warn|warned|believe)|the (?:study|report|survey|analysis|advisory|investigation|complaint|indictment|regulator) (?:found|finds|says|said|shows|showed|lists|listed|describes|described|alleges|warned|warns)|in a statement|a spokes(?:person|man|woman) (?:for|said))\b/,
    description: 'News or official-report language about fraud.',
    examples: {
      hit: [
        'Police said the victims lost $3 million',
        'According to the FBI, losses totalled $4bn',
        '"I could earn 30% a week," one victim told reporters.',
        'The court heard that the defendant promised investors a fixed daily return',
        'Victims were told to pay a tax before they could withdraw',
        'Researchers analysed hundreds of chat logs and found the same opening lines',
        'The advisory lists the usual red flags of an investment fraud',
        'In a statement, the regulator said the app was never licensed',
        'A man in Ohio lost $40,000 after a woman he met online told him to deposit more',
        'a 67-year-old widow from New Jersey was scammed out of her savings',
        'The bureau does not exist, according to regulators',
        'the agents told victims their funds had been traced',
      ],
      miss: [
        'Send me the police report number for the insurance',
        'The victim of the joke was Tom',
        'Your son was arrested, send the bail money now',
        'your parcel was seized by customs, pay the fee to release it',
        'Our team of certified blockchain investigators can trace your funds',
        'Read the report and tell me what you think of the numbers',
      ],
    },
  },
  {
    id: 'DAMPEN_WARNING_ZH',
    languages: ['zh'],
    pattern:
      /(?<!不是|并非|絕不是|绝不是)(?:骗子|被骗|受骗|上当了|谨防|警惕|防骗|防范(?:电信)?(?:网络)?诈骗|反诈(?:宣传|提醒)|提醒(?:大家|广大|您)?(?:注意|小心|谨防|警惕)|切勿|不要轻信|谨慎|诈骗手法|骗局|都是诈骗|均为诈骗|凡是[^\n]{0,30}都是|警方(?:表示|提醒|提示|通报|介绍|发布|指出|呼吁|调查)|记者(?:调查|了解|获悉|采访|走访)|据(?:警方|报道|报导|了解|统计|通报)|诈骗(?:团伙|分子|份子|集团)(?:会|常|往往|通常|多|冒充|假冒|谎称|佯称|利用虚假)|公安部(?:通报|发布|公布)|破获[^\n]{0,20}案件|捣毁[^\n]{0,20}团伙)/,
    description:
      'Chinese warning or victim language (骗子, 被骗, 谨防, 警惕, 防范诈骗), Simplified or Traditional (the text and the pattern are folded to Simplified, han.ts); not a reassurance that something is "不是骗子".',
    examples: {
      hit: [
        '警方提醒：谨防冒充客服诈骗',
        '我朋友被骗了五万块',
        '这是骗局，别信',
        '凡是要求先交钱的都是假的',
        '据警方通报，该团伙以高额返利为诱饵',
        '诈骗分子往往以打错电话开头搭讪',
        '警方提醒：謹防假冒客服',
        '我被騙了',
        '網上刷單都是詐騙',
        '記者調查發現，詐騙集團會要求先繳解凍金',
        '公安部通报：今年以来全国共破获电信网络诈骗案件数十万起',
        '警方捣毁一个跨境洗钱团伙',
      ],
      miss: [
        '明天下午三点开会',
        '请按时还款',
        '这是银联的邀请码，不是骗子的卡号哦',
        '您的银行卡涉嫌被诈骗团伙利用，请配合调查',
        '明天見',
        '這不是騙子的帳號',
        '您的帳戶遭詐騙集團利用，請立即配合監管',
      ],
    },
  },
  {
    id: 'DAMPEN_WARNING_ZH_BLANKET',
    languages: ['zh'],
    pattern: /(?<!不是|并非|绝不是)(?:警惕|切勿|凡是[^\n]{0,30}都是|警方(?:表示|提醒|指出))/,
    description:
      'Chinese blanket warnings and police statements (警惕, 切勿, 凡是…都是, 警方提醒): a second warning signal beside DAMPEN_WARNING_ZH, so a police notice counts as strongly as before the Traditional fold (these words are the same in both scripts).',
    examples: {
      hit: ['警方提醒：不要轉賬給陌生人', '切勿相信', '凡是要求先交钱的都是假的'],
      miss: ['我被骗了', '明天見', '这不是骗子'],
    },
  },
  {
    id: 'DAMPEN_SCAM_WORDS_PACK',
    languages: PACK_LANGUAGES,
    pattern:
      /(?<!\b(?:no es|no son|sin|nada de|cero|anti|não é|não são|sem|pas une?|pas d'|pas de|kein|keine|bukan|bkn|tidak|tdk|awas|hati2|hati-hati|hati hati|hindi|không|không phải|chẳng phải) (?:una? |um |uma )?)(?<![-/_.])\b(?:estafa(?:s|dor|dores|dora|doras|da|do|dos|das)?|fraudes?|golpistas?|arnaque(?:s|urs?|use|uses)?|escroc(?:s|querie|queries)?|betrug(?:s|smasche)?|betrüger(?:in|innen|n)?|abzocke|penipuan|penipu|menipu|tertipu|manloloko|panloloko|naloko|niloko|lừa đảo|bị lừa|kẻ gian)\b|(?<!ไม่ใช่|ไม่ได้|ไม่มี|ไม่)(?:มิจฉาชีพ|หลอกลวง|ถูกหลอก|โดนหลอก|แก๊งคอลเซ็นเตอร์|ต้มตุ๋น)|(?:詐欺|騙され|だまされ)(?!では|じゃ|ではありません|ではない)|(?:사기(?:꾼|범|단|수법|조직|범죄|피해|를 당|당했)|보이스피싱|속았)|(?<!नहीं |कोई )(?:ठगी|ठगों|ठग ने|धोखाधड़ी|जालसाज|धोखेबाज)/,
    description:
      'Names scams or scammers in the pack languages (estafa, golpe, arnaque, Betrug, penipuan, panloloko, lừa đảo, มิจฉาชีพ, 詐欺, 사기꾼, ठगी), not "no es estafa", "bukan penipuan", "không lừa đảo" or "ไม่ใช่มิจฉาชีพ". The Indonesian "awas penipuan" that prize lures put in front of their own number is left out too.',
    examples: {
      hit: [
        'La policía advirtió que los estafadores piden pasar la conversación a WhatsApp',
        'Os golpistas prometem lucros garantidos',
        'Attention aux arnaques à la crypto',
        'Die Betrüger versprechen hohe Gewinne',
        'Waspada modus penipuan kerja paruh waktu',
        'Mag-ingat sa panloloko online',
        'Cảnh giác với thủ đoạn lừa đảo đầu tư',
        'ระวังมิจฉาชีพชวนลงทุน',
        '投資詐欺に注意してください',
        '투자 사기꾼들이 수익을 보장한다며 접근합니다',
        'ऑनलाइन ठगी से सावधान रहें',
      ],
      miss: [
        'No es estafa, es una plataforma real',
        'Não é golpe, é lucro garantido',
        'Bukan penipuan, hadiah resmi dari kami',
        'Hati2 penipuan, hubungi CS resmi kami',
        'Uy tín, không lừa đảo',
        'ไม่ใช่มิจฉาชีพนะคะ',
        '詐欺ではありません、安心してください',
        '오늘 사기가 높아요',
        'de golpe empezó a llover',
        'transfer sekarang ke rekening ini. see more at: inilah.com/read/awas-modus-penipuan-sms-baru',
      ],
    },
  },
  {
    id: 'DAMPEN_NEWS_PACK',
    languages: PACK_LANGUAGES,
    pattern:
      /\b(?:la policía (?:advirtió|advierte|informó|alertó|dijo|explicó|señaló|detuvo|recomienda)|según (?:la policía|las autoridades|la fiscalía|el informe)|las? víctimas? (?:perdió|perdieron|denunció|denunciaron)|la fiscalía|a polícia (?:alertou|alerta|informou|disse|explicou|prendeu)|segundo (?:a polícia|as autoridades|o relatório)|as? vítimas? (?:perdeu|perderam|denunciou|denunciaram)|selon (?:la police|les autorités|le parquet|l'enquête)|la police (?:met en garde|alerte|rappelle|a arrêté)|les victimes (?:ont|avaient)|laut (?:polizei|staatsanwaltschaft|ermittlern)|die polizei (?:warnt|rät|teilt mit)|(?:polisi|polri|polda|polres|ojk|kominfo) (?:mengimbau|menghimbau|mengingatkan|mengatakan|menyebut|menjelaskan|menangkap|meringkus|mengungkap|memperingatkan)|menurut (?:polisi|pihak kepolisian|ojk)|kata polisi|korban (?:mengalami kerugian|kehilangan|mengaku|melapor)|para korban|ayon sa (?:pulisya|pnp|nbi|awtoridad|mga awtoridad|ulat)|(?:hinuli|inaresto|dinakip|hinarang) ng (?:nbi|pnp|pulisya|mga pulis|cidg|awtoridad)|nagbabala ang|theo (?:cơ quan )?(?:công an|cảnh sát)|các nạn nhân|nạn nhân (?:đã mất|bị mất|mất))\b|(?:cảnh sát|công an)[^.\n]{0,30}(?:cho biết|khuyến cáo|cảnh báo|bắt giữ|triệt phá)|ตำรวจ(?:เตือน|เผย|ระบุ|แนะนำ|จับกุม|รวบ)|ผู้เสียหาย(?:ได้|ถูก|แจ้ง|เล่า|สูญ|กว่า|จำนวน|รายนี้)|(?:だまし取った|騙し取った|詐取した)(?:疑い|として)|(?:容疑者|グループ)を逮捕|警察(?:によると|は[^。\n]{0,20}(?:呼びかけ|注意を|逮捕|発表))|容疑者|경찰(?:에 따르면|청은)|(?:밝혔다|당부했다|검거했다)|피해자들은|पुलिस (?:ने (?:बताया|कहा|चेतावनी)|के अनुसार)|police ne bataya|police ke anusar/,
    description:
      'News or police language about fraud in the pack languages ("la policía advirtió", "segundo a polícia", "polisi mengimbau", "ayon sa pulisya", "công an cho biết", "ตำรวจเตือน", "警察によると", "경찰에 따르면", "पुलिस ने बताया"). A bare word for police is not enough: impersonation lures use it too.',
    examples: {
      hit: [
        'Según la policía, la víctima perdió 40.000 euros',
        'A polícia alertou que os criminosos cobram taxas',
        'Polisi mengimbau masyarakat agar tidak tergiur',
        'Ayon sa pulisya, nawala ang ipon ng biktima',
        'Công an tỉnh cho biết nạn nhân đã chuyển 2 tỷ đồng',
        'ตำรวจเตือนอย่าหลงเชื่อ',
        '警察によると、女性は投資アプリに送金した',
        '경찰에 따르면 피해자는 3억 원을 송금했다',
        'पुलिस ने बताया कि पीड़ित से टैक्स मांगा गया',
        '「必ず儲かる」と投資を勧誘し、5億円をだまし取ったとして、警察がグループを逮捕した',
        'Balita: Hinuli ng NBI ang grupong nangangako ng guaranteed na kita sa crypto',
        'Polisi mengingatkan, pihak yang mengaku bisa memulihkan dana korban penipuan dan meminta biaya adalah penipu',
      ],
      miss: [
        'Papa lagi di kantor polisi, kirim pulsa sekarang',
        'Ito ay mula sa pulisya, bayaran ang multa ngayon',
        'Đây là công an, tài khoản của bạn liên quan đến rửa tiền',
        'ตำรวจโทรมาแจ้งว่าบัญชีของคุณผิดกฎหมาย',
        '警察です。あなたの口座が犯罪に使われています',
        '경찰청 수사관입니다 계좌가 도용되었습니다',
      ],
    },
  },
  {
    id: 'DAMPEN_VICTIM_STORY_EN',
    languages: ['en'],
    pattern:
      /\b(?:i (?:was|got|have been|had been) (?:contacted|texted|messaged|approached|lured|caught|tricked|targeted|added|scammed|duped)|i (?:met|matched with) (?:someone|a (?:girl|guy|woman|man|lady|person))|i was introduced to|my (?:sister|brother|friend|mom|mum|dad|wife|husband|family member|colleague) (?:shared|sent|got|received|was|fell)|(?:tell you|here is|this is) my story|has anyone|anyone else|is this a scam|(?:hope|hoping) (?:this|my story|it) (?:helps|will help)|my (?:story|experience) with|scam ?bait(?:ing|er|ers)?|(?:she|he|they) (?:sent|gave|showed) me (?:a|the|her|his|their) (?:link|app|website|screenshots?))\b/,
    description:
      'A victim or bystander telling what happened ("I was contacted", "has anyone", "is this a scam?").',
    examples: {
      hit: [
        'I was contacted on Tinder by a woman who',
        'Has anyone else had this happen?',
        'they sent me a link to an app',
      ],
      miss: ['Contact me on WhatsApp', 'I will send you the link'],
    },
  },
  {
    id: 'DAMPEN_SCEPTIC_EN',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`(?:(?<!\b(?:loss|losses|losing|lose|risk|risks|failure) )\b(?:is|are|'s|sounds?|seems?) (?:simply |just |basically |totally |completely |clearly |obviously )?(?:impossible(?!\sto\b)|unrealistic|unsustainable|not (?:realistic|sustainable|possible)|a (?:lie|myth|ponzi(?: scheme)?))\b|\b(?:guaranteed (?:returns?|profits?|income)|risk[- ]free (?:returns?|profits?|investments?)|free money|(?:returns?|profits?) like (?:that|this)) (?:don'?t|do not|doesn'?t|does not|never) exist\b|(?<!\bknow (?:it |this |that )?)\b(?:sounds?|seems?|looks?|is|are) too good to be true\b|\b(?:anyone|anybody|everyone|people|whoever) (?:promising|offering|guaranteeing|who (?:promises?|offers?|guarantees?)) (?:that|this|it|such|you)\b[^.?!\n]{0,40}\b(?:is|are) (?:lying|a liar|liars|scamming you|lying to you)\b)` +
        NOT_BEFORE_BUT,
    ),
    description:
      'A sceptic\'s verdict on a promise ("5% a day is impossible", "guaranteed returns don\'t exist", "anyone promising that is lying"), not when a "but" follows ("it sounds too good to be true, but...").',
    examples: {
      hit: [
        'Daily profit of 5% is impossible long term, anyone promising that is lying',
        "Guaranteed returns don't exist in crypto",
        'a fixed 2% a day sounds too good to be true',
      ],
      miss: [
        'I know it sounds too good to be true, my first withdrawal came in 10 minutes',
        "It is impossible to lose with my uncle's signals",
        'people say it is a lie but I withdrew 8,000 yesterday',
        'with this bot losses are simply impossible',
        'Losing is impossible when you follow the signals',
      ],
    },
  },
  {
    id: 'DAMPEN_SAFETY_NOTICE_EN',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`(?:\b(?:(?:we|we'll|we will|(?:your|the|our|a real|a genuine) (?:bank|platform|exchange|company|staff|team|police)|(?:real |genuine |legitimate )?(?:banks|exchanges|platforms|the police|police officers)) (?:will |would |do |does )?never ask|(?:real|genuine|legitimate|official) (?:agencies|authorities|lawyers|law firms|recovery services|employers|companies|investigators|regulators) (?:will |would |do )?never (?:ask|charge|request)|no (?:real |genuine )?(?:bank|exchange|platform|police) (?:will|would) (?:ever )?ask|never (?:share|give|tell) (?:your|this|the|any) (?:otp|code|password|pin|details)|do not share (?:your|this|the) (?:otp|code|password|pin|details) with)\b)` +
        NOT_BEFORE_BUT,
    ),
    description: 'A bank or platform safety notice ("we will never ask you to...", "never share your code").',
    examples: {
      hit: [
        'We will never ask you to share your OTP.',
        'Never share your PIN with anyone',
        'Our bank will never ask you to pay a fee to unlock your funds',
        'No real exchange would ever ask you to pay tax before a withdrawal',
        'Banks will never ask you to move your savings to a safe account',
        'legitimate agencies never charge victims to get their money back',
      ],
      miss: [
        'Please share the code with me',
        'I never asked for this',
        'the bank asked me to call back',
        'unlike other firms, we never charge an upfront fee',
        'Our bank will never ask for your PIN, but your account is compromised: move your savings now',
      ],
    },
  },
  {
    id: 'DAMPEN_SAFETY_NOTICE_PACK',
    languages: PACK_LANGUAGES,
    pattern: new RegExp(
      String.raw`(?:\b(?:(?:el banco|los bancos|nuestro banco|la policía|o banco|os bancos|a polícia|la banque|die bank) (?:nunca|jamás|jamais|nie(?:mals)?) (?:te |le |les |lhe |lhes |vous |sie |dich )?(?:pedirá|pide|piden|pedirán|solicita|solicitará|pede|pedem|vai pedir|demandera|demande|fragt|wird)|nunca compartas|no compartas (?:este|tu|su|el) (?:código|pin|otp)|não compartilhe|(?:bank|kami|polisi|petugas(?: bank)?) tidak (?:pernah|akan) (?:meminta|menelepon|menghubungi)|jangan (?:berikan|bagikan|beritahukan) (?:kode|otp|pin|password)|hindi kailanman (?:hihingin|hihilingin|hihingi|tatawag)|huwag (?:ibigay|ibahagi) (?:ang|itong|ito)\b|không (?:bao giờ|khi nào) (?:yêu cầu|đề nghị|gọi điện)|không (?:cung cấp|chia sẻ|tiết lộ) (?:mã|otp|mật khẩu))|ธนาคาร(?:จะ)?ไม่(?:มีนโยบาย)?(?:ขอ|ให้|โทร)|(?:ห้าม|อย่า)บอกรหัส|(?:요구하지 않습니다|요구하지 않아요|알려주지 마세요|알려 주지 마세요)|(?:お尋ねする|お願いする|求める|お聞きする|伺う)ことは(?:ありません|ございません)|教えないでください|(?:बैंक|पुलिस) कभी(?: भी)? [^।\n]{0,30}नहीं (?:मांग|पूछ|करता|करती)|साझा न करें)` +
        NOT_BEFORE_BUT,
    ),
    description:
      'A bank or police safety notice in the pack languages ("el banco nunca te pedirá", "jangan berikan kode OTP", "không bao giờ yêu cầu", "ธนาคารไม่มีนโยบายขอ", "요구하지 않습니다", "お尋ねすることはありません", "साझा न करें"). Not when a "but" follows: the fake officer\'s reassurance ("the bank never asks for transfers, but your case is special") is a script.',
    examples: {
      hit: [
        'Nuestro banco nunca te pedirá la clave por teléfono',
        'Jangan berikan kode OTP kepada siapa pun',
        'Ngân hàng không bao giờ yêu cầu khách hàng cung cấp mật khẩu',
        'ธนาคารไม่มีนโยบายขอข้อมูลทางโทรศัพท์',
        '은행은 전화로 비밀번호를 요구하지 않습니다',
        '当行の職員が暗証番号をお尋ねすることはありません',
        'अपना पिन किसी के साथ साझा न करें',
        'Hindi kailanman hihingin ng bangko ang iyong PIN',
      ],
      miss: [
        'Envíame el código que te llegó por SMS',
        'Kirim kode OTP yang masuk ke HP kamu sekarang',
        'Đọc mã OTP cho nhân viên để xác minh',
        'แจ้งรหัส OTP ให้เจ้าหน้าที่ด้วยค่ะ',
        '인증번호를 알려주시면 바로 처리해 드리겠습니다',
        '認証コードを教えてください',
        'OTP बताइए, आपका खाता बंद हो जाएगा',
        'Ngân hàng không bao giờ yêu cầu chuyển tiền, nhưng hồ sơ của chị liên quan đến rửa tiền',
        'Nuestro banco nunca te pedirá la clave, pero tu cuenta está comprometida',
      ],
    },
  },
];
