import { MONEY } from '../fragments.ts';
import type { Rule } from '../types.ts';

/** TASK_FOLLOW_SCREENSHOT_PAY: a follow or like proved by a screenshot, the stem both of its branches
 * share (written twice so that each branch stays a single sequence the ReDoS checker can prove). */
const FOLLOW_SCREENSHOT = String.raw`\b(?:follow|like|subscribe to|rate|review|watch)\b[^.?!\n]{0,40}?\bscreenshots?\b[^.?!\n]{0,30}?\b`;

/** Task / job scams: paid likes and reviews, "optimising orders", daily pay, top-ups. */
export const TASK_RULES: readonly Rule[] = [
  {
    id: 'TASK_PAID_ACTIONS',
    family: 'task',
    stage: 'pitch',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`\b(?:like|rate|review|subscribe to|follow|watch|boost|optimi[sz]e|update|complete|submit)\b[^.?!\n]{0,40}\b(?:videos?|products?|orders?|apps?|hotels?|reviews?|data|tasks?|ratings?|bookings?|merchants?|channels?)\b[^.?!\n]{0,60}\b(?:paid|earn|commission|income|salary|reward|${MONEY})|\b(?:paid|earn|get paid|commission)\b[^.?!\n]{0,30}\b(?:for|per) (?:each |every )?(?:like|review|task|order|video|rating|click)\b|\boptimi[sz]ing (?:data|orders?|products?|apps?)|\b(?:complete|finish|submit) \d{1,3} (?:orders|tasks|ratings|reviews|products|sets? of \d{1,3} (?:orders|tasks|ratings|reviews))\b|\b(?:each|every) (?:task|order|rating|review|set)(?: you (?:submit|complete|finish|do))? (?:gives|earns|pays)(?: you)?\b[^?!\n]{0,20}\bcommission\b|\b(?:orders?|tasks?) per set\b|\bcommission (?:on|for|of) (?:each|every) (?:order|task|rating|review)\b|\b(?:task|order) (?:optimi[sz]ation|grabbing|boosting)|\b(?:help(?:ing)?|assist(?:ing)?) (?:[a-z]{1,20} ){0,2}(?:merchants?|sellers?|hotels?|apps?|brands?)\b[^.?!\n]{0,40}\b(?:increase|boost|improve|update|optimi[sz]e) (?:their )?(?:visibility|sales|ratings?|rankings?|data|reviews?|bookings?)`,
    ),
    description: 'Pay for likes, reviews, ratings or "optimising orders/data".',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: [
        'Every order you submit earns 0.5% commission',
        'the job is assisting online sellers to boost their ratings, paid daily',
        'like 3 videos and get paid $5 for each like',
      ],
      miss: ['please review the report by Friday', 'like the video if you enjoyed it'],
    },
  },
  {
    id: 'TASK_DAILY_EARNINGS',
    family: 'task',
    stage: 'pitch',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`\b(?:earn|make|get|salary|income|pay(?:ing)?|commission|paid)\b[^.?!\n]{0,30}?${MONEY}(?:\s?(?:-|to)\s?${MONEY})?\s?(?:per|a|/|each|every) ?(?:day|hour|hr)\b|\bdaily (?:salary|income|pay|earnings?|wage|commission)\b|\bearn (?:between|up to|from)\s?${MONEY}|\b(?:part[- ]time|remote|online|work from home|home[- ]based)\b[^.?!\n]{0,60}\b(?:\d{1,3}\s?(?:-|to)\s?\d{1,3} (?:minutes|mins)|per day|a day|per hour)\b`,
    ),
    description: 'Easy pay per day or per hour for remote or part-time work.',
    reason: 'reason_task_daily_earnings',
    examples: {
      hit: ['work from your phone and earn $150-$400 per day', 'earn between $100 and $300'],
      miss: ['I earn a decent salary', 'the parking costs $20 per day'],
    },
  },
  {
    id: 'TASK_JOB_OFFER',
    family: 'task',
    stage: 'opener',
    languages: ['en'],
    pattern:
      /\b(?:part[- ]time|remote|online|flexible|home[- ]based) (?:jobs?|work|positions?|opportunit(?:y|ies)|staff|employees?|team members?)\b[^\n]{0,100}\b(?:whatsapp|telegram|no experience|simple|easy|mobile phone|your phone|free time|spare time|\d{1,3} ?(?:-|to) ?\d{1,3} ?(?:minutes|mins))|\bage (?:requirement|limit)?:? ?(?:\d\d ?\+|\d\d ?(?:-|to) ?\d\d|over \d\d)|\byou (?:have been|were|'ve been|be|made it to the next step)\b[^.?!\n]{0,20}(?:selected|chosen|shortlist(?:ed)?|next step)\b[^.?!\n]{0,40}\b(?:job|position|work|interview|briefing)|\b(?:remote|online) data entry\b|\bwork online\b[^.?!\n]{0,40}\bearn\b/,
    description: 'An unsolicited part-time, remote or "selected" job offer.',
    reason: 'reason_task_job_offer',
    examples: {
      hit: [
        'Flexible part-time positions, age requirement 21+, only a phone needed',
        'we are hiring for a remote data entry role',
      ],
      miss: ['I work part-time at the library', 'the remote control is broken'],
    },
  },
  {
    id: '__TASK_PHONE_WORK',
    family: 'task',
    stage: 'opener',
    languages: ['en'],
    pattern:
      /\b(?:can you|you can|want to|would you like to|ready to|are you able to) work (?:online )?(?:from home )?(?:using|with|on|from|through) (?:your|a|only your|just your) (?:smart ?phone|phone|mobile(?: phone)?|cell ?phone)\b/,
    description: 'Building block: asks whether you can work online from your phone.',
    reason: 'reason_task_job_offer',
    examples: {
      hit: ['you can work from home with your phone'],
      miss: ['can you work on the report?', 'i work from my phone a lot'],
    },
  },
  {
    id: 'TASK_PHONE_WORK_PAY',
    family: 'task',
    stage: 'pitch',
    languages: ['en'],
    meta: { all: ['__TASK_PHONE_WORK', '__BIG_MONEY'] },
    description:
      'The recruiter who asks whether you can work online from your phone, with pay in the thousands.',
    reason: 'reason_task_job_offer',
    examples: {
      hit: ['we are hiring now, are you able to work with your mobile phone? earn $4,500 every week'],
      miss: [
        'can you work online using your phone tomorrow? the wifi is down',
        'you can work with your phone, it is $20',
      ],
    },
  },
  {
    id: 'TASK_TOP_UP',
    family: 'task',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:top ?up|recharge|prepay|deposit|pay)\b[^.?!\n]{0,40}\bto (?:unlock|complete|continue|start|receive) (?:the |your |next )?(?:(?:higher|bigger|premium|vip|advanced|paid|more)(?:[- ](?:commission|paying|value|level))? )?(?:tasks?|orders?|commission|mission|salary|set)\b|\b(?:top ?up|recharge|deposit)\b[^.?!\n]{0,30}\bto match (?:the |this |your )?(?:order|task)s?\b|\b(?:combination|combo|merged|lucky) (?:orders?|tasks?)\b|\bcombined (?:orders?|tasks?)\b[^.?!\n]{0,40}?\b(?:need|needs|must|have|has|required) to (?:top ?up|recharge)\b|\bnegative balance\b|\bregister for (?:a )?mission\b|\brefund \d{2,6}\b[^.?!\n]{0,20}\bearn\b|\bbalance (?:reaches|reached|will reach|to reach)\b/,
    description: 'Top-ups to unlock tasks, "combination orders", negative balances.',
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        'you must top up to unlock your tasks',
        'The first three tasks are free, after that you need to prepay to unlock the higher commission tasks',
        'you got a combination order, top up to complete the tasks',
        'you need to recharge 6,500 to match the order before you can continue',
        'Your task is combined order number 28, you need to top up 1,420 USDT to complete it',
      ],
      miss: [
        'top up your phone credit',
        'the balance sheet is ready',
        'Order number 28 is combined with your earlier purchase to save on shipping',
        'we sent both parcels as one combined order to save postage, you can top up your loyalty card in store',
      ],
    },
  },
  {
    id: 'TASK_TOP_UP_RETURNED',
    family: 'task',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\bto (?:unlock|continue|start|receive) (?:the |your )?(?:next |remaining |new )?(?:(?:set|batch|group|round) of )?(?:tasks?|missions?|commissions?)\b[^.?!\n]{0,40}?\b(?:top ?up|recharge|prepay|deposit|pay(?! attention))\b|\b(?:account|balance) (?:is|went|has gone|became|shows|turned) (?:negative|minus)\b[^.?!\n]{0,60}?\b(?:deposit|top ?up|recharge)\b[^.?!\n]{0,40}?\b(?:salary|commission|tasks?|withdraw)|\b(?:merchant|order|product|combination) tasks?\b[^.?!\n]{0,40}?\b(?:pay|deposit|top ?up|recharge) (?:in advance|first|beforehand)\b|\b(?:returned|refunded|paid back|credited back) (?:together )?with (?:the |your )?(?:\d{1,3}\s?% )?(?:commissions?|salary)\b/,
    description:
      'The task stage\'s top-up: pay to unlock the next set of tasks or to clear a negative task account, the prepayment "returned with the commission".',
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        'To unlock the next set of tasks, you need to top up 300 USDT',
        'your principal will be returned together with the commission once you finish',
        'Your task account is negative, you need to deposit 1,280 to clear it and receive your salary',
        'The merchant task requires you to pay in advance, the funds will be returned with 30% commission',
      ],
      miss: [
        'to complete the tasks you need to pay attention to detail',
        'to unlock the next set of exercises, finish the quiz first',
        'my bank account is negative again, I need to deposit my paycheck',
        'the funds will be returned within 5 days',
      ],
    },
  },
  {
    id: '__STORE_PLATFORM',
    family: 'task',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:open|opens|opened|opening|run|runs|running|start|starts|started|set up|sets up|have|has) (?:a |an |your |her |his |my |their |our )?(?:own )?(?:online |e-?commerce |web |virtual )?(?:stores?|shops?) (?:on|in|with|through) (?:a |an |the |our |this |that )?(?:cross-?border |global |international |overseas |big |large )?(?:e-?commerce|online shopping|shopping|dropshipping|online retail) (?:platform|mall|app|site|website)s?\b|\bcross-?border e-?commerce\b|\b(?:to open|opening|open) (?:your|a|an) (?:own )?(?:online |e-?commerce |web )(?:store|shop)\b/,
    description:
      'Building block: a store to open or run on an "e-commerce platform" (the online-store variant of the task scam).',
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        'she runs a shop on a cross-border e-commerce platform',
        'to open your online store',
        'I opened a store on the shopping mall app',
      ],
      miss: ['she runs a shop on the high street', 'the store opens at nine'],
    },
  },
  {
    id: '__STORE_FUNDING',
    family: 'task',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:stock|restock|purchase|buy|pay for) (?:the )?(?:products?|goods|items|inventory|orders?)\b[^.?!\n]{0,30}\b(?:with|using|from) (?:your|her|his|my|their|our) own (?:funds|money|capital|balance)\b|(?<!\b(?:no|zero|free|without|waived|any) )\b(?:stocking|listing|store opening|opening|store|shop) (?:fee|deposit|margin)s?\b|\b(?:principal|capital) (?:and|plus|with|together with) (?:the )?(?:commissions?|profits?)\b[^.?!\n]{0,30}\b(?:return|returns|returned|refunded|come back|comes back|credited)\b|\b(?:earn|earns|get|gets|make|makes|receive|receives)\b[^.?!\n]{0,15}?\b\d{1,2}\s?%(?: commission| profit)? (?:on|for|from) (?:every|each) (?:order|sale)\b/,
    description:
      'Building block: the store\'s funding: stock the goods with your own money, a store or stocking fee, "principal and commission returned", a fixed percentage on every order.',
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        'you just stock products with your own funds',
        'a stocking fee of 2,000',
        'the principal and commission return to your balance',
        'she earns 30% on every order',
      ],
      miss: ['we stock products from local farms', 'the principal called me'],
    },
  },
  {
    id: 'TASK_ONLINE_STORE',
    family: 'task',
    stage: 'pitch',
    languages: ['en'],
    meta: { all: ['__STORE_PLATFORM', '__STORE_FUNDING'] },
    description:
      'The online-store scam: open a store on an "e-commerce platform", stock it with your own money or pay a store fee, and the platform pays back the principal with a commission on every order.',
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        'My cousin runs a shop on a cross-border e-commerce platform, you just stock products with your own funds and the platform ships them, she earns 30% on every order',
        'To open your online store you need to pay a stocking fee of 2,000 USDT first, after the orders are completed the principal and commission return to your balance',
      ],
      miss: [
        'Open your online store today: no opening fee and no monthly fee for the first 14 days',
        'My cousin runs an Etsy shop selling candles, she pays for the wax and jars upfront and makes about 30% on each sale',
        "To open the store we have to pay the first month's rent and a deposit of 2,000, the landlord returns it when the lease ends",
        'We opened a shop on a cross-border e-commerce platform last year, the listing rules are strict but sales are fine',
      ],
    },
  },
  {
    id: 'TASK_STORE_ORDERS_RECHARGE',
    family: 'task',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:store|shop) (?:now |currently |still )?(?:has|have|had|received|got|is holding) \d{1,4} (?:new |pending |unprocessed |unfinished |unpaid |waiting )?orders?\b[^\n]{0,60}?\b(?:recharge|top ?up|prepay)\b|\b(?:recharge|top ?up|prepay)\b[^.?!\n]{0,30}?\bto (?:process|ship|fulfill?) (?:the |these |those |your |all )?(?:pending |new |store |shop )?orders\b|\b(?:recharge|top ?up|prepay)\b[^\n]{0,60}?\b(?:store|shop) (?:will be|gets|is) (?:frozen|closed|suspended|banned|penali[sz]ed|downgraded)\b/,
    description:
      'The online-store scam\'s demand: the store has orders waiting, top up or "recharge" to process them or the store is frozen.',
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        'Your store has 6 pending orders, please recharge 3,500 to process them or the store will be frozen for violating the rules',
        'you must top up 900 to ship the orders today, otherwise your shop is downgraded',
      ],
      miss: [
        'Your store has 6 new orders, print the shipping labels before 5pm',
        'top up your phone to process the order confirmation text',
      ],
    },
  },
  {
    id: 'TASK_SETS',
    family: 'task',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:each|every|one|a) set (?:has|contains|includes|of) \d{1,3} (?:tasks|orders|missions)\b|\bwithdraw (?:your )?(?:salary|wages?) and (?:the |your )?commissions?\b|\bscreenshots?\b[^.?!\n]{0,30}?\b(?:after|once) (?:you )?(?:liking|like|subscrib\w{0,4}|follow\w{0,4}|rating|rate|review\w{0,4})\b[^.?!\n]{0,40}?\b(?:reward|commission|pay|transfer|paid|earn)\b/,
    description:
      'Tasks counted in "sets" with salary and commission, or a reward for a screenshot after liking or subscribing.',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: [
        'Each set has 38 tasks, after you complete them you can withdraw your salary and commission',
        'Send me your screenshot after liking the video, and I will transfer the reward to you',
      ],
      miss: ['each set has 12 exercises', 'send me a screenshot after you update the app'],
    },
  },
  {
    id: 'TASK_FIRST_DAY_EARN',
    family: 'task',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:first|every|each) day,? you (?:can|will) (?:earn|make|get)\b[^.?!\n]{0,10}?(?:[$€£]\s?\d|\b\d[\d,.]{0,8}\s?(?:dollars?|usd|usdt|euros?)\b)/,
    description: 'A new "team member" told what they earn on the first day or every day.',
    reason: 'reason_task_daily_earnings',
    examples: {
      hit: [
        'Welcome to the team! Your trainer will guide you through the first tasks, the first day you can earn 80 dollars',
        'every day you will get $120 for 30 minutes of work',
      ],
      miss: ['the first day you can get your badge at reception', 'every day you can earn points in the app'],
    },
  },
  {
    id: 'TASK_HANDOFF',
    family: 'task',
    stage: 'platform',
    languages: ['en'],
    pattern:
      /\b(?:add|contact|message|text|reach|write to)\b[^.?!\n]{0,15}\b(?:our|the|my|your) (?:customer service|receptionist|mentor|tutor|supervisor|coordinator|assistant|team leader|hr manager|trainer)\b[^.?!\n]{0,25}\b(?:on|via|through|in) (?:telegram|whatsapp|signal)\b[^.?!\n]{0,40}\b(?:claim|receive|get|collect|withdraw|start)\b[^.?!\n]{0,20}\b(?:commission|salary|payment|reward|bonus|tasks?|earnings|first (?:payment|salary|reward|task))\b/,
    description:
      'The task-scam hand-off: add "our receptionist / customer service / mentor" on Telegram or WhatsApp to claim the commission or start the tasks.',
    reason: 'reason_task_job_offer',
    examples: {
      hit: [
        'Please add our receptionist on Telegram to receive your first payment',
        'contact your mentor via WhatsApp to start the tasks and claim the bonus',
      ],
      miss: [
        'contact your supervisor on WhatsApp if you are sick',
        'add our receptionist on WhatsApp to book a table',
      ],
    },
  },
  {
    id: '__TASK_PARTTIME_ANY',
    family: 'task',
    stage: 'opener',
    languages: ['any'],
    pattern:
      /(?:meio per[ií]odo|tempo parcial|part[- ]?time|teilzeit|teil- und vollzeit|tiempo parcial|medio tiempo|temps partiel|mezza giornata|lavoro online|trabalho online|trabajo online|online[- ]?job|nebenjob|paruh waktu|bán thời gian|兼职|兼職)/,
    description: 'Building block: "part-time / online job" in several languages.',
    reason: 'reason_task_job_offer',
    examples: {
      hit: ['Kerja paruh waktu itu mudah', 'trabalho de meio período'],
      miss: ['full time', 'tiempo libre'],
    },
  },
  {
    id: '__TASK_PAY_PERIOD_ANY',
    family: 'task',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:sal[aá]rio di[aá]rio|salario diario|stipendio giornaliero|paga oraria|tagesgehalt|grundgehalt|t[äa]glich|pro tag|al giorno|por dia|por día|per day|a day|daily salary|salaire journalier|minutos? por dia|minuti al giorno|min\. pro tag|日入|日赚|日賺|每天(?:赚|賺|收入))/,
    description: 'Building block: pay or time "per day" in several languages.',
    reason: 'reason_task_daily_earnings',
    examples: {
      hit: ['salário diário de 300 reais', 'stipendio giornaliero fino a 200 euro'],
      miss: ['buongiorno', 'diario de viaje'],
    },
  },
  {
    id: '__TASK_LIKES_ANY',
    family: 'task',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:dar (?:me gusta|like)|me gusta a (?:un|los) v[ií]deos?|mettere mi piace|curtir v[ií]deos?|bewertungen (?:zu )?optimieren|buchungen und bewertungen|avalia[cç][aã]o em casa|fazer a avalia[cç][aã]o|点赞|點讚|刷单|刷單|做任务|做任務)/,
    description: 'Building block: liking videos or writing ratings, in several languages.',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: [
        'solo tienes que dar like a videos',
        'Sie helfen, Buchungen und Bewertungen für Hotels zu verbessern',
      ],
      miss: ['me gusta el café', 'ich gehe nach Hause'],
    },
  },
  {
    id: '__TASK_SELECTED_ANY',
    family: 'task',
    stage: 'opener',
    languages: ['any'],
    pattern:
      /(?:selezionat[oa]|seleccionad[oa]|selecionad[oa]|ausgew[äa]hlt|selected|terpilih|chosen) (?:per|para|for|f[üu]r|untuk) (?:un |una |um |uma |o |a |an? |einen |eine )?(?:lavoro|trabajo|trabalho|job|stelle|pekerjaan|posizione|position|empleo|emprego)/,
    description: 'Building block: "you have been selected for a job" in several languages.',
    reason: 'reason_task_job_offer',
    examples: {
      hit: ['sei stata selezionata per un lavoro da casa', 'you were selected for a job'],
      miss: ['selected for the team', 'seleccionado para la final'],
    },
  },
  {
    id: '__TASK_FLEX_ANY',
    family: 'task',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:(?:em|no) seu tempo livre|en (?:tu|su) tiempo libre|nel (?:tuo|suo) tempo libero|in (?:ihrer|deiner) freizeit|desde (?:tu |su )?casa|da casa (?:tua|sua)?|a partir de casa|von zu hause aus|dari rumah saja|\d{2,3} ?(?:-|a|bis|to) ?\d{2,3} (?:minutos|minuti|min\.?|minuten) (?:por|al|pro|per|a) (?:d[ií]a|giorno|tag|day))/,
    description:
      'Building block: work "in your free time", "from home", "60–90 minutes a day" (pt, es, it, de, id).',
    reason: 'reason_task_job_offer',
    examples: {
      hit: ['um trabalho que você possa fazer em seu tempo livre', '60-90 Min. pro Tag'],
      miss: ['salgo de casa a las ocho', 'tempo libero al mare'],
    },
  },
  {
    id: '__TASK_RECRUIT_ANY',
    family: 'task',
    stage: 'opener',
    languages: ['any'],
    pattern:
      /(?:wir suchen (?:mitarbeiter|leute|personen)|estamos (?:buscando|contratando|recrutando|reclutando) (?:personas|pessoas|gente|colaboradores|empleados|funcion[aá]rios|personal|candidatos|trabajadores)|stiamo (?:cercando|reclutando|assumendo) (?:persone|collaboratori|personale|candidati)|(?:recrutando|reclutando) (?:uma |un |una )?(?:equipe|equipo|squadra)|ab (?:18|20|21|22|23|25) jahren|(?:mayores|maiores) de (?:18|20|21|22|23|25) años|età (?:minima )?(?:di )?(?:18|20|21|22|23|25) anni|age requirement:? ?(?:18|20|21|22|23|25)\+?)/,
    description:
      'Building block: unsolicited recruiting ("we are looking for staff aged 20+") in several languages.',
    reason: 'reason_task_job_offer',
    examples: {
      hit: ['Wir suchen Mitarbeiter/innen ab 20 Jahren', 'estamos recrutando uma equipe'],
      miss: ['wir suchen einen Parkplatz', 'estamos buscando las llaves'],
    },
  },
  {
    id: 'TASK_JOB_INVITE_ANY',
    family: 'task',
    stage: 'opener',
    languages: ['any'],
    pattern:
      /(?:interesad[oa]s? en trabajar con nosotros|interessad[oa]s? em trabalhar (?:conosco|com a gente)|interessat[oa] a lavorare con noi|interesse(?:n)?,? (?:mit|bei) uns zu arbeiten|lust,? (?:mit|bei) uns zu arbeiten|interested in working (?:with|for) us)/,
    description: 'A stranger asks whether the user wants to work with them (es, pt, it, de, en).',
    reason: 'reason_task_job_offer',
    examples: {
      hit: ['¿Estás interesado en trabajar con nosotros?', 'would you be interested in working with us?'],
      miss: ['me encanta trabajar con vosotros', 'I enjoyed working with you'],
    },
  },
  {
    id: 'TASK_BIG_EMPLOYER_ANY',
    family: 'task',
    stage: 'opener',
    languages: ['any'],
    pattern:
      /(?:sono|soy|sou|i am|i'm|ich bin) (?:il |la |el |o |a |the |der |die )?(?:direttore generale|direttrice generale|responsabile (?:delle )?risorse umane|gerente general|gerente geral|directora? general|general manager|hr manager|recruiter|recruiting manager|reclutador[a]?|recrutador[a]?|personalchef(?:in)?|personalleiter(?:in)?)\b[^.?!\n]{0,30}\b(?:youtube|tiktok|amazon|google|booking\.com|netflix|instagram|meta|spotify|airbnb|shopee|lazada)\b/,
    description:
      'A stranger who introduces themself as a general manager or recruiter of YouTube, TikTok, Amazon and the like.',
    reason: 'reason_task_job_offer',
    examples: {
      hit: ['Salve, sono il direttore generale di YouTube', 'Hi, I am the HR manager of TikTok'],
      miss: ['sono il direttore generale della scuola', 'Amazon opera en España'],
    },
  },
  {
    id: 'TASK_COMPANY_REACH_ANY',
    family: 'task',
    stage: 'opener',
    languages: ['any'],
    pattern:
      /(?:opera|operamos|operate|operates|operating|presente|attiva|tätig|atua|actúa) (?:en|in|em) (?:más de |mais de |oltre |über |over |more than )?\d{2,3} (?:países|paises|countries|paesi|ländern)(?: (?:y|e|and|und) (?:regiones|regiões|regions|regioni|regionen))/,
    description:
      'The recruiter\u2019s boast that the company "operates in 188 countries and regions" (weak alone; counts in a job-offer thread).',
    reason: 'reason_task_job_offer',
    examples: {
      hit: ['la empresa opera en 188 países y regiones', 'we operate in over 150 countries and regions'],
      miss: ['Amazon opera en España', 'the airline operates in 40 countries'],
    },
  },
  {
    id: 'TASK_MULTILINGUAL_JOB',
    family: 'task',
    stage: 'pitch',
    languages: ['any'],
    meta: {
      any: [
        '__TASK_PARTTIME_ANY',
        '__TASK_PAY_PERIOD_ANY',
        '__TASK_LIKES_ANY',
        '__TASK_SELECTED_ANY',
        '__TASK_FLEX_ANY',
        '__TASK_RECRUIT_ANY',
      ],
      minAny: 2,
    },
    description:
      'Two task-scam signals together (part-time job, pay per day, likes or ratings) in any language.',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: [
        'Trabalho de meio período: salário diário de 500 reais',
        'Teilzeit, 60 Min. pro Tag, Buchungen und Bewertungen optimieren',
      ],
      miss: ['trabalho de meio período na biblioteca', 'ich arbeite täglich im Büro'],
    },
  },
  {
    id: '__TASK_NO_BANK_PAY_ANY',
    family: 'task',
    stage: 'payment',
    languages: ['any'],
    pattern:
      /(?:non (?:possiamo|riusciamo a) pagar(?:ti|vi|la|lo)|no (?:podemos|logramos) pagar(?:te|le|les)|n[ãa]o (?:podemos|conseguimos) (?:te |lhe )?pagar|wir k[öo]nnen (?:dich|sie|ihnen|euch) nicht|we (?:can'?t|cannot|are unable to|are not able to) pay (?:you|your salary|new (?:staff|employees)))[^.?!\n]{0,20}?(?:paypal|bonifico|banca|banco|bank|transferencia|transfer[êe]ncia|[üu]berweisung|wire)/u,
    description:
      'Building block: the "employer" says it cannot pay the salary through PayPal or a bank (it, es, pt, de, en).',
    reason: 'reason_task_job_offer',
    examples: {
      hit: ['Non possiamo pagarti con il bonifico', 'we cannot pay you through PayPal anymore'],
      miss: ['non possiamo pagare il conto adesso', 'we can pay you next week by bank transfer'],
    },
  },
  {
    id: '__TASK_WAGE_ANY',
    family: 'task',
    stage: 'payment',
    languages: ['any'],
    pattern:
      /(?:stipendi[oa]|dipendenti|collaboratori|salari[oa]|sueldo|empleados|sal[áa]rio|funcion[áa]rios|gehalt|lohn|mitarbeiter|salary|salaries|wages|employees|new staff|usdt|crypto|cripto|krypto|binance|portafoglio|billetera|carteira|wallet)/u,
    description: 'Building block: salary, employees or a crypto wallet (it, es, pt, de, en).',
    reason: 'reason_task_job_offer',
    examples: {
      hit: ['il primo stipendio arriva domani', 'el sueldo se paga en USDT'],
      miss: ['il conto del ristorante', 'la cena de mañana'],
    },
  },
  {
    id: 'TASK_PAY_CHANNEL_ANY',
    family: 'task',
    stage: 'payment',
    languages: ['any'],
    meta: { all: ['__TASK_NO_BANK_PAY_ANY', '__TASK_WAGE_ANY'] },
    description:
      'The task-scam "employer" cannot pay wages by PayPal or bank (so it pays in crypto, or asks for a wallet).',
    reason: 'reason_task_job_offer',
    examples: {
      hit: [
        'Non possiamo pagarti via PayPal, i bonifici ai nuovi collaboratori non arrivano mai, quindi lo stipendio è in USDT',
        'No podemos pagarte por transferencia bancaria, el sueldo se envía a tu billetera de Binance',
        'We cannot pay you via PayPal, new employees get their salary in USDT',
      ],
      miss: [
        'Non possiamo pagarti prima di venerdì, mi dispiace',
        'we cannot pay you via PayPal, please send your invoice for a bank transfer',
      ],
    },
  },
  {
    id: '__TASK_HANDOFF_ANY',
    family: 'task',
    stage: 'platform',
    languages: ['any'],
    pattern:
      /(?:(?:aggiungi|aggiunga|contatta|contatti|scrivi|scriva)(?: a| al| alla)? (?:la nostra|il nostro|nostr[oa]) (?:receptionist|segretari[oa]|assistente|supervisore|supervisora|tutor|coordinatore|coordinatrice|mentore|insegnante)\b[^\n]{0,30}(?:su|tramite|via|in) (?:telegram|whatsapp)|(?:füge|fügen sie|kontaktiere|kontaktieren sie|schreib|schreibe|schreiben sie) unsere[nrm]? (?:empfangsdame|rezeptionistin|rezeptionist|assistentin|assistent|betreuerin|betreuer|tutorin|tutor|koordinatorin|koordinator|mentorin|mentor)(?!\p{L})[^\n]{0,30}(?:auf|über|per|bei|in) (?:telegram|whatsapp)|(?:adicione|adiciona|contate|contacte|fale com|escreva para) (?:a |o )?noss[oa] (?:recepcionista|assistente|supervisora|supervisor|tutora|tutor|coordenadora|coordenador|mentora|mentor)(?!\p{L})[^\n]{0,30}(?:no|pelo|via|em) (?:telegram|whatsapp))/u,
    description:
      'Building block (it, de, pt): add "our receptionist/tutor/supervisor" on Telegram or WhatsApp.',
    reason: 'reason_task_job_offer',
    examples: {
      hit: ['aggiungi la nostra receptionist su Telegram', 'füge unsere Betreuerin auf Telegram hinzu'],
      miss: ['scrivi alla segretaria della scuola', 'schreib deiner Tutorin auf WhatsApp'],
    },
  },
  {
    id: '__TASK_PAYWORD_ANY',
    family: 'task',
    stage: 'platform',
    languages: ['any'],
    pattern:
      /(?:\d\s?(?:euro|€|reais|r\$|\$|usdt)|(?:euro|€|r\$|\$|usdt)\s?\d|pagament[oi]|pagato|stipendio|commission[ei]|compiti|bezahlt|zahlung|provision|gehalt|aufgaben|pagamento|comiss(?:ão|ões)|sal[áa]rio|tarefas|grupo de tarefas|gruppo)/u,
    description: 'Building block (it, de, pt): payment, commission, salary or tasks.',
    reason: 'reason_task_job_offer',
    examples: {
      hit: ['ti manda i primi 10 euro', 'sie schickt dir die Aufgaben'],
      miss: ['ci vediamo domani', 'bis morgen'],
    },
  },
  {
    id: 'TASK_HANDOFF_ANY',
    family: 'task',
    stage: 'platform',
    languages: ['any'],
    meta: { all: ['__TASK_HANDOFF_ANY', '__TASK_PAYWORD_ANY'] },
    description:
      'The task-scam hand-off in Italian, German or Portuguese: add "our receptionist/tutor/supervisor" on Telegram or WhatsApp to get paid or join the task group.',
    reason: 'reason_task_job_offer',
    examples: {
      hit: [
        'Aggiungi la nostra receptionist su Telegram per ricevere i primi 10 euro',
        'Bitte füge unsere Betreuerin auf Telegram hinzu, sie schickt dir die Aufgaben',
        'Adicione nossa recepcionista no Telegram para receber o primeiro pagamento',
      ],
      miss: [
        'Scrivi alla segretaria della scuola per il certificato',
        'Kontaktiere unseren Tutor auf WhatsApp, wenn du Fragen zur Prüfung hast',
      ],
    },
  },
  {
    id: '__STORE_ANY',
    family: 'task',
    stage: 'pitch',
    languages: ['any'],
    pattern:
      /(?:(?:buka|membuka|punya|memiliki) toko(?: online)? di (?:platform|aplikasi) (?:e-?commerce|belanja)|(?:mở|có) (?:gian hàng|cửa hàng)(?: online| trực tuyến)? trên (?:sàn|nền tảng) (?:thương mại điện tử|tmđt)|เปิดร้าน(?:ค้า)?(?:ออนไลน์)?บน(?:แพลตฟอร์ม)?(?:อีคอมเมิร์ซ|ช้อปปิ้ง)|(?:magbukas|nagbukas|buksan|mag-?open) ng (?:online )?(?:store|tindahan) sa (?:aming |ang |isang )?(?:e-?commerce|online shopping) platform|(?:abre|abrir|abrí|abra|abri) (?:tu |una |mi |sua |uma |minha )?(?:tienda|loja)(?: online| en línea| virtual)? (?:en|na) (?:nuestra |la |una |nossa |a |uma )?plataforma de (?:comercio electrónico|comércio eletrônico|e-?commerce)|(?:ec|通販|ネット通販)プラットフォームで(?:お店|ショップ|店舗)を(?:開|出)|(?:플랫폼|오픈마켓)에 (?:쇼핑몰|스토어|상점|가게)을? (?:열|오픈)|(?:ई-?कॉमर्स|ईकॉमर्स) प्लेटफॉर्म पर (?:अपनी |अपना )?(?:दुकान|स्टोर) खोल)/u,
    description:
      'Building block: open a store on an "e-commerce platform", in the pack languages (and Portuguese).',
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        'Buka toko online di platform e-commerce kami',
        'Mở gian hàng trên sàn thương mại điện tử',
        'เปิดร้านค้าออนไลน์บนแพลตฟอร์มอีคอมเมิร์ซ',
        'Abre tu tienda en nuestra plataforma de comercio electrónico',
        '越境ECプラットフォームでお店を開けば',
      ],
      miss: ['Aku buka toko online di Shopee', 'Abrí mi tienda en Etsy'],
    },
  },
  {
    id: '__STORE_FUND_ANY',
    family: 'task',
    stage: 'payment',
    languages: ['any'],
    pattern:
      /(?:(?:modal|dana|uang) sendiri|komisi \d{1,2}\s?% (?:setiap|per|tiap) pesanan|tự bỏ vốn|tự ứng tiền|hoa hồng \d{1,2}\s?% (?:mỗi|cho mỗi|trên mỗi) đơn|สำรองเงิน|ออกเงินซื้อสินค้าเอง|ค่าคอมมิชชั่น \d{1,2}\s?% ทุก(?:ออเดอร์|คำสั่งซื้อ)|(?:ikaw ang magbabayad ng stocks?|sariling puhunan)|\d{1,2}\s?% (?:na )?komisyon (?:bawat|kada) order|con (?:tu|su) propio dinero|con fondos propios|\d{1,2}\s?% de comisión por cada pedido|com (?:seu|o seu) próprio dinheiro|comissão de \d{1,2}\s?% (?:por|em cada) pedido|自己資金で仕入れ|注文ごとに\d{1,2}\s?%の手数料|(?:본인|자기|자신의) (?:자금|돈)으로 (?:상품을 )?선구매|주문마다 \d{1,2}\s?% 수수료|अपने पैसे से स्टॉक|हर ऑर्डर पर \d{1,2}\s?% कमीशन)/u,
    description:
      "Building block: the store is stocked with the user's own money, or pays a fixed commission on every order, in the pack languages (and Portuguese).",
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        'stok barang pakai modal sendiri',
        'hoa hồng 30% mỗi đơn',
        'ganas un 30% de comisión por cada pedido',
      ],
      miss: ['komisi penjualan bulan ini', 'el pedido llegó tarde'],
    },
  },
  {
    id: 'TASK_ONLINE_STORE_ANY',
    family: 'task',
    stage: 'pitch',
    languages: ['any'],
    meta: { all: ['__STORE_ANY', '__STORE_FUND_ANY'] },
    description:
      'The online-store scam in the pack languages: open a store on an "e-commerce platform", stock it with your own money and earn a commission on every order.',
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        'Buka toko online di platform e-commerce kami, stok barang pakai modal sendiri, komisi 30% setiap pesanan',
        'Mở gian hàng trên sàn thương mại điện tử xuyên biên giới, tự bỏ vốn nhập hàng, hoa hồng 30% mỗi đơn',
        'เปิดร้านค้าออนไลน์บนแพลตฟอร์มอีคอมเมิร์ซ สำรองเงินซื้อสินค้าเอง ได้ค่าคอมมิชชั่น 30% ทุกออเดอร์',
        'Magbukas ng online store sa aming e-commerce platform, ikaw ang magbabayad ng stocks, 30% komisyon bawat order',
        'Abre tu tienda en nuestra plataforma de comercio electrónico, compras el stock con tu propio dinero y ganas un 30% de comisión por cada pedido',
        '越境ECプラットフォームでお店を開けば、自己資金で仕入れるだけで注文ごとに30%の手数料がもらえます',
        '해외 직구 플랫폼에 쇼핑몰을 열고 본인 자금으로 상품을 선구매하면 주문마다 30% 수수료를 받아요',
        'हमारे ई-कॉमर्स प्लेटफॉर्म पर अपनी दुकान खोलें, अपने पैसे से स्टॉक खरीदें, हर ऑर्डर पर 30% कमीशन',
      ],
      miss: [
        'Aku buka toko online di Shopee, stok barang pakai modal sendiri, untungnya lumayan',
        'Em mở gian hàng trên Shopee bán nến thơm, tự nhập hàng, lãi khoảng ba mươi phần trăm',
        'Abrí mi tienda en Etsy, compro el material con mi propio dinero y gano un 30% por cada venta',
        'ネットショップを開いて、自己資金で仕入れています。利益は3割くらいです',
        '쇼핑몰을 열어서 제 돈으로 물건을 사서 팔고 있어요. 마진은 30% 정도예요',
        'मैंने ऑनलाइन दुकान खोली है, अपने पैसे से सामान खरीदती हूँ, 30% मुनाफा होता है',
      ],
    },
  },
  {
    id: 'TASK_STORE_RECHARGE_ANY',
    family: 'task',
    stage: 'payment',
    languages: ['any'],
    pattern:
      /(?:pesanan (?:tertunda|pending|belum diproses)[^\n]{0,50}(?:isi ulang|top ?up|deposit|recharge)|đơn hàng (?:đang chờ|chờ xử lý)[^\n]{0,50}(?:nạp|chuyển khoản)|คำสั่งซื้อ(?:ที่)?รอ(?:ดำเนินการ|การชำระ)[^\n]{0,50}เติมเงิน|pending order[^\n]{0,30}(?:store|tindahan)[^\n]{0,30}mag-?(?:recharge|top ?up|deposito)|pedidos pendientes[^\n]{0,40}(?:recarga|deposita|recargue|deposite)|pedidos pendentes[^\n]{0,40}(?:recarregue|deposite|recarregar)|未処理の注文[^\n]{0,40}チャージ|대기 중인 주문[^\n]{0,40}충전|ऑर्डर पेंडिंग[^\n]{0,40}रिचार्ज)/u,
    description:
      'The online-store scam\'s demand in the pack languages: orders are waiting in "your store", top up to process them.',
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        'Toko Anda memiliki 5 pesanan tertunda, silakan isi ulang saldo 2 juta untuk memproses pesanan, kalau tidak toko akan dibekukan',
        'Cửa hàng của bạn có 6 đơn hàng đang chờ, vui lòng nạp 5 triệu để xử lý, nếu không cửa hàng sẽ bị đóng băng',
        'ร้านของคุณมีคำสั่งซื้อรอดำเนินการ 6 รายการ กรุณาเติมเงิน 5,000 บาทเพื่อดำเนินการ มิฉะนั้นร้านจะถูกระงับ',
        'May 6 na pending order ang store mo, mag-recharge ng 3,000 para ma-process, kung hindi ay ma-freeze ang store',
        'Tu tienda tiene 6 pedidos pendientes, recarga 300 USDT para procesarlos o la tienda será congelada',
        'あなたのショップに未処理の注文が6件あります。処理するには5万円をチャージしてください。チャージしないとショップが凍結されます',
        '고객님 스토어에 대기 중인 주문이 6건 있습니다. 처리하려면 50만원을 충전하세요. 충전하지 않으면 스토어가 동결됩니다',
        'आपके स्टोर में 6 ऑर्डर पेंडिंग हैं, प्रोसेस करने के लिए 5000 रुपये रिचार्ज करें, नहीं तो स्टोर फ्रीज हो जाएगा',
      ],
      miss: [
        'Toko Anda menerima 5 pesanan baru, segera kirim sebelum jam 5 sore',
        'Cửa hàng của bạn có 6 đơn hàng mới, vui lòng đóng gói và giao cho đơn vị vận chuyển',
        'ร้านของคุณมีคำสั่งซื้อใหม่ 6 รายการ กรุณาแพ็คสินค้าก่อนห้าโมงเย็น',
        'Tu tienda tiene 6 pedidos nuevos, prepara los envíos antes de las cinco',
        'ストアに新しい注文が6件あります。17時までに発送してください',
        'आपके स्टोर में 6 नए ऑर्डर हैं, शाम 5 बजे से पहले पैक कर दें',
      ],
    },
  },
  {
    id: 'TASK_TOP_UP_ANY',
    family: 'task',
    stage: 'payment',
    languages: ['any'],
    pattern:
      /(?:(?:attività|compiti|ordini) prepagat[ie]|ricaric(?:a|are|ate|hi)[^\n]{0,30}per (?:sbloccare|completare|continuare|ricevere) (?:i |il |le |la |l')?(?:compiti|attività|task|ordini|commission[ei]|stipendio|guadagni)|(?:vorauszahlungs|vorausbezahlte |prepaid-)(?:aufgaben|tasks)|(?:aufladen|einzahlen|aufzuladen|einzuzahlen)[^\n]{0,30}um (?:die |deine |ihre |den |deinen |ihren )?(?:aufgaben|tasks|provision|auszahlung|lohn)[^\n]{0,15}(?:freizuschalten|abzuschließen|zu erhalten|auszuzahlen)|tarefas? pr[ée]-?pagas?|(?:recarregue|recarregar|deposite|depositar)[^\n]{0,30}para (?:desbloquear|concluir|continuar|receber) (?:as |a |o |os |sua |seu |suas |seus )?(?:tarefas?|comiss(?:ão|ões)|pedidos?|sal[áa]rio))/u,
    description:
      'Italian, German or Portuguese: prepaid tasks, or topping up to unlock tasks, commission or the payout.',
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        'Per sbloccare le commissioni devi ricaricare 100 euro: ricarica ora per sbloccare i compiti',
        'Du musst 200 Euro einzahlen, um die Aufgaben freizuschalten',
        'Esta é uma tarefa pré-paga, deposite 300 reais para receber a comissão',
      ],
      miss: ['Ricarica il telefono prima di partire', 'Ich muss Geld einzahlen, um die Miete zu zahlen'],
    },
  },
  {
    id: 'TASK_EASY_MONEY_ZH',
    family: 'task',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:刷单|刷單|点赞(?:任务|赚|返)|點讚(?:任務|賺)|做任务(?:返|赚|領)|做任務|动动手指|動動手指|日入(?:百|千|\d)|日赚|日賺|在家(?:就能)?(?:赚钱|賺錢)|(?:兼职|兼職)[^\n]{0,20}(?:佣金|日结|日結|返现|返現)|(?:垫付|墊付)(?:返|佣金))/,
    description: 'Chinese: order brushing, paid likes, "earn hundreds a day by moving a finger".',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: ['在家动动手指，轻松赚零花钱', '刷单兼职，佣金日结'],
      miss: ['手指受伤了', '兼职老师招聘'],
    },
  },
  // ---- Chinese: task scams (rules-zh) ----
  {
    id: 'TASK_PAID_LIKES_ZH',
    family: 'task',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:点赞|點讚|點贊|关注|關注|评论|評論|好评|好評|截图|截圖|做任务|做任務)[^\n]{0,15}(?:佣金|傭金|返佣|返傭|提成|报酬|報酬)|(?:每天|一天|日)(?:轻松|輕鬆)(?:赚|賺)(?:\d|[一二三四五六七八九十两兩几幾]|钱|錢)/,
    description:
      'Chinese: commission for likes, follows or screenshots, "easily earn 300 a day" (点赞一个视频三块钱佣金).',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: [
        '我們公司招聘線上兼職，只要幫商家刷好評，每單傭金5%',
        '点赞一个视频就有三块钱佣金',
        '關注抖音博主截圖給我，一單兩元，有佣金',
        '每天輕鬆賺三百',
      ],
      miss: ['你去抖音帮我点赞一下视频呗', '每天轻松赚积分，兑换话费'],
    },
  },
  {
    id: 'TASK_HANDOFF_ZH',
    family: 'task',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:接待员|接待員|派单员|派單員|带教老师|帶教老師)[^\n]{0,12}(?:领取|領取|结算|結算|发放|發放)[^\n]{0,8}(?:佣金|工资|工資|报酬|報酬|奖励|獎勵|收益)|(?:添加|加|联系|聯繫|聯絡)(?:我们的?|我們的?)?(?:接待员|接待員|派单员|派單員|带教老师|帶教老師)[^\n]{0,10}(?:飞机|飛機|telegram|tg|whatsapp|电报|電報|领取|領取|佣金|工资|工資|结算|結算)|(?:领取|領取)[^\n]{0,8}(?:佣金)[^\n]{0,8}(?:接待员|接待員|派单员|派單員)|(?:任务|任務)[^\n]{0,10}(?:联系|聯繫|聯絡|添加|加)(?:客服|导师|導師)[^\n]{0,6}(?:领取|領取)[^\n]{0,4}(?:佣金|工资|工資|报酬|報酬)/,
    description:
      'Chinese: the task-scam hand-off to a "receptionist" or dispatcher who pays the commission (添加接待员领取佣金).',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: [
        '完成这组任务后联系接待员领取佣金',
        '請添加接待員飛機領取第一筆佣金',
        '任務已完成，請聯繫客服領取佣金',
      ],
      miss: ['接待员说房间下午两点才能入住', '请联系我们的接待员预订房间'],
    },
  },
  {
    id: 'TASK_TOP_UP_ZH',
    family: 'task',
    stage: 'payment',
    languages: ['zh'],
    pattern:
      /(?:联单任务|聯單任務|组合单|組合單|充值单|充值單|福利单|福利單|预付单|預付單|垫付单|墊付單)(?!据|據)|(?:幸运订单|幸運訂單|幸运单|幸運單)[^\n]{0,40}(?:补足|補足|补齐|補齊|差额|差額|充值|垫付|墊付)|(?:充值|补齐|補齊|补足|補足|垫付|墊付)[^\n]{0,10}(?:才能|才可以|方可)[^\n]{0,6}(?:佣金|任务|任務|下一单|下一單|返佣|做单|做單)|(?:任务|任務)(?:账户|帳戶)[^\n]{0,8}(?:负数|負數|负值|負值|欠款)|(?:第[一二三四五六七八九十\d]{1,2}|下一)(?:单|單)[^\n]{0,8}(?:需要|要|得|必须|必須)(?:先)?(?:充值|垫付|墊付)/,
    description:
      'Chinese: combination or prepaid orders, top up to unlock the commission or the next task (联单, 充值才能领取佣金).',
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        '恭喜您获得幸运订单，佣金是平时的八倍，只需要补足差额就可以完成任务',
        '这是一个联单任务',
        '任务账户出现负数，需要充值补齐才能领取佣金',
        '做满三单就能提现佣金，第四单需要先充值',
      ],
      miss: ['本月幸运订单免单，快去看看你有没有中', '请把充值单据发给财务', '危废转移联单已提交'],
    },
  },
  {
    id: 'TASK_ONLINE_STORE_ZH',
    family: 'task',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:跨境电商|跨境電商|电商平台|電商平台|网店|網店|店铺|店鋪|开店|開店)[^。！？\n]{0,30}(?:垫资|墊資|垫付|墊付|自己出资|自己出資|先出资|先出資)[^。！？\n]{0,40}(?:佣金|返佣|返利)|(?:店铺|店鋪|网店|網店)[^。！？\n]{0,20}(?:订单|訂單)[^。！？\n]{0,30}(?:充值|补款|補款|垫付|墊付)|(?:进货款|進貨款|铺货费|鋪貨費|上架费|上架費|开店费|開店費)[^。！？\n]{0,30}(?:佣金|返还|返還|本金)/,
    description:
      "Chinese: the online-store scam: open a store on an e-commerce platform, pay for the goods in advance for a commission, or top up to process the store's orders (垫资进货, 店铺订单充值).",
    reason: 'reason_task_top_up',
    examples: {
      hit: [
        '我表哥在跨境电商平台开店，只要自己垫资进货，平台负责发货，每单赚30%佣金',
        '您的店铺有6笔订单待处理，请充值3500元，否则店铺将被冻结',
        '開店費繳納後，訂單完成即返還本金和佣金',
      ],
      miss: ['我表哥在淘宝开了个网店卖蜡烛，自己进货，每单大概赚三成', '店铺订单已发货，请注意查收'],
    },
  },
  // ---- end of the Chinese task block (rules-zh) ----
  // ---- stop 17: the task scam as victims quote it ----
  {
    id: 'TASK_COMMISSION_NEXT_SET',
    family: 'task',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\bcommission\b[^?!\n]{0,25}?\b(?:has been |have been |was |is |been )?(?:added|credited|deposited|settled)\b[^\n]{0,60}?\b(?:next|continue|remaining|another) (?:set|task|order|round|mission)s?\b/,
    description: 'A task app\'s progress message: commission "added", go on to the next set of tasks.',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: ['Task completed! Your commission of $38.40 has been added. Continue to the next set.'],
      miss: [
        'Your sales commission was credited with the March salary',
        'task completed, moving on to the next item on the list',
        'Order completed, your commission is in the monthly statement.',
      ],
    },
  },
  {
    id: 'TASK_FOLLOW_SCREENSHOT_PAY',
    family: 'task',
    stage: 'pitch',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`${FOLLOW_SCREENSHOT}(?:each|per|every) (?:one|like|follow|screenshot|task|video|account|post) (?:pays?|earns?|gets? you|is worth)\b|${FOLLOW_SCREENSHOT}(?:pays?|earn|get|receive) (?:you )?(?:[$€£₱₹] ?\d|\d{1,5} ?(?:dollars?|usdt|usd|pesos|rupees|euros?)\b)`,
    ),
    description: 'Paid follows or likes proved with screenshots: "each one pays 2 dollars".',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: ['You just need to follow our TikTok accounts and send screenshots, each one pays 2 dollars'],
      miss: [
        'follow our page and send a screenshot to enter the raffle',
        'like the post and send me a screenshot so I know it worked',
      ],
    },
  },
  {
    id: '__ORDER_CUT',
    family: 'task',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:keep|earn|get|receive|make) (?:a )?\d{1,2}(?:\.\d{1,2})?\s?% (?:commission )?(?:of|on|from|for) (?:each|every|the value of each|every single) (?:order|task|product|rating|review|set)\b/,
    description: 'Building block: a percentage of each order or task ("you keep 5% of each order").',
    reason: 'reason_task_paid_tasks',
    examples: { hit: ['you keep 5% of each order'], miss: ['you keep 5% of the profit'] },
  },
  {
    id: '__RATING_WORK',
    family: 'task',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:boost|optimi[sz]e|increase|improve|submit|give)\b[^.?!\n]{0,20}?\b(?:products?|apps?|hotels?|stores?|merchants?|shops?|movies?) (?:ratings?|rankings?|reviews?|data|sales|exposure)\b|\b\d{1,3} (?:orders|tasks|ratings|reviews) (?:a|per|each) (?:day|set)\b/,
    description: 'Building block: rating or "optimising" products, so many orders a day.',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: ['boost product ratings on the platform', '30 orders a day'],
      miss: ['we shipped 30 orders'],
    },
  },
  {
    id: 'TASK_RATING_ORDER_CUT',
    family: 'task',
    stage: 'pitch',
    languages: ['en'],
    meta: { all: ['__ORDER_CUT', '__RATING_WORK'] },
    description:
      'Rating or "optimising" products for a percentage of each order: the task scam\'s job description.',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: [
        'The job is simple: boost product ratings on the platform, 30 orders a day, you keep 5% of each order',
      ],
      miss: ['As a sales rep you keep 5% of each order you close, base salary included'],
    },
  },
  {
    id: 'TASK_STUCK_ORDER_ZH',
    family: 'task',
    stage: 'payment',
    languages: ['zh'],
    pattern: /(?:卡单|卡單)[^\n]{0,15}(?:充值|补足|補足|补齐|補齊|垫付|墊付|补单|補單)/,
    description:
      'Chinese: a "stuck order" in a task app that must be topped up to go on (卡单需要充值才能继续).',
    reason: 'reason_task_top_up',
    examples: {
      hit: ['完成一组任务即可提现佣金，卡单需要充值才能继续。'],
      miss: ['打印机卡纸了，明天修', '系统卡单了，客服说刷新一下就好'],
    },
  },
  {
    id: 'TASK_PAID_PER_LIKE_ZH',
    family: 'task',
    stage: 'pitch',
    languages: ['zh'],
    pattern:
      /(?:点赞|點讚|點贊|关注|關注|截图|截圖)[^\n]{0,20}(?:一个|一個|一单|一單|每个|每個|每单|每單|一次)(?:就)?(?:赚|賺|给|給|有)?(?:\d{1,3}|[一二三四五六七八九十两兩])(?:元|块|塊)/,
    description: 'Chinese: paid likes and follows, so much per screenshot (点赞关注，截图发我，一个三元).',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: ['点赞关注抖音账号，截图发给我，一个赚三元。'],
      miss: ['点赞关注一下我的店铺，谢谢支持', '截图发我，一个一个核对'],
    },
  },
  {
    id: '__TK_TASK',
    family: 'task',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:optimi[sz](?:e|ing|ation) (?:the )?(?:orders?|products?|data|apps?)|(?:product|data|app|hotel|movie|merchant) (?:data )?(?:optimi[sz]ation|reviewers?|rating|ratings|ranking|rankings|boosting)|boost(?:ing)? (?:product |app |hotel )?rankings|(?:merchant|premium|combination|combo|lucky|bonus) (?:tasks?|orders?)|(?:like|follow|subscribe to|rate|review) (?:youtube|tiktok|instagram|ig|facebook|amazon|google)? ?(?:videos?|accounts?|channels?|apps?|hotels?|products?|posts)|(?:complete|finish|submit|do) (?:the |all |your )?(?:current |remaining |\d{1,3} (?:more )?)?(?:sets?|tasks?|orders?)|(?:training|trial|group|daily|real) tasks?|reception (?:staff|teacher|desk)|(?:each|per|every) (?:follow|like|task|review|rating|video)|(?:task|order) (?:commission|balance|set))\b/,
    description:
      'Building block: the task-scam work ("optimise orders", "product data reviewer", "premium order", "each follow 3 USD", "complete the current set").',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: [
        'our company is looking for a product data reviewer',
        'you have triggered a premium order',
        'each follow 3 usd',
        'complete 5 more group tasks',
      ],
      miss: ['please review the attached order form', 'the product manager reviewed it'],
    },
  },
  {
    id: '__TK_PAY',
    family: 'task',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:commissions?|salary|salaries|paid (?:daily|every day|instantly|per)|daily (?:pay|income|earnings|salary)|earn(?:s|ed|ing)?|pays? (?:people|you|users)|(?:usd|usdt|dollars?|[$€£]) ?\d|(?<![\d,.])\d[\d,.]{0,12} ?(?:usd|usdt|dollars?))\b/,
    description: 'Building block: the pay of the task (commission, salary paid daily, "earn 300 a day").',
    reason: 'reason_task_paid_tasks',
    examples: { hit: ['salary paid daily', 'commission up to 2000 per week'], miss: ['paid leave'] },
  },
  {
    id: '__TK_HOOK',
    family: 'task',
    stage: 'pitch',
    languages: ['en'],
    pattern:
      /\b(?:recharge(?:d)?|top(?:ped)? ?up|put in|deposit|prepaid|balance needed|negative balance|insufficient|your cv|resume was|no experience (?:needed|required)|work from (?:home|your phone)|part[- ]time|flexible (?:hours|job|work)|sorry to bother you|(?:whatsapp|telegram) (?:us|me)|add (?:our|the|my) (?:hr|assistant|manager|mentor)|trial task is free|for free)\b/,
    description:
      "Building block: the hook of a task scam: a top-up or deposit, or the cold recruiter's opener (your CV, no experience needed, WhatsApp us).",
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: ['please recharge 1,100', 'your cv was recommended to us', 'whatsapp us now'],
      miss: ['send us your invoice'],
    },
  },
  {
    id: 'TASK_SCAM_CONCEPTS',
    family: 'task',
    stage: 'pitch',
    languages: ['en'],
    meta: { all: ['__TK_TASK', '__TK_PAY', '__TK_HOOK'] },
    description:
      'A task scam in any words: paid "tasks" of liking, rating or optimising orders, with a top-up to make or a cold recruiter\'s hook.',
    reason: 'reason_task_paid_tasks',
    examples: {
      hit: [
        'Good afternoon, your CV was recommended to us by an online recruitment site. Our company is looking for a product data reviewer. Salary paid daily.',
        'You have triggered a premium order. Commission for this order is 1,380 USDT. Balance needed: 4,200.',
        'Hi, sorry to bother you. Our company is doing brand promotion and pays people to follow TikTok accounts. Each follow 3 USD. Trial task is free.',
      ],
      miss: [
        'Part-time barista wanted, no experience needed, $15 an hour, apply in store',
        'Please review the attached order and send your invoice by Friday',
        'I earn commission on each order I sell at the shoe store, it is part-time',
      ],
    },
  },
];
