import { MONEY } from '../fragments.ts';
import type { Rule } from '../types.ts';

/** Extraction: deposit more, withdrawal fees, frozen accounts, urgency, secrecy, transfers. */
export const PAYMENT_RULES: readonly Rule[] = [
  {
    id: 'PAYMENT_UPGRADE',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:deposit|top ?up|add|pay|invest|recharge|send)\b[^.?!\n]{0,40}\b(?:to|in order to|so (?:that )?you can|before you can) (?:upgrade|unlock|activate|release|access|reach) (?:your |the )?(?:account|vip|level|membership|wallet|profits?|funds|bonus)|\b(?:put in|deposit|add|top up|invest) (?:another |an extra |just )?(?:[$€£]\s?)?\d[\d,.]{0,9}\s?(?:k|usdt|usd|dollars|euros)? ?more\b[^.?!\n]{0,40}\b(?:qualify|unlock|upgrade|enter)\b[^.?!\n]{0,30}\b(?:vip|level|tier|channel|plan|package|group|pool)\b|\b(?:upgrade|unlock|activate) (?:your )?(?:account|vip|level|membership|wallet)\b[^.?!\n]{0,40}\b(?:deposit|pay|fee|usdt|\$)|\bsend (?:more|additional|extra) (?:money|funds|usdt|btc)|\bthe more you (?:have|deposit|invest|put in)(?: here)?,? the more (?:you )?(?:can )?(?:make|earn|profit|get)\b/,
    description: 'Asks for a bigger deposit to upgrade, unlock or earn more.',
    reason: 'reason_payment_upgrade',
    examples: {
      hit: [
        'Just put in 5,000 more and your account will qualify for the institutional channel',
        'Please send more funds, the more you deposit the more you earn',
        'deposit 500 usdt to upgrade your account to VIP',
      ],
      miss: [
        'Put in a bit more effort and you will qualify for the next level of the course',
        'add salt to taste',
        'upgrade your phone at the store',
      ],
    },
  },
  {
    id: 'PAYMENT_WITHDRAWAL_FEE_ANY',
    family: 'payment',
    stage: 'payment',
    languages: ['any'],
    pattern:
      /(?:(?:prelevare|ritirare|sbloccare) (?:i |il |le )?(?:tuoi |suoi )?(?:profitti|guadagni|vincite|fondi|saldo)[^\n]{0,40}(?:pagare|versare)[^\n]{0,25}(?:tassa|tasse|imposta|commissione|deposito|cauzione)|(?:gewinne?|profite?|guthaben)(?!\p{L})[^\n]{0,20}(?:abheben|abzuheben|auszahlen|auszuzahlen)[^\n]{0,40}(?:steuern?|gebühr(?:en)?|kaution|provision)(?!\p{L})[^\n]{0,20}(?:bezahlen|zahlen|überweisen|begleichen|einzahlen)|(?:sacar|retirar|levantar) (?:os |as |o |seus |suas |seu )?(?:seus |suas |seu )?(?:lucros?|ganhos|fundos|saldo)(?!\p{L})[^\n]{0,40}(?:pagar|depositar)[^\n]{0,25}(?:taxa|imposto|tarifa|comiss[ãa]o|dep[óo]sito)|(?:retirer|d[ée]bloquer|r[ée]cup[ée]rer) (?:vos |tes |les |ses |leurs )?(?:gains|profits|b[ée]n[ée]fices|fonds|solde)(?!\p{L})[^\n]{0,40}(?:payer|verser|r[ée]gler|d[ée]poser)[^\n]{0,25}(?:taxe|imp[ôo]ts?|frais|commission|caution|d[ée]p[ôo]t))/u,
    description:
      'Italian, German, Portuguese or French: a tax, fee or deposit to pay before the profits can be withdrawn.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        'Per prelevare i profitti devi prima pagare una tassa del 20%',
        'Um deinen Gewinn abzuheben, musst du zuerst 15% Steuern bezahlen',
        'Para sacar seus lucros você precisa pagar primeiro uma taxa de 15%',
        'Para retirar o lucro é preciso pagar o imposto de 10% antes',
        'Pour retirer vos gains, vous devez d’abord payer une taxe de 20%',
      ],
      miss: [
        'Per prelevare contanti al bancomat si paga una commissione di 2 euro',
        'Um Geld abzuheben, musst du am Automaten eine Gebühr zahlen',
        "Pour retirer de l'argent au distributeur, vous devez payer des frais de 2 euros",
      ],
    },
  },
  {
    id: '__WITHDRAWAL_FEE_TEXT',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:to|before (?:you )?(?:can )?|in order to) (?:withdraw|release|unlock|receive|cash out)\b[^.?!\n]{0,60}\b(?:need|must|have|required|requires) to (?:pay|deposit|send)|\b(?:need|must|have|required) to (?:pay|deposit|send)\b[^.?!\n]{0,60}\b(?:to|before (?:you )?(?:can )?|in order to) (?:withdraw|release|unlock|receive)|\b(?:withdrawal|release|unfreez(?:e|ing)|clearance) (?:tax|fee|charge|deposit|margin)\b|\bsecurity deposit\b[^.?!\n]{0,40}\bwithdraw|\bpay (?:the )?(?:tax|taxes|fee|commission|margin) (?:first|before)\b|\bdeposit (?:the )?same amount as (?:your|the) (?:balance|profits?|account|withdrawal)\b|\b(?:credited|released|sent to you|transferred to you|paid out) (?:after|once|when|as soon as) you (?:pay|deposit|send)\b|\bpay (?:the |a )?(?:\d{1,3} ?% )?(?:activation|release|clearance|unlocking|verification|unfreezing) (?:fee|deposit|charge)\b|\b(?:bank card|bank account|wallet|withdrawal (?:account|information|details))\b[^.?!\n]{0,40}?\b(?:does not match|doesn'?t match|mismatch(?:ed)?|is incorrect|was incorrect|is wrong|was wrong)\b[^\n]{0,40}?\bpay (?:a |the )?(?:\d{1,3} ?% )?(?:correction|modification|rectification) (?:fee|deposit|charge)\b|\b(?:pay|deposit|settle)\b[^.?!\n]{0,40}?\b(?:tax|taxes|fee|fees|charge|deposit|guarantee|margin)\b[^.?!\n]{0,10}?\bbefore (?:the |your )?(?:funds|money|profits?|balance|withdrawal)s? (?:are |is |can be |will be )?(?:released|withdrawn|transferred|sent|paid out|credited)\b|\bonce you pay (?:it|this|the (?:fee|tax|margin|deposit|guarantee))\b[^.?!\n]{0,20}?\b(?:the money|the funds|everything|it all|your (?:funds|profits?|money|balance))\b[^.?!\n]{0,10}?\b(?:is|are|will be) (?:yours|released|unlocked|available)\b/,
    description: 'Building block: a tax, fee, margin or deposit to be paid before money can be withdrawn.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        'to withdraw your balance you need to pay a $900 clearance fee first',
        'you must pay the withdrawal tax first',
        'deposit the same amount as your balance, then you can withdraw everything',
        'please pay the 10% verification deposit',
        'your bank card name does not match, please pay a correction fee of 2,000 USDT',
      ],
      miss: [
        'to withdraw cash use the ATM',
        'I need to pay the rent',
        'Please pay a correction fee of 15 euros to change the name on your ticket',
      ],
    },
  },
  {
    id: '__ORDINARY_WITHDRAWAL',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:atms?|cash machines?|401 ?k|iras?|roth|pensions?|retirement|superannuation|savings accounts?|debit cards?|impound(?:ed)?|impound lot|tow(?:ed|ing)? (?:yard|company|truck|fee)|bail)\b/,
    description:
      'Building block: the ordinary places money is withdrawn from, with their own fees and taxes (a cash machine, a pension or retirement account).',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: ['the ATM charges 3 dollars', 'an early 401k withdrawal'],
      miss: ['the platform charges a fee', 'your trading account'],
    },
  },
  {
    id: 'PAYMENT_WITHDRAWAL_FEE',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    meta: { all: ['__WITHDRAWAL_FEE_TEXT'], none: ['__ORDINARY_WITHDRAWAL'] },
    description:
      'Says a tax, fee, margin or deposit must be paid before money can be withdrawn (not the fee of a cash machine or the tax on a pension).',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        'I must deposit a 30% guarantee before the funds are released',
        'Everyone pays the margin, once you pay it the money is yours',
        'The tax department requires you to pay the capital gains tax before the funds are released to your bank',
        'to withdraw your balance you need to pay a $900 clearance fee first',
        'you must pay the withdrawal tax first',
      ],
      miss: [
        'the withdrawal fee at this ATM is 3 dollars',
        'You need to pay the tax before you can withdraw from your 401k early',
        'The release fee for the impounded car is $250 before they can release it',
      ],
    },
  },
  {
    id: '__WITHDRAW',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:withdraw(?:al|als|ing|n)?|cash(?:ing)? out|payouts?|releas(?:e|ing) (?:of )?(?:your |the )?(?:funds|profits?|money|balance)|unfreez(?:e|ing)|unlock (?:your |the )?(?:funds|account|profits?|balance)|(?:funds|money|profits?|balance) (?:can|will|could) (?:only )?be (?:released|unfrozen|paid out))\b/,
    description: 'Building block: withdrawing, cashing out or releasing funds.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: ['the withdrawal is pending', 'to cash out'],
      miss: ['withhold the salt', 'the cash register'],
    },
  },
  {
    id: '__FEE_DEMAND',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:pay|deposit|send|transfer|top ?up|add|settle|cover)\b[^.?!\n]{0,40}\b(?:tax|taxes|fee|fees|charge|commission|deposit|margin|insurance|verification|stamp duty|duty|penalty|fine|guarantee)\b[^.?!\n]{0,30}\b(?:first|before|in advance|upfront|beforehand|required|needed|today|within)|\b(?:fee|fees|tax|charge|commission|margin)\b[^.?!\n]{0,50}\b(?:top ?up|recharge|deposit|pay) (?:it )?first\b|\b(?:to|in order to) (?:unfreeze|unlock|release|withdraw|recover)\b[^.?!\n]{0,30}\b(?:pay|deposit|send|transfer)\b[^.?!\n]{0,30}\b(?:tax|fee|fine|charge|commission|deposit|margin|penalty)\b|\b(?:requires?|required|asks? for|demands?) (?:a |an |the )?(?:\d{1,3} ?% )?(?:one-?time |small |mandatory |compulsory )?(?:insurance |processing |handling |service |admin(?:istration)? |clearance |security |verification |release |withdrawal |transfer )?(?:tax|fee|commission|deposit|margin|fine|penalty)\b[^.?!\n]{0,30}\bbefore\b|\b(?:personal )?(?:income tax|capital gains tax|tax|taxes|fee|fees|charge|commission|security deposit|margin|insurance|stamp duty|penalty)\b[^.?!\n]{0,40}\b(?:must|needs? to|has to|have to|is required|are required|required|first|in advance|upfront|before)\b[^.?!\n]{0,20}\b(?:be )?(?:paid|pay|deposit(?:ed)?|send|sent|settled|transferred)\b|\b(?:must|need to|have to|required to) (?:first )?(?:pay|deposit|settle|send)\b[^.?!\n]{0,40}\b(?:tax|taxes|fee|fees|charge|commission|deposit|margin|insurance|penalty)\b/,
    description: 'Building block: a tax, fee, margin or deposit that must be paid first.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        'you must first pay 20% personal income tax',
        'a security deposit must be paid before',
        'our compliance team requires a one-time insurance fee before large withdrawals',
      ],
      miss: ['I paid the taxes last year', 'the fee was waived'],
    },
  },
  {
    id: 'PAYMENT_WITHDRAWAL_BLOCKED_FEE',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    meta: { all: ['__WITHDRAW', '__FEE_DEMAND'], none: ['__ORDINARY_WITHDRAWAL'] },
    description: 'Withdrawing or releasing money is tied to a tax, fee, margin or deposit paid first.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        'The exchange charges a 10% handling fee for large withdrawals, please top up first',
        'your account reached VIP, to withdraw you must first pay 20% personal income tax',
        'a security deposit of $8,000 must be paid before the funds are released: unfreeze takes 2 hours',
      ],
      miss: [
        'the bank charges a fee when I withdraw cash abroad',
        'I paid the withdrawal tax on my pension in April',
        'You need to pay the tax before you can withdraw from your 401k early',
      ],
    },
  },
  {
    id: 'PAYMENT_ACCOUNT_FLAGGED',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /(?<!\b(?:my|our|his|her) )\b(?:account|wallet|funds?|withdrawal) (?:has been |have been |was |is |got )?(?:flagged|marked|locked|restricted|under review|under investigation) (?:for|as|because of|due to) (?:unusual|suspicious|abnormal|irregular|illegal|money laundering)|\byour credit (?:score|rating) (?:has )?(?:dropped|fell|fallen|went down|is now|was lowered|has been lowered) (?:to |below |under )?\d{1,3}\b|\bflagged (?:your|the) (?:account|wallet|withdrawal|funds) (?:for|as)\b|\b(?:deposit|pay|fee|payment)\b[^.?!\n]{0,60}\b(?:to |in order to )(?:unfreeze (?:it|them)|(?:unfreeze|restore|reactivate|recover) (?:your |the )?(?:account|funds|wallet|credit (?:score|rating)))\b/,
    description:
      'Says the account was flagged, frozen or lost its "credit score", and a deposit restores it.',
    reason: 'reason_payment_frozen',
    examples: {
      hit: [
        'the system flagged your account for unusual activity',
        'your credit score dropped to 60, deposit 15,000 usdt to restore it',
      ],
      miss: [
        'my account was flagged for a typo in my address',
        'my credit score is 720, can I get a mortgage?',
        'the credit card bill is due',
        'I paid the garage to restore the old car',
      ],
    },
  },
  {
    id: 'PAYMENT_CREDIT_SCORE_WITHDRAW',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\bcredit (?:score|rating|points?)\b[^.?!\n]{0,30}?\b\d{1,3}\b[^\n]{0,80}?\b(?:deposit|top ?up|recharge|pay|add)\b[^\n]{0,60}?\b(?:withdraw(?:al|als|ing|n)?|unfreeze|unlock)\b|\bcredit (?:score|rating|points?) (?:is )?(?:too low|insufficient|not (?:high )?enough)\b[^\n]{0,60}?\b(?:deposit|top ?up|recharge)\b|\bcredit (?:score|rating|points?)\b[^.?!\n]{0,30}?\b\d{1,3}\b[^\n]{0,40}?\bto withdraw\b[^\n]{0,40}?\b(?:deposit|top ?up|recharge)\b/,
    description:
      'The platform\'s "credit score" is given as a number (or called too low) and a deposit is demanded before the user may withdraw.',
    reason: 'reason_payment_frozen',
    examples: {
      hit: [
        'The system shows your credit score is 70, you need to make a deposit of $15,000 to restore it before you can withdraw',
        'credit points at 65, please recharge 8,000 so the withdrawal can go through',
        'your credit score is too low, a deposit of 20% is needed',
        'Your credit score on the platform is 70, it must be 100 to withdraw, deposit 8,000 to restore it.',
      ],
      miss: [
        'My credit score is 700, the bank wants a deposit of 10% before they approve the mortgage',
        'what credit score do you need to rent? mine is 640 and they asked for a bigger deposit',
        'my credit score is 580, I need to pay off the card to restore it',
      ],
    },
  },
  {
    id: 'PAYMENT_VIP_LEVEL',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:vip|account|membership|member) (?:level|tier|grade|status) (?:is )?(?:too low|not (?:high )?enough|insufficient)\b[^.?!\n]{0,50}?\b(?:withdraw(?:al|als|ing)?|deposit|top ?up|recharge)\b|\bupgrade (?:your account )?(?:to )?(?:vip|level) ?\d\b[^.?!\n]{0,50}?(?:\b(?:deposit|pay|usdt|top ?up|recharge)\b|\$)|\bminimum withdrawal\b[^.?!\n]{0,40}?\bfor (?:your|this) (?:account |vip |membership )?(?:level|tier)\b|\bdeposit (?:at least |only )?(?:[$€£]\s?)?\d[\d,.]{0,10}\s?(?:k\b\s?)?(?:usdt|usd|dollars?)? to (?:open|activate|unlock) (?:a|an|the|your) (?:contract|trading|vip|futures) account\b|\b(?:reach(?:es)?|upgrade[sd]? to|get to) (?:the )?(?:next|higher|vip) (?:level|tier)\b[^.?!\n]{0,40}?\bwithdraw(?:al)?s? (?:channel |function )?(?:opens|unlocks|is unlocked|will open|becomes available)\b|\bto withdraw,? you (?:need|have|must) (?:to )?(?:complete|make|do|finish) (?:\d{1,3}|one|two|three|five|ten) (?:more )?(?:trades|orders|tasks|rounds|transactions)\b|\bvip ?\d\b[^\n]{0,60}?\b(?:maintain|keep|hold) (?:a |the |your )?(?:minimum )?balance\b/,
    description:
      "Says the account's VIP level is too low to withdraw, or that reaching the next level takes a deposit.",
    reason: 'reason_payment_upgrade',
    examples: {
      hit: [
        'You only need to deposit 1,000 USDT to open a contract account, the minimum for the VIP tier is 10,000.',
        'If you add 5,000 more, your account reaches the next level and the withdrawal channel opens automatically.',
        'Congratulations on your first profit! To withdraw, you need to complete 3 more trades with a minimum of 2,000 each.',
        'Your VIP level is too low to withdraw, upgrade to VIP 3 with a deposit of 5000 USDT',
        'upgrade to level 4 by recharging $3,000 and your commission doubles',
        'The minimum withdrawal for your account level is $100,000',
        'Your account is upgraded to VIP 3, to keep this level you must maintain a balance of 50,000',
      ],
      miss: [
        'To keep your Premier status you must maintain a balance of 75,000 across your accounts',
        'You need to deposit 500 to open a savings account at the credit union.',
        'If you add 5 more points, your account reaches the next level and you unlock free shipping.',
        'To withdraw, you need to visit the branch with your ID.',
        'your membership level is too low to book the lounge, upgrade to gold',
        'I reached VIP 3 in the game without paying anything',
        'the minimum withdrawal at this ATM is 20 euros',
      ],
    },
  },
  {
    id: 'PAYMENT_RELEASE_DEPOSIT',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:anti-?money[- ]laundering|aml|unfreez(?:e|ing)|activation|verification) (?:deposit|bond|margin|fee|payment|charge)s?\b[^\n]{0,60}?\b(?:to|before (?:we|they|you|i) can|in order to|so (?:that )?(?:we|they|you) can) (?:release|withdraw|unfreeze|unlock|receive|transfer)\b/,
    description:
      'Asks for an "anti-money-laundering", release or unfreezing deposit before the funds can be released or withdrawn.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        'The funds are pending, the bank needs an anti-money laundering deposit of 10% to release them',
        'an activation fee of $500 is required before you can withdraw',
      ],
      miss: [
        'the landlord will release the security deposit after the inspection',
        'banks follow anti-money laundering rules when you deposit large sums',
        'The release fee for the impounded car is $250 before they can release it',
      ],
    },
  },
  {
    id: 'PAYMENT_MONEY_TO_MEET',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:borrow|lend me|loan me|send me|help me (?:with|pay)|need (?:some )?help (?:paying|with|to pay)|could you (?:pay|cover|help with))\b[^.?!\n]{0,50}?\b(?:fees?|ticket|flight|visa|customs|clearance|shipping|leave (?:form|application|approval)|vacation (?:form|request)|hospital bill|medical bill)\b[^.?!\n]{0,60}?\b(?:(?:come|fly|travel) (?:over )?(?:to )?(?:see|meet|visit|be with) you|(?:come|fly) (?:home )?to you|ship (?:my|the) (?:belongings|luggage|package|box|consignment|gold)|(?:leave|get out of|get off) (?:the )?(?:base|camp|rig|ship|mission|platform)|my contract (?:ends|is over|is ending))\b|\b(?:come|fly|travel) (?:over )?(?:to )?(?:see|meet|visit|be with) you\b[^.?!\n]{0,60}?\b(?:borrow|lend me|loan me|send me|help me (?:with|pay))\b[^.?!\n]{0,30}?(?:\b(?:fees?|ticket|flight|visa|customs|clearance|money)\b|\$\s?\d)/,
    description:
      'The long-distance partner needs money for a fee, ticket or customs to come and meet the user or to ship their belongings.',
    reason: 'reason_payment_loan_request',
    examples: {
      hit: [
        'my contract ends next month and I need help paying the fee to ship my belongings to you',
        "Please don't be upset, I need to borrow $3,000 to pay the customs fee so I can come see you",
        'I want to fly to meet you but I need you to send me money for the ticket',
      ],
      miss: [
        'I need to borrow $300 to pay the customs fee on the package my sister sent',
        'I booked the ticket, I will come see you in May',
      ],
    },
  },
  {
    id: 'PAYMENT_PREPARE_FUNDS',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\bprepare (?:at least |about |around )?(?:[$€£]\s?)?\d[\d,.]{0,10}\s?(?:k\b\s?)?(?:usdt|usd|dollars?|u\b)?[^.?!\n]{0,20}?\b(?:in|into|on) (?:your|the) (?:account|wallet|platform|exchange)\b|\bprepare (?:the |your |enough |more |some )?(?:funds|capital|money|usdt)\b[^.?!\n]{0,30}?\bfor (?:the |tonight'?s |today'?s |tomorrow'?s )?(?:order|signal|trade|contract|operation)\b|\b(?:after|once|when) you (?:deposit|top up|recharge|transfer)\b[^.?!\n]{0,30}?\bsend me (?:a |the )?screenshot\b|\b(?:market|trading) window\b[^\n]{0,60}?\b(?:funds|money|usdt|capital) (?:is |are )?(?:ready|in (?:your|the) account)\b|\b(?:funds|money|usdt|capital) (?:is |are )?(?:ready|in (?:your|the) account)\b[^\n]{0,60}?\b(?:market|trading) window\b/,
    description:
      'Tells the user to have a sum ready in the account for the next "order", or to send a screenshot once they have deposited.',
    reason: 'reason_payment_transfer_request',
    examples: {
      hit: [
        'I will send you the order time at 8pm, prepare 2000 USDT in your account',
        "prepare enough funds for tonight's order",
        'After you deposit, send me a screenshot and I will tell you what to buy',
        'The mentor said the market window opens at 8pm tonight, make sure your funds are ready before then.',
      ],
      miss: [
        'prepare enough money for the trip',
        'prepare the slides for the meeting in your account folder',
        'Make sure your funds are ready before the closing date on the house.',
      ],
    },
  },
  {
    id: 'PAYMENT_DEPOSIT_BONUS',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\bif you (?:deposit|top up|recharge|add)\b[^.?!\n]{0,25}?\byou (?:will )?(?:get|receive|earn)\b[^.?!\n]{0,10}?\b(?:a |an )?(?:extra |additional )?(?:bonus|reward)\b|\b(?:deposit|recharge|top[- ]?up) (?:bonus )?(?:event|activity)\b|\b(?:platform|app|exchange|system)\b[^.?!\n]{0,30}?\b\d{1,3}\s?% (?:bonus|extra|reward) on (?:your |the )?(?:next |first |new )?(?:deposit|recharge|top[- ]?up)\b/,
    description: 'A deposit "event": deposit a sum now and the platform adds a bonus.',
    reason: 'reason_payment_upgrade',
    examples: {
      hit: [
        'The platform has a new event, if you deposit 50,000 you get a bonus of 10,000',
        'there is a recharge event this week only',
        'the platform is giving a 30% bonus on your next deposit',
      ],
      miss: [
        'if you add me to the group you get the photos',
        'the deposit was made on Monday',
        'the bank gives 2% interest on your deposit',
      ],
    },
  },
  {
    id: 'PAYMENT_DEPOSIT_BONUS_ZH',
    family: 'payment',
    stage: 'payment',
    languages: ['zh'],
    pattern: /入金[^\n]{0,12}(?:赠金|贈金|赠送|贈送|奖励|獎勵|返现|返現)|(?:赠金|贈金)/,
    description:
      'Chinese: a deposit "bonus" from the trading platform (入金送赠金); weak alone, like its English twin.',
    reason: 'reason_payment_upgrade',
    examples: {
      hit: ['现在入金有百分之二十的赠金，活动只到今晚十二点'],
      miss: ['充值一百送五十元话费', '入金已到账'],
    },
  },
  {
    id: 'PAYMENT_RISK_CONTROL',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\byour (?:account|funds|withdrawal|wallet|assets) (?:is |are |has been |have been |was |were )?(?:under|triggered|in|flagged by) (?:the )?risk control\b|\b(?:deposit|pay)\b[^.?!\n]{0,60}?\bto prove (?:that )?(?:your |the )?(?:funds|money|assets) (?:are |is )?(?:legal|legitimate|clean|not laundered)\b|\bpay\b[^.?!\n]{0,30}?\b\d{1,3}\s?% of (?:your |the )?(?:profits?|balance|earnings|funds|withdrawal)\b[^.?!\n]{0,30}?\b(?:as (?:a )?(?:deposit|margin|guarantee|security|bond)|before (?:you can )?(?:withdraw|cash out))/,
    description:
      'Says the account is "under risk control", or that a deposit or a share of the profit must be paid to prove the money is clean.',
    reason: 'reason_payment_frozen',
    examples: {
      hit: [
        'Your account is under risk control, you need to pay 30% of your profit as a deposit to prove your funds are legal',
        'your withdrawal triggered risk control',
      ],
      miss: [
        'you will pay 15% of your profit as capital gains tax',
        'our risk control team reviews every new supplier',
      ],
    },
  },
  {
    id: 'PAYMENT_FREEZE_THREAT',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:account|funds|wallet|balance) will be (?:permanently )?(?:frozen|confiscated|forfeited)\b[^.?!\n]{0,40}?\b(?:confiscated|forfeited|frozen)\b|\bif you (?:don'?t|do not|fail to) (?:complete|make|finish|pay) (?:the )?(?:payment|deposit|transfer|fee|tax|taxes|margin|penalty)\b[^.?!\n]{0,50}?\b(?:frozen|confiscated|forfeited|permanently (?:closed|deleted|cancell?ed)|go to the (?:state|government))\b/,
    description:
      'Threatens that the account will be frozen or the funds confiscated unless the payment is made.',
    reason: 'reason_payment_frozen',
    examples: {
      hit: [
        "If you don't complete the payment within 3 days, your account will be permanently frozen and the funds confiscated",
        'the balance will be frozen and then forfeited',
        "If you don't pay the tax today, the account will be permanently closed and all the funds will go to the state",
      ],
      miss: [
        "If you don't complete the payment within 7 days, the order will be closed",
        "If you don't pay the fee by Friday, the late charge goes up to 10 dollars",
        'the lake will be frozen by January',
      ],
    },
  },
  {
    id: 'PAYMENT_MARGIN_CALL',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:if you don'?t|unless you|you (?:need|have) to|you must) (?:top ?up|add|deposit|pay|make up)\b[^.?!\n]{0,30}\b(?:margin|the shortfall)\b|\byour (?:position|account|funds|profits?|deposit|order|balance) will be (?:liquidated|forfeited|confiscated|closed and lost|cleared)\b|\bwithdrawal (?:channel|window|period) (?:will )?(?:close|closes|is closing|expire|expires|ends)\b/,
    description:
      'Pressure to add margin or a shortfall, or the money "will be liquidated / the withdrawal window closes".',
    reason: 'reason_payment_urgency',
    examples: {
      hit: [
        'if you don\u2019t top up the margin tonight your position will be liquidated',
        'the withdrawal channel closes in 24 hours',
        'if you do not add funds tonight your position will be liquidated',
      ],
      miss: [
        'please add the balance to the spreadsheet',
        'the shop will be closed on Monday',
        'if btc drops to 20k my position will be liquidated lol',
      ],
    },
  },
  {
    id: 'PAYMENT_MATCHED_FUNDS',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\bi (?:can|will|could|'ll) (?:lend|loan|advance|front) you\b[^.?!\n]{0,30}\b(?:to|for) (?:open (?:the|an|your) (?:trading |investment )?account|top(?:ping)? up|invest(?:ing)?|trad(?:e|ing)|recharge)\b|\b(?:i|we)(?:'ve| have)? (?:already |have already |just |even )?(?:put in|put|paid|added|covered|advanced|deposited|topped up|lent you)\b[^.?!\n]{0,40}\b(?:for you|on your behalf|of my own (?:money|savings)|from my own (?:pocket|savings|money))\b[^\n]{0,80}(?:\byou (?:just |only )?(?:need|have) to (?:add|put in|pay|deposit|send|cover|top up)|\bplease (?:add|put in|pay|deposit|send|cover|top up) the (?:rest|remainder|remaining|difference)\b)|\b(?:i|we)(?:'ve| have)? (?:already |have already |just |even )?(?:put|paid|added|deposited|transferred|topped up)\b[^.?!\n]{0,30}\b(?:into|in|to) your (?:account|wallet)\b[^\n]{0,80}?\byou (?:just |only )?(?:need|have) to (?:cover|pay|add|deposit|send|top up) (?:the )?(?:last part of the |rest of the |remaining |remainder of the )?(?:fee|fees|tax|taxes|margin|deposit|balance)\b|\bi(?: already| have|'ve| just)? (?:put|paid|added|deposited|transferred|topped up)\b[^.?!\n]{0,30}?\bmy own (?:money|funds|savings)\b[^.?!\n]{0,30}?\b(?:in|into|to) your (?:account|wallet|trading account)\b[^\n]{0,80}?\b(?:you|u) (?:only |just )?(?:need|have|must) to (?:add|pay|deposit|cover|transfer|top up) (?:the )?(?:rest|last|remaining|remainder|other half|final)\b/,
    description:
      'The "I already paid part of it for you, you only need to add the rest" script, or "I put my own money in your account, you only need to add the last": the partner\'s or mentor\'s show of sacrifice before the final payment.',
    reason: 'reason_payment_upgrade',
    examples: {
      hit: [
        'I can lend you 3,000 to open the account, you pay me back when you earn',
        "I've already paid 50,000 for you, you only need to add the rest",
        'Honey, I already put 20k into your account to help you, you just need to cover the last part of the fee.',
        'I already put in $30,000 of my own money for you, you just need to add $20,000 more',
        'I put 8,000 of my own savings into your account so you can finish, please add the rest',
        'I know you are worried, but I put my own money in your account to help you, now you only need to add the last 15,000',
        "I've deposited 20k of my own money to your trading account, you just need to cover the remaining 8k",
      ],
      miss: [
        'I can lend you the money for the deposit on the flat',
        'I put 200 into your account to help with rent, you just need to cover the rest.',
        'I paid for you at the cinema, you can pay next time',
        'we paid the deposit for the flat',
        'I transferred 200 to your account for the concert tickets',
        'I put my own money into the business, you only need to sign the papers',
      ],
    },
  },
  {
    id: 'PAYMENT_HOLD_AND_ADD',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`\b(?:don'?t|do not|no need to|never) (?:withdraw|cash out|take (?:the |your )?(?:money|profits?) out)(?: (?:now|yet|today|for now))?\b[^.?!\n]{0,60}?\b(?:add|deposit|invest|put in|top up) (?:more|another|extra|some more)\b[^.?!\n]{0,25}?\b(?:instead|now|today|tonight|before (?:it|the)|to (?:catch|get|seize|ride)|while)\b|\b(?:only |just )?need (?:another |to add |to deposit |to put in )?(?:${MONEY}|\d[\d,.]{2,10}) more\b[^.?!\n]{0,50}?\b(?:then|and then|after that|so|before) (?:we|you|i) (?:can|could|will be able to) (?:withdraw|cash out|take (?:it|everything|the money) out)\b`,
    ),
    description:
      'Keeps the money on the platform: "don\u2019t withdraw now, add more instead", "we only need 20,000 more, then we can withdraw".',
    reason: 'reason_payment_upgrade',
    examples: {
      hit: [
        'do not withdraw yet, the analyst says the big move is coming, deposit more now',
        'we just need 15,000 more and then we can withdraw everything together',
      ],
      miss: [
        "don't withdraw from your pension early, add more to it each year if you can",
        'we need 200 more chairs, then we can start the event',
      ],
    },
  },
  {
    id: 'PAYMENT_CS_ADDRESS',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:customer service|customer support|online service|the cs|the (?:platform'?s? |exchange'?s? )?(?:agent|support|service staff))\b[^.?!\n]{0,30}?\b(?:will |can |would )?(?:give|send|provide|tell)s? you (?:the |a |an )?(?:new )?(?:wallet|deposit|usdt|trc-?20|erc-?20|recharge|receiving) (?:address|account)\b/,
    description:
      '"Customer service will give you the deposit address": on the fake platform, the address to pay is handed out in a chat.',
    reason: 'reason_payment_transfer_request',
    examples: {
      hit: [
        'The customer service will give you the wallet address, only deposit to the address they give you',
      ],
      miss: [
        'customer service will give you the address of the nearest store',
        'customer support will send you the tracking number',
      ],
    },
  },
  {
    id: 'PAYMENT_FINAL_STEP',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:after|once|with) (?:this|the) (?:last|final) (?:payment|fee|deposit|tax|transfer)\b[^.?!\n]{0,40}?\b(?:everything|all (?:the|your) (?:money|funds|profits?)|your (?:funds|money|profits?|balance))(?: will be| is| gets)? (?:released|unlocked|credited|withdrawn|paid out)\b|\b(?:after|once) (?:this|the) (?:last|final) (?:payment|fee|deposit|tax)\b[^.?!\n]{0,40}?\byou can (?:finally )?withdraw\b/,
    description:
      '"After this last payment everything will be released": the final-step promise before the next fee.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: ['After this last payment everything will be released, I promise this is the final step'],
      miss: [
        'after the final payment the title of the car will be released',
        'after this last payment the loan is closed',
      ],
    },
  },
  {
    id: 'PAYMENT_FROZEN',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /(?<!\b(?:my|our|his|her) )\b(?:account|funds?|wallet|withdrawal|profits?) (?:has been |have been |is |was |will be |are |got )?(?:frozen|suspended)\b|(?<!\b(?:my|our|his|her) )\b(?:account|funds?|wallet|withdrawal|profits?) (?:has been |have been |is |was |will be |are |got )?on hold\b[^.?!\n]{0,40}?\b(?:until|unless|till) you (?:pay|deposit|top up|send|transfer|recharge)\b|\bcredit score (?:is )?(?:too low|insufficient|not enough)\b|\bsuspect(?:ed|s)? (?:it |of |you of |as )?money laundering\b|\bif you (?:don'?t|do not|fail to|cannot|can'?t) (?:pay|deposit|complete|top up)\b[^.?!\n]{0,80}\b(?:account|funds|balance|profits?|assets|wallet)\b[^.?!\n]{0,25}\b(?:confiscated|forfeited|zeroed|frozen|seized)\b/,
    description: 'Claims the account or funds are frozen, or that a "credit score" is too low.',
    reason: 'reason_payment_frozen',
    examples: {
      hit: [
        "If you don't pay the fee within 24 hours your account will be closed and the funds confiscated",
        'your withdrawal is on hold until you pay the margin',
        'the platform suspects you of money laundering',
      ],
      miss: [
        "If you don't pay the rent by Friday the landlord said the deposit will be forfeited",
        'the lake is frozen',
        'my credit card is in my wallet',
        'my account is suspended for two months now, support never answers',
        'Withdrawal on hold: please upload a photo of your ID to complete verification.',
      ],
    },
  },
  {
    id: 'PAYMENT_URGENCY',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:pay|deposit|send|transfer|top ?up)\b[^.?!\n]{0,40}\b(?:within|in the next) (?:\d{1,2}|twenty[- ]four) ?(?:hours?|hrs|minutes?|mins)\b|\b(?:or|otherwise) (?:you will |you'll )?(?:lose|forfeit) (?:everything|all (?:your|of your)|your (?:funds|money|profits?|account|deposit))\b/,
    description: 'Pressure to pay within hours or lose everything.',
    reason: 'reason_payment_urgency',
    examples: {
      hit: [
        'deposit the margin within 24 hours or you will lose your profits',
        'pay within 2 hours otherwise you lose everything',
      ],
      miss: ['I will reply within 24 hours', 'lose weight fast'],
    },
  },
  {
    id: 'PAYMENT_SECRECY',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:don'?t|do not|no need to|never) (?:tell|answer|explain to|inform|mention (?:it )?to) (?:the |your )?(?:bank|staff|teller|any of their questions|their questions)\b|\batm,? (?:not|instead of|rather than) (?:the |a )?(?:bank )?(?:counter|teller|branch|cashier)\b|\btell (?:them|the bank|the staff|the teller) (?:that )?(?:you did it yourself|it'?s (?:for )?(?:a gift|family|personal|your own))|\bkeep (?:this|it|our (?:plan|investment|secret)) (?:a )?secret from (?:your )?(?:family|husband|wife|bank|kids|children|friends)\b|\b(?:don'?t|do not|never) (?:tell|mention|show)(?: it| this)? (?:to )?(?:your |the )?(?:family|husband|wife|kids|children|friends|son|daughter|bank)\b[^.?!\n]{0,15}\babout (?:our|the|this|my|your) (?:investment|trading|plan|profits?|deposit|account|platform)\b|\b(?:don'?t|do not|never) (?:tell|mention (?:it )?to|share (?:it|this) with) anyone (?:else )?about (?:this|the|our|my) (?:opportunity|investment|platform|trading|profits?|signals?|group)\b|\b(?:don'?t|do not|never) (?:tell|mention (?:it|this) to|show (?:it|this) to) (?:your |the )?(?:family|husband|wife|kids|children|friends|son|daughter|parents)\b[^.?!\n]{0,50}?\b(?:until|before) (?:you|we) (?:can )?(?:show (?:them|him|her)|see|withdraw|cash out|make) (?:the |your |our |some |a )?(?:big )?(?:profits?|returns?|earnings)\b/,
    description: 'Coaches the user to keep the payment or the "opportunity" secret, or to mislead the bank.',
    reason: 'reason_secrecy',
    examples: {
      hit: [
        "You must transfer through the ATM, not the bank counter, the staff don't understand crypto",
        'if the bank calls, do not tell the teller what it is for',
        'keep this secret from your family until we are rich',
        "Don't tell anyone about this opportunity, it's only for a few people inside my uncle's circle.",
        "don't tell your husband yet, he won't understand until you show him the profits",
      ],
      miss: [
        'the ATM at the bank was out of order',
        'tell them I said hi',
        'don\u2019t tell mum about the party',
        "Don't tell anyone about the surprise party, it's only for a few close friends.",
        "don't tell your parents until you have the money for the ticket",
      ],
    },
  },
  {
    id: 'PAYMENT_NOT_DEDUCTED',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:tax|taxes|fee|fees|deposit|margin|commission|charges?)\b[^.?!\n]{0,30}?\b(?:cannot|can ?not|can'?t|could not|couldn'?t|will not|won'?t|is not|isn'?t|are not|aren'?t|must not) (?:be )?(?:deducted|subtracted|taken|paid) (?:directly )?(?:from|out of) (?:the |your |my )?(?:balance|profits?|account balance|withdrawal|funds|earnings|trading account|wallet balance)\b/,
    description:
      "Says the tax or fee cannot be taken out of the balance and must be paid with new money: the withdrawal-tax script's tell (a real tax or fee can always be netted from the money it is due on).",
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        'The customer service told me I have to pay personal income tax on my profit before the funds can be released, the tax cannot be deducted from the balance',
        "the 20% fee can't be taken out of your profits, please transfer it separately",
      ],
      miss: [
        'savings plan contributions are deducted from your paycheck',
        'the fee was deducted from my balance automatically',
        'parking fines cannot be paid by card at the kiosk',
      ],
    },
  },
  {
    id: 'PAYMENT_CRYPTO_ATM',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /(?<!\b(?:never|not|don'?t|do not|won'?t|wouldn'?t) )\b(?:send|deposit|put|pay|transfer|feed|insert|load)\b(?: (?:me|us|it|them|the cash|the money|in|cash))?[^.?!\n]{0,40}?\b(?:through|via|at|using|into|in|with|to) (?:a |the |any |your |nearest |closest )?(?:bitcoin|btc|crypto(?:currency)?) (?:atm|machine|kiosk)s?\b|\b(?:go|drive|head|walk) to (?:a |the |any )?(?:nearest |closest )?(?:bitcoin|btc|crypto(?:currency)?) (?:atm|machine|kiosk)\b/,
    description:
      "Asks for cash to be paid in at a Bitcoin ATM: the machine turns it into crypto sent to the caller's wallet, and it cannot be reversed.",
    reason: 'reason_payment_transfer_request',
    examples: {
      hit: [
        "My account with the hospital is blocked until I pay the bill, could you send 1,200 through a bitcoin ATM and I'll repay you when I'm home next month",
        'go to the nearest bitcoin ATM and I will guide you on the phone',
        'deposit the cash into the crypto kiosk at the gas station and scan this code',
      ],
      miss: [
        'there is a bitcoin ATM at the mall now, wild',
        'never send money through a bitcoin ATM to someone you have not met',
        'I withdrew cash at the ATM near the station',
      ],
    },
  },
  {
    id: 'PAYMENT_GIFT_CARD',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:buy|send|get|purchase) (?:me |us )?(?:some |a few |\d{1,2} )?(?:itunes|apple|google play|steam|amazon|ebay|vanilla|sephora|razer)? ?gift ?cards?\b[^.?!\n]{0,60}\b(?:send|scratch|picture|photo|codes?|pins?)\b|\bgift ?card (?:codes?|pins?)\b/,
    description: 'Asks for gift cards and their codes.',
    reason: 'reason_payment_transfer_request',
    examples: {
      hit: [
        'buy 5 google play gift cards and send me the codes',
        'scratch it and send me the gift card codes',
      ],
      miss: ['I got a gift card for my birthday', 'the gift was lovely'],
    },
  },
  {
    id: 'PAYMENT_CRYPTO_DEPOSIT',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:send|deposit|transfer|pay|put in|top ?up|recharge)(?:ing)?\b[^.?!\n]{0,30}\b(?:usdt|btc|bitcoin|eth|crypto)\b[^.?!\n]{0,40}\b(?:wallet|address)\b|\b(?:wallet )?address (?:below|above)\b|\bdeposit(?:ing)? (?:on|to|into) (?:the|this|my|our) wallet\b/,
    description: 'Asks for crypto to be sent to a wallet address.',
    reason: 'reason_payment_transfer_request',
    examples: {
      hit: ['transfer your btc to this wallet address', 'send the btc to this wallet address'],
      miss: ['I lost my wallet', 'the address is on the envelope'],
    },
  },
  {
    id: 'PAYMENT_LOAN_REQUEST',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:(?:loan|lend) me (?:the\b|some\b|\$|\d|money|cash|a little)|\$?\d[\d,]{0,8} is (?:how much|all|what) i need\b|looking for someone to (?:loan|lend) me|(?:i|we) need (?:\$\s?\d[\d,]*|\d[\d,]* ?(?:us )?dollars)|not willing to (?:loan|lend) me)/,
    description: 'Asks the user to lend money.',
    reason: 'reason_payment_loan_request',
    examples: {
      hit: ['could you lend me some cash until friday?', 'we need 3000 dollars for the ticket'],
      miss: ['the bank gave me a loan', 'lend me your pen'],
    },
  },
  {
    id: 'PAYMENT_PAY_BACK',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:i'?ll|i will|i can|i could|i promise to|will) pay (?:you )?back (?:tomorrow|once|when|as soon|immediately|next|in \d)|\byou'?ll never regret (?:doing|helping)\b/,
    description: 'Promises to pay the money back soon.',
    reason: 'reason_payment_loan_request',
    examples: {
      hit: ['I promise to pay back as soon as I land', 'you\u2019ll never regret helping me now'],
      miss: ['pay back the loan to the bank', 'I will call you back tomorrow'],
    },
  },
  {
    id: 'PAYMENT_TRANSFER_ZH',
    family: 'payment',
    stage: 'payment',
    languages: ['zh'],
    pattern:
      /(?:转账|轉賬|轉帳|转帐|汇款|匯款|打款|打钱|打錢)(?:到|至|给|給)|(?:转到|轉到)(?:这个|這個|以下|下面|指定)(?:账户|帳戶|账号|帳號)|(?:安全|指定|验证|驗證|监管|監管)(?:账户|帳戶|账号|帳號)|(?:垫付|墊付)(?:了)?[^\n]{0,8}(?:保证金|保證金|税|稅|手续费|手續費|货款|貨款|解冻|解凍|资金|資金|本金|充值|入金|押金)|(?:你|您)[^\n]{0,8}(?:垫付|墊付)(?!了)|(?:帮我|幫我|替我)(?:先)?(?:垫付|墊付)|(?:先行|先|进行|進行|立即)(?:垫付|墊付)(?!了)|(?:垫付|墊付)(?:给|給)(?!你|您|我|了)|(?:垫付|墊付)(?:这笔|這筆|一部分|一下|\d|[一二三四五六七八九十两兩百千万萬])|(?:把钱|把錢)(?:转|轉|打)|(?:帮|幫|替)你(?:垫|墊|出|付)了[^\n]{0,8}(?:保证金|保證金|税|稅|手续费|手續費|一半|部分|本金|押金|解冻|解凍)|(?:再|只要再|还差|還差)(?:补|補|充|交|付|加|投)[^\n]{0,12}(?:就可以|就能|才能)(?:一起)?(?:提现|提現|出金|解冻|解凍|提出来|提出來)|(?:资金|資金)验证|(?:资金|資金)驗證|(?:转入|轉入|充值|存入)(?:同等|等额|等額|相同)(?:金额|金額)/,
    description: 'Chinese: asks to transfer money to a "safe" or designated account.',
    reason: 'reason_payment_transfer_request',
    examples: {
      hit: [
        '请将资金转账到安全账户',
        '你先把钱打给我',
        '我已经帮你垫了三万，你只要再补两万就可以一起提现了',
        '你再加十万，下个月就能提出来',
        '需要转入同等金额做资金验证',
        '我已经帮你垫付了一半的保证金，你只要再补十万就可以全部提出来',
        '王经理，你能不能先帮公司垫付两万货款，我下周报销',
        '要求事主先行垫付取保候审费用',
      ],
      miss: [
        '工资已到账',
        '转发给大家看看',
        '再加一点盐就可以出锅了',
        '我帮你垫付了午饭钱，回头转我就行',
        '我先垫付了门票，你回头转我',
      ],
    },
  },
  {
    id: 'PAYMENT_FEE_ZH',
    family: 'payment',
    stage: 'payment',
    languages: ['zh'],
    pattern:
      /(?:解冻|解凍)(?:金|费|費|资金|資金)|保证金|保證金|(?:通道|激活|验资|驗資|提现|提現|出金)(?:费|費)|(?:提现|提現|出款)[^\n]{0,20}(?:失败|失敗|冻结|凍結|缴纳|繳納|税|稅|手续费|手續費)|信用分(?:不足|太低|过低|過低)|(?:账户|帳戶|账号|帳號)[^\n]{0,10}(?:冻结|凍結)|风险金|風險金|(?:补交|補交|缴纳|繳納|补缴|補繳)[^\n]{0,12}(?:才能|才可以|方可)(?:出金|提现|提現|出款|解冻|解凍)/,
    description: 'Chinese: unfreezing fees, deposits, withdrawal failures and frozen accounts.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        '提现失败，需要缴纳保证金',
        '您的账户已被冻结，需交解冻金',
        '需要补交百分之三十才能出金',
        '只剩最后一步了，交完这笔通道费资金马上就到账',
      ],
      miss: ['冰箱冷冻层坏了', '提现成功到账', '补交材料后才能办理', '高速公路通行费已经扣款成功'],
    },
  },
  {
    id: 'PAYMENT_URGENCY_ZH',
    family: 'payment',
    stage: 'payment',
    languages: ['zh'],
    pattern:
      /(?:再不|如果不|若不|不及时|不及時)(?:补缴|補繳|缴纳|繳納|充值|补足|補足|入金)[^\n]{0,20}(?:清零|冻结|凍結|没收|沒收|作废|作廢|无法提现|無法提現)|(?:账户|帳戶|资金|資金|收益)(?:就会|就會|将会|將會|将|將)?(?:被)?(?:清零|没收|沒收|作废|作廢)|(?:最后期限|最後期限|逾期)[^\n]{0,15}(?:缴纳|繳納|补缴|補繳|充值)/,
    description: 'Chinese: pay in by the deadline or the account is cleared / confiscated (清零, 没收).',
    reason: 'reason_payment_urgency',
    examples: {
      hit: ['今天是最后期限，再不补缴账户就会被清零', '如果不及时缴纳，收益将被没收'],
      miss: ['手机电量清零了', '作业的最后期限是周五'],
    },
  },
  // ---- Chinese: extraction, after the pitch (rules-zh) ----
  {
    id: '__ZH_VIP_UPGRADE',
    family: 'payment',
    stage: 'payment',
    languages: ['zh'],
    pattern:
      /(?:升级|升級)(?:成|为|為|到)?(?:vip|会员|會員|等级|等級)|(?:vip|会员|會員)(?:门槛|門檻|等级|等級)/,
    description: 'Building block (Chinese): upgrade to VIP (升级VIP, VIP门槛).',
    reason: 'reason_payment_upgrade',
    examples: {
      hit: ['升级VIP', '已达到VIP门槛'],
      miss: ['系统升级中', '会员生日快乐'],
    },
  },
  {
    id: '__ZH_TOP_UP',
    family: 'payment',
    stage: 'payment',
    languages: ['zh'],
    pattern: /(?:充值|再充|入金|存入|补缴|補繳|追加)/,
    description: 'Building block (Chinese): pay in (充值, 入金, 追加).',
    reason: 'reason_payment_upgrade',
    examples: {
      hit: ['再充值五万', '追加资金'],
      miss: ['充电宝没电了', '存款利率'],
    },
  },
  {
    id: '__ZH_PAYOUT',
    family: 'payment',
    stage: 'payment',
    languages: ['zh'],
    pattern: /(?:提现|提現|出金|收益|回报|回報|佣金|利润|利潤|盈利)/,
    description: 'Building block (Chinese): a withdrawal, profit or commission.',
    reason: 'reason_payment_upgrade',
    examples: {
      hit: ['享受更高收益', '提現不限額'],
      miss: ['享受会员折扣', '免费看剧'],
    },
  },
  {
    id: 'PAYMENT_UPGRADE_ZH',
    family: 'payment',
    stage: 'payment',
    languages: ['zh'],
    meta: { all: ['__ZH_VIP_UPGRADE', '__ZH_TOP_UP', '__ZH_PAYOUT'] },
    description:
      'Chinese: deposit more to upgrade to VIP for higher returns or withdrawals (再充值五万即可升级VIP，享受更高收益); a video site\u2019s membership upgrade promises no returns.',
    reason: 'reason_payment_upgrade',
    examples: {
      hit: [
        '您的账户已达到VIP门槛，再充值五万即可升级VIP，享受更高收益',
        '升級VIP需要再充值3萬，升級後提現不限額',
      ],
      miss: ['充值198元升级VIP会员，免费看全部电视剧', '恭喜您升级为黄金会员'],
    },
  },
  {
    id: 'PAYMENT_CREDIT_SCORE_ZH',
    family: 'payment',
    stage: 'payment',
    languages: ['zh'],
    pattern:
      /(?:信誉分|信譽分|信誉值|信譽值)[^\n]{0,10}(?:不足|太低|过低|過低|低于|低於|不够|不夠|被扣|扣除|降到|降至)|(?:信用分|信誉分|信譽分|信用积分|信用積分)[^\n]{0,20}(?:充值|入金|缴纳|繳納|存入|补足|補足)[^\n]{0,15}(?:提现|提現|出金|恢复|恢復|解冻|解凍|提款)/,
    description:
      'Chinese: the platform\u2019s "credit score" is too low and must be restored by paying in (信誉分不足，需要充值才能提现).',
    reason: 'reason_payment_frozen',
    examples: {
      hit: ['您的信誉分低于80分，需要充值才能恢复提现功能', '你的信譽分不足，要充值才能出金'],
      miss: ['芝麻信用分不够，租不了充电宝', '信用积分不够，没法免押金租车'],
    },
  },
  {
    id: 'PAYMENT_MATCHED_FUNDS_ZH',
    family: 'payment',
    stage: 'payment',
    languages: ['zh'],
    pattern:
      /(?:与|與|和|跟)(?:账户|帳戶)?(?:余额|餘額|本金|收益|提现金额|提現金額)(?:相同|相等|同等|一样|一樣)的?(?:金额|金額|资金|資金)|(?:验证|驗證)(?:资金|資金)(?:实力|實力)?/,
    description: 'Chinese: pay in as much as the balance to "verify the funds" before a withdrawal.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: ['需要再充入与账户余额相同的金额才能提现', '客服说要驗證資金'],
      miss: ['余额和上个月一样', '验证码已发送'],
    },
  },
  {
    id: 'PAYMENT_PAY_OR_LOSE_ZH',
    family: 'payment',
    stage: 'payment',
    languages: ['zh'],
    pattern:
      /(?:充值|入金|补缴|補繳|缴纳|繳納|转入|轉入|存入|补足|補足)[^\n]{0,10}(?:否则|否則|不然)[^\n]{0,10}(?:无法|無法|不能)(?:提现|提現|提取|出金|解冻|解凍)|(?:提现通道|提現通道|出金通道)[^\n]{0,8}(?:即将|即將|马上|馬上|今晚|今天|小时后|小時後)[^\n]{0,4}(?:关闭|關閉)/,
    description:
      'Chinese: pay in by the deadline or the money can never be withdrawn (否则资金无法提取, 通道关闭).',
    reason: 'reason_payment_urgency',
    examples: {
      hit: ['必须在两小时内完成充值，否则资金无法提取', '提現通道今晚關閉'],
      miss: ['请尽快完成实名认证，否则无法提现', '春节期间提现通道关闭，节后恢复'],
    },
  },
  {
    id: '__ZH_SECRECY',
    family: 'payment',
    stage: 'payment',
    languages: ['zh'],
    pattern:
      /(?:不要|别|別|千万别|千萬別|不能|先别|先別|暂时别|暫時別)(?:告诉|告訴|跟|和|让|讓)[^\n]{0,6}(?:家人|家里人|家裡人|父母|爸妈|爸媽|老公|老婆|孩子|朋友|别人|別人|任何人|银行|銀行)/,
    description: 'Building block (Chinese): "don\u2019t tell your family / anyone / the bank".',
    reason: 'reason_secrecy',
    examples: {
      hit: ['不要告诉别人', '先別跟你家人說'],
      miss: ['告诉家人我到了', '记得跟银行说一声'],
    },
  },
  {
    id: '__ZH_MONEY_CTX',
    family: 'payment',
    stage: 'payment',
    languages: ['zh'],
    pattern: /(?:投资|投資|赚钱|賺錢|赚到|賺到|收益|机会|機會|内部|內部|充值|提现|提現|入金|理财|理財)/,
    description: 'Building block (Chinese): money or investment around a request for secrecy.',
    reason: 'reason_secrecy',
    examples: {
      hit: ['这个投资', '等我们赚到钱'],
      miss: ['我想给她个惊喜', '这个项目还没公开'],
    },
  },
  {
    id: 'PAYMENT_SECRECY_ZH',
    family: 'payment',
    stage: 'payment',
    languages: ['zh'],
    meta: { all: ['__ZH_SECRECY', '__ZH_MONEY_CTX'] },
    description: 'Chinese: keep the investment secret from family, friends or the bank.',
    reason: 'reason_secrecy',
    examples: {
      hit: [
        '这个机会很难得，不要告诉别人，只有内部人员知道',
        '這件事你不要告訴家人，等我們賺到錢再給他們驚喜',
      ],
      miss: ['这事先别告诉妈，我想给她个惊喜', '这件事别告诉别人，我还没跟老板说我要辞职'],
    },
  },
  {
    id: 'PAYMENT_DEADLINE_ZH',
    family: 'payment',
    stage: 'payment',
    languages: ['zh'],
    pattern:
      /(?:名额有限|名額有限|机会难得|機會難得|错过|錯過|今晚|今天|小时内|小時內|截止)[^\n]{0,12}(?:必须|必須|务必|務必|赶紧|趕緊|尽快|盡快|马上|馬上|抓紧|抓緊)[^\n]{0,4}(?:入金|充u|追加资金|追加資金)/,
    description: 'Chinese: pay in to the platform before the window closes (名额有限，今晚之前必须入金).',
    reason: 'reason_payment_urgency',
    examples: {
      hit: ['名额有限，今晚之前必须入金，错过就没有了', '機會難得，今天務必追加資金'],
      miss: ['今晚之前必须把报名表交了', '今天入金了五万买基金'],
    },
  },
  // ---- end of the Chinese extraction block (rules-zh) ----
  {
    id: 'PAYMENT_LOAN_PROMISE',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    meta: { all: ['PAYMENT_LOAN_REQUEST', 'PAYMENT_PAY_BACK'] },
    description:
      'Asks to borrow money and, in the same message, promises quick repayment (the hacked-friend and stranded-lover script).',
    reason: 'reason_payment_transfer_request',
    examples: {
      hit: [
        'Can you lend me some money? I will pay you back tomorrow, promise',
        '$200 is all I need, I\u2019ll pay you back next week',
      ],
      miss: ['can you lend me your car?', 'I will pay you back tomorrow for the pizza'],
    },
  },
  {
    id: 'PAYMENT_PRESSURE',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:how (?:do|will|would) you know (?:unless|if) you (?:don'?t )?try|what are you (?:so )?(?:scared|afraid) of|does (?:\$|money) scare you|(?:it'?s|it is) only a few (?:\$|dollars|bucks)|don'?t you trust me|withdraw (?:your|the) (?:funds|money|profits?) (?:on|from|in) (?:this|the|our) (?:app|platform))/,
    description:
      'Pressure to overcome doubts about depositing ("what are you scared of?", "you can always withdraw on this app").',
    reason: 'reason_payment_urgency',
    examples: {
      hit: ['what are you so afraid of? just try once', 'how will you know if you don’t try'],
      miss: ['what are you doing tonight?', 'I withdrew cash from the ATM'],
    },
  },
  // ---- stop 17: the payment stage as victims quote it ----
  {
    id: 'PAYMENT_WITHDRAWAL_REVIEW_FEE',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\bwithdrawals?\b[^.?!\n]{0,30}?\b(?:(?:is|are|was|has been|have been) (?:being )?(?:reviewed|audited|held|delayed|blocked|rejected|suspended)|under (?:review|audit)|pending|on hold|stuck|failed)\b[^\n]{0,40}?\b(?:pay|deposit|top up|recharge|send|transfer)\b[^.?!\n]{0,30}?(?<!\b(?:network|gas|atm|miner|mining|blockchain|bank|wire) )\b(?:fee|tax|deposit|margin|charge|guarantee|penalty|commission)\b/,
    description:
      'A withdrawal "under review", pending or blocked that goes through once the user pays a fee, tax or deposit: the fake platform\'s exit toll.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        'Your withdrawal is being reviewed, pay the channel fee and it will arrive in 24 hours',
        'the withdrawal is on hold until you deposit the 15% guarantee',
      ],
      miss: [
        'your withdrawal is pending, the network fee of 0.0002 BTC was deducted',
        'the withdrawal failed so I called the bank',
        'My withdrawal from the pension fund was delayed, I had to send the form again',
      ],
    },
  },
  {
    id: 'PAYMENT_MATCHING_DEPOSIT',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:verify|confirm|prove|validate)\b[^.?!\n]{0,40}?\b(?:with|by (?:making|paying|sending|depositing)) (?:an? )?(?:deposit|payment|transfer) of (?:an? |the )?(?:equal|same|matching) (?:amount|sum|value)\b|\b(?:deposit|pay|transfer|send)\b[^.?!\n]{0,15}?\b(?:an? |the )?(?:equal|matching) (?:amount|sum)\b[^.?!\n]{0,40}?\b(?:verify|verification|prove|confirm|unlock|withdraw|activate|release)/,
    description:
      'Asks for a deposit "of equal amount" to verify the account or release the funds: the balance is held hostage for a second payment.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        'Your funds are safe, you just need to verify your identity with a deposit of equal amount',
        'deposit an equal amount to verify the account, then everything is released',
      ],
      miss: [
        'split the bill so we each pay an equal amount',
        'verify your identity with a photo of your passport',
      ],
    },
  },
  {
    id: 'PAYMENT_VIOLATION_CS',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:account|funds|wallet|withdrawal|balance)\b[^.?!\n]{0,30}?\bsuspected of (?:an? )?(?:violation|violating|money laundering|illegal|abnormal|irregular|malicious|fraudulent)\b[^\n]{0,100}?\b(?:contact|consult|reach) (?:the |our )?(?:online |platform )?(?:customer service|customer support|cs|service (?:staff|desk))\b|\b(?:contact|consult) (?:the |our )?(?:online |platform )?(?:customer service|customer support)\b[^\n]{0,60}?\b(?:or|otherwise) (?:your |the |all )?(?:funds|balance|assets|profits?|account) (?:will be|would be) (?:cleared|zeroed|confiscated|deducted|forfeited|frozen|reset|lost)\b/,
    description:
      'The platform says the account is "suspected of violation" and the user must contact its customer service, or the funds will be cleared: the pretext for a fee.',
    reason: 'reason_payment_frozen',
    examples: {
      hit: [
        'The system shows your account is suspected of violation, please contact online customer service within 24 hours or the funds will be cleared',
        'Your wallet is suspected of money laundering, contact customer service to unfreeze it',
      ],
      miss: [
        'contact customer service if your parcel has not arrived in 10 days',
        'the account was suspected of being a bot and was suspended by the forum moderators',
      ],
    },
  },
  {
    id: 'PAYMENT_LEND_TO_THRESHOLD',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:i'?ll|i will|i can|i could|let me|i'?m going to) (?:lend|loan|advance|cover|put in) (?:you )?[^.?!\n]{0,25}?\bto (?:help you )?(?:reach|meet|hit|make up|cover|complete|pay) (?:the |your )?(?:withdrawal|threshold|margin|vip|required amount|minimum (?:for|to) withdraw|(?:unfreezing|release|clearance|platform|capital gains|income) (?:tax|fee|deposit))\b/,
    description:
      'Offers to lend the user money to reach the withdrawal threshold or pay the tax: the scammer "helps", so the victim puts in more.',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        "I'll lend you 5,000 USDT to help you reach the withdrawal threshold, you pay me back later",
        'I can advance you half to pay the income tax, you add the rest',
      ],
      miss: [
        'I can lend you my car to get to the interview',
        "I'll lend you $20 for lunch, no worries",
        "I'll lend you $500 to help you pay the deposit on the flat, pay me back whenever.",
      ],
    },
  },
  {
    id: '__BORROW_ASK',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:can|could) you (?:borrow|get a loan|take (?:out )?a loan|ask (?:your )?(?:family|parents|friends|relatives) for|use your credit card|sell your)\b/,
    description: 'Building block: asks the user to borrow money, take a loan or sell something.',
    reason: 'reason_payment_loan_request',
    examples: {
      hit: ['can you borrow from your bank?', 'could you take out a loan'],
      miss: ['can you lend me your pen?', 'you can borrow my bike'],
    },
  },
  {
    id: '__WITHDRAW_STUCK',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:can'?t|cannot|can not|unable to|couldn'?t|not able to) (?:withdraw|cash out|take (?:the money|it|our money|my money) out)\b|\bwithdrawals? (?:is |are |was |has been )?(?:blocked|frozen|stuck|on hold|rejected|failed)\b/,
    description: 'Building block: the withdrawal does not go through ("I can\'t withdraw either").',
    reason: 'reason_payment_withdrawal_fee',
    examples: { hit: ["I can't withdraw either", 'the withdrawal is blocked'], miss: ['I withdrew cash'] },
  },
  {
    id: '__PAY_TOGETHER',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\bpay (?:it |this |the rest )?together\b|\bpay (?:the|this) (?:tax|fee|margin|deposit|penalty)\b/,
    description: 'Building block: "we need to pay it together", "pay the tax".',
    reason: 'reason_payment_withdrawal_fee',
    examples: { hit: ['we need to pay together', 'pay the tax'], miss: ['pay attention'] },
  },
  {
    id: 'PAYMENT_BORROW_TO_WITHDRAW',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    meta: {
      all: ['__BORROW_ASK', '__WITHDRAW_STUCK'],
      any: ['__FEE_DEMAND', '__WITHDRAWAL_FEE_TEXT', '__PAY_TOGETHER'],
    },
    description:
      'Asks the user to borrow or take a loan so that a withdrawal can go through: the last squeeze of the investment script.',
    reason: 'reason_payment_loan_request',
    examples: {
      hit: ["Honey, I can't withdraw either, we need to pay together, can you borrow from your bank?"],
      miss: [
        'can you borrow a ladder from your neighbour?',
        'I withdrew cash, can you ask your parents for the address?',
        'Could you take out a loan for the car, or should we wait until I can withdraw my savings?',
        "I can't withdraw from my ISA until April, could you take out a loan for the car?",
      ],
    },
  },
  {
    id: 'PAYMENT_SPLIT_TAX_ZH',
    family: 'payment',
    stage: 'payment',
    languages: ['zh'],
    pattern:
      /(?:提不出来|提不出來|提现不了|提現不了|无法提现|無法提現|出不了金|提不了现|提不了現)[^\n]{0,30}(?:一人一半|一人出一半|各出一半|一起(?:交|付|出|凑|湊)|(?:交|缴|繳|付)(?:了)?(?:税|稅|保证金|保證金|手续费|手續費|解冻金|解凍金))/,
    description:
      'Chinese: the partner "cannot withdraw either" and proposes to pay the tax or deposit together (我也提不出来，一人出一半把税交了).',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: ['宝贝，我这边也提不出来，我们一人出一半把税交了吧。'],
      miss: ['银行系统维护，今天提不出来现金，明天再去', '公积金提不出来，要先交社保满一年'],
    },
  },
  {
    id: 'PAYMENT_CORRECTION_FEE_ZH',
    family: 'payment',
    stage: 'payment',
    languages: ['zh'],
    pattern:
      /(?:银行卡|銀行卡|账户|帳戶|账号|賬號|提现|提現|收款)(?:信息|資訊|资料|資料|名字|姓名|户名|戶名)?[^\n]{0,6}(?:不一致|不匹配|错误|錯誤|有误|有誤|填错|填錯)[^\n]{0,20}(?:缴纳|繳納|支付|交|充值|补交|補交)[^\n]{0,6}(?:修改|更正|解冻|解凍|认证|認證|验证|驗證)?(?:费|費|金)/,
    description:
      'Chinese: the withdrawal details "do not match" and a correction fee must be paid (银行卡信息不一致，需要缴纳修改费用).',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: ['你的银行卡信息不一致，需要缴纳修改费用。'],
      miss: ['银行卡信息不一致，请到柜台带身份证办理', '收款账户填错了，我重新发你一个'],
    },
  },
  {
    id: '__PW_WITHDRAW',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:withdraw(?:al|als|n|ing)?|cash(?:ing)? out|money (?:is|will be|gets) released|release (?:the|your|my) (?:money|funds|profits?|balance))\b/,
    description: 'Building block: taking money out of the platform (withdraw, cash out, release the funds).',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: ['your withdrawal has exceeded the daily limit', 'after that the money is released'],
      miss: ['he withdrew from the race? no, he quit'],
    },
  },
  {
    id: '__PW_SCAM_FEE',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:channel|upgrade|guarantee|risk|insurance|unfreez(?:e|ing)|unlock(?:ing)?|activation|security|verification|anti-money laundering|aml|personal income|profit|capital gains?) (?:fee|fees|fund|deposit|tax|charge)s?\b|\b(?:complete|make up|top up|pay|deposit|recharge|find) (?:the )?(?:missing|remaining|other|outstanding|rest of the) (?:amount|balance|half|\d[\d,.]*)\b|\buntil (?:my|your|the) (?:account|balance) reaches\b|\b(?:keep|kept) (?:inventing|adding|asking for) (?:new |more )?(?:fees|taxes|charges)\b|\bpaid half of (?:your|the) (?:fee|tax|deposit)\b/,
    description:
      'Building block: the invented fees of a fake platform ("channel upgrade fee", "guarantee fund", "complete the missing amount", "until your account reaches 100k").',
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        'pay the channel upgrade fee of 3,500 USDT',
        'a guarantee fund equal to 15%',
        'please complete the missing amount of 46,000 USDT',
        'i cant withdraw until my account reaches 100k',
      ],
      miss: ['the withdrawal fee is 0.0005 btc', 'the late fee'],
    },
  },
  {
    id: 'PAYMENT_WITHDRAW_SCAM_FEE',
    family: 'payment',
    stage: 'payment',
    languages: ['en'],
    meta: { all: ['__PW_WITHDRAW', '__PW_SCAM_FEE'], none: ['__ORDINARY_WITHDRAWAL'] },
    description:
      "Money can only be withdrawn after an invented fee, fund or missing amount is paid: the fake platform's extraction in any words.",
    reason: 'reason_payment_withdrawal_fee',
    examples: {
      hit: [
        'Dear member, your withdrawal has exceeded the daily limit. Please pay the channel upgrade fee of 3,500 USDT to continue.',
        'We detected suspicious activity in your withdrawal. In line with anti-money laundering rules, a guarantee fund equal to 15% of the withdrawal amount is required.',
        'she said i cant withdraw until my account reaches 100k because of the minimum withdrawal amount',
      ],
      miss: [
        'Withdrawal fee: 0.0005 BTC. Network: Bitcoin.',
        'You can withdraw from your pension once you reach 55; the tax-free amount is 25%',
        'Your withdrawal was sent. A network fee of 1 USDT was deducted.',
      ],
    },
  },
];
