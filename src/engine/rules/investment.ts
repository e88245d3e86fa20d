import { BIG_MONEY, MONEY, PERCENT, SHORT_SPAN } from '../fragments.ts';
import type { Rule } from '../types.ts';

/** Ordinary savings and retirement products: a relative who helps with these is not the mentor. */
const ORDINARY_VEHICLE =
  '(?:index funds?|pensions?|401 ?k|roth|ira|isa|etfs?|retirement|mutual funds?|bonds?|savings|mortgage|super(?:annuation)?)';

/** One character of a span that does not cross a condition word ("get $50 when they deposit …"). */
const NO_CONDITION = String.raw`(?:(?!\b(?:when|if|once|after|provided)\b)[^.?!\n])`;

/** The pitch: mentors with signals, impossible returns, profit stories, platforms, small starts. */
/** Chinese: an app store, and "cannot be found / is not listed there" (INVEST_APP_OFFSTORE_ZH). */
/** INVEST_WIN_RATE, read either way round ("the signals have a 95% accuracy rate", "her win rate is
 * above 90%"): who claims it, the rate words, and the 85–100% figure. */
const WIN_SIGNALS = String.raw`\b(?:signals?|calls|picks|tips)\b[^.?!\n]{0,30}?\b`;
const WIN_TRADER = String.raw`\b(?:analyst|teacher|mentor|coach|strateg(?:y|ies)|bot|robot|trades|trading)(?:'?s)?\b[^.?!\n]{0,30}?\b`;
const WIN_RATE_ANY = '(?:win(?:ning)?|success|accuracy|hit) (?:rate|ratio)';
const WIN_RATE_TRADE = '(?:win(?:ning)?|success) (?:rate|ratio)';
const WIN_CLAIM =
  ' (?:is |of |reaches |reached |has been |was )?(?:always |consistently )?(?:above |over |at least |more than |up to |around |nearly )?';
const WIN_HIGH = String.raw`(?:8[5-9]|9\d|100)(?:\.\d)?\s?%`;

const ZH_APP_STORE = '(?:应用商店|應用商店|苹果商店|蘋果商店|app ?store|应用市场|應用市場|商店)';
const ZH_NOT_IN_STORE = '(?:搜不到|下载不了|下載不了|找不到|没有上架|沒有上架|下不了)';

export const INVESTMENT_RULES: readonly Rule[] = [
  {
    id: 'INVEST_MENTOR',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`\b(?:my|our) (?:uncle|aunt|auntie|mentor|tutor|analyst|financial (?:adviser|advisor)|professor|coach|teacher)\b[^.?!\n]{0,60}\b(?:signals?|insider|inside information|trad(?:e|es|ing)|invest(?:ing|ment)?(?! bank)|crypto|profits?|market (?:window|timing|trend)s?|when to (?:buy|sell|enter)|analy[sz]es the market|team (?:that|who) analy[sz]es)\b(?![^.?!\n]{0,30}\b${ORDINARY_VEHICLE}\b)|\b(?:my|our) (?:uncle|aunt|auntie|mentor|analyst|professor)\b[^.?!\n]{0,60}\bvip (?:group|spot|seat|room|channel)\b|\b(?:trad(?:e|es|ing)|invest(?:ing)?|crypto|forex|gold|futures|contracts?)\b(?:(?!\b${ORDINARY_VEHICLE}\b)[^.?!\n]){0,40}\b(?:my|our) (?:uncle|aunt|auntie|mentor|tutor|analyst|professor|teacher) (?:taught|teaches|showed|shows|guides|guided|trains|trained|helps|helped) (?:me|us)\b|\binsider (?:information|info|news|signals?|tips?)\b|\b(?:my|her|his|the best|a (?:reliable|legit|trusted|genuine|good)|(?:i am|i'm|as) your) (?:crypto |bitcoin |forex |trading )?(?:account|portfolio|investment|fund) manager\b|\b(?:best|greatest|genuine|legit|reliable|honest|trusted|professional|expert) (?:trader|broker|forex trader|crypto trader|account manager|investment manager|mentor|analyst)\b`,
    ),
    description:
      'A mentor, relative, analyst or "account manager" with insider signals or great trading skill.',
    reason: 'reason_invest_mentor',
    examples: {
      hit: [
        'My dear, I told my mentor about you and he agreed to give you a spot in the VIP group, it is usually only for his family',
        'What do you do for work? I also trade a little in my free time, my aunt taught me.',
        'My uncle is an analyst and he gets insider signals every day',
        'honestly the most reliable trader I know',
        'my account manager handles everything for me',
        "hello, I'm your account manager, I will guide you through your first trade",
      ],
      miss: [
        'I play the piano in my free time, my aunt taught me.',
        'I started investing in an index fund with my pension, my uncle helped me open the account.',
        'my aunt helped me invest in a retirement fund at her bank',
        'My uncle loves fishing',
        'the manager approved the budget',
        'Jane Doe will join the desk as portfolio manager for the gulf region',
        'join our portfolio manager on Tuesday for a live Q&A on dividend investing',
        'my teacher put me in the VIP group for the school trip because I paid early',
        'My uncle works at an investment bank and says nobody can predict the market.',
      ],
    },
  },
  {
    id: 'INVEST_SECRET_METHOD',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:follows?|following|based on|uses?|using|relies on) (?:big data|an? ai (?:system|model|robot)|ai signals|(?:a |an )?(?:quantitative|quant) (?:model|system|strategy))\b[^.?!\n]{0,60}?\b(?:buy|sell|enter|trade|trading|profit|never lose|right (?:time|moment))\b|\b(?:we|i) only (?:buy|sell|enter|trade) (?:at|in) the right (?:time|moment|point)\b/,
    description:
      'The mentor\'s secret method: "she follows big data and we only buy at the right time" (weak alone; tips a thread).',
    reason: 'reason_invest_mentor',
    examples: {
      hit: [
        'Not with her method, she follows big data and we only buy at the right time.',
        "It's based on big data, we never lose.",
      ],
      miss: [
        'our team uses big data to plan the delivery routes',
        'I only buy at the supermarket on Sundays',
      ],
    },
  },
  {
    id: 'INVEST_GUARANTEED',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`(?<!\bno |\bnot |\bnever |\bisn't |\bnothing )\b(?:guaranteed? (?:profits?|returns?|income|earnings?|payouts?|roi)|risk[- ]free (?:investment|trading|profits?|returns?)|(?:no|zero) risk (?:of loss|investment|trading)?|100% (?:safe|sure|guaranteed|profit|returns?)|can'?t lose|(?:make|earn|get) twice your (?:investment|money|capital)|i (?:assure|guarantee) you (?:of )?(?:earning|making|a profit|profits?|returns?)|double your (?:money|capital|investment|btc|bitcoin|daily)|(?:earn|make|get|making|earning|receive)\b${NO_CONDITION}{0,25}?${MONEY}${NO_CONDITION}{0,30}?\b(?:with)?in (?:just |only |the next )?${SHORT_SPAN}|\b\d{2,4}x (?:gem|returns?|profits?)|\b(?:we|you) (?:will|'ll|are going to) (?:get|make|earn|see) (?:at least )?\d{2,4} ?% (?:when|after|once|as soon as) (?:it|the (?:coin|token|project)) (?:lists|is listed|launches|goes live)\b|guaranteed \d{1,4}\s?% (?:profits?|returns?|gains?|roi)\b|high (?:returns?|profits?|roi)\b[^.?!\n]{0,60}?\b(?:with)?in (?:just |only )?${SHORT_SPAN}|\b(?:profits?|earnings) (?:will |would )?(?:come back|come in|arrive|be (?:credited|paid|returned)) (?:with)?in (?:just |only )?${SHORT_SPAN}|(?:even )?if you lose\b[^.?!\n]{0,20}\bi(?:'ll| will) (?:cover|pay|compensate|refund|make up for) (?:it|them|the loss|your loss(?:es)?|everything)|\b(?:i|we) (?:would|will|'d|'ll) never let you lose (?:any |a )?(?:money|penny|cent|dollar|capital|investment|funds)|(?<!\b(?:can'?t|cannot|never|not|to|how to|possible to) )\b(?:invest|trade) (?:with (?:us|me|them)|here|there|now)?\b[^.?!\n]{0,20}?\bwithout (?:any |a single )?(?:loss|lose|losing)(?:es)?\b(?![^.!?\n]{0,60}\?)|\b(?:i|we) (?:made|earned|gained|got) (?:a )?\d{1,3}(?:\.\d{1,2})?\s?% (?:profit |return |gain )?(?:on [^.?!\n]{0,25}?)?in (?:just |only )?\d{1,3} (?:minutes|mins|seconds|secs|hours?|hrs?)\b)`,
    ),
    description: 'Guaranteed or risk-free returns, doubling money, or big sums earned within hours or days.',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: [
        'the pre-sale closes tonight and we will get 300% when it lists',
        'I have done this for three years, trust me, I would never let you lose money.',
        "Today we made 18% on the ETH contract in just 30 minutes, the analyst's team was right again.",
        'We buy the coin at the presale price and sell it when it lists, guaranteed 300% profit',
        'you can earn $5,000 within 48 hours with my method',
        'guaranteed profit every week, no risk',
        'we double your money in one week',
        'learn how to make 50k in just 3 days',
        'even if you lose I will cover it for you',
        'a company that pays high returns plus your capital back in 48hrs',
        'join us and trade here without any loss, our analysts carry the risk',
      ],
      miss: [
        'We will get 20% off when the store launches next week',
        'Refer a friend and you both get $50 when they deposit $100 and trade within 30 days',
        'The stock went up 3% in 30 minutes after the earnings call, crazy day.',
        'I would never let you lose your way, I will drive you there.',
        'there is no guaranteed return in stocks',
        'I earned $20 mowing lawns last summer',
        'high returns usually come with high risk over many years',
        "you can't invest without losses now and then",
        'is it possible to invest without any loss?',
      ],
    },
  },
  {
    id: 'INVEST_PERCENT_PERIOD',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern: new RegExp(
      String.raw`${PERCENT}\s?(?:-\s?\d{1,3}\s?%\s?)?(?:(?:roi|returns?|profits?|interest|yield) )?(?:(?:per|a|each|every|\/|mỗi|một|al|por|cada|setiap|bawat|kada|ต่อ|每|一)\s?(?:day|week|hour|ngày|tuần|hari|minggu|día|dia|semana|araw|linggo|วัน|สัปดาห์|日|天|周|週|일|주)|(?:daily|weekly|hourly|diario|diaria|semanal|harian|mingguan|sehari|seminggu|perhari|hằng ngày|hàng ngày|hàng tuần|每日|每天|每周|每週|ต่อวัน|매일|하루))|(?:daily|weekly|hourly) (?:returns?|profits?|interest|roi|yield|income) (?:of )?(?:up to |about |around )?${PERCENT}|(?:日|每日|每天|周|週)(?:收益|利率|回报|回報|返利|化收益)(?:率)?[^\n]{0,6}\d{1,3}(?:\.\d{1,2})?\s?%`,
    ),
    description: 'Returns quoted as a percentage per day or per week (any language).',
    reason: 'reason_invest_percent_period',
    examples: {
      hit: [
        'steady 3% per day on the pool',
        'daily return of 5%',
        '日收益高达3.5%',
        'a plan that offers 2.86% roi daily',
      ],
      miss: [
        'interest rate rose to 5% this year',
        '20% off today only at our store',
        'cổ phiếu tăng 3% tuần này',
        'saham naik 4% minggu lalu',
      ],
    },
  },
  {
    id: 'INVEST_PROFIT_STORY',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`\b(?:invest(?:ed|ing)?|deposit(?:ed|ing)?|started? (?:with|trading with)|investment of|put in|with (?:just|only|a (?:little|small|token|lower|minimum))|test the waters with|capital of)\b[^\n]{0,60}?${MONEY}[^\n]{0,80}?\b(?:got|get|gets|received?|withdr[ae]w|withdrawing|withdrawn|withdrawal of|made|make|earn(?:ed)?|profit(?:ed)?|return(?:ed)? of|returns? of|payout|cashed out|now (?:i )?(?:have|make))\b[^\n]{0,40}?${MONEY}|${MONEY}[^.?!\n]{0,20}?\b(?:has become|became|turns?(?: into)?|turned(?: into)?|grew to|to over|into)\s?(?:over |about |almost )?${MONEY}|\b(?:made|earned|got|received|withdr[ae]w|profits? of|making)\b[^\n]{0,15}?${MONEY}[^\n]{0,40}?\b(?:with|from|after investing)(?: (?:just|only|a|an|my))? (?:investment of |capital of )?${MONEY}|\b(?:(?:gave|give|giving) (?:(?:it|her|him|them|the platform) )?a (?:try|trial|shot) |(?:tried|try|trying) (?:(?:it|her|him|them|the platform) )?)with (?:a (?:lower|small|little|minimum) (?:amount|sum|investment) of )?${MONEY}[^\n]{0,80}?\b(?:profits?|returns?|payout|withdr[ae]w|withdrawal)\b[^\n]{0,25}?${MONEY}|\bput (?:in )?${MONEY} (?:in|into|on) (?:the |this |that |my |a |an |her |his )?(?:gold|btc|bitcoin|eth|crypto|contracts?|futures|platform|app|trading|forex|mining|signals?)\b[^\n]{0,40}?\b(?:grew to|has grown to|turned into|became|is now|went up to|got back|made|earned|withdr[ae]w)\b[^\n]{0,20}?${MONEY}`,
    ),
    description: 'A profit story: invested a small sum, got a large one back.',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: [
        'I invested $800 and two weeks later I received $9,200',
        'my $1500 became $12,400 in a month',
        'I made 4200usd with only 300usd',
        'with an investment of $600 I made a withdrawal of $7,500',
        'I put 15k into the gold contract and it grew to 26k in ten days',
        'so i gave her a try with $300 and after a week i withdrew a profit of $3,900',
        'i tried with a small amount of $250 and got a profit of $2,800',
      ],
      miss: [
        'I invested $500 in my bike and it broke',
        'rent is $1200 and I made $900 this month',
        'I put $40 in the parking meter and still got a $60 ticket',
        'I tried it with $20 of gas and got $15 back in change',
        'my brother tried with $50 on a slot machine and got $200 back, lucky him',
      ],
    },
  },
  {
    id: '__TESTIMONY_CLOSE',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /(?<!\b(?:do not|don'?t|never|nobody should|no one should) )\b(?:you will never regret|you won'?t regret|kindly (?:inbox|dm|message|contact|reach out to|write to) (?:her|him|them)\b|(?:inbox|dm|message|contact) (?:her|him|them) (?:now|today|right away|via|on|through) @)/,
    description:
      'Building block: how a testimonial shill closes ("kindly inbox her", "you will never regret it", "contact her via @…"); not "do not contact her".',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: ['kindly inbox her via @jane_fx, you will never regret it', 'contact him via @tradewithmark'],
      miss: ['do not contact her via @jane_fx, it is a scam', 'you will regret buying that car'],
    },
  },
  {
    id: '__SHILL_TESTIMONY',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: { all: ['INVEST_PROFIT_STORY', '__TESTIMONY_CLOSE'] },
    description:
      'Building block: a profit story that closes like a shill ("I tried with $400 and got $4,100 … kindly inbox her"). The shill often opens with fear of fake platforms, so talk-about-scams dampeners do not silence it (__SHILL_OVERRIDE); a victim who lost money does not close by sending readers to the trader.',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: [
        'i was afraid of fake platforms, until a friend told me about mrs @jane_fx. i tried with $400 and received a profit of $4,100 after 5 days, kindly inbox her',
      ],
      miss: [
        'i invested $400 and got $4,100 on screen, then they asked for a tax and i lost everything. do not contact her via @jane_fx',
      ],
    },
  },
  {
    id: 'INVEST_PROFIT_CLAIM',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:(?:got|received?|withdr[ae]w|cashed out|opened my wallet and saw) my (?:profits?|payouts?|returns?|earnings?|payment of)(?![^.?!\n]{0,25}\b(?:insurance|employer|job|work|tax|irs|claim|settlement|pension|boss)\b)|(?:profits?|returns?|payouts?|earnings?) (?:within|in (?:just |only )?)\d{1,3} ?(?:hours?|hrs|days?)|just (?:received|got|withdr[ae]w) (?:my )?(?:\$|profit|payout)|share (?:my|the) (?:joy|happiness|profits?) with you|just made a (?:trade|profit)|receiving huge (?:wins?|profits?))\b/,
    description: 'Claims of profits received, or shared trades and profit screenshots.',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: [
        'closed a great position today, want to share my happiness with you',
        'received my payout within 12 hours, so happy',
        'been receiving huge profits every week',
      ],
      miss: [
        'I received my payslip today',
        'share the cake with you',
        'I got my payout from the insurance finally',
      ],
    },
  },
  {
    id: 'INVEST_TESTIMONIAL',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:testify|testifying|testimony|god ?fearing|highly recommend(?:ing)? (?:her|him|mr|mrs|ms|miss)|(?:she|he|her|him) is (?:very |truly |so |100% |💯 )?(?:legit|trustworthy|the best (?:trader|broker|manager))|(?:her|his) (?:(?:trading|wonderful|amazing|great|excellent|investment) ){0,2}(?:skills?|strategy|strategies|signals|honesty|diligence|precision|trustworthiness|expertise)|(?:trading|investment) (?:skills|strategy) (?:is|are) (?:amazing|wonderful|the best)|(?:she|he) doesn'?t ask for (?:hidden|any|additional) (?:charges|fees)|(?:saved|changed) my (?:life|finances)|free (?:from|of) (?:all )?debts?|beneficiary of (?:mr|mrs|ms|miss|her|his))\b/,
    description: 'A testimonial praising a trader\'s honesty or skill ("testify", "legit", "god fearing").',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: [
        'he is truly legit, a god fearing man',
        'I admire his amazing trading strategy',
        'finally free from debt thanks to her',
      ],
      miss: ['she is the best cook', 'I will speak in court tomorrow about the accident'],
    },
  },
  {
    id: 'INVEST_TEACH',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\bi (?:can|will|could|'ll) (?:teach|show|guide|mentor|help) you\b[^.?!\n]{0,50}\b(?:trad|invest|extra income|make (?:money|profit)|earn|crypto|profit)|\b(?:teach|show|guide) you (?:step by step|how to (?:trade|invest|make money|earn))|\bhelp (?:anyone|\d{1,3}|the first \d{1,3}|ten|five|twenty) (?:interested )?(?:people|persons|person)?[^.?!\n]{0,30}\b(?:earn|make|profit|start earning)|\b(?:follow|listen to) (?:my|our|the teacher's|their|his|her) (?:instructions|signals|guidance)\b|\b(?:are you|r u|would you be) interested in (?:learning|trying|starting)(?: how)?(?: to)? (?:trade|trading|invest(?:ing)?)\b|\bi help (?:people|others|individuals|families|beginners) (?:to )?(?:invest|trade|earn|make (?:money|profits?)|grow their (?:money|income|portfolio))\b/,
    description: 'Offers to teach the user to trade, or to make strangers money.',
    reason: 'reason_invest_teach',
    examples: {
      hit: [
        'I can show you how to trade so you earn on the side',
        'I will help five people start earning with crypto this month',
        'i help people invest and earn more from trading, dm for details',
        'Are you interested in learning how to trade crypto? I can teach you',
      ],
      miss: ['I can teach you to swim', 'can you help me move on Saturday', 'i help people move house'],
    },
  },
  {
    id: 'INVEST_PLATFORM',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:crypto(?:currency)?|bitcoin|btc|usdt|forex|fx|gold|binary options?|contract|futures|liquidity|defi|mining|quant(?:itative)?|arbitrage|ai|trading) (?:trading )?(?:platform|app|exchange|pool|robot|bot|investment plan)s?\b[^\n]{0,80}\b(?:download|register|sign ?up|open (?:an )?account|deposit|join(?!ed)|link|invest|earn|profit)|\b(?:register|sign up|open) (?:your |an )?account\b[^\n]{0,40}\b(?:start )?(?:earning|earn|profit|trading) (?:in )?(?:crypto|bitcoin|cryptocurrency|forex)|\b(?:liquidity mining|cloud mining|contract trading)\b|\b(?:mining pool|staking pool|quantitative trading)\b[^.?!\n]{0,60}?\b(?:usdt|usdc|stablecoins?|authori[sz]e|node|daily (?:income|returns?|profits?|rewards?)|per day|a day|every day|guaranteed|i (?:can|will|'ll) (?:teach|show|guide))\b|\b(?:trading )?(?:platform|exchange) (?:is )?called [a-z0-9]{3,20}\b[^.?!\n]{0,60}\b(?:download|register|link|sign up|deposit)/,
    description: 'Pushes a crypto, forex, gold or "contract trading" platform or app to register on.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'open an account today and start earning in bitcoin',
        'the trading platform is safe, just download it and deposit',
        'we do liquidity mining with usdt',
        'the platform is called NovaBit, download it from the link I sent',
        'The mining pool sends ETH rewards to your wallet every 6 hours, just authorize the node in your wallet',
      ],
      miss: [
        'Which crypto exchange has the lowest fees?',
        'the platform 9 train is late',
        'The mining pool I joined pays out once my share reaches 0.01 BTC, with my small rig that takes months',
        'my sister works in quantitative trading at a bank in London',
      ],
    },
  },
  {
    id: 'INVEST_MENTOR_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:(?:mio|mia) (?:zio|zia|cugino|cugina|insegnante|mentore|professore|professoressa)(?!\p{L})[^\n]{0,60}(?:segnali|informazioni riservate|dati interni|informazioni privilegiate)|(?:mein|meine) (?:onkel|tante|cousin|cousine|lehrer|lehrerin|mentor|mentorin)(?!\p{L})[^\n]{0,60}(?:signale|insider)|(?:meu|minha) (?:tio|tia|primo|prima|professor|professora|mentor|mentora)(?!\p{L})[^\n]{0,60}(?:sinais|informações privilegiadas|informação privilegiada)|(?:mon|ma) (?:oncle|tante|cousin|cousine|professeur|prof|mentor|mentore)(?!\p{L})[^\n]{0,60}(?:(?:me |m'|nous )(?:donne|envoie|passe|transmet)[^\n]{0,8}signaux|signaux (?:de trading|d'achat|pour (?:le |la )?(?:trading|bourse|crypto|bitcoin|forex))|informations? privil[ée]gi[ée]es?|infos? privil[ée]gi[ée]es?|d'initi[ée]))/u,
    description:
      'Italian, German, Portuguese or French: an uncle, aunt or mentor who passes on trading signals or insider information.',
    reason: 'reason_invest_mentor',
    examples: {
      hit: [
        'Mia zia lavora in un fondo a Singapore e mi passa i segnali per il trading',
        'Mein Onkel ist Analyst und schickt mir jeden Abend Signale für Bitcoin',
        'Meu tio é analista e me passa sinais para operar ouro',
        "Ma tante travaille dans un fonds à Singapour et m'envoie des signaux pour le trading",
      ],
      miss: [
        'Mio zio mi ha insegnato a pescare',
        'Mein Onkel hat mir ein Fahrrad geschenkt',
        'Mon oncle a raté les signaux de la fatigue et il est tombé malade',
      ],
    },
  },
  {
    id: 'INVEST_PERCENT_PERIOD_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:guadagn|rendiment|profitt|verdien|gewinn|rendite|ganh|lucr|rendimento|gagn|rendement|b[ée]n[ée]fic)[^\n]{0,30}?\d{1,3}(?:[.,]\d{1,2})? ?% (?:al giorno|ogni giorno|alla settimana|a settimana|ogni volta|per operazione|pro tag|am tag|täglich|pro woche|jedes mal|pro trade|por dia|ao dia|todo dia|por semana|cada vez|por operação|par jour|chaque jour|par semaine|par trade|par op[ée]ration|à chaque fois)(?!\p{L})|\d{1,3}(?:[.,]\d{1,2})? ?% (?:al giorno|ogni giorno|pro tag|am tag|täglich|por dia|ao dia|par jour|chaque jour)[^\n]{0,30}(?:guadagn|rendiment|profitt|verdien|gewinn|rendite|ganh|lucr|gagn|rendement|b[ée]n[ée]fic)/u,
    description:
      'Italian, German, Portuguese or French: profit quoted as a percentage per day, per week or per trade.',
    reason: 'reason_invest_percent_period',
    examples: {
      hit: [
        'Con questa piattaforma guadagno il 30% al giorno',
        'Wir verdienen 25% pro Tag mit den Kontrakten',
        'Eu ganho 20% por dia nessa plataforma',
        'Sur cette plateforme je gagne 15% par jour',
      ],
      miss: [
        'La batteria perde il 5% al giorno',
        'Die Miete steigt um 3% pro Jahr',
        'La batterie perd 5% par jour même éteinte',
      ],
    },
  },
  {
    id: 'INVEST_SMALL_START',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:you can |just |try to |why not )?(?:start|begin|try|test(?: the waters)?)(?:ing)? (?:with|from) (?:just |only |a small |small )?(?:\$\s?\d{1,3}(?:,\d{3})?(?:\s?-\s?\d{1,3})?k?|\d{1,3}(?:\s?-\s?\d{1,3})?\s?k\b|\d{1,3}(?:,\d{3})?\s?(?:usd|usdt|dollars|bucks)|a small (?:amount|deposit|investment|capital|sum)|a little (?:amount|capital|money))|\bonly (?:a few|a little) (?:\$\$|dollars|bucks)\b|\bit'?s only a few \$|\b(?:it'?s|it is) (?:only|just) (?:\$\s?\d{2,5}|\d{2,5}\s?(?:usd|usdt|dollars|bucks)) to (?:start|begin|join|open)\b|\b(?:the )?minimum (?:deposit |investment |amount |to start )?is (?:only|just) (?:\$\s?\d{2,5}|\d{2,5}\s?(?:usd|usdt|dollars|bucks))\b/,
    description: 'Suggests starting with a "small" first deposit.',
    reason: 'reason_invest_small_start',
    examples: {
      hit: [
        'You can start with 1,000 dollars and test it',
        'you can start with 2k, whatever feels comfortable',
        'just start with a small amount to test',
        'the minimum is only $300 to start',
      ],
      miss: ['start with the salad', 'we start from the station'],
    },
  },
  {
    id: 'INVEST_TALK_DOWN',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`\b(?:that'?s|that is|it'?s|it is|is) (?:way |far |a bit |a little )?too (?:much|big|high|large|risky)(?: for (?:a |your |the )?(?:first|start|beginner|beginning|first time|now)[a-z ]{0,10})?[,.!]{0,3} ?(?:you can |just |you should |let'?s |why not )?(?:start|begin|try|test)(?:ing)? (?:with|from) (?:just |only )?${MONEY}`,
    ),
    description:
      'Talks the user down from a big sum to a smaller first deposit ("that is too much, start with $500"): the scripted show of restraint before the pitch.',
    reason: 'reason_invest_small_start',
    examples: {
      hit: [
        'no no, 20k is too much for a first time. start with $1,000 and see how it goes',
        "that's way too much, you can start with 500 usdt first",
      ],
      miss: ['that is too much salt, start with a pinch', 'the rent is too high, we should start looking'],
    },
  },
  {
    id: 'INVEST_TALK_DOWN_PLATFORM',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: { all: ['INVEST_TALK_DOWN', '__INVEST_WORDS'] },
    description:
      'The talk-down to a smaller first sum with investment words around it (the platform, trading, profits). Alone, "20k is too much, start with 5k" is also how friends talk about rent or a savings plan.',
    reason: 'reason_invest_small_start',
    examples: {
      hit: ['That is too much for a first time, start with $800 and I will guide you on the platform.'],
      miss: ['20k is too much, start with 5k and see how it goes'],
    },
  },
  {
    id: 'INVEST_ONRAMP',
    family: 'investment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:buy|purchase|get) (?:some )?(?:usdt|btc|bitcoin|eth|crypto|tether)\b[^.?!\n]{0,40}\b(?:transfer|send|move|deposit) (?:it |them |the coins? )?(?:to|into) (?:the |my |this |our )?(?:platform|wallet|address|app|account|exchange)\b[^.?!\n]{0,10}\b(?:i|we) (?:send|sent|gave|give|share|shared|will send)\b/,
    description:
      'Buy crypto on a real exchange, then move it to "the platform I sent you": how the money leaves for the fake platform.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'open Binance, buy USDT and then transfer it to the platform I sent you',
        'just buy some bitcoin and send it to the address we gave you',
      ],
      miss: [
        'I buy some bitcoin every month and keep it on my own wallet',
        'send it to the address on the invoice',
      ],
    },
  },
  {
    id: 'INVEST_PROFIT_TODAY',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`\bi (?:made|earned|profited|gained|got) (?:another |over |about |almost )?${BIG_MONEY}[^.?!\n]{0,30}\b(?:on|from|with|in|trading) (?:the |this |my |a )?(?:gold|btc|bitcoin|eth|crypto|contracts?|futures|platform|app|trade|signals?|forex|short[- ]term)\b|\b(?:made|earned|making|earning) (?:over |about |almost )?${BIG_MONEY}[^.?!\n]{0,40}\b(?:with|using|from|thanks to|by following) (?:this|my|the|our|his|her) (?:strategy|method|system|signals?|platform|app|plan|mentor|teacher)\b|\b(?:look at|see|check|here'?s|here is|sending you|sent you|this is|show you|send you) (?:my |the |today'?s )?(?:profit (?:records?|charts?|screenshots?)|trading (?:records?|history)|earnings? (?:screenshots?|records?)|screenshots? of (?:my |the |today'?s )?(?:profits?|earnings?|gains?|trades?|withdrawals?|account))\b`,
    ),
    description: 'Shows off trading profits: "I made $X today on the gold contract", profit screenshots.',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: [
        'Look at my screenshot, I made $12,800 today on the gold contract',
        'here is my profit record for this week',
        'I made over $300k last year with this strategy',
      ],
      miss: [
        'I made $200 at the market stall today',
        'look at my screenshot of the bus times',
        'i made $300 on btc today lol',
      ],
    },
  },
  {
    id: 'INVEST_SAFE_PLATFORM',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:the |this |our |my )?(?:platform|app|exchange|website|broker|investment company)\b[^.?!\n]{0,30}\b(?:is |are )?(?:regulated|licensed|registered|fully legal|very safe|100% safe|secure and legal)\b|\b(?:well |fully |legally )?(?:registered|licensed|regulated) (?:investment|trading|crypto|forex) (?:company|firm|platform)\b[^.?!\n]{0,60}\b(?:invest|deposit|earn|profits?|withdraw)[^.?!\n]{0,80}\b(?:withdraw|deposit|invest|profits?|earn|without (?:any )?(?:loss|lose|losing|risk))|\byou can withdraw (?:(?:your|the) (?:money|funds|profits?|capital) )?(?:at )?any ?time\b|\b(?:register|sign up|open an account|download)\b[^.?!\n]{0,60}\b(?:my |the |this )?(?:invitation|invite|referral) code\b/,
    description:
      'Reassures that the trading platform is regulated and safe, withdrawals any time, or "register with my invitation code".',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'The platform is regulated in the US and Singapore, it is very safe, you can withdraw any time',
        'download the app and register with my invitation code',
        'a fully registered trading company where anyone can invest without any loss',
      ],
      miss: [
        'the pharmacy is licensed, you can pick up any time',
        'I registered for the race',
        'a registered investment firm will tell you that losses are part of investing',
      ],
    },
  },
  {
    id: '__OPEN_ACCOUNT_TEACH',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:i can|i could|i'?ll|i will|let me) (?:show|teach|guide|walk) you\b[^.?!\n]{0,30}?\b(?:if|once|after|when|as soon as) you (?:open|register|create|set up|sign up for) (?:an? |your |the )?(?:own )?(?:trading |investment )?(?:account|wallet)\b|\b(?:open|register|create|set up) (?:an? |your )?(?:own )?(?:trading |investment )?account\b[^.?!\n]{0,25}?\b(?:and|then|,) (?:i(?:'ll| will| can)|let me) (?:show|teach|guide|walk) you\b/,
    description:
      'Building block: "open an account and I will show you how" (the English form of 你开个户我带你做).',
    reason: 'reason_invest_teach',
    examples: {
      hit: [
        'I can show you how if you open an account',
        'open your own trading account, then I will guide you',
      ],
      miss: ['I can show you the flat if you come on Sunday', 'open a window and let me show you the view'],
    },
  },
  {
    id: '__SIGNAL_SHARE',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:shares?|sharing|sends?|sending|gives?|giving|tells?|telling|passes|passing|texts?) (?:(?:me|us|you|her|him) )?(?:the |his |her |their |today'?s |exact )?(?:entry points?|buy(?:ing)? points?|entry signals?|trading signals?|signals? (?:for|on) (?:the )?(?:gold|btc|bitcoin|eth|crypto|forex|market|contracts?|futures)|(?:exact |right )?(?:time|moment|point) to (?:buy|sell|enter|open (?:a |the )?(?:order|position)))\b/,
    description: 'Building block: someone passes on entry points or trading signals.',
    reason: 'reason_invest_mentor',
    examples: {
      hit: ['he shares the entry points with me every evening', 'she tells us the exact time to buy'],
      miss: ['he shares the photos with me every evening', 'she tells us the time for dinner'],
    },
  },
  {
    id: '__INSIDER_JOB',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:works?|working|worked|is an? analyst|senior analyst) (?:at|for|in) (?:a |an |the |one of the )?(?:big |top |large )?(?:hedge funds?|investment banks?|wall street|securities (?:firm|company)|(?:private )?equity fund|trading (?:firm|desk|company)|quant(?:itative)? (?:fund|team|firm)|fund management (?:company|firm))\b/,
    description:
      'Building block: the source of the tips works at a hedge fund, investment bank or trading desk.',
    reason: 'reason_invest_mentor',
    examples: {
      hit: ['my cousin works at a hedge fund', 'her brother is working for an investment bank in Hong Kong'],
      miss: ['my cousin works at a bakery', 'he works in a bank branch'],
    },
  },
  {
    id: 'INVEST_OPEN_ACCOUNT_TEACH',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: {
      all: ['__OPEN_ACCOUNT_TEACH'],
      any: ['__SIGNAL_SHARE', '__INSIDER_JOB', '__EARNED', '__BIG_MONEY'],
    },
    description:
      'Offers to guide the user once they open an account, next to signals or money already made: "I made 38k, open an account and I will show you how".',
    reason: 'reason_invest_teach',
    examples: {
      hit: ['I made 12k this month with her tips, I can show you how if you open an account'],
      miss: ['if you open an account at the library I can show you how to borrow e-books'],
    },
  },
  {
    id: 'INVEST_SIGNAL_SHARE',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: { all: ['__SIGNAL_SHARE'], any: ['__INSIDER_JOB', '__EARNED', '__OPEN_ACCOUNT_TEACH'] },
    description:
      'Entry points or signals passed on by an insider, with the money they made: "my cousin at a hedge fund sends me the entry points, I made 38k".',
    reason: 'reason_invest_mentor',
    examples: {
      hit: [
        'My friend works at a hedge fund and she sends me the entry points, I made 9k last week',
        'the analyst gives us the exact time to buy and I already made 40% this month',
      ],
      miss: [
        'my brother texts me signals for the market sometimes, but I never follow them',
        'the coach tells us the exact time to enter the pool',
      ],
    },
  },
  {
    id: 'INVEST_TRADING_TUTOR',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:she|he|they|my (?:cousin|friend|brother|sister)) (?:taught|teaches|showed|shows|is teaching|has been teaching|trained|trains|guides|guided|is guiding) (?:me|us) (?:how )?(?:to )?(?:trade|trading|invest|investing)\b|\b(?:i can|i could|i'?ll|i will|let me|want me to) (?:ask|introduce you to|connect you with) (?:her|him|my (?:aunt|auntie|uncle|cousin|mentor|teacher|analyst))\b[^.?!\n]{0,20}?\b(?:to )?(?:guide|teach|coach|show) you\b/,
    description:
      'Weak alone: someone taught the writer to trade, or the writer offers to have that person guide the user. In a conversation with a stranger it is the pitch arriving.',
    reason: 'reason_invest_teach',
    examples: {
      hit: [
        'She is an analyst and she taught me to trade gold contracts',
        'If you want I can ask her to guide you too',
      ],
      miss: ['she taught me to swim when I was six', 'I can ask her to call you back'],
    },
  },
  {
    id: 'INVEST_RELATIVE_TRADING_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:(?:mi|mis) (?:t[ií][oa]s?|prim[oa]|mentor[a]?|profesor[a]?)(?!\p{L})[^\n]{0,40}(?:operaci[oó]n|operar|invertir|inversi[oó]n|trading)(?: (?:de|en|con))? (?:oro|cripto|criptomonedas|bitcoin|forex|divisas|futuros)(?!\p{L})|(?:叔父|伯父|叔母|伯母|おじ|おば|先生|師匠)(?:に|から)(?:教わ|教え|習)[^\n]{0,20}(?:金|ゴールド|仮想通貨|暗号資産|ビットコイン|FX|先物)(?:の)?(?:取引|トレード|投資)|(?:theo|được) (?:chú|cậu|bác|cô|dì|thầy)(?: của)?(?: em| tôi| mình)?[^\n]{0,15}(?:đầu tư|dau tu|giao dịch|giao dich|trade)[^\n]{0,10}(?:vàng|vang|tiền ảo|tien ao|coin|crypto|forex|ngoại hối)|(?:ป้า|น้า|ลุง|อาจารย์|พี่สาว|ญาติ)[^\n]{0,15}(?:สอน|แนะนำ)[^\n]{0,10}(?:เทรด|ลงทุน)[^\n]{0,10}(?:ทอง|คริปโต|บิทคอยน์|ฟอเร็กซ์|forex|crypto)|\b(?:tante|om|paman|bibi|guru|mentor|sepupu)\b[^\n]{0,20}\b(?:ajarin|ajari|mengajari|mengajarkan|bimbing|membimbing)\b[^\n]{0,20}\b(?:trading|investasi|trade)\b[^\n]{0,10}\b(?:emas|kripto|crypto|forex|bitcoin)\b|\b(?:tita|tito|pinsan|mentor)\b[^\n]{0,15}\b(?:tinuruan|nagturo|tinuturuan|nagtuturo)\b[^\n]{0,25}\b(?:mag-?trade|trading|mag-?invest)\b[^\n]{0,15}\b(?:gold|ginto|crypto|forex|bitcoin)\b|\b(?:tinuruan|tinuturuan)\b (?:ako|kami) ng (?:tita|tito|pinsan|mentor)\b[^\n]{0,15}\b(?:mag-?trade|trading|mag-?invest)\b[^\n]{0,15}\b(?:gold|ginto|crypto|forex|bitcoin)\b|(?:이모|삼촌|고모|외삼촌|숙모|선생님|멘토)(?:한테|에게|께)? ?(?:금|코인|비트코인|외환|선물|가상화폐)[^\n]{0,6}(?:거래|투자|트레이딩)[^\n]{0,6}(?:배우|배워)|\b(?:mausi|chachi|chacha|mama|bua|didi|mentor)\b[^\n]{0,20}\b(?:gold|crypto|forex|bitcoin)\b ?(?:trading|investment|invest)\b[^\n]{0,15}\bsikh?a|(?:मौसी|चाची|चाचा|मामा|बुआ|दीदी)[^\n]{0,20}(?:गोल्ड|सोने|क्रिप्टो|फॉरेक्स)[^\n]{0,10}(?:ट्रेडिंग|निवेश)[^\n]{0,15}सिखा)/u,
    description:
      'Spanish, Japanese or Vietnamese, weak alone: a relative or teacher helps the writer trade gold, crypto or forex.',
    reason: 'reason_invest_mentor',
    examples: {
      hit: [
        'ช่วงนี้ป้าสอนฉันเทรดทองคำ วันนี้ได้กำไรนิดหน่อย',
        'Akhir-akhir ini tante saya ajarin saya trading emas',
        'Tinuruan ako ng tita ko mag-trade ng gold, kumita ako kanina',
        '요즘 이모한테 금 거래를 배우고 있는데 오늘 수익이 좀 났어요',
        'Aajkal meri mausi mujhe gold trading sikha rahi hain',
        'आजकल मेरी मौसी मुझे गोल्ड ट्रेडिंग सिखा रही हैं',
        'Hoy mi tía me ayudó con una operación de oro',
        '最近は叔父に教わって金の取引をしています',
        'Dạo này em theo chú em học đầu tư vàng',
      ],
      miss: [
        'ป้าสอนฉันทำกับข้าวทุกวันอาทิตย์',
        'Tante saya ajarin saya masak rendang',
        'Tinuruan ako ng tita ko magluto ng adobo',
        '이모한테 김치 담그는 법을 배우고 있어요',
        'Meri mausi mujhe silai sikha rahi hain',
        'Mi tía me ayudó con la mudanza',
        '叔父に教わって釣りをしています',
        'Em theo chú đi câu cá',
      ],
    },
  },
  {
    id: '__OPEN_ACCOUNT_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:abrir una cuenta|abre una cuenta|abras una cuenta|abrir (?:uma )?conta|口座を(?:開|作|つく)|계좌(?:를)? ?(?:만들|개설)|mở tài khoản|mo tai khoan|buka akun|buka rekening|mag-?open ng account|खाता खोल|\baccount khol|เปิดบัญชี|开户|開戶|开个户|開個戶|ouvrir un compte|konto eröffnen|aprire un conto|\bopen (?:an |your )?(?:own )?(?:trading )?account\b)/u,
    description: 'Building block: "open an account", in every pack language.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: ['solo necesitas abrir una cuenta', '口座を作ってください'],
      miss: ['abrir la puerta', '口座番号'],
    },
  },
  {
    id: '__PLATFORM_WORD_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:plataforma|\bplatform|plateforme|plattform|piattaforma|(?:^|\s)sàn(?!\p{L})|nền tảng|nen tang|플랫폼|プラットフォーム|アプリ|取引所|\b(?:app|aplikasi|aplikasyon)\b|(?:^|\s)앱|거래소|แอป|แพลตฟอร์ม|平台|交易所|प्लेटफॉर्म|ऐप)/u,
    description: 'Building block: a platform, app or exchange, in every pack language.',
    reason: 'reason_invest_crypto_platform',
    examples: { hit: ['en la plataforma', 'アプリをダウンロード'], miss: ['en la playa', 'sản phẩm'] },
  },
  {
    id: 'INVEST_OPEN_ACCOUNT_TEACH_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    meta: { all: ['__TEACH_ANY', '__OPEN_ACCOUNT_ANY', '__PLATFORM_WORD_ANY'] },
    description:
      'Open an account on the platform and "I will teach you", in any language (the 你开个户我带你做 step).',
    reason: 'reason_invest_teach',
    examples: {
      hit: [
        'Si quieres te enseño, solo necesitas abrir una cuenta en la plataforma',
        'アプリをダウンロードして口座を作ってください。やり方を教えます',
        'Nếu anh muốn em hướng dẫn anh, chỉ cần mở tài khoản trên sàn này thôi',
      ],
      miss: ['Si quieres te enseño a abrir una cuenta en el banco', 'アプリの使い方を教えます'],
    },
  },
  {
    id: '__LICENSED_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:라이선스|라이센스|정식 (?:인가|허가|등록)|금융 ?당국 (?:인가|허가)|認可を受け|ライセンス|金融庁|登録済み|ใบอนุญาต|giấy phép|giay phep|izin resmi|berizin|diawasi (?:oleh )?(?:ojk|bappebti|sec)|\blisensya\b|\brehistrado\b|लाइसेंस|\blicensed\b|\blicencia\b|regulad[ao]|registrad[ao] (?:en|ante)|licença|regulamentad[ao]|\blicence\b|r[ée]gul[ée]e?|lizenz|reguliert|licenza|regolamentat[ao])/u,
    description: 'Building block: licensed or regulated, in the pack languages.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: ['미국 정식 라이선스가 있어요', 'ใบอนุญาตจากอเมริกา', 'có giấy phép của Mỹ'],
      miss: ['운전 면허', 'giấy tờ tùy thân'],
    },
  },
  {
    id: '__WITHDRAW_ANYTIME_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:언제든(?:지)? 출금|언제든(?:지)? 인출|いつでも(?:出金|引き出)|ถอน(?:เงิน)?ได้(?:ตลอดเวลา|ตลอด|ทุกเมื่อ)|rút (?:tiền )?(?:bất cứ lúc nào|lúc nào cũng được)|rut (?:tien )?bat cu luc nao|\b(?:tarik|withdraw|penarikan) (?:dana )?(?:bisa )?kapan (?:saja|pun)\b|\bbisa ditarik kapan saja\b|\bmag-?withdraw (?:ka )?(?:anumang oras|kahit kailan)\b|कभी भी (?:पैसे )?(?:निकाल|विड्रॉ)|\bkabhi bhi (?:paise )?(?:nikal|withdraw)|retirar (?:cuando quieras|cuando quiera|en cualquier momento)|sacar (?:quando quiser|a qualquer momento)|retirer (?:à tout moment|quand vous voulez|quand tu veux)|jederzeit (?:auszahlen|abheben)|prelevare (?:in qualsiasi momento|quando vuoi))/u,
    description: 'Building block: "you can withdraw any time", in the pack languages.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: ['언제든지 출금할 수 있어요', 'ถอนเงินได้ตลอดเวลา', 'puedes retirar cuando quieras'],
      miss: ['출금 수수료', 'ถอนเงินที่ตู้'],
    },
  },
  {
    id: '__BANK_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:\bbank\b|\batm\b|\bbanco\b|\bcajero\b|ngân hàng|ngan hang|銀行|은행|ธนาคาร|बैंक|\bbangko\b|\bbanque\b|\bcaixa\b)/u,
    description: 'Building block: a bank or a cash machine (an ordinary bank app is not a trading platform).',
    reason: 'reason_invest_crypto_platform',
    examples: { hit: ['aplikasi bank ini', '銀行のアプリ'], miss: ['plataforma de trading', 'ステーキ'] },
  },
  {
    id: 'INVEST_SAFE_PLATFORM_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    meta: { all: ['__PLATFORM_WORD_ANY', '__LICENSED_ANY', '__WITHDRAW_ANYTIME_ANY'], none: ['__BANK_ANY'] },
    description:
      'The platform is "licensed" and "you can withdraw any time", in one breath, in the pack languages (the Chinese and English rules have their own).',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        '이 플랫폼은 미국 정식 라이선스가 있어서 안전해요. 언제든지 출금할 수 있어요',
        'แพลตฟอร์มนี้มีใบอนุญาตจากอเมริกา ปลอดภัย ถอนเงินได้ตลอดเวลา',
        'La plataforma tiene licencia de Estados Unidos y puedes retirar cuando quieras',
      ],
      miss: [
        'La plataforma de streaming tiene licencia para ese partido',
        'Con la app del banco puedes retirar cuando quieras en cualquier cajero',
        'Aplikasi bank ini berizin OJK dan bisa tarik dana kapan saja di ATM',
      ],
    },
  },
  {
    id: 'INVEST_NO_LOSS_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:元本保証|損(?:を)?したら(?:私が)?(?:補填|負担|責任を持ち|全額返)|損失は(?:私が)?(?:補填|負担)|รับประกันไม่ขาดทุน|ถ้าขาดทุน(?:ฉัน|ผม|เรา)?(?:จะ)?(?:รับผิดชอบ|ชดใช้|จ่ายคืน)|\bdijamin (?:tidak|tak|gak|nggak|ga) rugi\b|\b(?:kalau|jika|kalo) rugi,? (?:saya|aku) (?:yang )?(?:tanggung|ganti)\b|\bgarantisadong walang talo\b|\bmatalo ka,? ako ang (?:sasagot|magbabayad|bahala)\b|नुकसान (?:हुआ|होगा) तो मैं (?:भरूंगी|भरूंगा|दूंगी|दूंगा|भर दूंगी|भर दूंगा)|\bnuksaan (?:hua|hoga) to main (?:bharungi|bharunga|dungi|dunga)\b|(?:te |le )?garantizo que no (?:vas|va) a perder|si pierdes,? yo te lo (?:devuelvo|pago|cubro)|garanto que (?:voc[eê] )?n[aã]o vai perder|se (?:voc[eê] )?perder,? eu (?:te )?(?:devolvo|pago|cubro)|je (?:te|vous) garantis que (?:tu|vous) ne (?:vas|allez) pas perdre|wenn du verlierst,? (?:zahle|ersetze|übernehme) ich)/u,
    description:
      'No loss guaranteed, "if you lose I will cover it", in the pack languages (ja, th, id, tl, hi, es, pt, fr, de).',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: [
        '元本保証で利回り30%、損したら私が補填します',
        'Dijamin tidak rugi, kalau rugi saya yang tanggung',
        'Te garantizo que no vas a perder, si pierdes yo te lo devuelvo',
      ],
      miss: ['Si pierdes el tren, te llevo yo', '保証書をなくしました'],
    },
  },
  {
    id: 'INVEST_ACCOUNT_MADE_FOR_YOU',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:i|we)(?:'ve| have)? (?:already |just )?(?:opened|created|registered|set up|made) (?:an |the |a )?(?:trading |new |crypto |platform )?account for you\b[^\n]{0,80}?\b(?:deposit|top up|fund it|trade|trading|invest|usdt)\b/,
    description:
      'The writer already opened a trading account for the user: log in and deposit (the platform is theirs).',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'I opened the account for you already, just log in with the password I sent and deposit to start',
      ],
      miss: [
        'I opened a savings account for you at the bank, just deposit your salary there',
        'I created an account for you on the school portal, log in with the password I sent',
      ],
    },
  },
  {
    id: 'INVEST_TEST_WITHDRAWAL',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\bwithdraw (?:the |your )?(?:first |small )?(?:profits?|amount|earnings|gains) (?:to|as a) test\b|\b(?:start|begin|try) with (?:just |only )?a (?:little|small (?:amount|sum))\b[^.?!\n]{0,40}?\bwithdraw (?:it|them|the profits?|your profits?)\b/,
    description:
      'The trust-building test withdrawal: "withdraw the first profit to test, it comes back in minutes".',
    reason: 'reason_invest_small_start',
    examples: {
      hit: [
        'You can withdraw the first profit to test, it comes back in minutes',
        "If you don't believe me, start with a little and withdraw it, then you will see it is real",
      ],
      miss: ['withdraw a small amount first to test the new card', 'start with a little salt and taste it'],
    },
  },
  {
    id: 'INVEST_NOT_YOUR_MONEY',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:i'?m|i am) not (?:asking|after|here) for your money\b|\bi (?:don'?t|do not) (?:want|need) your money\b[^.?!\n]{0,60}?\b(?:teach|show|help) you\b|\bi (?:just )?want (?:to )?(?:teach|show) you (?:how )?to make (?:your own )?money\b/,
    description:
      'Weak alone: "I am not asking for your money, I just want to teach you to make your own" (the reassurance before the platform).',
    reason: 'reason_invest_teach',
    examples: {
      hit: ["I'm not asking for your money, I just want to teach you how to make your own"],
      miss: ["I don't want your money, keep it for the trip", 'I want to teach you how to make bread'],
    },
  },
  {
    id: 'INVEST_SIGNAL_GROUP',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:free|vip|premium) (?:(?:profitable|accurate|forex|crypto|trading|daily|gold|stock) ){0,2}signals? (?:here|available|every day|daily|for everyone)\b|\bjoin (?:our|my) (?:free |vip |premium )?(?:(?:profitable|accurate|forex|crypto|trading|daily|gold|stock) ){0,2}signals? (?:group|channel|room)\b/,
    description:
      'Advertises a free or VIP "signals" group: the funnel into the stock or crypto groups run by a "teacher".',
    reason: 'reason_invest_mentor',
    examples: {
      hit: ['premium gold signals available, join now', 'join our vip forex signal group, 95% accuracy'],
      miss: [
        'are free signals worth it?',
        'no signal here in the mountains',
        'avoid any vip signal group on telegram',
      ],
    },
  },
  {
    id: 'INVEST_SIGNAL_CALL',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:today'?s|tomorrow'?s|tonight'?s) (?:market )?(?:data|signals?) (?:is|are|looks?|isn'?t|is not|aren'?t) (?:not )?(?:very )?(?:good|bad|great|strong|weak|clear|favou?rable|ready)\b|\btoday is a go\b|\b(?:we|i) (?:go in|enter|buy in|place the order|open the position) at \d{1,2}(?::\d\d)? ?(?:am|pm|o'?clock)\b/,
    description:
      'The "teacher\'s" daily call in a signal group: whether today\'s or tomorrow\'s data or signal is good, a "go" for today, the entry time. Weak alone (friends say a plan "is a go" too); it counts in a conversation that already had the pitch.',
    reason: 'reason_invest_mentor',
    examples: {
      hit: ["tonight's signal is not clear, we wait", "today's market data looks strong, we enter at 9 pm"],
      miss: ["today's weather is not good", 'we go in at the back door'],
    },
  },
  {
    id: 'INVEST_SIGNAL_ACCURACY',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:teacher|mentor|coach|professor)\b[^.?!\n]{0,20}?\b(?:gives?|sends?|shares?|provides?|posts?)\b[^.?!\n]{0,20}?\bsignals?\b|\bsignals?\b[^.?!\n]{0,40}?\b\d{2,3}(?:\.\d)?\s?% (?:accuracy|accurate|win ?rate|success rate|winning rate)\b|\b\d{2,3}(?:\.\d)?\s?% (?:accuracy|accurate|win ?rate|success rate|winning rate)\b[^.?!\n]{0,40}?\bsignals?\b/,
    description:
      'A "teacher" or mentor who hands out trading signals, or signals sold on a claimed accuracy or win rate.',
    reason: 'reason_invest_mentor',
    examples: {
      hit: [
        'Join our VIP group, the teacher gives 3 to 5 signals a day with 95% accuracy',
        'our signals have a 92% win rate, last month every call was green',
      ],
      miss: [
        'the teacher gives us 3 to 5 exercises a day and the accuracy counts for 20% of the grade',
        'the traffic signals on main street are out again',
      ],
    },
  },
  {
    id: 'INVEST_COPY_TRADES',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:copy|mirror) (?:my|our|the (?:teacher|mentor|analyst|coach)'?s?) (?:trades|positions|buy and sell (?:signals|orders))\b|\bfollow the (?:teacher|mentor|analyst|coach)'?s? (?:trades|positions|orders)\b|\bi(?:'ll| will| can) (?:tell|show|guide) you (?:exactly )?when to (?:buy|enter|place (?:an |the )?order)\b[^.?!\n]{0,25}?\b(?:sell|exit|close|withdraw)\b|\bi(?:'ll| will| can) (?:tell|show) you (?:exactly )?(?:what|which (?:coin|token|stock|contract)) to buy\b/,
    description:
      "Offers to have the user copy the sender's trades, or to tell them exactly when to buy and sell.",
    reason: 'reason_invest_teach',
    examples: {
      hit: [
        'Just copy my trades, I will tell you when to buy and when to sell',
        "follow the teacher's positions and you will make money",
      ],
      miss: [
        "I'll tell you when to buy the concert tickets, they go on sale Friday",
        'follow my blog for more recipes',
        'follow my trades on the paper account, I am practising',
      ],
    },
  },
  {
    id: 'INVEST_SECOND_CONTRACT',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:\d{2,3}|thirty|sixty|ninety)[- ]?(?:s|sec|secs|seconds?) contracts?\b|\bsecond contracts?\b|\b(?:buy (?:up|down|rise|fall)|(?:click|choose|select|tap) (?:on )?(?:buy up|buy down|rise|fall))\b[^.?!\n]{0,30}?\b(?:\d{2,3}|thirty|sixty|ninety)[- ]?(?:s|sec|secs|seconds?)\b|\b(?:close|closes|settle|settles|expire|expires) (?:the |your |this )?(?:position|order|trade|contract) (?:after|in|within) (?:\d{2,3}|thirty|sixty|ninety) seconds\b/,
    description:
      'The "seconds contract": a bet on the price in 30, 60 or 120 seconds, the fake platforms\' favourite product.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'we place a 60-second contract on BTC when the teacher says go',
        'it settles the order after 120 seconds, you can watch the profit',
        "When the signal comes you click buy up and set 60 seconds, trust me I've done this for two years",
      ],
      miss: [
        'that was a 30-second trade-off',
        'I closed my position after 30 seconds lol',
        '60 second trades are gambling, not investing',
        'click buy now, the deal ends in 60 seconds',
        'tap on call and wait 30 seconds for the line to connect',
      ],
    },
  },
  {
    id: '__OFFSTORE_APP',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:app|application|apk|software)\b[^.?!\n]{0,40}?\b(?:is not|isn'?t|not|never) (?:yet )?(?:available |listed |published )?(?:in|on) (?:the |your (?:country'?s |region'?s |local )?)?(?:app ?store|play ?store|google play|apple store)\b[^\n]{0,80}?\b(?:link|apk|download|install)\b|\b(?:download|install)\b[^.?!\n]{0,40}?\b(?:link|apk)\b[^\n]{0,80}?\b(?:is not|isn'?t|not) (?:yet )?(?:available |listed |published )?(?:in|on) (?:the )?(?:app ?store|play ?store|google play|apple store)\b/,
    description:
      'Building block: an app to install from a link because it is "not in the App Store / Google Play".',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'download it from this link, the app is not in the app store yet',
        'the app is not on Google Play, install the apk from the link',
      ],
      miss: ['the app is on the app store, just search for it', 'download the app from the app store'],
    },
  },
  {
    id: '__INSIDER_EDITION',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern: /\b(?:institutional|insider|internal trading|internal investment) (?:version|edition)s?\b/,
    description: 'Building block: an "institutional" or "insider version" of an app or platform.',
    reason: 'reason_invest_crypto_platform',
    examples: { hit: ['it is an institutional version'], miss: ['the internal version of the report'] },
  },
  {
    id: 'INVEST_APP_OFFSTORE_ZH',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern: new RegExp(
      String.raw`${ZH_APP_STORE}[^\n]{0,6}${ZH_NOT_IN_STORE}[^\n]{0,40}(?:内部版|內部版|机构版|機構版|专属版|專屬版|内部通道|內部通道)|(?:内部版|內部版|机构版|機構版|专属版|專屬版)[^\n]{0,40}${ZH_APP_STORE}[^\n]{0,6}${ZH_NOT_IN_STORE}|(?:交易|投资|投資|理财|理財|炒币|炒幣)(?:app|软件|軟件|应用|應用)[^\n]{0,20}(?:商店|应用市场|應用市場)[^\n]{0,6}${ZH_NOT_IN_STORE}|(?:平台|平臺)[^\n]{0,10}(?:国外|國外|境外|海外)[^\n]{0,20}${ZH_APP_STORE}[^\n]{0,6}${ZH_NOT_IN_STORE}`,
    ),
    description:
      'A trading app that "is not in the app store" and comes as an internal or institutional version, or from a link: fake platforms live outside the stores.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        '这个平台是国外的，国内应用商店下载不了，我发链接给你。',

        '你先下载这个APP，苹果商店搜不到，我发你链接，是内部版本',
        '這個交易軟件在應用商店搜不到，用我給的鏈接下載就行',
      ],
      miss: [
        '这个平台是国外的，国内应用商店就有中文版',
        '学校的APP在应用商店搜不到，官网有下载链接',
        '国际版抖音在商店里搜不到，要用外区账号',
      ],
    },
  },
  {
    id: 'INVEST_APP_OFFSTORE',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: { all: ['__OFFSTORE_APP'], any: ['__INSIDER_EDITION', '__INVEST_WORDS', '__CRYPTO_CONTEXT'] },
    description:
      'A trading or investment app to install from a link, because it is "not in the App Store" (or is an "institutional version"): fake platforms live outside the stores.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        "Download this trading app, it is not available in your country's app store, I will send you the link",
        'Please download the app from this link only, it is not in the app store yet because it is an institutional version: https://app-vipgoldx.com/dl',
        'The trading app is not on Google Play because it is for members, install the apk from my link and I will guide you',
      ],
      miss: [
        "The app is not available in your country's app store, download the web version from the official site",
        "The app isn't on the App Store yet, it's still in beta, install it from the TestFlight link I sent",
        'Please download the app from the official App Store only, there are fake versions going around',
        'the banking app is not on the app store in my country, so I use the website',
      ],
    },
  },
  {
    id: 'INVEST_MT_SERVER',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:meta ?trader(?: ?[45])?|mt ?[45])\b[^\n]{0,80}?\b(?:server|login|account)\b[^.?!\n]{0,40}?\bi (?:will |'ll |can )?(?:send|give|share|gave|sent)\b|\b(?:server|login details|account details)\b[^.?!\n]{0,20}?\bi (?:will |'ll |can )?(?:send|give|share|gave|sent)\b[^\n]{0,80}?\b(?:meta ?trader(?: ?[45])?|mt ?[45])\b|\b(?:download|install|open)\b[^.?!\n]{0,20}?\b(?:meta ?trader(?: ?[45])?|mt ?[45])\b[^.?!\n]{0,60}?\b(?:search|find|look for|type) (?:for )?(?:the |our |this |my )?server\b/,
    description:
      'Sends the user to MetaTrader with a server or login the sender provides: fake brokers rent such servers.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'Download the MetaTrader app and search for the server name I will send you',
        'Install MT5 and log in with the server I give you, then I will guide you',
      ],
      miss: [
        "Download MetaTrader 5 from your broker's website and pick the demo server to practise",
        'which server do you use on MT4? I picked the live one my broker listed',
        'be careful, they ask you to download MT5 and log in to their server',
      ],
    },
  },
  {
    id: 'INVEST_WALLET_DAPP',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:trust ?wallet|metamask|imtoken|token ?pocket|coinbase wallet|bitkeep|okx wallet)\b[^\n]{0,60}?\b(?:browser|dapp|discover)\b[^\n]{0,80}?\b(?:mining|node|voucher)\b|\bclick (?:on )?(?:receive|participate|join)(?: voucher)? (?:to |and )(?:join|start|begin|activate|get)\b[^.?!\n]{0,20}?\b(?:mining|node|pool|rewards?|interest)\b/,
    description:
      'Liquidity-mining lure: open a link in the wallet\'s own browser and "receive a voucher" or join a mining node.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'Open the link in your Trust Wallet browser and click receive to join the mining',
        'paste it in the metamask browser, then click participate to start the node rewards',
      ],
      miss: [
        'open the link in the Trust Wallet app to see your transaction history',
        'I use the MetaMask browser to swap tokens on Uniswap',
      ],
    },
  },
  {
    id: 'INVEST_PROFIT_DAYS',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:i|we|you|my (?:friend|aunt|uncle|mentor|teacher|cousin))(?: (?:have|already|just|can|will|could))? (?:made|earned|gained|got|profited|make|earn)\b[^.?!\n]{0,15}?\b\d{2,4}(?:[.,]\d{1,2})?\s?% (?:(?:profit|return|gain)s? )?in (?:just |only |less than )?(?:a |an |one |two |three |four |five |\d{1,2} )?(?:hours?|days?|minutes?|week)\b|\b(?:i|we)(?: (?:have|already|just))? (?:made|earned|profited|pulled in)\b[^.?!\n]{0,10}?(?:[$€£]\s?\d[\d,.]{3,10}|\b\d[\d,.]{3,10}\s?(?:usdt|usd|dollars?|euros?|pounds?)\b)[^.?!\n]{0,15}?\bin (?:just |only |less than )?(?:a |an |one |two |three |\d{1,2} )?(?:hours?|days?|week|weeks)\b|\b(?:got|received|made|did|had) my (?:first|second|third|fourth|fifth|\d(?:st|nd|rd|th)) (?:withdrawal|payout) of\b/,
    description:
      'A first-hand profit of tens of percent, or thousands, in hours or days, or "my first withdrawal of" a sum.',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: [
        'The first time I tried her strategy I made $7,800 in a week',
        'I got my first withdrawal of $18,400 today',
        'I made 30% in two days on this new coin',
        'we earned 45% in just 3 days following the signals',
      ],
      miss: [
        'we made $300 in two days at the market stall',
        'we made 12% in two years on the index fund',
        'the stock gained 15% in two days',
      ],
    },
  },
  {
    id: 'INVEST_PLATFORM_LINK',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\bi (?:can|will|'ll) send you the (?:link|website|download link|address) (?:to|of|for) (?:the |this |our |that |my )?(?:exchange|trading (?:platform|app|site)|investment (?:platform|app|site)|platform)\b/,
    description: 'Offers to send the link to the exchange or trading platform the sender uses.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: ['I can send you the link to the exchange', 'I will send you the website of the trading platform'],
      miss: ['I will send you the link to the photos', 'I can send you the link to the recipe'],
    },
  },
  {
    id: 'INVEST_SEARCH_NAME',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\bsearch (?:for )?(?:her|his|their) (?:name|page|account|profile) (?:on|in) (?:instagram|ig|facebook|fb|google|telegram|tiktok|whatsapp|twitter)\b|\blook (?:her|him) up\b/,
    description: 'Sends the reader to look the praised person up on a social network.',
    reason: 'reason_invest_promoter',
    examples: {
      hit: [
        'she is the real deal, look her up',
        'her strategy is working perfectly for me, search her name on Instagram',
        'search his page on telegram',
      ],
      miss: ['search the name on google maps', 'I looked for her name on the list'],
    },
  },
  {
    id: 'INVEST_TEACHER_SAYS',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:the|our|my) (?:teacher|mentor|analyst|professor|coach|uncle|aunt|auntie)(?:'s)? (?:said|says|told (?:us|me)|will send|sent|gave|announced|is sending)\b[^.?!\n]{0,40}?\b(?:market|signals?|opportunit(?:y|ies)|buy (?:in|now)|profits?|usdt|btc|contract|position|trading)\b/,
    description: 'Passes on what "the teacher" or analyst said about tonight\'s market or opportunity.',
    reason: 'reason_invest_mentor',
    examples: {
      hit: [
        'Dear, the teacher said tonight there is a big opportunity, you must not miss it',
        'our analyst will send the signals at 9',
      ],
      miss: ['the teacher said the exam is on Monday', 'my coach said I should rest my knee'],
    },
  },
  {
    id: 'INVEST_STARTED_NOW',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\bi (?:started|began) with (?:only |just )?(?:[$€£]\s?)?\d[^\n]{0,70}?\bnow (?:i )?(?:have|has|got|own)\s(?:over |about |almost |more than )?(?:[$€£]\s?\d{1,3}(?:[,.]\d{3}){1,3}|[$€£]\s?\d{4,9}|\d{1,3}(?:[,.]\d{3}){1,3}\s?(?:usdt|usd|dollars?)|\d{4,9}\s?(?:usdt|usd|dollars?)|\d{1,4}\s?k\b)|\bi (?:have|own|got) (?:over |about |almost |more than )?(?:[$€£]\s?\d{1,3}(?:[,.]\d{3}){1,3}|[$€£]\s?\d{4,9}|\d{1,3}(?:[,.]\d{3}){1,3}\s?(?:usdt|usd|dollars?)|\d{4,9}\s?(?:usdt|usd|dollars?)|\d{1,4}\s?k\b) (?:now|today)\b[^.?!\n]{0,30}?\bi (?:started|began) with\b/,
    description:
      'Shows off a balance grown from a small start ("I started with 10,000, now I have 380,000").',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: [
        'You can see my account, I have 380,000 USDT now, I started with 10,000 just like you',
        'I started with $2,000 and now I have $46,500',
      ],
      miss: ['I started with $50 in the app and now I have $62', 'I started with 2 plants and now I have 40'],
    },
  },
  {
    id: 'INVEST_LISTING_PITCH',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:private placement|presale|pre-sale)\b[^\n]{0,80}?\b(?:lists?|listed|listing|rise|increase|\d{1,3}x|\d{1,3} times|multiply)\b|\b(?:will|going to) (?:be )?list(?:ed)? on (?:binance|coinbase|okx|bybit|kraken|huobi|kucoin)\b[^.?!\n]{0,60}?\b(?:rise|go up|increase|\d{1,3}x|\d{1,3} times|multiply)\b/,
    description:
      'A coin offered in a "private placement" or presale that will list on a big exchange and rise many times.',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: [
        'This is a private placement, the new coin will list on Binance next week and rise 10 times',
        'buy at the presale price and sell when it lists',
      ],
      miss: ['the private placement of shares closed in May', 'the concert presale starts Friday'],
    },
  },
  {
    id: 'INVEST_DM_HOW_TO_EARN',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:inbox|dm|message|text|write to) me (?:on|for|to (?:know|learn)|and i(?:'ll| will) (?:show|teach) you) how (?:to|you can|i) (?:earn|make (?:money|profits?)|invest|trade)\b/,
    description: 'Invites a direct message to learn "how to earn" or invest.',
    reason: 'reason_invest_teach',
    examples: {
      hit: ['@someone dm me to learn how to earn', 'DM me and I will show you how to make money'],
      miss: ['message me how to get there', 'text me how to make the sauce'],
    },
  },
  {
    id: 'INVEST_USDT_DISCOUNT',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:selling|sell|i sell|we sell)\b[^.?!\n]{0,15}\b(?:usdt|tether|usdc|busd)\b[^.?!\n]{0,25}?\b(?:[3-9]|[1-9]\d)(?:\.\d{1,2})?\s?% (?:discount|off|cheaper)\b/,
    description:
      'Sells USDT "at a discount": a stablecoin sold below a dollar is a bait, the coins never arrive.',
    reason: 'reason_invest_usdt',
    examples: {
      hit: [
        'we are selling tether at 7% discount today, dm to buy',
        'we sell usdt at 10% off, inbox for deals',
      ],
      miss: [
        'sold my usdt at a small loss',
        'selling shoes at 50% discount',
        'selling my usdt at 1% below the p2p rate, need cash',
      ],
    },
  },
  {
    id: '__MY_PAGE',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:check|visit|see|go (?:through|to)|look at)\b (?:out )?(?:on )?(?:my|our) (?:page|profile|bio|highlights?|stories|timeline)\b/,
    description: 'Building block: "check out my page", "visit our profile".',
    reason: 'reason_invest_promoter',
    examples: {
      hit: ['go through my profile', 'visit our profile'],
      miss: ['check my email', 'my page is 4'],
    },
  },
  {
    id: '__PAYOUT_PROOF',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:proofs? of (?:payments?|payouts?|profits?|withdrawals?|earnings?)|(?:payment|payout|withdrawal) proofs?|testimon(?:y|ies|ials)|(?:people|clients?|students?) testifying)\b/,
    description: 'Building block: proof of payouts, testimonies from clients.',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: ['proof of payment', 'students testifying to their results'],
      miss: ['proof of address', 'the test'],
    },
  },
  {
    id: '__EARN_TRADE',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:earn(?:ing|ed|s)?|profits?|trad(?:e|es|ing)|invest(?:ing|ment|ments)?|crypto|forex|bitcoin|payouts?|withdrawals?)\b/,
    description: 'Building block: earning, profits, trading or investing (narrower than __INVEST_WORDS).',
    reason: 'reason_invest_profit_proof',
    examples: { hit: ['earning daily', 'my trading signals'], miss: ['paid off my debt', 'the income tax'] },
  },
  {
    id: 'INVEST_MY_PAGE_PROOF',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: { all: ['__MY_PAGE', '__PAYOUT_PROOF', '__EARN_TRADE'] },
    description:
      'Sends readers to the writer\'s own page for "testimonies" or proof of payouts from trading or earning.',
    reason: 'reason_invest_promoter',
    examples: {
      hit: ['check my page to see testimonies of clients earning daily from my trading signals'],
      miss: [
        'check my page for testimonies from the wedding couples i shot',
        'visit my page, i post my trading journal',
        'check out my page for testimonies from clients who paid off their debt with my budgeting course',
      ],
    },
  },
  {
    id: '__DM_INVITE',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:if )?(?:you(?:'re| are)? |anyone |those |whoever is )?interested[,?!.]? ?(?:you can |just |kindly |please )?(?:send|drop|shoot) (?:me |us )?(?:a )?(?:direct message|dm|message|inbox)\b|\binterested (?:people|persons|ones|parties)? ?(?:can |should |may )?(?:dm|inbox|message) (?:me|us)\b/,
    description: 'Building block: "interested? send a direct message".',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: ['if interested, just drop me a dm', 'interested people inbox me'],
      miss: ['are you interested in the tickets?', 'send me a message when you land'],
    },
  },
  {
    id: '__EARN_PITCH',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:you can|you will|you could|anyone can) (?:also )?(?:earn|make)\b[^.?!\n]{0,30}\b(?:from|with|through|by|in) (?:crypto(?:currency)?|bitcoin|btc|mining|trading|forex|staking|the (?:crypto )?market)\b|\b(?:passive way to earn|earn passively)\b[^.?!\n]{0,40}\b(?:crypto|bitcoin|btc|mining|trading|forex|staking)\b/,
    description:
      'Building block: the claim that you (or anyone) can earn from crypto, mining, trading or staking.',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: ['you can earn big from crypto trading', 'you can make big profits with crypto'],
      miss: ['you can earn points at the store', 'you can make good money from home baking'],
    },
  },
  {
    id: 'INVEST_DM_PITCH',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: { all: ['__DM_INVITE', '__EARN_PITCH'] },
    description:
      'Big or passive earnings from crypto, mining or trading, and "interested? send a direct message".',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: ['you can earn big from crypto mining, it is passive. interested, send me a dm'],
      miss: [
        'interested? send me a message, the bike is still for sale',
        'if interested, send me a dm, you can make good money from home selling my cakes',
      ],
    },
  },
  {
    id: 'INVEST_SIDE_INCOME_DM_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:bijverdienen|extra (?:geld )?verdienen|nebenbei (?:geld )?verdienen|(?:ganhar|fazer) (?:uma )?renda extra|(?:ganar|generar) (?:un )?(?:ingreso|dinero) extra|guadagnare (?:qualcosa )?(?:in )?(?:extra|più)|gagner (?:un )?revenu compl[ée]mentaire|(?:earn|make|making|earning) (?:some |an? )?(?:extra|side|passive) income|(?:quer|querem|quieres|vuoi|willst du|wil je|want|looking for|need) (?:uma |un |una |een |ein |some |an? )?(?:renda extra|ingresos? extra|dinero extra|guadagno extra|reddito extra|nebeneinkommen|extra inkomen|extra income|side income|passive income))[^\n]{0,80}?(?:crypto|bitcoin|btc|trad(?:en|ing|e)|forex|beleggen)[^\n]{0,120}?(?:stuur (?:me|ons) (?:een )?(?:dm|bericht|privébericht)|schreib (?:mir|uns) (?:eine )?(?:dm|nachricht|pn)|scrivimi|scrivici|me manda (?:uma )?(?:dm|mensagem)|m[aá]ndame (?:un )?(?:dm|mensaje)|escr[ií]beme|env[ií]ame un mensaje|écris-moi|envoie-moi un (?:dm|message)|dm me|inbox me|message me|send me a (?:dm|message))/,
    description:
      'Side or passive income from crypto or trading, then "send me a DM" (nl, de, pt, es, it, fr, en).',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: [
        'Bijverdienen met bitcoin handel? Stuur ons een bericht voor uitleg',
        'Quer uma renda extra com bitcoin? Me manda uma DM',
        'looking for passive income from crypto trading? dm me',
      ],
      miss: [
        'Bijverdienen in de horeca? Stuur me een dm',
        'passive income from rental property, dm me',
        'passive income from crypto staking is taxable, dm me if you need an accountant',
      ],
    },
  },
  {
    id: '__NO_LOSS',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:we|i|you) (?:never|won'?t|will not|can'?t|cannot|don'?t) (?:ever )?lose\b|\bbig data\b|\b(?:market|trading|entry) window\b|\bwin rate (?:of |is )?(?:9\d|100)\s?%/,
    description: 'Building block: "we never lose", "big data", "the market window", 9x% win rate.',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: ['we never lose', 'based on big data'],
      miss: ['we lost the game', 'the window is open'],
    },
  },
  {
    id: 'INVEST_NO_LOSS',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: { all: ['__NO_LOSS', '__INVEST_WORDS'] },
    description: 'Trading that "never loses", timed by "big data" or a "market window".',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: ['I only trade when my aunt tells me the market window, it is based on big data, we never lose'],
      miss: ['we never lose hope', 'big data is a buzzword at work'],
    },
  },
  {
    id: '__INVITE_CODE_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:invitation code|invite code|referral code|c[oó]digo de (?:invitaci[oó]n|referido|convite)|codice (?:di )?invito|einladungscode|mã (?:mời|giới thiệu)|kode (?:undangan|referral)|รหัสเชิญ|โค้ดเชิญ|招待コード|초대 ?코드|추천(?:인)? ?코드|इनवाइट कोड|रेफरल कोड)[^\n]{0,40}(?:download|register|sign ?up|descarga|reg[ií]strate|registrar|scarica|registrati|iscriviti|herunter|registriere|baixe|cadastre|tải|đăng ký|unduh|daftar|ดาวน์โหลด|สมัคร|ダウンロード|登録|다운로드|가입|mag-?register|डाउनलोड|रजिस्टर)|(?:download|register|sign ?up|descarga|reg[ií]strate|registrar|scarica|registrati|iscriviti|herunter|registriere|baixe|cadastre|tải|đăng ký|unduh|daftar|ดาวน์โหลด|สมัคร|ダウンロード|登録|다운로드|가입|mag-?register|डाउनलोड|रजिस्टर)[^\n]{0,60}(?:invitation code|invite code|referral code|c[oó]digo de (?:invitaci[oó]n|referido|convite)|codice (?:di )?invito|einladungscode|mã (?:mời|giới thiệu)|kode (?:undangan|referral)|รหัสเชิญ|โค้ดเชิญ|招待コード|초대 ?코드|추천(?:인)? ?코드|इनवाइट कोड|रेफरल कोड)/,
    description: 'Building block: register or download with "my invitation code", in every pack language.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'このアプリをダウンロードして、私の招待コードで登録してください',
        'Tải ứng dụng này và đăng ký bằng mã mời của em',
        'Lade die App herunter und registriere dich mit meinem Einladungscode',
      ],
      miss: ['the invitation is on the table', '가입 인사 드립니다'],
    },
  },
  {
    id: '__TEACH_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:i'?ll (?:teach|guide|show) you|i will (?:teach|guide|show) you|(?:mentor|teacher|analyst|coach|instructor|tutor) (?:can|will|would) (?:teach|guide|coach) you|te enseñ[oa]|te gu[ií]o|ti (?:insegno|guido|mostro)|ich (?:zeige|erkläre|bringe) (?:dir|ihnen)|(?:eu )?te (?:ensino|guio|mostro)|hướng dẫn (?:anh|chị|em|bạn)|(?:saya|aku) (?:ajari|ajarin|bimbing)|nanti (?:saya|aku) ajari|สอน(?:ให้|คุณ)|สอน[^\n]{0,10}ให้|教えます|教えてあげ|알려 ?드릴|가르쳐 ?드릴|알려 ?줄게|tuturuan (?:kita|ka)|सिखा दूंगा|सिखाऊंगा|sikha dunga)/,
    description: 'Building block: "I\u2019ll teach / guide you" in every pack language.',
    reason: 'reason_invest_teach',
    examples: {
      hit: ['やり方を教えます', 'tuturuan kita', 'ich zeige dir alles', 'so the mentor can guide you'],
      miss: ['我在学习', 'we learned a lot', 'the coach can help you find the locker room'],
    },
  },
  {
    id: 'INVEST_INVITE_CODE_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    meta: { all: ['__INVITE_CODE_ANY'], any: ['__TEACH_ANY', '__INVEST_WORDS'] },
    description:
      'Download and register "with my invitation code", with an offer to teach or investment talk (any language).',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        '이 앱을 다운로드하고 제 초대 코드로 가입하세요. 제가 알려드릴게요',
        'I-download mo ang app at mag-register gamit ang invitation code ko, tuturuan kita',
      ],
      miss: ['download the app with my invite code and get a free ride', '초대 코드로 가입했어요'],
    },
  },
  {
    id: 'INVEST_USDT',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern: /\b(?:usdt|trc-?20|erc-?20 usdt)\b|泰达币|泰達幣|u币|u幣/,
    description: 'Mentions USDT / TRC20, the stablecoin these scams favour.',
    reason: 'reason_invest_usdt',
    examples: {
      hit: ['send the USDT to my TRC20 address', '先充值泰达币'],
      miss: ['the tether ball game', 'usd rate today'],
    },
  },
  {
    id: '__INVEST_WORDS',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:invest(?:ed|ing|ment|ments|or|ors)?|trad(?:e|es|ed|er|ers|ing)|profits?|crypto|bitcoin|btc|forex|fx|earn(?:ed|ing|ings)?|returns?|withdraw(?:al|als|n|ed)?|(?:six|seven|6|7)[- ]figures?|payouts?|mining|portfolio|signals?|capital|income|paid|profitable|debts?|platform|financially|opportunity|expertise|mak(?:e|ing) (?:more |good |real )?money|mentorship|wealth|opportunities|lucrative)\b/,
    description: 'Building block: investment vocabulary.',
    reason: 'reason_invest_crypto_platform',
    examples: { hit: ['my profits are in', 'forex trading'], miss: ['hello there', 'trademark'] },
  },
  {
    id: '__PRAISE',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:thanks?|thank you|grateful|appreciate|legit|honest|genuine|trustworthy|reliable|god bless|blessed|recommend(?:ed|ing)?|testify|changed my life|kindness|kind(?! of (?!you\b|her\b|him\b|them\b))|the best|amazing|wonderful|excellent|helped me|i never believed|life changing|honesty|accountability|fortunate|(?:an? |such an? |great |true )expert|glad about|diligence|sincere|integrity|(?:is|she'?s|he'?s|they'?re) the real deal|the only (?:one|broker|trader|manager|mentor|person|platform) i (?:trust|recommend)|(?:everyone|everybody|people) (?:is|are|keeps?) talking about|helped my (?:friend|sister|brother|mom|mum|dad|husband|wife|cousin|colleague))\b/,
    description: 'Building block: praise or gratitude.',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: ['thank you so much', 'she is legit', 'that was so kind of you', 'she is kind and patient'],
      miss: ['ok see you', 'the bestiary', 'this kind of advice is ignorant', 'some kind of fee'],
    },
  },
  {
    id: '__REPLY_HANDLE_ONLY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern: /^@[a-z0-9_.]{2,30}(?![a-z0-9_.@])(?![^\n]{0,3000}@)/,
    description:
      'Building block: the only handle is the one a reply opens with (the person answered, not a person credited).',
    reason: 'reason_invest_promoter',
    examples: {
      hit: ["@matthewsteffee that's basic financial advice, honestly"],
      miss: ['@anna thanks to @trader_jo I earn daily', 'thanks to @trader_jo'],
    },
  },
  {
    id: '__REPLY_CTA_ONLY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    meta: { all: ['__REPLY_HANDLE_ONLY'], none: ['__PRAISE'] },
    description:
      "Building block: a reply to the @handle it opens with that praises no one (its call to action is the writer's own, not a credit to the handle).",
    reason: 'reason_invest_promoter',
    examples: {
      hit: ['@sandypant yes you can, we are happy to answer via dm'],
      miss: ['@camille thanks so much for your help'],
    },
  },
  {
    id: 'INVEST_PROMOTER_HANDLE',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    meta: {
      all: ['__IND_HANDLE', '__INVEST_WORDS'],
      any: ['__PRAISE', '__CALL_TO_ACTION'],
      none: ['__REPLY_CTA_ONLY'],
    },
    description: 'Investment talk with praise or a call to action, pointing to an @handle.',
    reason: 'reason_invest_promoter',
    examples: {
      hit: [
        'Consider investing with @trustwallet_manager, my profits come in every Friday',
        'i made $3000 profit this week thanks to @anna_trades, contact her',
        'thank you @mike.fx for the signals',
      ],
      miss: ['@john the market crashed today', 'thanks @sara for the photos'],
    },
  },
  {
    id: 'INVEST_PROMOTER_CONTACT',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    meta: {
      all: ['__INVEST_WORDS', '__CALL_TO_ACTION'],
      any: ['__IND_MESSENGER', '__IND_PHONE', '__IND_URL', 'PLATFORM_APP_CONTACT'],
    },
    description: 'Investment talk with a call to action and a link, phone number or messenger contact.',
    reason: 'reason_invest_promoter',
    examples: {
      hit: [
        'start earning with crypto, contact me on telegram: @fx_jane',
        'earn weekly profits, click the link https://profitnow.example.com',
      ],
      miss: [
        'crypto prices fell, see https://www.reuters.com',
        'contact me at +44 7700 900123 about the car',
      ],
    },
  },
  {
    id: 'INVEST_MENTOR_ZH',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?<!不信(?:什么|什麼)?|不相信(?:什么|什麼)?|别信|別信|不听|不聽)(?:内幕|內幕)(?:消息|信息|資訊)?|(?<!不信(?:什么|什麼)?|不相信(?:什么|什麼)?|别信|別信|不听|不聽)(?:内部|內部)(?:消息|信息|資訊|渠道|数据|數據)|(?:舅舅|叔叔|阿姨|姑姑|表哥|表姐|伯伯|老师|老師|导师|導師)(?:是|在)[^\n]{0,15}(?:分析师|分析師|操盘手|操盤手|基金经理|基金經理|证券|證券|交易员|交易員|投行|投资银行|投資銀行|对冲基金|對沖基金|券商|做金融分析|做行情分析)(?![^\n]{0,30}(?:风险|風險|别乱|別亂|不要乱|不要亂|别投|別投|不建议|不建議|谨慎|謹慎))|行情[^\n]{0,10}(?:提前|事先)(?:告诉|告訴|通知)(?:我|我们|我們)|(?:提前|事先)(?:告诉|告訴|通知)(?:我|我们|我們)?[^\n]{0,4}(?:行情|买点|買點|点位|點位|进场|進場)|(?:老师|老師|导师|導師|分析师|分析師)(?:带|帶)(?:单|單)|(?:带单|帶單|喊单|喊單)|(?:跟着|跟著)(?:我|老师|老師)(?:就行|做|投|买|買|操作|下单|下單|进场|進場)|(?:做|炒)(?:黄金|黃金)?(?:外汇|外匯|期货|期貨|原油)[^\n]{0,20}(?:带你|帶你|教你|跟着我|跟著我)|我(?:来)?(?:教|帶|带)你(?:怎么|怎麼|如何)?(?:操作|交易|投资|投資|赚钱|賺錢)/,
    description: 'Chinese: insider tips, a "teacher" who leads the trades, "just follow me".',
    reason: 'reason_invest_mentor',
    examples: {
      hit: [
        '我是做黄金期货的，这周带你做几单，先入金五千，赚了再加',
        '不懂没关系，跟着我操作就好',
        '我们老师带单，稳赚',
        '我舅舅是证券公司的分析师，有内部消息',
        '我表姐在投行上班，行情来之前都会提前告诉我',
        '亲爱的，我舅舅在香港做金融分析，他有内部数据，每次跟着他买都赚',
        '今晚八点有行情，你先充值两万进去，到时候跟着我下单',
      ],
      miss: [
        '我舅舅在证券公司上班，他说股市有风险，让我别乱投资。',

        '我爸是做黄金生意的，周末带你去店里看看',
        '老师布置了作业',
        '跟着导航走就行',
        '老师带我们去博物馆参观了一天',
        '明天下雨会提前告诉你们',
        '我舅舅在香港做金融，他说现在行情不好，让我别乱投资',
        '炒股还是自己研究基本面吧，我不信什么内部消息',
      ],
    },
  },
  {
    id: 'INVEST_PROFIT_STORY_ZH',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:投了|投入了?|充了|入金了?|本金)[^\n]{0,8}(?:\d[\d,.]{0,8}|[一二三四五六七八九十两兩百千万萬]{1,6})[^\n]{0,20}(?:赚了|賺了|提现了|提現了|回报了?|回報了?|收益了?|翻了)[^\n]{0,6}(?:\d|[一二三四五六七八九十两兩百千万萬])|(?:收益|盈利|利润|利潤|提现|提現)(?:的)?(?:截图|截圖)[^\n]{0,12}(?:赚了|賺了|盈利了|收益了)[^\n]{0,4}(?:\d|[一二三四五六七八九十两兩百千万萬])/,
    description: 'Chinese: a profit story, put in a small sum and "earned" a large one (投了一万，赚了十万).',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: [
        '我之前投了一万，现在已经赚了十万',
        '充了5000，一周就提现了3万',
        '宝贝，你看我这个月的收益截图，已经赚了三十多万了',
      ],
      miss: ['投了简历，还没回音', '充了话费50元', '我哥今年做生意赚了三十多万', '把收益截图发给财务报销'],
    },
  },
  {
    id: 'INVEST_GUARANTEED_ZH',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:稳赚|穩賺|保本|零风险|零風險|无风险|無風險|稳赚不赔|穩賺不賠|只赚不赔|只賺不賠|保证(?:收益|盈利|回报|赚)|保證(?:收益|盈利|回報|賺)|高(?:收益|回报|回報|返利)|(?:收益|资金|資金|本金)翻倍|躺赚|躺賺)/,
    description: 'Chinese: guaranteed, risk-free or high returns (稳赚不赔, 保本, 高回报).',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: ['这个项目稳赚不赔', '保證收益，零風險'],
      miss: ['保持联系', '今天收益不错的基金新闻'],
    },
  },
  {
    id: 'INVEST_PLATFORM_ZH',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:投资|投資|理财|理財|交易|博彩|彩票|虚拟币|虛擬幣|数字货币|數字貨幣|外汇|外匯|期货|期貨|黄金|黃金)(?:平台|app|软件|軟件|网站|網站)|(?<!(?:别|別|不要|不能|不|千万别|千萬別|从不|從不)(?:碰|买|買|投|玩|炒|信|做|去)?|远离|遠離|小心|谨防|謹防|警惕)(?:虚拟币|虛擬幣|数字货币|數字貨幣|合约交易|合約交易|量化交易|挖矿|挖礦|区块链项目|區塊鏈項目)|(?:邀请码|邀請碼)[^\n]{0,10}(?:注册|註冊|下载|下載)|(?:注册|註冊|下载|下載)[^\n]{0,15}(?:邀请码|邀請碼)|(?:充值|入金|充)\s?\d[\d,.]{0,8}\s?(?:u\b|usdt|个u|個u)/,
    description: 'Chinese: an investment, betting or crypto platform (投资平台, 虚拟币, 合约交易).',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: ['下载这个投资平台注册一下', '最近在做合约交易', '用我的邀请码注册', '先充值1000U试试'],
      miss: [
        '我在平台上买了衣服',
        '交易已完成，请查收',
        '老公，我舅舅说结婚的钱存定期最稳，别碰虚拟币',
        '我从来不玩虚拟币，只买国债',
      ],
    },
  },
  // ---- Chinese: the pig-butchering pitch, stage by stage (rules-zh) ----
  {
    id: 'INVEST_PROFIT_TODAY_ZH',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:跟着|跟著)(?:导师|導師|老师|老師|分析师|分析師|舅舅|叔叔|阿姨|姑姑|表哥|表姐|助理)[^\n]{0,10}(?:赚了|賺了|赚到|賺到|盈利|獲利|获利|收益了?)[^\n]{0,4}(?:\d|[一二三四五六七八九十两兩几幾]{1,3}(?:百|千|万|萬))/,
    description:
      'Chinese: the daily brag that opens the pitch, "earned again today following my mentor" (跟着导师赚了两万).',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: ['早上好，今天我又跟着导师赚了两万多', '跟著分析師這週賺了3萬'],
      miss: ['跟着老师学了很多东西', '跟着导师做实验，赚了不少经验'],
    },
  },
  {
    id: '__ZH_PROFIT_DAY',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:今天|今日|昨天|这周|這週|这个月|這個月|本周|本週|一天)(?:又|就|一共|总共|總共)?(?:(?:盈利了?|获利了?|獲利了?|收益了?)[^\n]{0,3}(?:\d[\d,.]{2,}|\d{1,4}\s?(?:千|万|萬)|[一二三四五六七八九十两兩几幾]{1,3}(?:千|万|萬))|(?:赚了|賺了)[^\n]{0,3}(?:\d[\d,.]{3,}|\d{1,4}\s?(?:万|萬)|[一二三四五六七八九十两兩几幾]{1,3}(?:万|萬)))/,
    description: 'Building block (Chinese): "today I made 20,000" (今天赚了两万).',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: ['今天又赚了两万多', '這週賺了3萬'],
      miss: ['今天赚钱不容易', '这个月总共赚了三千'],
    },
  },
  {
    id: '__ZH_INVITE_TRY',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /你也(?:可以)?(?:试试|試試|来|來|跟着|跟著|做|投|玩)|要不要(?:一起|跟我|试试|試試)|(?:带|帶)你(?:一起)?(?:赚|賺|做|玩|投)|我可以(?:教|帶|带)你/,
    description: 'Building block (Chinese): the invitation after the brag ("你也可以试试", "带你一起赚").',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: ['你也可以试试', '要不要跟我一起'],
      miss: ['你也早点睡', '明天要不要吃火锅'],
    },
  },
  {
    id: '__ZH_SCREENSHOT',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern: /(?:截图|截圖|截屏)/,
    description: 'Building block (Chinese): a screenshot.',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: ['你看我的截图', '發截圖給你'],
      miss: ['你看我的照片', '发个定位'],
    },
  },
  {
    id: 'INVEST_PROFIT_INVITE_ZH',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    meta: { all: ['__ZH_PROFIT_DAY'], any: ['__ZH_INVITE_TRY', '__ZH_SCREENSHOT'], minAny: 1 },
    description:
      'Chinese: a profit brag and, in the same message, an invitation to join or a screenshot (今天赚了两万，你也可以试试).',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: [
        '今天又赚了两万多，你也可以试试',
        '這週賺了三萬，要不要跟我一起',
        '你看我的截图，今天一天盈利了八千多',
      ],
      miss: ['这个月总共赚了三千，你也可以试试做跑腿', '你也可以试试这家面馆'],
    },
  },
  {
    id: 'INVEST_PERCENT_PERIOD_ZH',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:每天|每日|一天|日|每周|每週|一周|一週|每小时|每小時|(?:\d{1,3}|[一二三四五六七八九十两兩几幾半]{1,3})(?:分钟|分鐘|小时|小時|天))(?:的)?(?:就|都)?(?:能|可以|稳定|穩定)?(?:收益|利润|利潤|回报|回報|赚|賺|返利|盈利)(?:率)?(?:就|都|能|有|在|高达|高達|达到|達到|至少)?(?:百分之[一二三四五六七八九十两兩]{1,3}|\d{1,3}(?:\.\d{1,2})?\s?%)/,
    description:
      'Chinese: returns quoted per day or per hour, written out (每天收益百分之三, 十分钟就能赚百分之二十).',
    reason: 'reason_invest_percent_period',
    examples: {
      hit: ['这个黄金平台每天收益百分之三', '十分钟就能赚百分之二十'],
      miss: ['这只基金一天涨了百分之三', '余额宝每天收益才几块钱'],
    },
  },
  {
    id: '__ZH_SAFE_LICENCE',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:平台|软件|軟件|app|网站|網站|交易所)(?:是|很|绝对是?|絕對是?|百分百|完全|非常)(?:国际|國際)?(?:正规|正規|合法|安全)(?!的?[吗嗎么麼?？])|(?:美国|美國|香港|新加坡|英国|英國|澳洲|国际|國際|msb|fca|nfa)[^\n]{0,6}(?:(?:监管|監管)(?:牌照|执照|執照|认证|認證)|牌照)|(?:资金|資金)(?:很|绝对|絕對|百分百|非常)安全(?!的?[吗嗎么麼?？])/,
    description: 'Building block (Chinese): the platform is "regulated" or "legal".',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: ['平台是合法的', '有香港监管牌照', '这个平台是国际正规交易所，有美国牌照，资金很安全'],
      miss: ['平台是正规的吗', '监管部门发布通知', '为保障您的资金安全，请勿泄露验证码'],
    },
  },
  {
    id: '__ZH_ANYTIME_WITHDRAW',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern: /(?:随时|隨時)(?:都)?(?:可以|能)?(?:提现|提現|出金)/,
    description: 'Building block (Chinese): "withdraw any time" (随时可以提现).',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: ['随时可以提现', '隨時都能出金'],
      miss: ['随时联系我', '提现成功'],
    },
  },
  {
    id: 'INVEST_SAFE_PLATFORM_ZH',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    meta: { any: ['__ZH_SAFE_LICENCE', '__ZH_ANYTIME_WITHDRAW'] },
    description:
      'Chinese: reassures that the platform is regulated and safe, or that withdrawals work any time (正规平台, 美国监管牌照, 随时提现); weak alone.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: ['这个平台是正规的', '有美國監管牌照', '随时可以提现'],
      miss: ['这个平台是正规的吗？', '银行卡随时可以取钱'],
    },
  },
  {
    id: 'INVEST_SAFE_PLATFORM_CLAIMS_ZH',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    meta: { all: ['__ZH_SAFE_LICENCE', '__ZH_ANYTIME_WITHDRAW'] },
    description: 'Chinese: "the platform is regulated" and "you can withdraw any time" in one breath.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: ['这个平台是正规的，有美国监管牌照，随时可以提现', '平台絕對安全，隨時可以提現'],
      miss: ['这个平台是正规的吗？随时可以提现吗？', '银行随时可以提现'],
    },
  },
  {
    id: 'INVEST_MENTOR_CALL_ZH',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:老师|老師|导师|導師|分析师|分析師|舅舅|叔叔|助理)[^\n]{0,8}(?:带|帶)(?:着|著)?(?:我们|我們|大家|你)[^\n]{0,4}(?:做|操作|玩|买|買)[^\n]{0,4}(?:合约|合約|期货|期貨|外汇|外匯|黄金|黃金|比特币|比特幣|虚拟币|虛擬幣|usdt|币|幣)|(?:老师|老師|导师|導師|分析师|分析師|助理|舅舅|叔叔|阿姨|姑姑|表哥|表姐)(?:说|說|让|讓|叫|喊)[^\n]{0,10}(?:进场|進場|入场|入場|抄底|加仓|加倉|开单|開單|梭哈)|(?:老师|老師|导师|導師|分析师|分析師|助理)(?:说|說)[^\n]{0,20}(?:准备好|準備好|备好|備好)(?:资金|資金|钱|錢)|(?:老师|老師|导师|導師|分析师|分析師|助理)(?:说|說)[^\n]{0,16}(?:行情|大涨|大漲|拉升)[^\n]{0,16}(?:转进来|轉進來|转进去|轉進去|充值|充进|入金|加仓|加倉|多充)|(?:每天|每晚|每日|定时|定時)[^\n]{0,10}(?:发|發|给|給|推送)(?:我们|我們|大家|你)?(?:信号|信號|訊號|点位|點位)/,
    description:
      'Chinese: the "teacher" leads the trade or calls the entry (老师带我们做黄金合约, 老师说这个点位进场, 每天发信号).',
    reason: 'reason_invest_mentor',
    examples: {
      hit: [
        '老师说今晚八点有一波行情，大家准备好资金进场。',
        '老公，我叔叔让我们今天加仓，机会难得。',

        '老师今晚带我们做黄金合约',
        '老師說這個點位進場',
        '每天晚上给我们发信号',
        '老师说这次行情很大，赶紧把钱转进来',
      ],
      miss: [
        '老师说明天春游，大家准备好零钱买水',
        '我叔叔让我们今天去他家吃饭',
        '老师明天带我们去春游',
        '老师说明天交作业',
        '老师说这次考试的机会很难得，大家多投入时间复习',
      ],
    },
  },
  {
    id: 'INVEST_NO_LOSS_ZH',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:跟着|跟著|单|單|操作|交易|投资|投資|炒|信号|信號|訊號)[^\n]{0,10}(?:从来|從來|从未|從未)(?:没有?|沒有?)?(?:亏|虧)(?:过|過|损|損)|(?:亏|虧)了(?:算我的|我(?:来)?(?:赔|賠|补|補))|不(?:赚|賺)(?:钱|錢)?(?:算我的|我(?:来)?(?:赔|賠|补|補))|(?:包赔|包賠|包赚|包賺)|(?:信号|信號|訊號|点位|點位|带单|帶單|喊单|喊單|老师|老師|导师|導師)[^\n]{0,10}(?:胜率|勝率|准确率|準確率)(?:高达|高達|达到|達到|在)?(?:百分之)?(?:九十|八十|9\d|8\d)/,
    description: 'Chinese: the trades "never lose" (从来没亏过, 亏了算我的, 胜率百分之九十).',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: [
        '你先充值五千试试水，赚了再加，不赚我赔给你。',
        '跟着老师做从来没亏过',
        '虧了算我的',
        '老师的信号胜率百分之九十以上',
      ],
      miss: ['这次不赚钱也没关系，就当学经验', '这家店开了十年从来没亏过', '这个战队胜率百分之八十'],
    },
  },
  {
    id: 'INVEST_SMALL_START_ZH',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:小额|小額)(?:试水|試水|试试|試試|投入|起步|入金)|(?:先|可以先)入金[^\n]{0,3}(?:\d{1,6}|[一二三四五六七八九十两兩百千万萬]{1,4})[^\n]{0,12}(?:试试|試試|看看|体验|體驗|赚了再|賺了再)|(?:少投|先投|投个|投個)[^\n]{0,8}(?:试试|試試|试水|試水|看看效果)|(?:先)?(?:试试水|試試水|试水|試水)/,
    description:
      'Chinese: start with a small sum to "test the water" (小额试水); weak alone, a friend says it too.',
    reason: 'reason_invest_small_start',
    examples: {
      hit: ['我是做黄金期货的，这周带你做几单，先入金五千，赚了再加', '你先小额试水', '先少投一點試試水'],
      miss: ['先充一百话费试试，看看到账快不快', '先少吃一点试试', '小额贷款利息高'],
    },
  },
  {
    id: '__ZH_BUY_U',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:买|買|换|換|兑换|兌換)(?:点|點|些|一些)?(?:u|usdt|泰达币|泰達幣)(?![a-z盘盤])|(?:usdt|泰达币|泰達幣)[^\n]{0,20}(?:买好|買好|买了|買了|买入|買入)/,
    description: 'Building block (Chinese): buy USDT ("去币安买U").',
    reason: 'reason_invest_usdt',
    examples: {
      hit: ['USDT是稳定币，你先在币安买好', '先去币安买U', '买点USDT'],
      miss: ['USDT是稳定币，价格跟美元挂钩', '买U盘存照片', '买点水果'],
    },
  },
  {
    id: '__ZH_SEND_TO_GIVEN',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:转到|轉到|转入|轉入|充到|充进|充進|打到|充值到|提到)(?:我给你的|我給你的|我发给你的|我發給你的|我发你的|我發你的|这个|這個|指定的?|我们的?|我們的?)[^\n]{0,6}(?:平台|地址|钱包|錢包|账户|帳戶|app)/,
    description: 'Building block (Chinese): move it to the platform or address I gave you.',
    reason: 'reason_invest_usdt',
    examples: {
      hit: ['再转到这个平台', '轉到我給你的錢包地址'],
      miss: ['转到冷钱包里', '转到工资卡'],
    },
  },
  {
    id: 'INVEST_ONRAMP_ZH',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    meta: { all: ['__ZH_SEND_TO_GIVEN', '__ZH_BUY_U'] },
    description:
      'Chinese: buy USDT on an exchange, then send it to the platform or address given (买U再转到这个平台).',
    reason: 'reason_invest_usdt',
    examples: {
      hit: ['你先在交易所买点USDT，再转到这个平台就能开始了', '先去幣安買U，再轉到我給你的錢包地址'],
      miss: ['我用USDT在币安买了点ETH', '买了点USDT转到冷钱包'],
    },
  },
  {
    id: 'INVEST_STOCK_GROUP_ZH',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:拉你|邀请你|邀請你|带你|帶你)(?:进|進|加入)[^\n]{0,8}(?:股票|炒股|投资|投資|理财|理財|牛股|荐股|薦股)[^\n]{0,4}(?:群|群組)|(?:免费|免費)(?:推荐|推薦|分享)(?:牛股|股票|个股|個股|黑马|黑馬)|(?:推荐|推薦)(?:牛股|黑马股|黑馬股)/,
    description:
      'Chinese: the stock-tips group, "join our group, the teacher recommends winning stocks for free" (拉你进股票群, 免费推荐牛股).',
    reason: 'reason_invest_mentor',
    examples: {
      hit: ['拉你进一个股票交流群，老师每天免费推荐牛股', '邀請你加入我們的理財群組'],
      miss: ['拉你进一下家长群', '这本书推荐给你'],
    },
  },
  // ---- end of the Chinese pitch block (rules-zh) ----
  {
    id: '__PROMO_HANDLE',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:^|[^a-z0-9_])[@#][a-z0-9_.]{0,30}(?:trad(?:e|es|er|ers|ing)|invest|fx|forex|crypto|profit|wealth|financ|broker|bitcoin|mining|capital|option|signal|earn|rich|money)[a-z0-9_.]{0,30}[_.][a-z0-9_.]{0,30}|(?:^|[^a-z0-9_])[@#][a-z0-9_.]{1,30}(?:trad(?:e|es|er|ers|ing)|invest|fx|forex|profit|wealth|financ|broker|capital)[a-z0-9_.]{0,30}|(?:^|[^a-z0-9_])@(?:trad(?:e|es|er|ers|ing)|invest|forex|profit|wealth|financ|broker|capital)[a-z0-9_.]{3,30}|(?:^|[^a-z0-9_])[@#]_{0,4}[a-z]{2,20}(?:_{1,4}[a-z]{2,20}){1,2}_{1,4}(?![a-z0-9_.])|(?:^|[^a-z0-9_])[@#][a-z0-9_.]{0,20}(?:earn|trade|trades|trading|invest|wealth|money|profit|business|grow|crypto|finance|build|rich|accomplish|cash)_?with_?[a-z]{2,30}|(?:^|[^a-z0-9_])[@#][a-z0-9_.]{2,30}(?:\.fxt?|_fxt?|fxt|\.xtips|_coach|coach_|_signals?|recovery|hacker|hackers|spellcaster|spell_caster)(?![a-z])|(?:^|[^a-z0-9_])(?:#coach_[a-z]{3,20}\d{1,4}|@coach_[a-z]{3,20})(?![a-z0-9_])/,
    description:
      'Building block: a handle that advertises trading or investing ("@anna_trades", "@mike.fx") or a name written as an underscored hashtag.',
    reason: 'reason_invest_promoter',
    examples: {
      hit: [
        'thanks @trade_with_rossy',
        'big thanks to @lucy_fx_signals',
        'thank you #financee_sonya__',
        'all thanks to #makemoneywithpeggy',
        'another payout from @victoria.xtips',
        'discipline wins, #coach_marina7',
      ],
      miss: [
        '#btc to the moon',
        '@binance when listing',
        '#hodl',
        'great game @coach',
        'success is a journey #coach_life',
      ],
    },
  },
  {
    id: '__MOTIVATION',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:success|successful|failure|your dreams?|discipline|determination|hard work|never give up|believe in (?:the process|yourself)|set goals|the journey|winning team|price of regret|financial freedom|financially free|the right decision|change your life|chasing your dreams)\b/,
    description:
      'Building block: the motivational-quote opener of a promoter comment ("failure is the builder of character").',
    reason: 'reason_invest_promoter',
    examples: {
      hit: ['discipline beats motivation', 'never give up on your dreams'],
      miss: ['the meeting went well', 'see you at the gym'],
    },
  },
  {
    id: 'INVEST_PROMOTER_NAMED',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    meta: {
      all: ['__PROMO_HANDLE'],
      any: ['__PRAISE', '__CALL_TO_ACTION', '__INVEST_WORDS', '__MONEY_AMOUNT', '__MOTIVATION'],
    },
    description:
      'A trading or investing handle together with praise, money, investment talk or a call to action.',
    reason: 'reason_invest_promoter',
    examples: {
      hit: [
        "Don't waste your time on fake people, @kate_investment is the real deal, ask her how",
        'made $9k this month @jordan.milesfxt',
        'god bless you for growing my investment @tradeswithnora',
        'discipline today, freedom tomorrow @marcus_fx_academy',
      ],
      miss: ['#btc looks strong today', 'follow @nasa for space news'],
    },
  },
  {
    id: '__MONEY_AMOUNT',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern: new RegExp(MONEY),
    description: 'Building block: an amount of money.',
    reason: 'reason_invest_profit_proof',
    examples: { hit: ['$1,000', '500 usdt'], miss: ['ten apples', 'at 5 pm'] },
  },
  {
    id: 'INVEST_EARNED_WITH',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`\bi(?:'ve| have)? (?:made|earn(?:ed)?|received?|got|make|withdr[ae]w|cashed out|have made)\b[^.?!\n]{0,40}?${MONEY}[^.?!\n]{0,50}?\b(?:with|from|through|via|thanks to|by)\b\s?(?:[a-z]{1,20} ){0,3}?[@#]|\bwith [@#][a-z0-9_.]{2,40}\s?,? i (?:made|earned|got|received|make)\b[^.?!\n]{0,20}?${MONEY}|\b(?:made|making|earn(?:ed|ing)?) (?:over |about |almost )?${MONEY}[^.?!\n]{0,40}\b(?:through|with|via) (?:[a-z]{1,20} ){0,2}?[@#]`,
    ),
    description: 'A profit claim credited to a handle ("I made $12k with @...").',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: [
        'with @rosa_markets i made over $9,000 in two weeks',
        'i made $25k with @helen_markets',
        'i received $8k from @nova_capital_desk',
        'i earn $6k weekly with #anna___brooks',
      ],
      miss: ['i made $20 with my lemonade stand', 'i got $50 from grandma'],
    },
  },
  {
    id: 'INVEST_MONEY_PER_PERIOD',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`\b(?:make|earn|making|earning|made|get|receive|earns)\b[^.?!\n]{0,20}?${MONEY}\s?(?:daily|weekly|every (?:day|week)|per (?:day|week)|a (?:day|week)|each (?:day|week))\b(?!,? (?:from|at|in|with|selling|doing|working|on) (?:my|our|his|her|the|a) (?:(?:own|little|small|new|old|online|family|side|day|night|part-time|full-time|weekend|second) )?(?:job|shop|store|stall|business|salary|side|gig|restaurant|cafe|bakery|work|etsy|ebay|channel|rental|farm|garden|shift|hustle|company|practice|clinic|kitchen|tips|pension))|${PERCENT}[^.?!\n]{0,40}\b(?:in|within|after) (?:just )?(?:after )?(?:a|one|\d{1,2}) ?(?:day|days|hours?|weeks?)\b`,
    ),
    description: 'Large sums or percentages earned per day or week, or within a day.',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: ['you could make $3,000 weekly from home', 'earn 8% on your deposit in just one day'],
      miss: [
        'I make $15 an hour at the cafe',
        'prices rose 10% in a year',
        "I earn about $200 a week from my Etsy shop, it's a nice side income.",
      ],
    },
  },
  {
    id: 'INVEST_GIVEAWAY',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:paying|giving|give|blessing|sending)\b[^.?!\n]{0,12}(?:\$\s?\d[\d,.]{0,15}k?|\d{1,3} ?(?:grands?|k)\b|\d{1,3},\d{3}\b)[^.?!\n]{0,40}\b(?:first \d{1,3}|people|persons|followers)\b|\b(?:paying|pay|clearing|clear|paying off) (?:off )?(?:the )?(?:bills?|debts?|rent|loans?) (?:of|for) (?:the )?first (?:\d{1,3}|five|six|seven|ten|twenty)\b|\bclaim (?:your |a |the )?free (?:nft|airdrop|crypto|bitcoin|btc|eth|tokens?|usdt)\b|\bfirst (?:\d{1,3}|five|six|seven|ten|twenty) (?:lucky |random |new )?(?:people|persons)\b[^.?!\n]{0,40}\b(?:to )?(?:message|dm|inbox|text|comment|hmu|hit me up|contact)|\bto \d{1,3} (?:lucky |random )?(?:people|persons|followers) (?:who|that) (?:message|dm|inbox|text|comment)/,
    description: 'A cash "giveaway" to the first people who message.',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: [
        'claim your free airdrop now, message this number',
        'sending 3 grands to the first 5 people who message me',
        'giving $5,000 to the first 10 people who dm me',
        'blessing the first twenty people to dm me today',
        "i'm paying off bills of the first 10 lucky people to message me",
        'sending 4,000 rn to 12 people who dm me',
      ],
      miss: ['the first 10 people get free coffee', 'paying the bills today'],
    },
  },
  {
    id: 'INVEST_TOKEN_SHILL',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:next \d{2,4}x|\d{2,4}x (?:gem|potential|coin|token)|buy and hold (?:#|\$)?[a-z]{2,10}|explosion is coming|astronomical profits|rising (?:diamond|gem|star)|don'?t miss (?:out on )?(?:#|\$)[a-z]{2,10}|get in (?:early|now) (?:on|before)|(?:presale|airdrop) (?:is )?(?:live|now|ends))\b/,
    description: 'Pump-style token shilling ("next 100x gem", "buy and hold #coin").',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: ['this token is the next 100x, get in early', 'buy and hold #frzw the explosion is coming'],
      miss: ['I hold my coins long term', 'we had a gem of a day'],
    },
  },
  {
    id: '__SHILL_WORDS',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:airdrops?|airedrops?|presale|pre-sale|to the moon|buy and hold|(?:new|next|rising|hidden) (?:gem|diamond)|\d{2,4}x|decentrali[sz]ed exchange|dex community|listing on|get rich|seize the opportunity|before (?:it goes|going) up|(?:buy|get) (?:that |the |this )?#?[a-z]{2,12} (?:token|coin)s?)\b/,
    description:
      'Building block: token-shilling words (airdrop, presale, next gem, "buy and hold", to the moon).',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: ['claim the airdrop', 'this rising gem is listing on a new dex'],
      miss: ['the moon is bright', 'hold on'],
    },
  },
  {
    id: 'INVEST_SHILL_LINK',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: { all: ['__SHILL_WORDS'], any: ['__IND_URL', '__IND_MESSENGER', '__IND_HANDLE', '__LINK_TEXT'] },
    description:
      'Token shilling that sends the reader to a site, a Telegram group or an account (weak alone; adds to a pump pitch).',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'free airdrop for early holders, join t.me/moonpad_drop',
        'next gem, buy and hold before listing, follow @padcoin_official',
      ],
      miss: ['the airdrop is live, see the announcement', 'to the moon!'],
    },
  },
  {
    id: '__PUMP_HYPE',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:to the moon|moon soon|next (?:100x|1000x|big thing|bitcoin|shiba|doge|king)|get rich|seize the opportunity|(?:don'?t|do not) miss (?:it|this|out)|you missed #?\w+|will (?:explode|skyrocket|bow|change the world)|before (?:it|going) (?:goes )?(?:up|pumps?|explodes?)|100x|1000x|diamond of|best project|mass adoption|(?:will be|is going to be) revolutioni[sz]ed)\b/,
    description:
      'Building block: pump hype ("to the moon", "next 100x", "buy before it pumps", "you missed #btc").',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: ['next 100x gem', 'get in before it pumps', 'you missed #doge'],
      miss: ['over the moon for you', 'buy milk now'],
    },
  },
  {
    id: '__PUMP_PROJECT',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /#(?!(?:btc|bitcoin|eth|ethereum|sol|solana|xrp|ripple|ada|cardano|doge|dogecoin|bnb|shib|ltc|litecoin|dot|polkadot|matic|polygon|avax|link|usdt|usdc|trx|tron|ton|crypto|cryptocurrency|blockchain|nft|nfts|web3|defi|altcoins?)\b)[a-z][a-z0-9_]{2}|\$(?!(?:btc|bitcoin|eth|ethereum|sol|solana|xrp|ripple|ada|cardano|doge|dogecoin|bnb|shib|ltc|litecoin|dot|polkadot|matic|polygon|avax|link|usdt|usdc|trx|tron|ton|crypto|cryptocurrency|blockchain|nft|nfts|web3|defi|altcoins?)\b)[a-z][a-z0-9]{1,7}\b|\b(?!(?:bitcoin|the|a|this|that|any|one|meme|your|my|our|new|stable|utility|native)\b)[a-z][a-z0-9]{1,14} (?:token|coin)\b/,
    description:
      'Building block: a named small project: a #hashtag or $ticker that is not one of the major coins, or "<name> token/coin".',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: ['#hzmcoin', '$xec', 'ret token'],
      miss: ['#bitcoin', 'a meme coin', 'the token', '#solana', '$sol'],
    },
  },
  {
    id: '__CRYPTO_CONTEXT',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:tokens?|coins?|crypto(?:currency)?|presale|listing|holders|airdrop|dex|bsc|binance|pancakeswap|memecoins?|defi|blockchain|web3|bitcoin|btc|ethereum|eth|doge|shib|bnb|xrp|ada|solana|altcoins?)\b|#[a-z0-9_]*(?:coin|token|inu|swap|dex|chain|bsc)\b/,
    description: 'Building block: crypto words (token, coin, presale, listing, DEX, BSC, a coin name).',
    reason: 'reason_invest_crypto_platform',
    examples: { hit: ['the presale is live', '#hzmcoin'], miss: ['the sale is live', '#sunset'] },
  },
  {
    id: 'INVEST_PUMP_SHILL',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: { all: ['__PUMP_HYPE', '__PUMP_PROJECT', '__CRYPTO_CONTEXT'] },
    description:
      'Pump shilling: a named token or coin with hype ("to the moon", "next 100x", "buy before it pumps", "you missed #doge, now get into #…").',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        'you want to get rich? seize the opportunity before going up #hzmcoin',
        '2017 you missed #bnb, 2021 you missed #shib, now you can get into #ret',
        'get $pepe2 before it pumps, next 100x token',
      ],
      miss: [
        'bitcoin to the moon 🚀',
        'is #bitcoin going to the moon this year?',
        'a meme coin is not an investment',
        'you want to get rich? work hard every day #motivation #success',
        'LFG #solana to the moon 🚀',
        '$SOL and $ETH to the moon this cycle',
      ],
    },
  },
  {
    id: 'INVEST_TESTIMONY_CONTACT',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:came|come|got) (?:in )?(?:contact|across) (?:with )?(?:her|him|you|your page|[@#])|\bfrom zero to hero\b|\b(?:withdrawals?|payouts?) (?:successfully|notification)|\bsuccessful withdrawals?\b|\bi have not lost (?:ever )?since\b|\byou are a (?:blessing|messiah|god ?sent)\b|\b(?:her|his) mentorship\b|\bundying smile\b|\b(?:gave|give|giving) (?:it|her|him|them|this) a (?:try|trial)\b|\bgave a trial\b|\bcame across this (?:opportunity|platform|company)\b|\b(?:legitimate|legit) (?:(?:bitcoin|crypto|forex|fx|binary|mining|trading|investment) ){0,2}(?:platform|company|trader|broker|investment|service)\b|\bi (?:never|didn'?t) believe(?:d)? (?:it )?(?:till|until) i (?:experienced|tried|found|saw|received|got)|\bi thought (?:it |this |she |he )?(?:was|is) (?:fake|a scam|too good to be true)\b[^.?!\n]{0,40}\b(?:but|until)\b|\bat first i (?:thought|was thinking|believed)\b[^.?!\n]{0,60}\b(?:not until|until|but when|but after) i (?:realized|realised|tried|saw|found|received|got|met)\b/,
    description:
      'Testimonial phrases: "since I came in contact with her", "zero to hero", withdrawals arriving.',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: [
        'i thought it was fake but i tried and it worked',
        'my life turned around after i came in contact with him',
        'she took my account from zero to hero',
        'at first i thought it was a joke, until i saw my first payout',
        'a friend got me introduced to a legit crypto trading company',
      ],
      miss: ['I came across an old photo', 'she is a hero'],
    },
  },
  {
    id: '__HASH_NAME',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:^|[^a-z0-9_])#_{0,4}[\p{Ll}\p{M}]{2,20}_{1,4}[\p{Ll}\p{M}_]{2,30}|(?:^|[^a-z0-9_])#_{1,8}[\p{Ll}\p{M}]{3,20}(?:_{1,8}[\p{Ll}\p{M}]{2,20}){0,2}_{1,8}(?![a-z0-9])/u,
    description:
      'Building block: a person\'s name written as an underscored hashtag ("#anna_smith__"), used in place of a handle.',
    reason: 'reason_invest_promoter',
    examples: {
      hit: [
        'thanks #financee_sonya__',
        'with #_katrlna___avila_',
        'bless you #_______mona______reyes______',
        'try her #ŕosá_ƙlein',
      ],
      miss: ['#btc', '#hodl gang', '#_ok'],
    },
  },
  {
    id: '__HASH_WORD',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:^|[^a-z0-9_&])#(?!(?:bitcoin|crypto|btc|eth|forex|fx|trad|invest|money|financ|nft|defi|blockchain|stock|business|success|motivat|entrepreneur|wealth|rich|love|life|god|inspir|hustle|mindset|goals|binance|altcoin|memecoin|web3|passive|income|savings|budget|realestate|personalfinance|news|ad\b|sponsored)[a-z]{0,20})[a-z]{7,30}\d{0,4}(?![a-z0-9_])/,
    description:
      'Building block: a single-word hashtag that reads as an account name ("#kaysemartinez", "#ryanthecryptoway"), not a topic tag: promoters write the handle as a hashtag to dodge mention filters.',
    reason: 'reason_invest_promoter',
    examples: {
      hit: ['all thanks to #kaysemartinez', 'grateful to #ryanthecryptoway'],
      miss: ['#bitcoin to the moon', '#cryptocurrency news', '#motivationmonday'],
    },
  },
  {
    id: '__HANDLE_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    meta: { any: ['__IND_HANDLE', '__HASH_NAME', '__HASH_WORD'] },
    description: 'Building block: an @handle or a name written as a hashtag.',
    reason: 'reason_invest_promoter',
    examples: { hit: ['thanks @anna', 'thanks #anna_lee__'], miss: ['thanks anna', '#btc'] },
  },
  {
    id: '__ACCOUNT_NAMED',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    meta: { any: ['__HANDLE_ANY', '__PROMO_HANDLE', '__NAME_HANDLE'] },
    description:
      'Building block: an account is named (@handle, a name as a hashtag, or an account name without the "@"). Meta rules test it first: it is rare and cheap.',
    reason: 'reason_invest_promoter',
    examples: { hit: ['thanks @anna', 'thanks to sarahgrosvenor___'], miss: ['thanks anna', 'hello there'] },
  },
  {
    id: '__TESTIMONY',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:(?:all )?thanks to (?:her|him|this (?:woman|man|lady|guy))\b|(?:the person|the (?:wo)?man|the lady|a helper) behind my success|behind every successful (?:person|man|woman)|(?:couldn'?t|could not|wouldn'?t) have done (?:it|this) without (?:you|your|her|him)|(?:my )?life took a (?:better|positive|new) turn|(?:a )?(?:real )?life ?changer|smile to the bank|financially (?:stable|free|independent)|(?:keep|kept) (?:on )?(?:telling|sharing)(?: the good news)?(?: with| to)? (?:people|everyone|my friends|the world|others|y'?all)|let the world know|introduce you (?:all )?to (?:[@#]|her|him|this|a legit)|(?:getting|got) started with [@#]|expert service|(?:her|his|your) (?:credibility|integrity|transparency|sincerity|honesty)|(?:sincere|honest) and (?:honest|reliable|sincere|trustworthy|transparent)|(?:massive|huge|another|big) (?:payouts?|withdrawals?|profits?)|cashing out (?:daily|weekly|every)|(?:delivers?|making|made|earn(?:ing)?|paid) (?:me )?(?:profits?|payouts?|returns?) (?:every|each) (?:day|week|month)|already making (?:\d|six|seven|5|6)(?:[- ]figures?)?|(?:six|seven|6|7)[- ]figures? (?:in|within|every)|(?:fourth|third|second|first|1st|2nd|3rd|4th) (?:week|month) (?:and )?(?:i'?m |am |i am )?already (?:making|earning)|(?:expert|genius|guru|trader|broker|coach) like [@#]|thanks? (?:you )?for (?:coming to|coming for) my (?:help|rescue)|(?:i|we) invested with (?:[@#]|her|him|mr|mrs|ms|miss|[a-z]{4,30}\b)|(?:started|began) (?:trading|investing) with (?:[@#]|mr|mrs|ms|miss|madam|expert)\b|(?:started|began) my (?:trading|investment|investing|crypto) journey with (?:[@#]|mr|mrs|ms|miss|madam|expert)\b|(?:invest(?:ing)?|trad(?:e|ing)) with (?:her|him) (?:is|was|has been)|god (?:bless|continue to bless) you (?:and your family )?for (?:all )?(?:helping|growing|your|making|the)|get in touch with [@#]|(?:start|begin|started|began) (?:making|earning) (?:good |real |more |massive |huge )?(?:profits?|money|income|returns?) (?:with|through|via|from) [@#]|(?:in|into) my (?:wallet|account) (?:i believe|thank|thanks|all thanks)|received (?:the|my) \$?\d[\d,.]{0,10}k? (?:in|into) (?:my|mv) (?:wallet|account)|(?:my|the) (?:encounter|experience) with (?:[@#]|her|him|mr|mrs|ms|miss)\b[^.?!\n]{0,30}\b(?:best|great|amazing|legit|honest)|(?:best|greatest|finest) (?:decision|thing) (?:i'?ve|i have|i) ever (?:made|done|wished)|(?:she|he) (?:can|will) guide you|(?:dm|message|contact|reach out to|write to|text|inbox) (?:to )?[@#][a-z0-9_.]{2,40}\s?(?:asap|now|today|for help|for assistance|(?:on|via) (?:instagram|ig|telegram|whatsapp))|(?:very |so |really )?helpful and (?:reliable|legit|genuine|trustworthy)|grateful to (?:have )?(?:meet|met|know|known|found)\b|thank you for being (?:so )?(?:sincere|honest|real|legit|genuine)|\bi joined [@#]|consecutive (?:withdrawals|payouts|profits)|recommend (?:him|her|them) (?:for|to) (?:you|everyone)|worth listening to|(?:met|meet|found) this (?:genius|expert|woman|man|lady|guru)|after partnering with|(?:with|through) the help of (?:[@#]|mr|mrs|ms|miss|her|him|[a-z]{2,20}_)|(?:come|came) across this opportunity|gave me (?:your|her|his) guide ?lines|convinced by the right person|(?:target|goal|success) i have achieved with you|thanks? (?:you )?for restoring|(?:all )?thanks to (?:expert|mrs|mr|ms|miss|madam|mentor|coach|trader|broker)\.? [a-z]{3,15}\b|(?:mrs|mr|ms|miss|madam|expert)\.? [a-z]{3,15}(?: [a-z]{3,15})? (?:changed (?:everything|my life)|is (?:very |so |really |truly )?(?:honest|legit|genuine|trustworthy|reliable)))/,
    description:
      'Building block: testimonial script phrases ("all thanks to her", "my life took a better turn", "massive payout", "she can guide you").',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: [
        'my life took a better turn after that',
        'another massive payout today',
        'she can guide you',
        'i will keep telling people about her',
      ],
      miss: ['thanks to the rain we stayed in', 'he can drive you home', 'it was a big day'],
    },
  },
  {
    id: '__TESTIMONY_RESULT',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:shout ?outs? to (?:mrs?|ms|miss|madam|expert)\b|(?:withdrawal|payout|profits?) of \$?\d[\d,.]*k? (?:just )?(?:hit|landed in|arrived in|came into|entered) my (?:bank|account|wallet)|(?:helped|helps) me (?:grow|turn|multiply|double|triple) my (?:little |small |tiny )?(?:savings|money|capital|investment|\$?\d[\d,.]*k?) into|(?:smiling|laughing) (?:ever since|all the way to the bank)|paid off (?:our|my) (?:car|house|mortgage|debts?|loans?|student loans?) with (?:the|my|our) (?:profits?|returns?|earnings)|(?:my )?(?:trading )?(?:account|balance|portfolio) (?:showed|shows|grew to|reached|jumped to|is now at) \$\d)/,
    description:
      'Building block: the testimonial\'s result ("shoutout to Mr …", "my withdrawal of $9,200 just hit my bank", "helped me grow my savings into", "smiling ever since", "paid off our car with the profits", "my account showed $4,900").',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: [
        'shoutout to mr daniel price',
        'my second withdrawal of $9,200 just hit my bank',
        'he helped me grow my little savings into a fortune',
        "i've been smiling ever since",
        'now we paid off our car with the profits',
        'within 10 days my account showed $4,900',
      ],
      miss: ['shoutout to my team', 'my paycheck hit the bank', 'we paid off the car last year'],
    },
  },
  {
    id: '__TESTIMONY_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: { any: ['__TESTIMONY', '__TESTIMONY_RESULT'] },
    description: "Building block: a testimonial phrase or a testimonial's result.",
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: ['my life took a better turn after that', "i've been smiling ever since"],
      miss: ['the weather took a turn', 'smiling at the camera'],
    },
  },
  {
    id: '__TESTIMONY_STRONG',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:(?:massive|huge) (?:payouts?|withdrawals?|profits?)|consecutive (?:withdrawals|payouts|profits)|already making (?:\d|six|seven)|smile to the bank|(?:my )?life took a (?:better|positive) turn|behind my success|(?:couldn'?t|could not) have done (?:it|this) without|introduce you (?:all )?to [@#]|thanks? (?:you )?for restoring|(?:dm|message|contact|reach out to|write to|text|inbox) (?:to )?[@#][a-z0-9_.]{2,40}\s?(?:for help|for assistance|for recovery|(?:on|via) (?:instagram|ig|telegram|whatsapp))|helpful and (?:reliable|legit|genuine|trustworthy)|(?:target|goal|success|milestone) i (?:have )?achieved with you|bring (?:more |new )?clients to you|(?:dm|message|contact|text|inbox|write to|reach out to) [@#][a-z0-9_.]{2,40}\s?,? (?:she|he|they) (?:can|will) (?:guide|assist|teach|mentor) you)/,
    description:
      'Building block: the testimonial phrases that ordinary chat hardly uses ("massive payout", "consecutive withdrawals", "dm @… asap", "she can guide you").',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: [
        '6 consecutive withdrawals',
        'reach out to @blue_desk on instagram for help',
        'they are helpful and reliable',
        'message @nina.trades she can guide you',
      ],
      miss: [
        'another big day',
        'dm me the photos',
        'dm @sarah asap she has the tickets',
        'she can guide you',
      ],
    },
  },
  {
    id: '__NAME_HANDLE',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:^|[\s,.!(])[a-z]{2,20}_[a-z]{2,20}_[a-z_]{2,30}(?![a-z0-9_.@])|(?:^|[\s,.!(])[a-z]{4,30}_{2,6}(?![a-z0-9_.@])|(?:^|[\s,.!(])(?:crypto|trade|trades|trading|earn|invest|wealth|money|profit|finance|fx|forex)with[a-z]{3,20}\b/,
    description:
      'Building block: a name written as an account name without the "@" ("sarah_collins__"), the way promoters dodge mention filters.',
    reason: 'reason_invest_promoter',
    examples: {
      hit: [
        'thanks to sarahgrosvenor___',
        'contact mrs_slivia_whitney now',
        'I invested with CRYPTOWITHMARTHA',
      ],
      miss: ['snake_case code', 'hello there', 'i traded with my brother'],
    },
  },
  {
    id: 'INVEST_TESTIMONY_CREDITED',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: {
      all: ['__ACCOUNT_NAMED', '__TESTIMONY_ANY'],
      any: [
        '__TESTIMONY_STRONG',
        '__PROMO_HANDLE',
        '__NAME_HANDLE',
        '__HASH_NAME',
        '__INVEST_WORDS',
        '__MONEY_AMOUNT',
      ],
    },
    description:
      'A testimonial script ("all thanks to her", "massive payout", "she can guide you") that credits an account to contact.',
    reason: 'reason_invest_promoter',
    examples: {
      hit: [
        'my life took a better turn once i met @nora.markets_ , all thanks to her',
        'another massive payout from @kelly.signals',
        'message @olivia_wealth_desk she can guide you',
      ],
      miss: [
        'thanks to her we won the match',
        '@tom another big day at the lake',
        '@mike thank you for being so honest with me yesterday',
      ],
    },
  },
  {
    id: '__TITLE_NAME',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern: /\b(?:expert|mrs|mr|ms|miss|madam)\.? [a-z]{3,15}\b/,
    description:
      'Building block: a name behind a title ("Mrs Laura", "Expert Jessica"), how testimonials name the "account manager".',
    reason: 'reason_invest_promoter',
    examples: { hit: ['thanks to expert jessica', 'mrs olivia is honest'], miss: ['thanks to her', 'mrs'] },
  },
  {
    id: '__GUIDED_BY',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\bthanks to the (?:guidance|help|expertise|mentorship|assistance) of (?:mrs?|ms|miss|madam|expert|(?:a |an |this |the )?(?:licensed |professional |certified |expert |seasoned )?(?:trader|broker|account manager|investment manager|crypto expert|forex expert))\b|\b(?:under|with) the (?:guidance|help|supervision|mentorship) of (?:a |an )?(?:licensed|professional|certified|expert|seasoned|experienced|reliable|trusted) (?:professional|trader|broker|expert|account manager|investor)\b|\bunder the (?:guidance|supervision|mentorship|management) of (?:mrs?|ms|miss|madam|expert)\.? [a-z]{3,15}\b|\bsince i (?:started|began) (?:working|trading|investing) with (?!(?:a|an|my|our|the|your) )[a-z]{3,15}\b|\b(?:who|anyone) else (?:here )?(?:is |are )?(?:trading|investing) with (?!(?:a|an|my|our|the|your|robinhood|etoro|fidelity|vanguard|schwab|binance|coinbase|kraken)\b)[a-z]{3,15} [a-z]{3,15}\b|\b(?:i(?:'ve| have) been|i am|i'm) (?:trading|investing) with (?:mr|mrs|ms|miss|expert)\b|\brecovered all (?:of )?my losses\b(?! (?:from|since|by|in)\b)/,
    description:
      'Building block: the testimonial\'s credit to a person ("thanks to the guidance of", "since I started trading with", "who else is trading with").',
    reason: 'reason_invest_promoter',
    examples: {
      hit: [
        'thanks to the guidance of Mrs Laura Bennett',
        'who else here is trading with Anthony Reeves?',
        'since I started working with Sandra Holmes',
      ],
      miss: [
        'thanks to the help of my neighbours',
        'since I started working with a new team',
        'thanks to the guidance of my professor',
        'who else is trading with Robinhood?',
      ],
    },
  },
  {
    id: 'INVEST_TESTIMONY_GUIDED',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: {
      all: ['__GUIDED_BY', '__INVEST_WORDS'],
      any: ['__BIG_MONEY', 'INVEST_TESTIMONIAL', '__TESTIMONY_STRONG', 'PLATFORM_MOVE_REQUEST'],
    },
    description:
      'A testimonial that credits a trader or "professional" for the writer\'s profits, with a sum or the praise of her strategy.',
    reason: 'reason_invest_promoter',
    examples: {
      hit: [
        "I'm 52 and retired early thanks to the guidance of Mrs Laura Bennett, I started with $5,000 and now I withdraw weekly",
        'Who else here is trading with Anthony Reeves? His strategy has been amazing for me',
        'I have made over $15,000 in profits since I started trading with Sandra Holmes',
      ],
      miss: [
        'thanks to the help of my neighbours we rebuilt the fence for $5,000',
        'since I started working with a coach I run 10k in 50 minutes',
        'I have been trading with him for years, he is my brother',
        'Since I started working with a personal trainer I lost 20 pounds, best $1,200 I ever spent',
        'I have been investing with him since 2015, my dad is careful, his strategy is boring index funds',
      ],
    },
  },
  {
    id: 'INVEST_TESTIMONY_TITLED',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: {
      all: ['__TITLE_NAME', '__TESTIMONY_ANY'],
      any: [
        '__TESTIMONY_STRONG',
        '__INVEST_WORDS',
        '__BIG_MONEY',
        '__CALL_TO_ACTION',
        'PLATFORM_MOVE_REQUEST',
      ],
    },
    description:
      'A testimonial script that credits a titled name ("all thanks to Expert Jessica", "Mrs Laura changed everything") with profits or a way to reach her.',
    reason: 'reason_invest_promoter',
    examples: {
      hit: [
        'Shoutout to Mr Daniel Price, my second withdrawal of $9,200 just hit my bank, I am so grateful',
        'My husband laughed at me when I started with Mr James, now we paid off our car with the profits',
        'all thanks to expert maria for the profit i made this week',
        'i doubted it at first, but mrs helen brooks changed everything, reach her on telegram',
      ],
      miss: [
        'shoutout to mr brown, the best maths teacher, we all passed',
        'mrs patel at the credit union helped me open a savings account and paid the fee for me',
        'all thanks to mr brown, i finally passed my driving test',
        'mrs clark is very honest, she returned my wallet',
      ],
    },
  },
  {
    id: 'INVEST_EARNED_CREDITED',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: { all: ['__ACCOUNT_NAMED', '__EARNED', '__BIG_MONEY'] },
    description: 'An account named next to money the writer says they made, received or withdrew.',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: [
        'check out @lena_rivers page, i made over $8,000 in my first month',
        'ive received the $12,000 thanks #hailey_brook2',
        'i made $19k with the help of mrs_dora_keane',
      ],
      miss: ['@tom i paid $20 for the tickets', '@amy the rent is $900', '@tom i got $50 from grandma lol'],
    },
  },
  {
    id: '__BIG_MONEY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    // a start that is not inside a number: searched alone, BIG_MONEY would retry at every ',000'
    pattern: new RegExp(String.raw`(?:^|[^\d,.])${BIG_MONEY}`),
    description:
      'Building block: a sum of a thousand or more ("$8,400", "12k", "3 grand") — testimonials brag in thousands.',
    reason: 'reason_invest_profit_proof',
    examples: { hit: ['$8,400', '12k', '€15500', '3 grand'], miss: ['$20', '50 bucks'] },
  },
  {
    id: '__EARNED',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:i|i'?ve|i have|i'?m|i am|we|we'?ve|already)\b[^.?!\n]{0,20}\b(?:made|earned|earning|making|received|receiving|got|withdr[ae]w|withdrawn|withdrawing|cashed out|cashing out)\b|\b(?:made|earned|received|withdrew|withdrawn) (?:in|within) (?:my )?(?:first|1st|one|a|\d{1,2}) (?:days?|weeks?|months?)|\bpayouts? of\b|\bprofits? of\b|\bjust received\b|\b(?:made|earned) (?:me|us)\b/,
    description: 'Building block: the writer made, earned, received or withdrew money.',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: ['i made 9k', 'ive received my payout', 'profits of $300'],
      miss: ['he made dinner', 'you got mail'],
    },
  },
  {
    id: '__EARN_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?<!\p{L})(?:verdien(?:e|t|te|ten|en)?(?!\p{L})|gewinne?(?!\p{L})|eingezahlt|investiert|rendite|guadagn(?:o|ato|ati|are|ando)|investit[oi]|ho investito|profitt[oi]|prelev(?:ato|ati)|gan(?:é|e|ado|ancias?|ando)(?!\p{L})|invert(?:í|i|ido)(?!\p{L})|ganhei|ganhando|lucros?(?!\p{L})|investi(?!\p{L})|gagn(?:é|e|er|ais)(?!\p{L})|investi(?:s|ssement)|bénéfices?|verdiend|geïnvesteerd|winst)/u,
    description:
      'Building block: earning, profits or investing in German, Italian, Spanish, Portuguese, French or Dutch.',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: ['ich habe viel verdient', 'ho guadagnato tantissimo'],
      miss: ['ich gehe heute einkaufen', 'ci vediamo domani'],
    },
  },
  {
    id: '__THANKS_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?<!\p{L})(?:dank(?:e|en)?(?!\p{L})|mit (?:der )?hilfe von|ehrlichkeit|grazie|aiuto|apprezz|(?<!\p{L})utile(?!\p{L})|onest[àa]|gracias|ayuda|honestidad|obrigad[oa]|ajuda|honestidade|merci|(?<!\p{L})aide(?!\p{L})|grâce à|honnêteté|dankzij|bedankt|eerlijk)/u,
    description:
      'Building block: thanks, help or honesty in German, Italian, Spanish, Portuguese, French or Dutch.',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: ['vielen Dank für alles', 'grazie mille signora'],
      miss: ['ich gehe heute einkaufen', 'ci vediamo domani'],
    },
  },
  {
    id: '__MONEY_AFTER',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:^|[^\d.,])(?:\d{1,3}(?:[.,' ]\d{3}){1,3}|\d{4,7})(?:,\d{1,2})? ?(?:\$|€|£|usd|eur)(?![a-z])/u,
    description:
      'Building block: a sum of a thousand or more written with the currency after it, as in much of Europe ("14.000 $", "2500 €").',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: ['über 14.000 $ verdient', 'ho investito 2500 €'],
      miss: ['alle 14.00 uhr', 'ho pagato 25 €'],
    },
  },
  {
    id: '__SUM_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    meta: { any: ['__BIG_MONEY', '__MONEY_AFTER'] },
    description: 'Building block: a sum of a thousand or more, currency before or after the number.',
    reason: 'reason_invest_profit_proof',
    examples: { hit: ['$5,000', '5.000 €'], miss: ['500 people', '$20'] },
  },
  {
    id: '__MONEY_WORD_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /\b(?:gewinne?n?|geld(?:es)?|rendite|lucros?|dinheiro|rendimentos?|profitt[oi]|soldi|ganancias?|dinero|rendimientos?|beneficios?|winst(?:en)?|rendement(?:s)?|b[eé]n[eé]fices?|argent)\b/,
    description:
      'Building block (de, pt, it, es, nl, fr): money or profit as a noun ("Gewinne", "lucro", "soldi").',
    reason: 'reason_invest_promoter',
    examples: {
      hit: ['ich habe meine Gewinne erhalten', 'muito dinheiro', 'i miei profitti'],
      miss: ['ganhei muito tempo', 'grazie per la cena'],
    },
  },
  {
    id: '__TESTIMONY_HYPE_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:mehr,? als ich mir (?:je |jemals )?(?:hätte )?vorstellen (?:konnte|können)|erstaunlich|ehrlichkeit|más de lo que (?:jamás |nunca )?(?:imagin[eé]|pude imaginar|hubiera imaginado)|incre[ií]ble|mais do que (?:eu )?(?:imaginava|poderia imaginar|jamais imaginei)|incr[ií]vel|più di quanto (?:potessi|avrei potuto|avessi) (?:mai )?immagin|incredibile|plus que je n'aurais (?:jamais )?imagin|incroyable)/u,
    description:
      'Building block: the testimonial’s hyperbole outside English ("more than I could ever imagine", "incredible").',
    reason: 'reason_invest_promoter',
    examples: {
      hit: ['verdiene mehr, als ich mir vorstellen konnte', 'gané más de lo que imaginé'],
      miss: ['mehr als gestern', 'más de lo normal'],
    },
  },
  {
    id: '__SUM_OR_PROMO_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    meta: { any: ['__SUM_ANY', '__PROMO_HANDLE', '__MONEY_WORD_ANY', '__TESTIMONY_HYPE_ANY'] },
    description:
      'Building block: a sum of money, a money or profit word, a handle named like a trading promoter, or a testimonial’s hyperbole.',
    reason: 'reason_invest_promoter',
    examples: {
      hit: ['ho guadagnato 3.000 € @x', 'grazie @luca_fx_signals', 'meine Gewinne dank @anna'],
      miss: ['grazie @marco per la cena'],
    },
  },
  {
    id: 'INVEST_TESTIMONY_HANDLE_ANY',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    // Thanks and "I earned a lot" alone are also how people thank a friend for a tip
    // ("Obrigado @joao, ganhei muito com a dica do restaurante"): also a sum, a money or profit
    // word, or a promoter's handle.
    meta: {
      all: ['__IND_HANDLE', '__SUM_OR_PROMO_ANY'],
      any: ['__EARN_ANY', '__THANKS_ANY', '__SUM_ANY', '__PROMO_HANDLE'],
      minAny: 2,
    },
    description:
      'A testimonial outside English (de, it, es, pt, fr, nl) that credits an @handle: thanks or help together with profits, a sum or a trading handle.',
    reason: 'reason_invest_promoter',
    examples: {
      hit: [
        'Ich habe 3.000 $ eingezahlt und nach einer Woche das Zehnfache verdient, danke @marta.wells.markets',
        'Grazie mille, con il tuo aiuto ho guadagnato più di quanto sperassi @luca_fx_signals',
        'Invertí 500 € y ahora tengo ganancias cada semana, gracias @sofia_trades',
        'Seit ich ihr folge, verdiene ich mehr, als ich mir je vorstellen konnte, alles dank @lena.capital',
      ],
      miss: [
        'Danke für die schönen Fotos @lena',
        'grazie @marco per la cena di ieri',
        'gané 20 € en el bingo @ana',
        'Obrigado @joao, ganhei muito com a dica do restaurante',
        'Danke @tom, ein erstaunlicher Abend, ich habe beim Quiz sogar gewonnen',
      ],
    },
  },
  {
    id: 'INVEST_TESTIMONY_HANDLE',
    family: 'investment',
    stage: 'pitch',
    languages: ['any'],
    meta: {
      all: ['__HANDLE_ANY'],
      any: [
        'INVEST_TESTIMONY_CONTACT',
        'INVEST_TESTIMONIAL',
        'INVEST_PROFIT_STORY',
        'INVEST_PROFIT_CLAIM',
        'INVEST_MENTOR',
      ],
    },
    description: 'A profit story or testimonial that names a handle to contact.',
    reason: 'reason_invest_promoter',
    examples: {
      hit: [
        'i gave it a try and my $700 turned $6,300 in ten days @mark_wells_trades',
        'so glad i came across #_sophie__hale_',
      ],
      miss: ['@mike I came across an old photo of us', 'gave it a try and the cake was great'],
    },
  },
  // ---- stop 17: the pitch as victims quote it ----
  {
    id: '__AHEAD_OF_MARKET',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:data|news|information|info|signals?|prices?|results?|numbers|reports?|announcements?|moves?|trends?|figures)\b[^.?!\n]{0,20}?\b(?:before|ahead of|earlier than) (?:everyone|everybody|the (?:public|market|others|rest(?: of us)?|news)|others|anyone else|normal people|retail)\b|\b(?:before|ahead of) the (?:market|public) (?:knows|does|moves|reacts|finds out)\b|\binsider? (?:information|info|news|data|tips?|signals?)\b|\bknows? (?:exactly )?when (?:the )?(?:price|market|stock|coin|gold)s? (?:will )?(?:go|goes|rise|rises|move|moves|jump|jumps|drop|drops)\b/,
    description:
      'Building block: knowledge the market does not have yet ("gets the data before everyone else", "inside information").',
    reason: 'reason_invest_mentor',
    examples: {
      hit: ['she gets the market data before everyone else', 'he has inside information'],
      miss: [
        'she gets up before everyone else',
        'the market opens at nine',
        'he always gets to the office before everyone else',
      ],
    },
  },
  {
    id: 'INVEST_INSIDER_AHEAD',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: { all: ['__INSIDER_JOB', '__AHEAD_OF_MARKET'] },
    description:
      'A relative or contact who works at a hedge fund or investment bank and knows the market before everyone else: the "uncle with insider signals".',
    reason: 'reason_invest_mentor',
    examples: {
      hit: ['My aunt works at a hedge fund and she gets the market data before everyone else'],
      miss: [
        'My aunt works at a hedge fund and she gets up before everyone else',
        'my cousin works at an investment bank, he says nobody knows when the market will turn',
      ],
    },
  },
  {
    id: 'INVEST_WIN_RATE',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`${WIN_SIGNALS}${WIN_RATE_ANY}${WIN_CLAIM}${WIN_HIGH}|${WIN_SIGNALS}${WIN_HIGH} ${WIN_RATE_ANY}\b|${WIN_TRADER}${WIN_HIGH} ${WIN_RATE_TRADE}\b|${WIN_TRADER}${WIN_RATE_TRADE}${WIN_CLAIM}${WIN_HIGH}`,
    ),
    description: 'Claims a trading teacher, bot or signal group wins 85–100% of the time.',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: [
        "Our analyst's win rate is above 90%, last week the members all made over 40%",
        'the signals have a 95% accuracy rate',
      ],
      miss: [
        'the surgery has a 95% success rate',
        'his free throw success rate is 90%',
        "Our bot's accuracy rate is 97% on the test set, the paper is out next week.",
      ],
    },
  },
  {
    id: 'INVEST_LAUNCH_MULTIPLY',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:launch(?:es|ing)?|lists?|listing|listed|presale|pre-sale|ico|goes live|go live|new (?:coin|token))\b[^.?!\n]{0,60}?\b(?:price|it|value|coin|token) (?:will|is going to|gonna|could|should) (?:go up|rise|increase|jump|multiply|grow|pump) (?:by )?(?:at least |over |more than |easily )?(?:\d{1,3}|ten|twenty|fifty|a hundred|hundreds of) ?(?:x|times|fold)\b/,
    description:
      'A coin or token about to launch or list whose price "will go up ten times": the pre-sale pitch.',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: ['The new coin launches next week and the price will go up at least 10 times'],
      miss: [
        'the new phone launches next week and the price will go up by 100 dollars',
        'bitcoin could go up 10 times in ten years, who knows',
      ],
    },
  },
  {
    id: 'INVEST_FIXED_PROFIT',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:profits?|returns?|income|earnings|gains?) (?:is |are |will be )?(?:fixed|guaranteed|locked(?: in)?|set) at (?:[1-9]\d|\d{3})(?:\.\d)?\s?%/,
    description: 'A profit "fixed at 20%": high returns promised as a certainty.',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: ['We only trade during the window she tells us, 30 minutes, and the profit is fixed at 20%'],
      miss: ['the interest rate is fixed at 4.5% for five years', 'the return is fixed at 3% a year'],
    },
  },
  {
    id: '__SHOW_ACCOUNT',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:look at|check|see|here'?s|this is) (?:my|this|the) (?:trading )?(?:account|profits?|balance|earnings|statement)\b|\b(?:look at|check|see|here'?s|this is) (?:my|this|the) (?:trading|investment|crypto) (?:portfolio|screenshot|results?)\b/,
    description: 'Building block: "look at my account", the profit shown as proof.',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: ['look at my account', "here's my balance"],
      miss: ['look at my dog', 'check my portfolio on Behance'],
    },
  },
  {
    id: '__YOU_CAN_TOO',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\byou (?:can|could|will) (?:do the same|do it too|earn (?:the same|it) too|also (?:earn|make) (?:this|it|the same))\b/,
    description: 'Building block: "you can do the same".',
    reason: 'reason_invest_profit_proof',
    examples: { hit: ['you can do the same', 'you could do it too'], miss: ['you can do it tomorrow'] },
  },
  {
    id: 'INVEST_PROFIT_SHOWN_COPY',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: { all: ['__SHOW_ACCOUNT', '__EARNED', '__YOU_CAN_TOO'] },
    description:
      'Shows the account with its profit and says the user can do the same: the proof that precedes "I will teach you".',
    reason: 'reason_invest_profit_proof',
    examples: {
      hit: ['Look at my account, I made 80,000 last month, you can do the same'],
      miss: [
        'Look at my account, I made 80,000 steps last month',
        'I made a cake, you can do the same',
        'Check my portfolio on Behance, I made a new logo series, you can do the same style for your brand.',
      ],
    },
  },
  {
    id: 'INVEST_EXCLUSIVE_ACCOUNT',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:institutional|internal|insider|vip|private) (?:accounts?|channels?|quotas?|spots?|places?|seats?|slots?)\b[^.?!\n]{0,60}?\b(?:normal|ordinary|regular|retail|most) (?:people|investors|users|members|customers) (?:can'?t|cannot|can not|don'?t|do not|are not able to|aren'?t allowed to|never)\b|\b(?:got|get|reserved|saved|secured|found) (?:you )?(?:a |one )?(?:spot|place|quota|seat|slot) (?:in|on|for) (?:the |our |an? )?(?:institutional|internal|insider|vip|private) (?:accounts?|channels?|plan|program(?:me)?|group)\b/,
    description:
      'An "institutional" or internal account ordinary people cannot open, with a spot reserved for the user: flattery and scarcity in the pitch.',
    reason: 'reason_invest_crypto_platform',
    examples: {
      hit: [
        "It's an institutional account, normal people can't open it, I got you a spot",
        'I reserved you a place in the internal channel',
      ],
      miss: ['the VIP seats are sold out', 'the private account is for the family savings'],
    },
  },
  {
    id: 'INVEST_BUY_AND_SEND',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\bbuy (?:some )?(?:usdt|tether|btc|bitcoin|eth|crypto|usdc|coins?)\b[^\n]{0,60}?\b(?:send|transfer|deposit|move) (?:it|them|the (?:usdt|coins?|crypto|bitcoin|btc|eth)) (?:to|into) (?:the |this |my |our )?(?:platform'?s?|trading|exchange'?s? (?:wallet|address)|wallet address (?:i|we)|address (?:i|we)|account (?:i|we))\b/,
    description:
      "Tells the user to buy USDT or bitcoin on a real exchange and send it to the platform's or the contact's address.",
    reason: 'reason_invest_usdt',
    examples: {
      hit: ["Buy USDT on Crypto.com first, then send it to the platform's wallet address I give you"],
      miss: [
        'buy bitcoin on Coinbase and move it to your own hardware wallet',
        'buy some coins for the parking meter and send them to the car',
      ],
    },
  },
  {
    id: 'INVEST_LAUNCH_MULTIPLY_ZH',
    family: 'investment',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:新币|新幣|代币|代幣|币种|幣種|项目|項目)[^\n]{0,15}(?:上线|上線|上所|上市|开盘|開盤|发行|發行)[^\n]{0,15}(?:至少|起码|起碼|最少|保守)?(?:涨|漲|翻)(?:\d{1,3}|[二三四五六七八九十百几幾]{1,2})(?:倍|番)/,
    description:
      'Chinese: a new coin about to list that "will rise at least ten times" (新币上线，至少涨十倍).',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: ['新币下周上线，至少涨十倍，现在是最后的认购机会。'],
      miss: ['新手机下周上市，价格会涨一点', '这个币十年涨了十倍，但是风险很大'],
    },
  },
  {
    id: '__SH_HONORIFIC',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:mr|mrs|ms|miss|dr|madam|sir|expert|coach|professor|prof)\.? (?!(?:and|or|the|a|you|me|is|was|who|i|he|she|it|for|to|of|in|on)\b)[a-z]{2,15}\b/,
    description:
      'Building block: a person named with an honorific ("Mr. David Mark", "Dr. Henry Vance", "expert Linda").',
    reason: 'reason_invest_promoter',
    examples: { hit: ['mr. anthony coleman', 'dr henry vance'], miss: ['yes sir and thanks'] },
  },
  {
    id: '__SH_GAIN',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:(?:she|he|they|it|bot|strategy) made (?:me |us )?(?:over |about |almost )?(?:[$€£]?\d[\d,.]*k?|\d{1,2}x)|made (?:over |about |almost )?[$€£]?\d[\d,.]*k? in (?:\d{1,2}|a|one|two|three) (?:days?|weeks?|months?)|(?:grew|turned|went|jumped) from [$€£]?\d[\d,.]*k? to [$€£]?\d[\d,.]*k?|getting [$€£]?\d[\d,.]*k? (?:every|each|a|per) (?:week|month|day)|weekly (?:payouts|profits|returns|payments)|(?:got|received) my first (?:withdrawal|payout|profit)|paid off my (?:mortgage|debts?|loans?|car|house)|changed my life|(?:managing|manages|handles|handling) my (?:portfolio|account|investments?|trades|funds)|helps (?:people|everyone) (?:earn|make|invest|profit)|\d{1,2}x in (?:a|one|two|\d) (?:weeks?|months?|days?))\b/,
    description:
      'Building block: the gain a shill credits to a trader ("she made me 15k last month", "grew from 5k to 48k", "weekly payouts", "managing my portfolio").',
    reason: 'reason_invest_promoter',
    examples: {
      hit: [
        'she made me 15k last month',
        'my portfolio grew from 5k to 48k',
        'his bot made me 3x in a month',
      ],
      miss: ['she made me dinner'],
    },
  },
  {
    id: '__SH_MARKET',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:crypto(?:currency)?|bitcoin|btc|forex|fx|trad(?:e|es|ed|er|ing)|invest(?:ed|ing|ment|ments|or)?|portfolio|bot|strategy|payouts?|profits?|withdrawal|stocks?|options)\b/,
    description: 'Building block: talk of trading or investing.',
    reason: 'reason_invest_promoter',
    examples: { hit: ['i trade with him', 'his strategy'], miss: ['the weather'] },
  },
  {
    id: 'INVEST_NAMED_TRADER_SHILL',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: {
      all: ['__SH_HONORIFIC', '__SH_GAIN', '__SH_MARKET'],
      none: ['__RC_WARNING', '__LEGIT_RECOVERY_CHANNEL'],
    },
    description:
      'The comment-section shill: a trader named with an honorific ("Mr. David Mark", "Dr. Henry Vance") credited with the writer\'s gains ("made me 15k", "weekly payouts", "managing my portfolio").',
    reason: 'reason_invest_promoter',
    examples: {
      hit: [
        'Honestly with the way the economy is going you need multiple streams of income. Mine is trading with Mr. David Mark, made 45k in 2 months.',
        "Thanks for the update. I'm so happy I found Mr. Anthony Coleman, he's been managing my portfolio and I've been getting $4,500 every week.",
        'omg is this the same Mrs Karen Lopez everyone is talking about? she made me 15k last month in crypto, bless her',
      ],
      miss: [
        'Mr. Patel, our financial adviser, says the portfolio is down this year and we should hold',
        'Beware of comments praising Mr. David Mark: he made me 45k in 2 months on paper, then took it all. It was a scam.',
        'Dr. Chen helped me quit smoking and it changed my life',
      ],
    },
  },
  {
    id: '__IP_EDGE',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:zero[- ]loss|no[- ]loss|never (?:had )?a losing|never lost|without (?:any )?risk|risk[- ]free|no risk|(?:makes?|made|earns?) [^.?!\n]{0,20}?safely|can'?t lose|cannot lose|win(?:ning)? rate|insider (?:info|information|tips?|signals?)|(?:trading )?signals? (?:group|from)|predicted the (?:last|next)|special window|second[- ]level contract|quantitative (?:trading )?(?:robot|bot)s?|arbitrage|ai (?:trading )?(?:robot|bot)s?|trading (?:robot|bot)s? (?:that|which) never)\b/,
    description:
      'Building block: the edge the pitch sells (zero loss, never a losing month, insider signals, arbitrage, an AI trading robot, "a special window").',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: [
        'a strategy with zero loss',
        'has never had a losing month',
        'with crypto arbitrage my aunt makes 8000 usd a month safely',
      ],
      miss: ['the team had a losing season'],
    },
  },
  {
    id: '__IP_MONEY',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:\d{1,3}(?:\.\d{1,2})?\s?% (?:a |per |every |each )?(?:day|daily|week|weekly|month|monthly)|(?:daily|weekly|monthly) (?:return|profit|income|roi)s? (?:of |is |are )?(?:about |around |up to )?\d{1,3}(?:\.\d{1,2})?(?=\s?%)|(?:average |avg )?(?:monthly|weekly|daily) returns? (?:of )?\d{1,3}(?:\.\d{1,2})?(?=\s?%)|makes? [$€£]?\d[\d,.]*k? ?(?:usd|dollars|usdt)? (?:a|per|every) (?:day|week|month)|made [$€£]?\d[\d,.]*k? (?:this|last|in a) (?:year|month|week)|prepare (?:your )?funds|minimum (?:starting )?(?:capital|deposit|investment))\b/,
    description:
      'Building block: the money the pitch promises (a percentage a month, "makes 8000 a month", "made 180k this year", "prepare funds").',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: ['average monthly return 35%', 'my aunt makes 8000 usd a month', 'made 180k this year'],
      miss: ['the monthly rent is 800'],
    },
  },
  {
    id: '__IP_INVITE',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:teach (?:you|us)|show you (?:how|the)|(?:share|sharing) (?:it|this|the strategy) with you|want to share it|i can share|join (?:our|the|my) (?:vip|group|club|team)|add (?:the|our|my) (?:assistant|teacher|mentor)|recruiting new members|(?:everyone|you) (?:please )?prepare|try (?:with )?(?:a )?small (?:amount|deposit)|(?:start|starting) (?:with )?(?:a )?small|you will see the profit|we can (?:build|do|make) (?:it|this|our future|money) together|minimum (?:starting )?(?:capital|deposit))\b/,
    description:
      "Building block: the invitation (I'll teach you, join the VIP group, add the assistant, start small, prepare funds).",
    reason: 'reason_invest_teach',
    examples: {
      hit: ['she can teach us', 'add the assistant on whatsapp', 'try with small amount first'],
      miss: ['teach the class'],
    },
  },
  {
    id: 'INVEST_PITCH_CONCEPTS',
    family: 'investment',
    stage: 'pitch',
    languages: ['en'],
    meta: { all: ['__IP_EDGE', '__IP_INVITE'], any: ['__IP_MONEY', '__SH_MARKET'], none: ['__RC_WARNING'] },
    description:
      'An investment pitch in any words: an edge no real market has (zero loss, insider signals, a robot that never loses) and an invitation to join, start small or be taught.',
    reason: 'reason_invest_guaranteed',
    examples: {
      hit: [
        'dear you should not keep money in bank, the interest is nothing. with crypto arbitrage my aunt makes 8000 usd a month safely, she can teach us',
        'I have a friend who is a senior analyst at Goldman, he taught me a strategy with zero loss. I trust you so much that I want to share it',
        'Our AI quantitative trading robot runs 24/7 and has never had a losing month. Minimum starting capital 1000 USDT, average monthly return 35%.',
      ],
      miss: [
        'Beware of anyone who says their trading bot never had a losing month and offers to teach you: it is a scam',
        'Our AI trading course will teach you the basics of risk management; losses are part of trading',
        'I can show you how the arbitrage between the two shops works, it saves us 5 dollars',
      ],
    },
  },
];
