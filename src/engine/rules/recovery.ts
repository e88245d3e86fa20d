import type { Rule } from '../types.ts';

/** The recovery offer of each language pack ("recuperamos su dinero", "kami bisa memulihkan dana"). */
const PACK_RECOVERY_OFFERS: readonly string[] = [
  'RECOVERY_OFFER_ES',
  'RECOVERY_OFFER_HI',
  'RECOVERY_OFFER_ID',
  'RECOVERY_OFFER_JA',
  'RECOVERY_OFFER_KO',
  'RECOVERY_OFFER_TH',
  'RECOVERY_OFFER_TL',
  'RECOVERY_OFFER_VI',
];

/** The words that dress up "our team" in a recovery firm's advert ("our certified blockchain
 * forensic specialists"), named rather than "any word" so the pattern stays provably linear. */
const RECOVERY_ADJ =
  '(?:certified|licensed|professional|expert|ethical|legal|blockchain|crypto|cyber|forensic|digital|fund|funds|asset|assets|recovery|investigation|scam|fraud|international|global)';

/** Recovery scams: "we get your lost crypto back" — the second bite at a victim. */
export const RECOVERY_RULES: readonly Rule[] = [
  {
    id: 'RECOVERY_OFFER',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:recover(?:y|ed|ing)?|retriev(?:e|ed|al|ing)|get(?:ting)? back|reclaim(?:ed|ing)?|refund(?:ed)?)\b[^.?!\n]{0,40}\b(?:lost|stolen|scammed|hacked)\s(?:funds?|money|crypto|bitcoins?|btc|wallets?|accounts?|investments?|assets?|usdt)\b|(?<!\b(?:the|by|some|from|these|those) )\b(?:hacker|hackers|recovery (?:expert|agent|specialist|service|team|company|firm))\b[^.?!\n]{0,60}\b(?:helped|help|recover|contact|reach|get back|legit|genuine)\b|\b(?:helped (?:me|us)|(?:i|we|he|she|they) (?:can|will|could) help you) (?:to )?(?:recover|get back|retrieve)\b|\b(?:i|we|he|she|they) (?:can|will|could) help you (?:to )?get (?:your|the|all (?:of )?your) (?:lost |stolen )?(?:money|funds|crypto|bitcoins?|btc|usdt|investments?|savings|deposits?) back from (?:the |these |those |that |this )?(?:scammers?|fraudsters?|fake|scam|fraudulent|bogus|brokers?|platforms?|exchanges?|trading)\b/,
    description: 'Offers or praises a "hacker", agency or expert who recovers lost money or crypto.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'he helped me recover my lost bitcoin, contact him',
        'a genuine recovery expert got back my stolen funds',
        'I can help you get your money back from the scammers, I work with a team that traces these wallets',
      ],
      miss: [
        'The hackers got my account, I lost $800 of crypto, contact me if you know what to do',
        'I recovered from the flu',
        'we got back home late',
        'Can you help me recover my Gmail password? I forgot it again.',
        'I can help you get your money back from the landlord, I know the deposit rules',
      ],
    },
  },
  {
    id: 'RECOVERY_HACKED_ACCOUNT',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:hacked|disabled|locked|suspended) (?:instagram |ig |facebook |fb |snapchat )?accounts?\b[^.?!\n]{0,60}\b(?:recover|restore|get (?:it )?back|back|unlock)\b|\b(?:recover|restore|unlock) (?:(?:your|my|hacked|disabled|locked) ){0,2}(?:instagram|ig|facebook|fb|snapchat|gmail|email) accounts?\b/,
    description: 'Offers to restore hacked or disabled social media accounts.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'got my hacked instagram account back thanks to @fixer',
        'dm to restore your disabled facebook account',
      ],
      miss: ['my account was hacked yesterday', 'restore the backup'],
    },
  },
  {
    id: 'RECOVERY_SERVICE',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`\b(?:we|i|our (?:certified |professional |licensed )?(?:team|agency|firm|experts?|lawyers?|company|hackers?)) (?:(?:can|will|could|'ll) (?:help (?:you )?(?:to )?)?)?(?:successfully )?(?:recover|retrieve|trace|track|get back|reclaim)s? (?:(?:all|any|most|every (?:penny|cent)) (?:of )?)?(?:your |the |their |my )?(?:(?:lost|stolen|scammed|hacked|missing|frozen) (?:funds?|money|crypto(?:currency)?|bitcoins?|btc|usdt|eth|assets|investments?|deposits?|savings)\b|(?:funds?|money|crypto(?:currency)?|bitcoins?|btc|usdt|eth|assets|investments?|deposits?|savings) (?:(?:that |which )?(?:you|i|we|they) (?:have |had )?lost\b|(?:lost |stolen )?(?:to|from|in) (?:an? |the |any )?(?:online |crypto |investment |romance |forex |binary )?(?:scams?|scammers|fraud|fraudsters|fake|fraudulent|bogus)\b)|(?:crypto |investment |trading )?losses\b)|\b(?:we|i|our (?:certified |professional |licensed )?(?:team|agency|firm|experts?|lawyers?|company|hackers?)) (?:(?:can|will|could|'ll) (?:help (?:you )?(?:to )?)?)?(?:successfully )?(?:recover|retrieve|reclaim|get back)s? (?:all (?:of )?)?(?:your |the |their |my )?(?:crypto(?:currency)?|bitcoins?|btc|usdt|eth|digital assets)\b|\bour (?:blockchain |crypto |cyber |digital )?(?:forensics? |forensic |recovery |investigation )?(?:team|unit|firm|agency|company|experts|analysts) (?:can|will|could) (?:trace|track|locate|freeze)\b[^.?!\n]{0,30}\b(?:(?:the )?scammers?'?s?|fraudsters?'?s?) (?:wallets?|accounts?|addresses|funds)\b|\bour (?:team|firm|agency|company) of (?:certified |professional |licensed )?(?:blockchain |forensic |cyber |crypto )?(?:experts?|investigators?|hackers?|specialists?|analysts?|lawyers?|attorneys?) (?:can|will|could) (?:(?:trace|track|locate) (?:and|&) )?(?:recover|retrieve|trace|get back|reclaim)\b[^.?!\n]{0,40}\b(?:funds?|money|crypto(?:currency)?|bitcoins?|btc|usdt|eth|assets|investments?|losses|deposits?)\b|\b(?:we|our (?:certified |ethical |professional )?hackers) (?:can|will|could) reverse (?:any |the |your )?(?:blockchain |crypto |bitcoin )?transactions?\b|\b(?:recover|retrieve|reclaim|get back|trace)s? (?:your |the |any )?(?:crypto(?:currency)?|funds|money|bitcoins?|assets|investments?|savings) (?:you )?lost (?:to|in|through) (?:an? )?(?:online |crypto |investment |romance |forex |binary )?(?:fraud|scams?|scammers|fake)\b|\bno recovery,? no (?:fee|charge|pay)\b|\b(?:funds?|assets?|crypto|bitcoin|scam|money|chargeback|blockchain|wallet) recovery (?:experts?|agents?|specialists?|services?|team|company|companies|firm|agency|hackers?|program(?:me)?|unit|lawyers?|bureau|department|division|office|desk)\b|\bwe are (?:contacting|reaching out to|compensating|refunding) (?:all )?(?:the )?victims of\b|\b(?:we|our (?:team|firm|agency|company|lawyers|experts)) (?:have )?helped (?:over |more than )?\d[\d,.]{0,8}\+? (?:clients|victims|people|customers) (?:to )?(?:get|recover|retrieve) (?:back )?their (?:money|funds|crypto|investments?|savings)\b|\bwe (?:can|will|could) (?:trace|track|locate|freeze) (?:the )?scammers?'?s? (?:wallets?|accounts?|addresses|funds)\b|\brecovery (?:specialists?|experts?|team|agents?) (?:can|will|could) (?:help you )?(?:get|recover|retrieve) (?:it|them|your (?:money|funds|crypto)) back\b|\b(?:hire|contact|reach out to|recommend(?:ed)?|found|met) (?:a |an |the )?(?:certified |ethical |legit |genuine |professional |reliable |trusted )?hackers?\b|\bregain (?:full )?access (?:to|into) (?:your|my|the) (?:wallet|account|funds)\b|\bhave you (?:lost (?:money|funds|crypto|bitcoin|your savings)|been (?:scammed|a victim))\b[^\n]{0,80}?\b(?:recover|get (?:it|them|your (?:money|funds)) back|refund|retrieve)|\b(?:we|our (?:legal |recovery |certified )?(?:team|firm|agency|company|lawyers?|attorneys?|experts?|agents?)) (?:have |has )?(?:successfully )?(?:recovered|retrieved|returned|reclaimed) (?:(?:lost|stolen) )?(?:funds|money|crypto|bitcoins?|assets|millions|investments)\b[^.?!\n]{0,40}?\bfor (?:our |many |hundreds of |thousands of )?(?:clients|victims|customers|people)\b|\b(?:we|our (?:legal |recovery |certified )?(?:team|firm|agency|company|lawyers?|attorneys?|experts?|agents?))(?: can| will|'ll) (?:help you )?get (?:it|them|everything|all of it|it all) back (?:for you|in full)\b|\bour (?:licensed |certified |professional |expert |ethical )?(?:blockchain |crypto |cyber |forensic |digital )?(?:investigators|experts|analysts|hackers|lawyers|attorneys|agents|specialists) (?:can |will |could )?(?:trace (?:and|&) )?(?:recover|retrieve|reclaim|get back)s?\b[^.?!\n]{0,20}?\b(?:stolen|lost|scammed) (?:funds?|money|crypto(?:currency)?|bitcoins?|btc|usdt|assets?|investments?)\b|\b(?:found|located|saw|have|got) your (?:name|details|email|number) (?:on|in) (?:a|the|our) (?:list|database|register|record)s? of (?:(?:scam|fraud|crypto|online|investment) )?victims\b|\bneed help (?:recovering|getting back|retrieving) your (?:lost|stolen|scammed) (?:funds?|money|crypto(?:currency)?|bitcoins?|btc|usdt|assets?|investments?)\b|\bhelped (?:over |more than |about |nearly )?\d[\d,.]*k? (?:scam |fraud |crypto )?victims\b|\b(?:we|i|who|our (?:team|firm|agency|company|lawyers|hackers|experts)) (?:also |only )?speciali[sz](?:e|es) in (?:recovering|retrieving|tracing|getting back) (?:lost |stolen |scammed )?(?:funds?|money|crypto(?:currency)?|bitcoins?|assets?|investments?) (?:from|lost to|lost in)\b[^.?!\n]{0,40}?\b(?:scams?|fraud|fake (?:platforms?|brokers?|exchanges?))\b|\b(?:we|our (?:${RECOVERY_ADJ} ){0,2}(?:team|department|experts?|agents?|firm|company|specialists?|hackers?)) (?:can|will|could) (?:help you )?(?:(?:unfreeze|unlock|trace|track) and )?(?:recover|retrieve|reclaim|get back|withdraw) (?:your |the |all )?(?:(?:lost|stolen|scammed|frozen|blocked) )?(?:funds|money|crypto|assets|deposits|investments?|withdrawals?|balances?) (?:from|lost to|lost in|stuck (?:on|in)) (?:any |the |your |a )?(?:fraudulent|fake|scam|bogus|unregulated|offshore|frozen|blocked)\b|\bour (?:${RECOVERY_ADJ} ){0,2}(?:experts|investigators|analysts|hackers|lawyers|attorneys|agents|specialists|team)\b[^.?!\n]{0,60}?\b(?:to|and|can|will) (?:trace,? |freeze,? )?(?:(?:and|&) )?(?:return|recover|retrieve|reclaim)\b[^.?!\n]{0,10}?\b(?:stolen|lost|scammed) (?:funds?|money|crypto(?:currency)?|bitcoins?|btc|usdt|assets?|investments?)\b|\b(?:i|we) work (?:with|for) (?:an? |the )?(?:blockchain|crypto|cyber|forensic|fund|asset|scam) (?:tracing|recovery|forensics?|investigation|retrieval) (?:company|firm|team|agency|service|unit)\b|\b(?:i|we) (?:can|will|could) hack (?:into )?(?:the |their |that )?(?:scammers?'?s?|fraudsters?'?s?|platform'?s?) (?:wallets?|accounts?|servers?|site|system)\b|\b(?:white hat|ethical|certified) hackers?\b[^.?!\n]{0,60}?\b(?:return|recover|retrieve|get back) (?:your|the|all your) (?:lost |stolen )?(?:money|funds|crypto|bitcoins?|usdt|assets)\b|\b(?:located|traced|identified|tracked down|found) the (?:scammers?|fraudsters?|criminals|perpetrators)\b[^\n]{0,120}?\byour (?:lost |stolen )?(?:funds|money|assets|crypto)\b`,
    ),
    description:
      'A "recovery" service: someone who says they can trace or get back lost money or crypto, hire-a-hacker offers.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'our team can help you recover the funds you lost to the fake platform',
        'I can help you regain full access to your wallet',
        'contact a certified hacker, he got my crypto back',
        'a crypto recovery company traced everything',
        'Have you lost money online? Our certified team recovers stolen funds in 48 hours',
        'Our team of certified blockchain investigators can trace and recover your stolen funds',
        'Our ethical hackers can reverse any blockchain transaction',
        'We work with law enforcement to retrieve cryptocurrency lost to online fraud',
        'No recovery, no fee.',
        'We have successfully retrieved funds for clients scammed by fake brokers',
        'Our recovery agents will get it back for you',
        "Our blockchain forensics team can trace and freeze the scammer's wallet",
        'Lost your crypto to a scam? Our licensed blockchain investigators trace and recover stolen funds within 72 hours',
        'My name is Agent Thompson from the International Cyber Crime Unit. We found your name on a list of scam victims and can return your money',
        'Need help recovering your lost cryptocurrency? Our forensic experts have helped over 3,000 victims',
        'We are a team of ethical hackers who specialise in recovering funds from binary options and forex scams',
        'Hello, this is Sarah from the Crypto Asset Recovery Bureau. We are contacting victims of the Bitfinex-Pro fraud to return their deposits',
        'We helped 500+ clients get their money back from fake crypto platforms. Book a call now',
        "Scam victims: we can freeze the scammer's wallet within 24 hours and return your funds",
        'Hi, we are from the blockchain recovery team of the exchange. Your frozen assets can be released after you verify your wallet',
        'Contact our department, we can unfreeze and recover funds from any fraudulent platform for a 10% commission',
        'Our forensic experts work with exchanges and law enforcement worldwide to freeze and return stolen assets.',
        'Hi, I saw your post about losing money to a crypto scam. I work with a blockchain tracing company and we have helped many people in your situation.',
        'hello dear i am a white hat hacker, i can hack the scammer wallet and return your money',
        'Our investigation team located the scammers behind the platform you reported. Your funds are currently held in an escrow account pending release.',
      ],
      miss: [
        'we can recover the photos from the backup',
        'I will never get my money back',
        'how do I regain access to my email?',
        'our team can reverse the changes you made to the document',
        'I lost my money to a scam and will never get it back',
        'our staff will get it back to you by Friday',
        'we recovered the money from the tenant in the end',
        'our analysts can trace their accounts of the war back to three sources',
        'Our data recovery experts recovered the lost files from your hard drive',
        'We specialise in recovering money from unpaid invoices for small businesses',
        "Our chargeback specialists can get it back if you paid by credit card within 120 days, says the bank's help page",
        'We can recover files from any damaged drive, bring it to the shop',
        'We will refund your money within 5 working days.',
        'I will get back to you about the money tomorrow.',
        'We can track your funds transfer with the reference number.',
        'Our lawyers can help you recover your money from the builder.',
        'I work with a blockchain analytics company on compliance tooling for banks',
        'Police located the scammers in Cambodia, but most victims will not see their money again',
        'Our engineers work with the bank to return the duplicate payment to your card',
      ],
    },
  },
  {
    id: 'RECOVERY_AGENT_CLAIM',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\brecovery (?:experts?|agents?|specialists?|services?|team|company|firm|hackers?|lawyers?|attorneys?)\b[^.?!\n]{0,40}?\b(?:got|gotten|brought|returned|retrieved|restored|recovered|traced)\b (?:back )?(?:all )?(?:of )?(?:my|our|his|her|their|the) (?:lost |stolen |scammed )?(?:funds?|money|crypto|bitcoins?|btc|usdt|investments?|assets?|savings|deposits?)\b|\b(?:we|our (?:team|firm|lawyers?|attorneys?|agents?|experts?)|(?:the |my |our )?(?:lawyers?|attorneys?|agency|experts?|hackers?)) (?:can|will|could|'ll|helped (?:me |us )?(?:to )?) get (?:your|my|the|their|all your) (?:lost|stolen|scammed) (?:funds?|money|crypto|bitcoins?|btc|usdt|assets?|investments?|savings) back\b|\b(?:we|our (?:team|firm|agency|company|lawyers?|attorneys?|experts?)) (?:have |has )?(?:successfully )?(?:recovered|retrieved|returned) (?:over |more than |about |almost )?(?:[$€£]\s?|usd ?)?\d[\d,.]{0,12}\s?(?:k|m|million|billion)?\b[^.?!\n]{0,30}?\b(?:for|to) (?:(?:scam|fraud|crypto) )?victims\b|\bspeciali[sz](?:e|es|ed|ing) in (?:(?:crypto(?:currency)?|bitcoin|online|investment|romance|binary|forex) )?(?:scam|fraud) (?:recovery|retrieval|tracing)\b|\bspeciali[sz](?:e|es|ed|ing) in (?:crypto(?:currency)?|bitcoin|lost crypto|stolen crypto|lost funds|stolen funds) (?:recovery|retrieval|tracing)\b|\bget your (?:lost|stolen|scammed) (?:funds?|money|crypto|bitcoins?|btc|usdt|assets?|investments?) back (?:today|now|fast|quickly|within)\b|\b(?:hackers?|recovery|retrieval)\b[^.?!\n]{0,60}?\b(?:100|9\d)\s?% success rate\b|\b(?:your |the )?(?:lost |stolen |scammed )?(?:funds|money|crypto|bitcoins?|assets|investments?) can (?:still )?be (?:recovered|retrieved|traced) (?:with|by|through|via) (?!(?:your|the|a) (?:bank|card issuer|credit union|police)|chargeback|paypal|the police)|\b(?:100|9\d)\s?% recovery rate\b|\b(?:(?:fund|funds|asset|crypto|scam|bitcoin) recovery|recovery is possible|hackers?|recovery (?:experts?|agents?|specialists?|team|company|firm|services?))\b[^\n]{0,100}?\bsuccess rate:? (?:of )?(?:100|9\d)\s?%|\b(?:law firm|lawyers?|attorneys?|legal team)\b[^\n]{0,150}?\b(?:the (?:platform|exchange|broker|app|site|company|scheme) (?:you|that you) (?:invested (?:in|with)|used|lost money (?:to|on|with)|were scammed by)|your (?:case|claim|losses?) (?:against|with|on) (?:the )?(?:platform|exchange|broker|scam|scheme))\b/,
    description:
      'A recovery agent credited with getting lost money back, a firm boasting of millions recovered for victims, or one that "specialises in scam recovery".',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'text me, your stolen crypto can still be recovered by coinfixers',
        'Get your stolen bitcoin back today! Certified ethical hackers, 100% success rate',
        'I was lucky to find a recovery expert who got my funds back within 48 hours',
        'our attorneys will get your stolen crypto back within 14 days',
        'we have recovered over $50 million for scam victims',
        'our legal team specialises in crypto scam recovery',
        'ATTENTION SCAM VICTIMS Recovery is possible! Our experts freeze stolen assets. Success rate 97%.',
        'Hello, I am attorney Daniel Whitmore from a law firm specializing in cryptocurrency fraud. We have been authorized to represent victims of the platform you invested in.',
      ],
      miss: [
        'stolen money can be recovered through your bank with a chargeback',
        'our surgery has a 95% success rate',
        'a so-called recovery expert took another $2,000 from me',
        'will I ever get my stolen money back?',
        'we have recovered over $2 million in unpaid invoices for our clients',
        'our law firm specialises in asset recovery for banks',
        'the recovery ward at the clinic has a success rate of 92% for hip surgery patients',
        'Lawyers for the exchange said the court will decide on the platform it invested in last year',
      ],
    },
  },
  {
    id: 'RECOVERY_FEE',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:traced|located|recovered|tracked down|retrieved|found) (?:all )?(?:of )?(?:your|the|my) (?:lost |stolen |missing |scammed )?(?:funds?|money|assets|crypto|bitcoins?|usdt|deposits?)\b[^\n]{0,160}?\b(?:fee|fees|pay|payment|release|deposit|charge|tax|needs? (?:[$€£]\s?\d|\d[\d,.]*\s?(?:k\b|btc|eth|usdt|usd|dollars|bitcoins?)))\b|\b(?:recovery|retrieval|release|unfreez(?:e|ing)|clearance) (?:fee|charge|cost|payment)s?\b[^.?!\n]{0,60}\b(?:funds?|money|assets|refund|compensation|recover)|\bto (?:release|unfreeze|recover) (?:your|the) (?:lost |stolen )?(?:funds?|money|assets|refund|compensation)\b[^.?!\n]{0,60}\b(?:pay|fee|deposit|charge|tax)\b|\b(?:lost|stolen|scammed) (?:funds?|money|crypto|assets|bitcoins?|usdt|deposits?)\b[^.?!\n]{0,30}?\b(?:has|have) been (?:recovered|traced|located|retrieved|found)\b[^\n]{0,120}?\b(?:fee|fees|pay|payment|charge|tax)\b|\b(?:fund|funds|asset|money|scam|crypto|fraud) recovery (?:department|unit|office|commission|cent(?:re|er)|desk|division)\b[^\n]{0,160}?\b(?:returned|released|refunded|credited|transferred|sent) (?:back )?to (?:you|your (?:account|wallet))\b[^.?!\n]{0,30}\b(?:once|after|when|as soon as) you (?:pay|send|clear|settle|deposit)\b|\b(?:my|your|the) (?:lost |stolen |missing |scammed )?(?:money|funds|assets|crypto|bitcoins?|usdt) (?:was|were|has been|have been) (?:found|traced|located|recovered|retrieved)\b[^\n]{0,100}?\b(?:fee|fees|pay|payment|charge|tax)\b|\brecovery (?:agents?|experts?|specialists?|team|company|firm|hackers?|lawyers?|guy)\b[^\n]{0,100}?\b(?:need|needs|have|has) to (?:pay|send|deposit) (?:an? |another |the )?(?:[$€£]\s?\d|\d[\d,.]*\s?(?:k\b|btc|eth|usdt|usd|dollars|bitcoins?)|(?:small |one-time |upfront )?(?:fee|tax|charge))|\b(?:refund|compensation|restitution|reimbursement|recovered (?:funds|balance|assets))\b[^\n]{0,80}?\b(?:approved|ready|released|processed|confirmed)\b[^\n]{0,80}?\bpay (?:the |a |an )?(?:\d{1,2}(?:\.\d)?\s?% |small |one-time )?(?:notari[sz]ation|release|clearance|activation|verification|processing|transfer|unlock(?:ing)?|insurance|anti-money laundering|aml|compliance|legal|filing|stamp|decryption|gas|withdrawal|tax) (?:fee|charge|deposit|cost)\b|\b(?:ordered|forced|required) (?:the )?(?:scam(?:mers?)?|fraudulent|fake|bogus) (?:company|platform|exchange|broker|site|app) to (?:return|refund|pay back)\b[^\n]{0,80}?\b(?:fee|fees|duty|tax|charge)\b/,
    description: 'Says lost money was traced or recovered and asks for a fee to release it.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'we have traced your lost funds; a release fee of $800 is required',
        'to release your funds you must pay the clearance charge first',
        'the recovery fee is 10% of the funds we get back',
        'This is the Fund Recovery Department. $86,500 will be returned to you after you pay the processing fee',
        'Good news! $48,200 of your lost funds has been recovered. To receive it, pay the 5% transfer fee',
        'The hacker said he already traced my money to a wallet in Singapore but he needs 0.15 BTC for the "decryption tool" before he can send it back to me',
        'they said they are from interpol cyber division and my money was found, just need to pay the tax of the recovery before they release it',
        'the recovery agent said the funds are ready but stuck in the blockchain, need to send 0.8 eth to unlock',
        'Your refund of 41,380 USDT has been approved by our compliance department. To complete the release to your wallet, kindly pay the 5% notarization fee.',
        'The lawyer told me the court ordered the scam company to return the money but I have to pay the court filing fee first',
        'Dear Client, we have successfully retrieved your assets from the fraudulent exchange. Current recovered balance: $87,560. Because the amount exceeds the threshold, a one-time wallet activation deposit of $3,000 is needed.',
      ],
      miss: [
        'we found the money you dropped in the car',
        'the late fee on the rent is $50',
        'the deposit will be returned to you after you hand back the keys',
        'Your lost luggage has been found, collect it at desk 4',
        'My stolen bike was found by the police, no fee, just bring your ID',
        'Your refund of $40 has been approved. To receive it, pay nothing: it goes back to your card',
        'the recovery team at the hospital said we need to pay for parking',
        'Your refund has been processed. You do not need to pay the return shipping fee',
      ],
    },
  },
  {
    id: '__RECOVERY_FIRST_PERSON',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern: new RegExp(
      String.raw`\b(?:i|we|our (?:${RECOVERY_ADJ} ){0,3}(?:team|firm|agency|company|unit|department|desk|specialists?|experts?|agents?|investigators?|hackers?|lawyers?|attorneys?|analysts?))(?: have| has|'ve)? (?:(?:can|will|could|'ll) )?(?:help (?:you )?(?:to )?)?(?:successfully )?(?:trace|track|recover|retrieve|reclaim|get|unfreeze|recovered|retrieved|traced|returned|reclaimed)\b[^.?!\n]{0,60}?\b(?:your|for (?:(?:scam|fraud|crypto) )?victims|for (?:our )?clients)\b`,
    ),
    description:
      'Building block: the recovery offer in the first person ("our specialists can trace and reclaim your lost assets", "we recovered $12 million for scam victims").',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'our certified fund recovery specialists can trace and reclaim your lost assets',
        'we recovered over $12 million for scam victims this year',
        'i can help you get your money back',
      ],
      miss: ['they recovered the money for the victims', 'we got home late'],
    },
  },
  {
    id: '__RECOVERY_REPORTED',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:they|he|she|someone|somebody|(?:a|the|these|those) (?:guy|man|woman|company|firm|lawyers?|hackers?|agents?|scammers?|fraudsters?|caller|callers|email|message|text|ad|advert))(?: then| also| even)? (?:said|says|told (?:me|us|him|her|them)|claimed|claims|promised|promises|wrote|replied|offered|offers|posed as|pose as)\b|\btold (?:the |their |many )?victims\b|["“] ?(?:we|our|i)\b/,
    description:
      'Building block: reported speech ("they said", "the email claimed"): a victim quoting the recovery offer, not making it.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'then they said we can recover your funds',
        'the email claimed our team traced your crypto',
        'the agents told victims, "we have traced your funds"',
      ],
      miss: ['we can recover your funds, contact us'],
    },
  },
  {
    id: '__RECOVERY_WE_YOU',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:we|our (?:team|agency|firm|unit|lawyers?|experts?))\b[^.?!\n]{0,40}\b(?:traced|located|recovered|found|tracked|can recover|will recover|can get back)\b[^.?!\n]{0,40}\byour\b/,
    description:
      'Building block: "we" tell "you" that your money was traced or can be recovered (an offer, not a report about one).',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['we have traced your lost funds', 'our team located your usdt'],
      miss: ['fake law firms claim they have traced the stolen funds', 'they told me they traced my funds'],
    },
  },
  {
    id: '__RECOVERY_FEE_OFFER',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    meta: { all: ['RECOVERY_FEE', '__RECOVERY_WE_YOU'] },
    description: 'Building block: "we" tell "you" your funds were traced, and ask a fee to release them.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['we have traced your lost funds; a release fee of $800 is required'],
      miss: ['fake law firms claim they have traced the stolen funds and ask for a fee'],
    },
  },
  {
    id: '__RECOVERY_AGENT',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:(?:crypto|fund|funds|asset|scam|bitcoin|money|cyber) )?recovery (?:experts?|agents?|specialists?|team|company|firm|agency|hackers?|services?|guy|lady|man|woman)\b|\b(?:ethical|certified|legit|genuine|professional|reliable|real|white hat) hackers?\b|\b(?:came across|contact(?:ed)?|thanks to|found|hired|reach(?:ed)? out to|recommend(?:ed)?|with the help of|from|until) (?:the )?[a-z]{3,20}(?: [a-z]{2,20}){0,2} recovery\b|\bcyber ?(?:tech|forensics?|experts?|investigators?|detectives?)\b|\b(?:a|this|the) hacker (?:named|called|by the name)\b/,
    description:
      'Building block: a "recovery expert", recovery team, "certified hacker" or "a hacker named …".',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['a crypto recovery expert', 'a certified hacker', 'a hacker named Kevin'],
      miss: ['the recovery room', 'hackers stole it'],
    },
  },
  {
    id: '__RECOVERY_PAID_BACK',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:they|he|she|who|and) (?:then |later |quickly |finally )?(?:sent|returned|refunded|credited|transferred|paid) (?:me (?:back )?|back )(?:all |the |my )?(?:a (?:whooping|whopping) |the sum of |over |about )?(?:\$\s?\d|\d[\d,.]{2,12}\s?(?:usd|dollars|usdt|btc|eth)\b|(?:my|the) (?:lost |stolen )?(?:money|funds|crypto|bitcoins?|btc|usdt)\b)|\b(?:got|get|recovered|retrieved) back (?:\d{1,3}\s?%|all|most|every (?:penny|cent)) of (?:what|the money|the funds|everything) i (?:had )?lost\b|\b(?:got|recovered|retrieved|returned) (?:back )?every (?:single )?(?:penny|cent|dollar)\b|\b(?:they|he|she|who|and|hackers?|team|experts?|agents?|company|firm|(?!(?:brother|sister|mother|father|mom|mum|dad|husband|wife|friend|friends|cousin|uncle|aunt|lawyer|attorney|bank|police|paypal|finally|eventually|then|later|also|just|never)\b)[a-z]{4,25}) (?:helped me )?(?:got|get|recovered|retrieved|returned) (?:back )?(?:all |every (?:penny|cent) of )?(?:my|our) (?:lost |stolen )?(?:money|funds|crypto|bitcoins?|btc|usdt|savings|investment)\b|\b(?:experts?|hackers?|specialists?|agents?|investigators?|team|firm|company) (?:then |later |quickly |finally )?(?:got|recovered|retrieved|brought) (?:it|them|everything|all of it) (?:all )?back\b|\b(?:contacted|hired|reached out to|wrote to|emailed|messaged|found)\b[^.?!\n]{1,40}?\b(?:and|then) (?:they|he|she) (?:quickly |finally |successfully )?(?:recovered|retrieved) (?:it|them|everything|all of it)(?: all)?(?: back)?\b|\bhelp(?:ed|ing)? me (?:to )?(?:recover|retrieve|get back) (?:the |my |all (?:of )?(?:the |my )?)?(?:[$€£] ?\d[\d,.]{0,10}|\d[\d,.]{0,10}k? ?(?:usd|dollars|usdt|btc|eth)\b|(?:lost |stolen )?(?:money|funds|crypto|bitcoins?|btc|usdt|savings|investment)\b)|\b(?:they|he|she) (?:then |later |quickly |finally |successfully )?(?:(?:got|brought) (?:(?:it|them|everything|all of it)(?: all)? back|back (?:everything|all of it|what i (?:had )?lost))|(?:recovered|retrieved) (?:everything|all of it|what i (?:had )?lost))\b|\b(?:he|she|they) (?:recovered|retrieved|returned) (?:my|our) (?:[$€£]\s?\d|\d[\d,.]{0,10}\s?(?:k\b|btc|eth|usdt|bitcoins?|dollars|usd))|\bhad (?:my|our) (?:lost |stolen )?(?:money|funds|crypto|bitcoins?|btc|usdt|savings) back\b|\b(?:thought|believed) i (?:would|will|'d|could) never (?:see|get) (?:my|that|the|this) (?:money|funds|crypto|savings|bitcoins?|usdt) (?:back|again)\b|\buntil [a-z]{2,20}(?: [a-z]{2,20}){0,3} (?:stepped in|came to (?:my|our) rescue)\b/,
    description:
      'Building block: "they sent me $18,000 back", "she recovered my lost funds" — the agent is credited with returning the money.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'they transferred me back $9,400',
        'he recovered my stolen bitcoin',
        'a certified recovery agent got it all back in two weeks',
        'thank Cyber Trace Pro for helping me recover the $65,000',
        'until Digital Asset Recovery got back every cent',
        'a recovery hacker named Alex returned my USDT',
        'I contacted them and they recovered it within a week',
        'they got everything back in 4 days',
        'she recovered my 2.3 btc',
        'had my usdt back in a week',
        'i thought i will never see my money again',
        'we were hopeless until recovery hub pro stepped in',
      ],
      miss: [
        'they never sent my money',
        'the car was stolen and they recovered it',
        'the bank refunded the fee',
        'the dog got it back from the pond',
        'they got it from the shop',
        'i thought i would never see him again',
        'he recovered my 2 bags from the bus depot',
      ],
    },
  },
  {
    id: '__RECOVERY_REFER',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:contact|reach(?: out to)?|write to|get in touch with|email|message|text|dm|inbox|whatsapp|telegram|hire|recommend(?:ed)?(?: me)?(?: to)?|hesitate to (?:contact|reach out to|write to)|i can'?t thank|cannot thank|forever grateful to)\b[^.?!\n]{0,30}\b(?:them|him|her|(?:mr|mrs|ms|miss|dr|agent)\.? [a-z]{2,15}|this (?:guy|team|man|woman|company)|the (?:recovery|hackers?)|(?:a |an )?(?:crypto |fund |scam )?recovery|(?:a |an )?(?:certified |ethical )?hackers?)\b|\bhighly recommend(?:ed)?\b|\b(?:she|he|they) (?:is|are) (?:very |so |truly |really )?(?:honest|legit|genuine|reliable|trustworthy)\b|\b(?:contact|email|e-mail|mail|write to|reach|visit)\b[^.?!\n]{0,30}?\b[a-z0-9_-]{0,30}(?:recover|retriev|hack)[a-z0-9_-]{0,30}\.(?:com|net|org|io|co|info|pro|site|online|xyz|ltd|us|uk)\b|\blook (?:them|him|her) up\b|\bsend (?:him|her|them) (?:a |an )?(?:mail|email|e-mail|message|text|dm)\b|(?:^|[\s(])@[a-z0-9_.]{0,30}(?:recovery|recover|retriever|retrieval|hacks?|hackers?)(?:[._][a-z0-9_.]{0,20})?\b/,
    description:
      'Building block: the shill points the reader to the agent (a push to contact them, or thanks to them).',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'i am forever grateful to this team',
        "i can't thank this guy enough",
        'email fastrecoverypros@mail.com',
        'whatsapp them +1 818',
        'look them up and mention my name',
        'anyone in same situation send him a mail',
        'i used @chainsleuth.recovery',
        'hire a real hacker',
      ],
      miss: [
        'contact your bank first',
        'i reported them to the police',
        'look it up on google',
        'send him a birthday card',
        'follow @cityrecoverygym for classes',
      ],
    },
  },
  {
    id: '__LEGIT_RECOVERY_CHANNEL',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /(?<!\b(?:don'?t|dont|do not|never) (?:go to|waste (?:your )?time with|bother with|trust|call) (?:the )?)(?:\b(?:my|the|your|our) (?:bank|card issuer|credit union)\b(?! (?:details|account|info|information|transfer))|\bbank'?s\b|\b(?:paypal|chargeback|police|the fbi|ic3|action fraud|the ftc|citizens advice|scamwatch|idcare|victim support|reportfraud|consumer protection|attorney general|ombudsman)\b)/,
    description:
      'Building block: money returned through a bank, a card chargeback, PayPal or the police: how real recoveries happen.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ["the bank's recovery team", 'a chargeback', 'go to the police first'],
      miss: [
        'a recovery expert on instagram',
        'bro dont go to the police they do nothing',
        'reply yes and provide your bank details',
      ],
    },
  },
  {
    id: '__LOST_SUM',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:lost|losing|scammed (?:out )?of)\b[^.?!\n]{0,20}?(?:[$€£]\s?\d|\b\d[\d,.]{0,10}\s?(?:k\b|usd|usdt|dollars?|btc|eth|bitcoins?))|\b(?:i|we) (?:had )?lost (?:everything|all (?:of )?my (?:money|savings|funds|crypto))\b|(?:[$€£] ?\d[\d,.]{0,10}k?|\b\d[\d,.]{0,10}k? ?(?:usd|dollars|usdt|btc)) (?:that |which )?(?:i|we) (?:had )?lost\b/,
    description: 'Building block: the sum the writer lost ("after losing $120k").',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'after losing $120k',
        'I lost about 85,000 dollars',
        'I lost everything on that app',
        'the $65,000 I lost',
      ],
      miss: ['I lost my keys', 'we lost 3-1'],
    },
  },
  {
    id: '__LOST_TO_SCAM',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:lost|losing)\b[^.?!\n]{0,40}?\b(?:to|on|in|with) (?:an? |the |this |that )?(?:(?:fake|fraudulent|bogus|scam) (?:[a-z]{2,15} )?(?:app|site|website|platform|exchange|broker|company|investment|trading|crypto|manager|trader|account|forex|scheme)|scammers?|fraudsters?|pig butchering|(?:crypto|romance|investment|trading|forex|online) (?:scam|fraud)s?)\b|\b(?:scammed|defrauded|duped) by (?:an? |the |some )?(?:fake|romance|crypto|forex|trading|online|investment|so-called)\b|\bthe (?:fake|scam|fraudulent|bogus) (?:app|site|platform|exchange|broker|company|website) (?:took|stole|ate)\b/,
    description:
      'Building block: the writer\'s own loss to a scam ("I lost 38k to a fake trading site", "after the fake app took $22,000").',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'i lost 38k to a fake trading site',
        'my mom lost her retirement to a crypto scam',
        'after being scammed by a romance guy',
        'after the fake app took $22,000',
      ],
      miss: ['i lost my phone on the train', 'we lost to a fake penalty in the last minute?'],
    },
  },
  {
    id: '__RECOVERED_ME',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /(?<!\b(?:never|not|didn'?t|haven'?t|hasn'?t|won'?t|can'?t|couldn'?t) )\b(?:got|get|recovered|retrieved) (?:all |most )?(?:of )?(?:my|our) (?:lost |stolen )?(?:money|funds|crypto|bitcoins?|btc|usdt|savings) back\b|(?<!\b(?:never|not|haven'?t|hasn'?t) )\brecovered (?:all |most )?(?:of )?(?:my|our) (?:lost |stolen )?(?:money|funds|crypto|bitcoins?|btc|usdt|savings)\b/,
    description: 'Building block: the writer says they got their money back.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['I got my funds back', 'he recovered my lost bitcoin'],
      miss: ['I got my keys back', 'we recovered the photos'],
    },
  },
  {
    id: '__DM_ME',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern: /\b(?:dm|inbox|message|text|email|write to|contact) me\b/,
    description: 'Building block: asks the reader to message the writer.',
    reason: 'reason_recovery_offer',
    examples: { hit: ['DM me for his contact', 'message me'], miss: ['message him', 'call me maybe'] },
  },
  {
    id: '__SCAMMED_ME',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern: /\bi (?:was|got|have been|had been) (?:also |too )?(?:scammed|duped|defrauded|a victim)\b/,
    description: 'Building block: the writer says they were scammed too.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['I was also scammed', 'i got scammed last year'],
      miss: ['he was scammed', 'I was scared'],
    },
  },
  {
    id: 'RECOVERY_DM_REFER',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    meta: {
      all: ['__RECOVERED_ME', '__DM_ME'],
      any: ['__RECOVERY_AGENT', '__LOST_SUM', '__SCAMMED_ME'],
      none: ['__LEGIT_RECOVERY_CHANNEL'],
    },
    description:
      'A "fellow victim" who got the money back and asks the reader to message them for the contact: the recovery shill\'s hand-off.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'Hello, I saw your post. I was also scammed and I got my funds back with the help of a cyber expert. DM me and I will give you his contact',
      ],
      miss: [
        'Hey, I got my money back from the landlord finally, text me later',
        'I got my money back through my bank after two weeks, message me if you want the details',
        'I never got my money back. DM me if you want to compare notes',
      ],
    },
  },
  {
    id: '__YOU_LOST_TO',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:if you(?:'?ve| have)?|have you(?: ever)?|were you|(?:anyone|everyone|those|people) (?:who|that)(?: (?:was|were|has|have|got))?) (?:been |got |ever )?(?:lost (?:money|funds|crypto|bitcoin|your (?:savings|investment|money|funds|crypto))|scammed|a victim of|fallen victim|defrauded)\b|\b(?:anyone|everyone) (?:here )?(?:scammed|defrauded) by\b|(?:^|[.!?] )lost (?:money|funds|crypto|bitcoin|your (?:savings|money|funds|crypto)) (?:to|in|on) [^.?!\n]{1,40}\?/,
    description:
      'Building block: speaks to the reader as someone who lost money or was scammed ("if you lost money to...", "anyone who was scammed").',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'If you lost money to binary options',
        'Anyone who was scammed should',
        'have you been scammed?',
        'anyone here scammed by a fake forex broker',
        'Lost money to binary options? There is a way',
        'If youve been scammed dont waste time',
      ],
      miss: ['I lost money on that bet', 'if you lost your keys, call me'],
    },
  },
  {
    id: '__RECOVERY_HOPE',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:don'?t (?:give up|lose hope)|do not (?:give up|lose hope)|all hope is not lost|there is (?:still )?hope|free (?:consultation|case review|case evaluation)|get (?:it|them|your (?:money|funds|crypto|bitcoin|investment|savings)) back|recover(?:ed|y|s)?|retriev(?:e|ed|al|es))\b/,
    description:
      'Building block: the promise that lost money can come back ("don\'t give up", "free consultation", "recovered").',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ["don't give up", 'for a free consultation', 'they recovered my bitcoin'],
      miss: ['give it up', 'a free lunch'],
    },
  },
  {
    id: '__RECOVERY_SPEAK_TO',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern: /\bshould (?:talk to|speak (?:to|with)|contact|reach out to|write to|message|email)\b/,
    description: 'Building block: tells the reader whom they "should talk to".',
    reason: 'reason_recovery_offer',
    examples: { hit: ['you should talk to them'], miss: ['we should talk later about dinner?'] },
  },
  {
    id: '__PRIVATE_CONTACT',
    family: 'recovery',
    stage: 'payment',
    languages: ['any'],
    meta: { any: ['__IND_EMAIL', '__IND_PHONE', '__IND_MESSENGER', '__IND_HANDLE', '__IND_URL', '__DM_ME'] },
    description:
      'Building block: a private way to reach the writer (an e-mail address, phone number, messenger, handle, link, "DM me").',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['write to help.desk@example.com', 'WhatsApp +44 7700 900123', 'DM me'],
      miss: ['see you at the office'],
    },
  },
  {
    id: 'RECOVERY_VICTIM_CALL',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    meta: {
      all: ['__YOU_LOST_TO', '__RECOVERY_HOPE'],
      any: ['__PRIVATE_CONTACT', '__CALL_TO_ACTION', '__RECOVERY_AGENT', '__RECOVERY_SPEAK_TO'],
      none: ['__LEGIT_RECOVERY_CHANNEL'],
    },
    description:
      "Calls on people who lost money or were scammed, promises the money can come back, and gives a contact: the recovery scam's advert. Real help (a bank, the police, a consumer agency) is never this.",
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        "If you lost money to binary options or forex brokers, don't give up. Email recoverylawfirm@protonmail.com for a free consultation.",
        'Anyone who was scammed should talk to Cyber Trace Pro, they recovered my bitcoin in a week',
        'Have you been scammed? We get your money back. WhatsApp +44 7700 900123',
        'Lost money to binary options? There is a way to get it back. Message me and I will connect you with the right people',
      ],
      miss: [
        'If you have been scammed, contact your bank and report it to Action Fraud',
        'Anyone who was scammed should talk to Citizens Advice first',
        'if you lost money to that exchange, the recovery of funds is being handled by the court-appointed administrator',
        'I lost money to a crypto scam; the police said recovery is unlikely',
        'Lost money to a scam? Report it to your bank and the police right away, and ignore anyone who promises to get it back for a fee',
      ],
    },
  },
  {
    id: '__EXPERT_GOT_IT_BACK',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:expert|hacker|specialist|agent|lawyer|attorney|guy|lady|woman|man|someone|team|company|firm)(?: online| here| abroad| (?:named|called|by the name) [a-z]{2,20}(?: [a-z]{2,20})?)?,? (?:who|that) (?:got|recovered|retrieved) (?:it|them|everything|my (?:money|funds|crypto|bitcoins?|savings|btc|usdt)) (?:all )?back\b|\b(?:expert|hacker|specialist|agent|guy|lady|woman|man|someone|team|company|firm) (?:who|that) (?:recovered|retrieved) my (?:lost |stolen )?(?:money|funds|crypto|bitcoins?|savings|btc|usdt)\b/,
    description:
      'Building block: "an expert who got it all back": someone credited with returning lost money.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'an expert who got it all back',
        'a hacker that got my bitcoin back',
        'I know a guy who recovered my USDT in a week',
        'an asset recovery company online that got everything back',
        'a legit hacker named spyhawk who got it all back',
      ],
      miss: ['the man who brought it back was kind', 'she got it back from the shop'],
    },
  },
  {
    id: '__OFFER_CONTACT',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:want|need|like) (?:his|her|their|the) (?:number|contact|details|email|whatsapp|telegram)\b|\b(?:i can|i will|i'll|let me) (?:give|send|share|pass) (?:you )?(?:his|her|their) (?:number|contact|details|email|whatsapp|telegram)\b|\b(?:i|we) (?:read|saw|came across) your (?:post|comment|story)\b/,
    description:
      'Building block: offers the reader someone\'s contact ("want his number?"), or opens on "I saw your post".',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['Want his number?', "I'll send you her contact", 'I read your post about it'],
      miss: ['what is your number?', 'I read the post yesterday'],
    },
  },
  {
    id: 'RECOVERY_SHILL_HANDOFF',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    meta: {
      all: ['__EXPERT_GOT_IT_BACK'],
      any: ['__OFFER_CONTACT', '__DM_ME', '__RECOVERY_REFER'],
      none: ['__LEGIT_RECOVERY_CHANNEL'],
    },
    description:
      'A stranger who lost money too, found "an expert who got it all back", and offers you the contact: the recovery shill\'s hand-off.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'Hi, I read your post about losing money on that trading app. I had the same problem but a friend introduced me to an expert who got it all back. Want his number?',
        'I was a victim of a romance scam and lost $40k, then I found an asset recovery company online that got everything back. Message me for their contact',
        'Scammed? DM me, I know a guy who recovered my USDT in a week, he charges only after success',
      ],
      miss: [
        'My bank has a fraud team that got my money back, want their number?',
        'the guy who got it back for me was the shop owner, lovely man',
      ],
    },
  },
  {
    id: '__VICTIM_COMPENSATION',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:you are|you're|you have been) (?:listed |included |identified |registered )?(?:among|as one of|on the list of) (?:the )?(?:\d[\d,]* )?(?:scam |fraud |crypto )?victims\b[^.?!\n]{0,40}?\b(?:eligible|entitled|due|qualif(?:y|ied|ies))\b|\bvictims? of\b[^.?!\n]{0,40}\b(?:fraud|scams?|frauds)\b[^.?!\n]{0,40}?\b(?:can|may|are (?:entitled|eligible) to|will) (?:now )?(?:claim|receive|apply for|get) (?:compensation|a refund|refunds|reimbursement|their (?:money|funds) back)\b|\b(?:scammed|defrauded)\b[^.?!\n]{0,60}[.!]? ?(?:our|the) (?:attorneys|lawyers|law firm|firm) (?:won|filed|settled) (?:a )?class action\b|\b(?:dear (?:scam |fraud )?victims?|(?:scam|fraud|crypto(?: fraud| scam)?)(?: victims?)? (?:compensation|refund|reimbursement|relief|restitution) (?:board|fund|committee|commission|programme|program|department|unit|office|scheme))\b[^\n]{0,120}?\b(?:approved|processed|released|granted|allocated|awarded)\b[^.?!\n]{0,30}?\b(?:refunds?|compensation|payments?|claims?|reimbursement|restitution)\b/,
    description:
      'Building block: "victims of fraud can now claim compensation", "dear victim, the fraud compensation board has approved your refund".',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'Victims of online investment fraud can now claim compensation',
        'Dear victim, the Crypto Fraud Compensation Board has approved your refund',
        'You are listed among 1,200 victims eligible for restitution',
      ],
      miss: ['Victims of the flood can claim compensation', 'Dear customer, your refund has been approved'],
    },
  },
  {
    id: '__SEND_DETAILS',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:send|submit|email|forward|provide) (?:us |me )?your (?:details|name and|case|information|info|claim|wallet address|bank (?:details|account))\b|\breply (?:yes|y|claim|now) to (?:claim|receive|get|start)\b|\breply to this (?:message|text|sms|email|e-mail) to (?:begin|start|claim|receive|process|complete|confirm)\b/,
    description: 'Building block: asks the reader to send their details or case.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['Send your details and the amount lost', 'Reply to this message to begin the claim'],
      miss: ['I will send the details later', 'Please do not reply to this message'],
    },
  },
  {
    id: 'RECOVERY_COMPENSATION_CLAIM',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    meta: {
      all: ['__VICTIM_COMPENSATION'],
      any: ['__PRIVATE_CONTACT', '__SEND_DETAILS'],
      none: ['__LEGIT_RECOVERY_CHANNEL'],
    },
    description:
      'Tells fraud victims they can claim compensation and asks them to send their details to a private contact. Real schemes pay through the bank or a public body.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'Victims of online investment fraud can now claim compensation. Send your details and the amount lost to claims@asset-return-desk.com',
        'We noticed you were scammed on a trading app. Our attorneys won a class action and you are entitled to compensation, reply YES to claim',
        'Dear victim, the International Crypto Fraud Compensation Board has approved your refund of 45,000 USDT. Reply to this message to begin the claim.',
        'Notice from the Global Anti-Fraud Council: You are listed among 1,200 victims eligible for restitution. Reply YES and provide your bank details to claim your share.',
      ],
      miss: [
        'Victims of push payment fraud can now claim up to £85,000 from their bank, the regulator said',
        'Victims of the flood can claim compensation, send your details to the council',
        'The class action against the exchange was settled, eligible customers will get an email from the court administrator',
        'The FTC approved refunds for victims of the scheme; checks will be mailed, and the FTC never asks you to pay to get one',
        'HR: you are listed among the staff eligible for the bonus, please provide your bank details to payroll',
      ],
    },
  },
  {
    id: 'RECOVERY_SHILL',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    meta: {
      all: ['__RECOVERY_PAID_BACK', '__RECOVERY_REFER'],
      any: ['__RECOVERY_AGENT', '__LOST_SUM', '__YOU_LOST_TO', '__LOST_TO_SCAM'],
      none: ['__LEGIT_RECOVERY_CHANNEL'],
    },
    description:
      'The recovery-agent shill: a story of being scammed that ends with a "recovery expert" or hacker who sent the money back, and a push to contact them. The shill always tells a scam story, so talk about scams does not silence it (__SHILL_OVERRIDE).',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'after losing $9k on a fake app i found a fund recovery team online; two days later they returned me $8,700. i cannot thank them enough',
        'If you have lost money to fake forex brokers, contact TrustChain Recovery, they got my money back in 3 weeks',
        'My recovery story: after losing $120k, Bitvestigate recovered my funds in 10 days. Highly recommended',
        'I was able to get back 90% of what I lost with the help of Marie from Cybertrust Recovery, she is very honest',
        'I lost 80k to a fake exchange last year, then a certified recovery agent got it all back in two weeks, message him if you were scammed too',
        'I want to thank Cyber Trace Pro for helping me recover the $65,000 I lost to a fake trading site. Reach them on email',
        'I never believed my money could be returned, until Digital Asset Recovery got back every cent. Highly recommended',
        'Anyone here scammed by a fake forex broker should contact Mr Kevin Moore, he helped me get my funds back, his email is in my bio',
        'After I lost everything to a pig butchering scam, a recovery hacker named Alex returned my USDT. Text him on WhatsApp',
        'i lost 38k to a fake trading site and thought it was gone forever until a friend told me about RecoverPro Hacks, they got everything back in 4 days. whatsapp them +1 (818) 555-0147',
        'I recommend Mrs Evelyn Crypto Recovery 100%. She is honest and fast. She recovered my 2.3 BTC that I lost to a fake investment manager. Her email is in my profile',
        'bro dont go to the police they do nothing. i used a recovery guy from instagram @chainsleuth.recovery and had my usdt back in a week',
      ],
      miss: [
        'a recovery team contacted me and promised to get my money back, then they asked for a fee. beware',
        'my bank got my money back after two weeks, contact your bank first',
        "the bank's fraud recovery team got my money back in a week, contact them if it happens to you",
        'after losing $2,000 the police recovered my money, contact them as soon as you can',
        'I lost $300 at the casino, then my brother got my money back from him, highly recommended lol',
        'My bank helped me recover the $300 from the fraudulent card charge, call your bank first',
        'My bank got back every cent after the card fraud, call them first',
        'I lost 5k to a fake trading site last year. The police traced the wallet and they got it all back in the end, contact them early',
        'I lost 2k to a fake shop, my bank got everything back, look them up: the fraud team is great',
      ],
    },
  },
  {
    id: '__RECOVERY_DOMAIN',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b[a-z0-9-]{0,30}(?:recovery|recover|retrieval|retrieve|hackers?)[a-z0-9-]{0,20}\.(?:com|net|org|io|co|info|pro|site|online|xyz|ltd|us|uk)\b/,
    description: 'Building block: a website named for recovering money or hacking ("fastfundsrecovery.com").',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['claim forms at swiftfundsrecovery.net'],
      miss: ['reportfraud.ftc.gov', 'the recovery room'],
    },
  },
  {
    id: '__RECOVER_MONEY',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:recover(?:ed|ing)?|get(?:ting)? back|got back|retriev(?:e|ed|ing)|reclaim(?:ed|ing)?) (?:my|your|our|the|all|all my|all your) (?:lost |stolen )?(?:money|funds|crypto|bitcoins?|btc|usdt|savings|investments?)\b/,
    description: 'Building block: recovering (my or your) money or funds.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['he helped recover my stolen funds', 'recovered all my funds'],
      miss: ['recover my password', 'got back home'],
    },
  },
  {
    id: '__RECOVERY_SITE_REFER',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\byou (?:should|can|could|may) (?:also |as well )?(?:visit|contact|reach|write to|lodge|file|try|go to)\b|\b(?:visit|contact) (?:the site|the website|them|their (?:site|website|page)) (?:too|as well|also|and (?:lodge|file|report))\b/,
    description:
      'Building block: the reader is told to go to the site or the agent too ("you can also contact them there").',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['you can also contact them there', 'contact them too'],
      miss: ['you should call your bank', 'visit the museum'],
    },
  },
  {
    id: 'RECOVERY_SITE',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    meta: { all: ['__RECOVERY_DOMAIN', '__RECOVER_MONEY', '__RECOVERY_SITE_REFER'] },
    description:
      'The recovery shill that points to a website named for recovering funds (a claim filed with a "…recovery.com" site that got the money back, and the reader told to go there too).',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'i lost my savings to a fake broker, then i filed a claim with swiftfundsrecovery.net to get back my funds; you can file yours there too',
      ],
      miss: [
        'i reported it at reportfraud.ftc.gov, you should also file a report',
        'fake sites like swiftfundsrecovery.net promise to recover your money, do not visit them',
      ],
    },
  },
  {
    id: 'RECOVERY_OFFER_ZH',
    family: 'recovery',
    stage: 'payment',
    languages: ['zh'],
    pattern:
      /(?:追回|挽回|追討|追讨|退回)[^\n]{0,15}(?:损失|損失|被骗|被騙|资金|資金|款项|款項|本金)|(?:专业|專業)(?:追款|挽损|挽損|追回)/,
    description: 'Chinese: offers to recover lost or scammed money (追回损失).',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['我们可以帮你追回被骗的资金', '專業追款團隊'],
      miss: ['追回了丢失的钱包', '退回快递'],
    },
  },
  {
    id: 'RECOVERY_FEE_ZH',
    family: 'recovery',
    stage: 'payment',
    languages: ['zh'],
    pattern:
      /(?:追回|挽回|追討|追讨|找回)[^\n]{0,20}(?:资金|資金|损失|損失|款项|款項|钱|錢|usdt|币|幣)[^\n]{0,30}(?:先(?:付|交|缴|繳)|手续费|手續費|服务费|服務費|保证金|保證金|律师费|律師費)/,
    description: 'Chinese: offers to recover lost money for an up-front fee (追回资金，先付手续费).',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        '我们是专业的资金追回团队，可以帮你追回被骗的USDT，先付10%服务费',
        '我们可以帮你追回在虚假平台被骗的资金，先付一笔手续费',
        '找回损失需要先交服务费',
      ],
      miss: ['钱包找回了，谢谢', '手续费是多少？'],
    },
  },
  // ---- Chinese: recovery scams (rules-zh) ----
  {
    id: 'RECOVERY_AGENT_ZH',
    family: 'recovery',
    stage: 'payment',
    languages: ['zh'],
    pattern:
      /(?:黑客|駭客|网警|網警|技术团队|技術團隊)[^\n]{0,15}(?:追款|(?:追回|找回|挽回|拿回|追討|追讨|要回)[^\n]{0,8}(?:钱|錢|资金|資金|损失|損失|款|usdt|币|幣))|(?:被骗|被騙)的(?:钱|錢|资金|資金|款|u|usdt)[^\n]{0,6}(?:拿回|追回|找回|要回)|(?:追款|挽损|挽損|追回|拿回|找回)[^\n]{0,20}(?:先交|先付|先缴|先繳|立案费|立案費|服务费|服務費|手续费|手續費|定金)/,
    description:
      'Chinese: a hacker, lawyer or "cyber police" who gets scammed money back, for a fee first (律所追款，先交立案费).',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        '我们律师事务所专门处理网络诈骗追款，先交两千元立案费',
        '我們可以幫你把被騙的錢拿回來，只要先付服務費',
      ],
      miss: ['律师帮我追回了欠款', '他说他是黑客，能帮我找回QQ密码'],
    },
  },
  {
    id: '__ZH_WE_RECOVER',
    family: 'recovery',
    stage: 'payment',
    languages: ['zh'],
    pattern:
      /(?:我们|我們|本团队|本團隊|本公司|本所)[^\n]{0,10}(?:可以|能|能够|能夠|帮|幫|专门|專門|负责|負責)[^\n]{0,10}(?:追回|找回|挽回|拿回|追款|追討|追讨|要回)/,
    description:
      'Building block (Chinese): "we can get it back for you", the recovery offer in the first person.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['我们是专业黑客团队，可以帮你追回', '我們可以幫你把錢拿回來'],
      miss: ['追回被骗资金要通过公安机关', '他们说可以追回，结果又被骗'],
    },
  },
  // ---- end of the Chinese recovery block (rules-zh) ----
  {
    id: '__RECOVERY_CREDIT',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:helped (?:me |us )?(?:in|with) (?:the |my |our )?recover(?:y|ing)\b|helped (?:me |us )?(?:to )?recover (?:my|our|the|all|everything|it)\b|recover(?:ed)? (?:your|my|our|the) (?:lost|stolen|scammed)\b|recover your (?:funds|money|crypto|btc|bitcoin|losses)\b|recovering my (?:lost|stolen|funds|money|crypto|btc|bitcoin)\b|got (?:my|our) (?:lost |stolen )?(?:money|funds|crypto|btc|bitcoin|usdt|savings) back\b|\blost\b[^.?!\n]{0,40}\b(?:until|till|but|then)\b[^.?!\n]{0,40}\bhelped (?:me|us) (?:to )?(?:get (?:it|them|everything|my money|my funds)(?: all)? back|recover))/,
    description: 'Building block: someone helped recover lost money, or offers to ("recover your lost now").',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['she helped in the recovery of my funds', 'recover your lost coins today'],
      miss: ['he helped me recover from the flu', 'we recovered the old photos'],
    },
  },
  {
    id: 'RECOVERY_CREDITED',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    meta: { all: ['__HANDLE_ANY', '__RECOVERY_CREDIT'] },
    description: 'Credits an @handle with getting lost money back, or advertises one that will.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'same happened to me, but @fixit_cyberdesk helped in the recovery',
        'recover your lost now with @tracer.desk',
        '@brightlane_tech got my stolen bitcoin back in a week',
      ],
      miss: ['@anna helped me recover from the surgery', 'did you get your money back from the shop @tom?'],
    },
  },
  {
    id: 'RECOVERY_DM',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:dm|inbox|message|text|contact|reach out to|reach)\b[^.?!\n]{0,40}\b(?:for|about) (?:recovery|your lost|lost (?:funds|crypto|money|bitcoin|btc))\b|\blost (?:of )?(?:crypto|funds|bitcoin|btc|money|assets)\b[^.?!\n]{0,40}\b(?:guide|help|recover|dm|inbox|contact)\b|\b(?:guide|help|recover)\b[^.?!\n]{0,40}\b(?:because of |with (?:your |the )?)?lost (?:of )?(?:crypto|funds|bitcoin|btc|money|assets)\b|\b(?:inbox|dm) me (?:now )?for (?:help|support|assistance)\b/,
    description: 'Offers, in a public comment, to help with lost crypto or funds by direct message.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['send me a dm for recovery', 'dm me for assistance', 'I can guide you to recover lost crypto'],
      miss: ['dm me the photos', 'I lost my keys, can you help?'],
    },
  },
  {
    id: '__FEE_WORD_ANY',
    family: 'recovery',
    stage: 'payment',
    languages: ['any'],
    pattern:
      /(?:\bfees?\b|\bbayad\b|magbayad|biaya|phí|ค่าธรรมเนียม|ค่าดำเนินการ|ค่าบริการ|手数料|費用|着手金|수수료|착수금|फीस|शुल्क|\btarifa\b|comisi[oó]n|honorarios|手续费|手續費|服务费|服務費)/u,
    description: 'Building block: a fee, in every pack language.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['magbayad lang ng processing fee', '手数料を先に', 'bayar biaya admin'],
      miss: ['kami bisa membantu', 'thank you'],
    },
  },
  {
    id: '__RECOVERY_FEE_PACK',
    family: 'recovery',
    stage: 'payment',
    languages: ['any'],
    meta: {
      all: ['__FEE_WORD_ANY'],
      any: PACK_RECOVERY_OFFERS,
    },
    description:
      'Building block: a pack-language promise to get scammed money back, with a fee named: the offer itself, whatever it says about scams.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['Kaya naming ibalik ang perang nawala mo sa scam, magbayad ka lang ng processing fee'],
      miss: ['Nag-report ang mga biktima ng scam sa pulis, walang bayad ang pag-report'],
    },
  },
  {
    id: 'RECOVERY_TRACED_FEE_ANY',
    family: 'recovery',
    stage: 'payment',
    languages: ['any'],
    pattern:
      /(?:(?:hemos|ya hemos) (?:localizado|rastreado|recuperado|ubicado) (?:los fondos|su dinero|tu dinero|el dinero|sus fondos|tus fondos)[^\n]{0,80}(?:pagar|abonar|tasa|comisi[oó]n|impuesto|tarifa)|(?:nuestro equipo|nuestros abogados|nuestra firma)[^\n]{0,20} recupera(?:mos|n)? (?:tus|sus|su|el) (?:fondos|dinero)|(?:recuperamos|localizamos|rastreamos) (?:o |seu |o seu )?(?:dinheiro|fundos|valor)[^\n]{0,80}(?:pague|pagar|taxa|tarifa|imposto)|(?:dana|uang) (?:anda|kamu)[^\n]{0,30}(?:sudah|telah) kami (?:lacak|temukan|pulihkan|kembalikan)[^\n]{0,80}(?:bayar|biaya)|(?:tiền|số tiền)[^\n]{0,30}(?:đã được chúng tôi|chúng tôi đã) (?:truy vết|tìm thấy|thu hồi|lấy lại)[^\n]{0,60}(?:phí|đóng|nộp)|เงิน[^\n]{0,20}(?:ถูกโกง|ถูกหลอก)[^\n]{0,10}เรา(?:ได้)?(?:ติดตาม|กู้|ตามคืน)[^\n]{0,20}(?:แล้ว|ได้)[^\n]{0,40}(?:ค่าธรรมเนียม|ค่าดำเนินการ|จ่าย)|(?:詐欺被害金|被害金|だまし取られた(?:お金|資金))[^\n]{0,30}(?:返還(?:手続き)?が完了|回収しました|取り戻しました|回収できました)[^\n]{0,40}(?:手数料|費用)|(?:사기 ?피해금|피해금|잃은 돈)[^\n]{0,20}(?:추적했습니다|회수했습니다|찾았습니다|환급이 결정)[^\n]{0,40}(?:수수료|비용)|(?:ठगी|धोखाधड़ी)[^\n]{0,20}(?:रकम|पैसे|पैसा)[^\n]{0,10}हमने[^\n]{0,20}(?:ट्रेस|वापस|रिकवर|बरामद)[^\n]{0,40}(?:फीस|शुल्क|चार्ज)|(?:na-?trace|nahanap|nabawi|na-?recover) na namin ang (?:pera|pondo)[^\n]{0,60}(?:magbayad|bayad|fee))/u,
    description:
      'Pack languages (and Portuguese): "we have traced the money you lost to the scam, pay a fee to receive it": the recovery scam\'s demand, which names the scam by nature.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'Hemos localizado los fondos que le robaron. Para liberarlos debe pagar una tasa de gestión de 300 euros',
        'Recuperamos o dinheiro perdido no golpe, pague a taxa de liberação para receber',
        'Dana Anda yang tertipu sudah kami lacak, untuk mencairkannya silakan bayar biaya administrasi 1,5 juta',
        'Tiền bạn bị lừa đã được chúng tôi truy vết, vui lòng đóng phí xử lý 3 triệu để nhận lại',
        'เงินที่คุณถูกโกงเราติดตามได้แล้ว ต้องจ่ายค่าธรรมเนียม 3,000 บาทเพื่อรับคืน',
        '詐欺被害金の返還手続きが完了しました。受け取るには手数料3万円をお支払いください',
        '사기 피해금을 추적했습니다. 돌려받으려면 수수료 30만원을 먼저 입금하세요',
        'आपकी ठगी की रकम हमने ट्रेस कर ली है, वापस पाने के लिए 2000 रुपये प्रोसेसिंग फीस भरें',
        'Na-trace na namin ang perang nawala sa iyo sa scam, magbayad ng 2,000 processing fee para makuha',
        '¿Perdiste dinero en una plataforma de inversión falsa? Nuestro equipo de abogados recupera tus fondos',
      ],
      miss: [
        'La policía ha localizado el coche robado, puede recogerlo sin pagar nada',
        'Dana bansos sudah kami salurkan, tidak ada biaya apa pun',
        'Cảnh sát cảnh báo: kẻ gian nói đã truy vết tiền bị lừa rồi đòi phí, đừng tin',
        '警察は、被害金を取り戻すと言って手数料を求める詐欺に注意を呼びかけています',
        '경찰은 피해금을 추적했다며 수수료를 요구하는 전화는 사기라고 밝혔다',
        'ठग कहते हैं कि ठगी की रकम ट्रेस हो गई है और फीस मांगते हैं, सावधान रहें',
        'Polisi: penipu mengaku dana korban sudah dilacak lalu minta biaya',
      ],
    },
  },
  {
    id: '__CONTACT_US_PACK',
    family: 'recovery',
    stage: 'payment',
    languages: ['any'],
    pattern:
      /(?:cont[áa]c?tanos|cont[áa]ctenos|escr[íi]benos|entre em contato|fale conosco|hubungi (?:kami|agen kami|tim kami)|liên hệ (?:ngay|với chúng tôi|chúng tôi)|ติดต่อ(?:เรา|ทาง(?:ไลน์|line))|(?:line|ライン)?でご相談ください|お問い合わせください|연락 ?주세요|문의 ?주세요|संपर्क करें|i-?message mo kami|makipag-?ugnayan sa amin)/u,
    description:
      'Building block: "contact us" in the pack languages (and Portuguese): the offer\'s call to action.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['contáctanos por WhatsApp', 'hubungi agen kami', 'LINEでご相談ください'],
      miss: ['me contactó un estafador', 'saya sudah hubungi bank'],
    },
  },
  {
    id: '__RECOVERY_CONTACT_PACK',
    family: 'recovery',
    stage: 'payment',
    languages: ['any'],
    meta: {
      all: ['__CONTACT_US_PACK'],
      any: PACK_RECOVERY_OFFERS,
    },
    description:
      'Building block: a pack-language promise to get scammed money back that ends on "contact us": the offer itself, whatever it says about scams.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: ['Recuperamos el dinero que perdiste en estafas de criptomonedas, contáctanos por WhatsApp'],
      miss: ['La policía advierte de falsos abogados que prometen recuperar el dinero perdido en estafas'],
    },
  },
  {
    id: '__RC_RECOVER',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:recover(?:s|ed|ing|y)?(?! (?:phrases?|seeds?|keys?|codes?|e-?mails?|mode|time|room|ward|period|process|partition|tool|software|drive|disk|files?|data))|retriev(?:e|es|ed|ing|al|ers?)|reclaim(?:s|ed|ing)?|restitution|reimburs(?:e|ed|ement)|compensation|refunds?|refunded|unfreez(?:e|ing)|(?:got|get|gotten|getting|had|have) (?:it|them|everything|all (?:of )?it|(?:my|our|your|the) (?:[$€£]?\d[\d,.]{0,10}k? ?(?:btc|eth|usdt|usd|dollars)?|money|funds|crypto|bitcoins?|btc|usdt|savings|assets)) back|(?:traced|tracked|located|found|seized|frozen) (?:\d{1,3}\s?% of )?(?:your|my|the|their) (?:(?:lost|stolen|missing) )?(?:funds|money|assets|crypto|wallets?|usdt|bitcoins?)|returned (?:my|your|the|our) (?:money|funds|crypto|assets|savings)|(?:funds|money|assets|usdt|crypto) (?:have been|has been|were|was) (?:successfully )?(?:recovered|located|traced|retrieved|seized)|restor(?:e|es|ed|ing) (?:(?:my|your|the|their|lost|stolen) )?(?:funds|money|assets|crypto|coins|wallets?)|brought back (?:my|her|his|our|the)|(?:got|get|gets) (?:every (?:cent|penny|dollar)|\d{1,3}\s?%|it all|all of it) back|got (?:me|us|them|her|him) refunded|(?:returned|recovered|retrieved|got back) [$€£]?\d[\d,.]*k?\b|pull(?:ed|ing)? (?:the )?(?:funds|money|coins) back|reverse (?:the|any|your|a|that) (?:blockchain |crypto |bitcoin )?transactions?|traced (?:it |them |the funds |your (?:funds|assets|coins) )?to (?:an? |the )?(?:[a-z]{2,12} )?wallet|located (?:mine|it|them)|allocated [$€£]?\d|(?:money|funds) (?:is|are) (?:now )?(?:with|in) (?:the|our) (?:court|custody|escrow)|(?:recovery|refund|restitution|payout) (?:is|was) (?:\d{1,3}\s?% )?(?:complete|approved|ready|on hold|pending)|(?:get|got|bring|brought) back (?:your |my |the |their )?(?:funds|money|crypto|assets|coins)|trac(?:e|es|ing) (?:crypto|wallets?|funds|the scammers|stolen)|hack(?:ing)? into|(?:want|wants|need|needs) (?:their|your|my) (?:money|funds|crypto) back|available for refund)\b/,
    description:
      'Building block: money got back, traced or refunded (recover, retrieve, reclaim, restitution, "they had my $51,000 back").',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'reclaim stolen digital assets',
        'within days they had my $51,000 back',
        'the funds have been successfully recovered',
      ],
      miss: [
        'we got the car back from the garage',
        'she got back home late',
        'I never gave out my recovery phrase',
      ],
    },
  },
  {
    id: '__RC_LOSS',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:scam(?:s|med|mers?)?|fraud(?:s|ulent|sters?)?|defrauded|ponzi|pig[- ]butchering|bogus (?:investment|trading|crypto|platform|broker|exchange|site|app)s?|fake (?:[a-z]{2,12} )?(?:platforms?|brokers?|exchanges?|apps?|sites?|websites?|investments?|trading|mining|wallets?|managers?|traders?)|drained (?:my|our|his|her) (?:savings|wallet|account)|(?:lost|losing) (?:[$€£] ?\d|\d[\d,.]{0,10}\s?(?:k\b|usd|usdt|dollars|btc|eth)|(?:my|our|her|his|their) (?:savings|retirement|money|funds|crypto|life savings))|victims? of (?:an? )?(?:online|crypto(?:currency)?|investment|romance|trading)\b|lost (?:money|funds|crypto|bitcoin|coins|deposits?)|your loss|(?:scam|fraudulent) (?:sites?|compounds?|platforms?|exchanges?|apps?)|fraud ring|(?:the|those) scammers|(?:a |the )?victims?\b|stolen (?:coins|funds|assets|crypto|money))/,
    description:
      'Building block: a loss to a scam (scammed, fraud, a fake platform, "lost $40k", "drained my savings").',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'a fake gold trading app',
        'a telegram group drained my savings',
        'i lost 140k',
        'victims of online fraud',
      ],
      miss: ['a fake fur coat', 'i lost my keys'],
    },
  },
  {
    id: '__RC_AGENT',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:hackers?|forensics?|attorneys?|lawyers?|paralegal|legal (?:experts?|team|firm)|law firm|investigators?|(?:recovery|retrieval|restitution|compensation|cyber ?crime|cyber|fraud|asset|assets) (?:agents?|agency|experts?|specialists?|team|company|firm|bureau|department|office|unit|division|commission|council|desk|solutions|services?|police|guru|wizard|hackers?|retrievers?|department)|retrievers?|(?:blockchain|crypto|cyber(?:security)?|on-chain) (?:specialists?|experts?|analysts?|analytics|tracing|investigators?)|(?:i am|i'm|this is|named|called) (?:agent|officer|inspector)\.? [a-z]{2,15}|(?:agent|officer|inspector) [a-z]{2,15} (?:from|of)\b|(?:mr|mrs|ms|dr)\.? [a-z]{2,15}|recovery (?:hacker|guy|man|lady|woman|expert|agent|company)|someone (?:who )?helped me|our (?:agency|firm|team|company|legal partners|partners)|barrister|(?:certified|licensed|professional|ethical|expert) (?:experts?|team|hackers?|investigators?|agents?|analysts?|firm|specialists?)|specialists?|hacker for hire|(?:a|the) (?:guy|lady|woman|man|team|group) (?:who|that) (?:traces|recovers|got|retrieves)|(?:a )?group of lawyers|interpol|(?:federal|international|united nations|national|global)\b[^.\n]{0,40}?\b(?:office|bureau|fund|commission|division|unit|agency|department|scheme)|victim (?:restitution|relief|compensation) (?:scheme|fund|programme|program)|ex-employee|agent [a-z]{2,15} from|recovery (?:hub|pro|global|solutions?|masters?)|(?:asset|crypto|fund|funds|wallet|bitcoin|btc|scam) recovery|i can hack|we (?:can |will )?(?:restore|recover|retrieve|reclaim|trace|get back)|(?:talk to|contact|message) [a-z]{3,20} on (?:telegram|whatsapp|instagram|ig|signal)|seizure operation)\b/,
    description:
      'Building block: who does the recovering (a hacker, lawyer, forensic firm, "asset recovery department", "agent Morris").',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'BlockTrace Forensics',
        'Phoenix Asset Retrievers',
        'agent morris from the international cyber police',
        'a recovery hacker named marcus',
      ],
      miss: ['the hospital recovery room', 'my travel agent booked it'],
    },
  },
  {
    id: '__RC_CUE',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:contact(?:ed)?|reach (?:out to )?(?:them|him|her|us)|reached out to|talk to|speak (?:to|with)|message (?:them|him|her|us)|dm (?:them|him|her|us|for|now|me)|inbox (?:them|him|her|us|me)|email (?:them|him|her|us)|whatsapp|telegram|signal|(?:hes|he'?s|she'?s|they'?re) on (?:telegram|whatsapp|instagram|ig|signal)|free (?:case|consultation)|results guaranteed|guaranteed results|book a (?:call|consultation)|reply (?:yes|to this)|(?:pay|settle|deposit|send)\b[^.?!\n]{0,40}?\b(?:fee|charge|tax|bond|key|bypass|access|synchroni[sz]ation|liquidity|deposit|usdt|btc|eth|[$€£]\s?\d|(?<![\d,.])\d[\d,.]{0,12}\s?(?:k\b|usd|dollars))|(?:fee|charge|tax|bond|key|bypass|deposit)\b[^.?!\n]{0,40}?\bbefore (?:the )?(?:release|transfer|transferring|releasing|withdraw)|we (?:can |will )?(?:help|trace|freeze|recover|retrieve|reclaim|track)|our (?:team|experts|firm|agency|specialists|investigators|agents|lawyers|attorneys)|thank (?:god )?(?:for|you)|thank u|god bless|shout ?out to|grateful to|recommend|levy|retainer|upfront|filing fee|administrat(?:ive|ion) (?:fee|charge|cost)|top up|deposit an? |as proof|pay only after|reply (?:if|within)|inbox me|(?:dm|email|text|message|whatsapp) (?:me|him|her)|check (?:out|them out)|connect you|open a case|join by paying|free consultation|success rate|confirm (?:your|the) (?:identity|wallet|address|details)|verify (?:your|the) wallet|connect(?:ing)? (?:it|your wallet))\b|@[a-z0-9_.]{3,}|\b[a-z0-9._-]{3,40}(?:@|a)(?:gmail|yahoo|outlook|hotmail|proton(?:mail)?|aol)\.com\b/,
    description:
      'Building block: what makes it a lure: a contact to reach, a fee to release the money, a first-person offer, or thanks and a recommendation.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'hes on telegram',
        'they need 3k more for the final unlocking key? pay 3k for the key',
        'we help victims',
        'shout out to hack recovery guru',
      ],
      miss: ['i went to the bank', 'thanks anyway'],
    },
  },
  {
    id: '__RC_CLAIM',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:your|the) (?:previous |earlier )?(?:claim|case|complaint|case file|file|share|report)\b|\byour (?:recovery|refund|restitution|reimbursement|compensation)\b/,
    description: 'Building block: "your claim", "your previous complaint", "your share", "your recovery".',
    reason: 'reason_recovery_offer',
    examples: { hit: ['linked to your previous complaint'], miss: ['the cake'] },
  },
  {
    id: '__RC_SEEKER',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:has anyone|have any of you|does anyone|do you guys|anyone know|are there any|is there any(?:one| way)?|what (?:can|should|do) (?:i|we) do|how (?:can|do) (?:i|we) (?:get|recover)|any (?:advice|suggestions|help)|please help|help me)\b[^.!\n]{0,80}\?|\b(?:has anyone|does anyone|are there any) (?:heard|used|tried|know|recommend|lawyers|companies|firms)\b/,
    description:
      'Building block: the victim asking for help ("Are there any lawyers that specialise in recovering funds?"), not someone offering it.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'Are there any lawyers or companies that specialize in recovering funds from crypto scams.',
        'what can we do?',
      ],
      miss: ['contact him, he helped me'],
    },
  },
  {
    id: '__RC_WARNING',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:(?:is|are|was|were|it'?s|its) (?:(?:also|just|probably|definitely|always|another|a|all) )*(?:a )?(?:scam(?:mer)?s?|fraud(?:ster)?s?|fake|lies)(?:[.!?,]|$)|recovery (?:scams?|fraud|scammers)|report and block|block (?:them|him|her)|according to (?:the )?(?:police|regulators?|authorities|officials|prosecutors|court|investigators)|told (?:the )?victims|posed as|beware|be (?:careful|wary|cautious)|never (?:pay|send|trust)|(?:don'?t|do not|dont) (?:pay|send|trust|fall for|give)|no (?:legitimate|legit|real|genuine)\b|(?:legitimate|legit|real|genuine) (?:agencies|firms|lawyers|companies|recovery (?:firms|services|companies)) (?:never|don'?t|do not|will not|won'?t)|red flags?|warn(?:s|ed|ing)?|report (?:it|them|this) to|scammers (?:will|may|often|might|then|pose|posing|also)|(?:they|he|she|it) (?:was|turned out to be|is) (?:a |another |also a )?(?:scam(?:mer)?|fraud(?:ster)?|fake)|second (?:scam|time)|scammed (?:again|twice)|got scammed by (?:a |the )?(?:recovery|hacker|lawyer)|(?:police|fbi|ftc|regulators?|authorities|prosecutors|lawyers|attorneys|court|officials) (?:said|say|says|warned|arrested|charged)|court[- ]appointed|receivership|liquidators?|bankruptcy trustee|claims administrator|(?:does not|doesn'?t|didn'?t|did not) exist|contacted by (?:a |an )?(?:fake|so-called|bogus)|so-called|claiming to (?:be|offer)|hung up|(?:do not|don'?t|dont) respond|warning list|ignore (?:it|them|these|such)|stay away from|scammers? (?:are )?(?:targeting|target|preying on))\b/,
    description:
      'Building block: the warning register ("beware", "never pay", "recovery scams", "it was another scam", "police said"): talk about recovery scams, not one.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'beware of recovery hackers',
        'he turned out to be a scammer too',
        'no legitimate agency charges a fee',
        'the fbi warned',
        'Anyone commenting "contact this hacker" is a scammer. Report and block them.',
        'the bureau does not exist, according to regulators',
        'My sister was contacted by a fake "international compensation commission" after losing money to a romance scam. We checked, it doesn\'t exist.',
      ],
      miss: ['he recovered my funds, contact him on telegram'],
    },
  },
  {
    id: 'RECOVERY_LURE_CONCEPTS',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    meta: {
      all: ['__RC_RECOVER', '__RC_LOSS', '__RC_CUE'],
      any: ['__RC_AGENT', '__RECOVERY_PAID_BACK', '__RC_FEE', '__RECOVERY_REFER'],
      none: ['__LEGIT_RECOVERY_CHANNEL', '__RC_WARNING', '__RC_SEEKER', '__RECOVERY_REPORTED'],
    },
    description:
      'A recovery lure in any words: money lost to a scam, someone (a hacker, a lawyer, a forensic firm, an "asset recovery department") who gets it back, and a contact, a fee to release it, or thanks and a recommendation; not when the text warns about such offers or names real help (a bank, the police).',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'Lost funds to a bogus investment site? BlockTrace Forensics reclaims stolen digital assets. Free case review.',
        'I had given up after a Telegram investment group drained my savings. Then I reached out to Phoenix Asset Retrievers and within days they had my $51,000 back.',
        'shout out to Hack Recovery Guru for helping me get my 1.7 btc back from a fake mining site, hes on telegram',
        'I thought recovery was impossible until i met Maria Dolan, a crypto retrieval specialist, she brought back my 7 BTC after the scam. mariadolan.hacks@yahoo.com',
      ],
      miss: [
        'Beware of recovery hackers: after I lost 20k to a fake exchange, one contacted me on Telegram and wanted a fee. It was another scam.',
        'My bank recovered the money I lost to the fake shop, contact them first',
        'The hospital recovery team was great, thank you Dr. Lee, my fake tooth is fine',
        'Lawyers for victims of the ponzi scheme said the court-appointed receiver has recovered $40m and will contact claimants',
        'A family member got scammed by a fake exchange; support said he must send more money to unlock his funds. Has anyone heard of this? Are there any lawyers or companies that specialize in recovering funds from crypto scams.',
        'My grandma got a call from someone saying they were a "fund recovery unit" for scam victims; she hung up and called me instead.',
        'Got a DM today: "we can recover your lost crypto, 100% guaranteed". Lol, scammers targeting scam victims now.',
      ],
    },
  },
  {
    id: '__RC_FEE',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:pay|settle|deposit|send|needs?|requires?|required|buy)\b[^.?!\n]{0,50}?\b(?:fees?|charges?|tax|bond|(?:unlock(?:ing)?|decryption|release) key|bypass|synchroni[sz]ation|liquidity|deposit|duty|insurance|server access)\b|\b(?:fees?|charges?|tax|bond|deposit)\b[^.?!\n]{0,40}?\bbefore (?:the |we can |they can |it can )?(?:release|transfer|releasing|withdraw|send)|\b(?:gas|sync|synchroni[sz]ation|release|processing|administrative|clearance|transfer|upgrade|decryption) (?:fee|levy|charge)s?\b|\blevy\b|\b(?:the )?(?:final|last) step is\b|\b\d{1,2}\s?% upfront\b|\bhalf (?:payment )?upfront\b|\bfor the decryption\b|\bverify (?:your|the) wallet\b|\bconnect(?:ing)? (?:it|your wallet) to\b/,
    description:
      'Building block: a fee, tax, levy, bond or deposit to pay before money is released, or a wallet to verify or connect (a drainer).',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'kindly pay the wallet synchronization fee',
        'a release bond of 6,000 usdt before transferring',
        'requires a compliance deposit',
      ],
      miss: ['no fee is charged', 'i paid the rent'],
    },
  },
  {
    id: 'RECOVERY_RELEASE_FEE_CONCEPTS',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    meta: {
      all: ['__RC_RECOVER', '__RC_FEE'],
      any: ['__RC_LOSS', '__RC_AGENT', '__RC_CLAIM'],
      none: ['__LEGIT_RECOVERY_CHANNEL', '__RC_WARNING'],
    },
    description:
      'Money that was "recovered", traced or approved as compensation for a scam loss or a claim, released only after a fee, tax, bond or deposit: the recovery scam\'s extraction, in any words.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'Urgent notification: Funds totalling 29,650 USDT linked to your previous complaint have been recovered by our team. Kindly pay the wallet synchronization fee.',
        'the recovery company said they traced 90% of my funds but the exchange wants a "release bond" of 6,000 usdt before transferring',
        'Your recovery is 90% complete. The final step is a gas fee of 0.8 ETH to sync the recovered wallet with your address.',
      ],
      miss: [
        'Your refund has been processed; you do not need to pay anything',
        'Beware: a fake recovery firm said they recovered my funds and wanted a release fee. Never pay.',
        'The bank recovered the funds from the fraudster; there is no fee to pay',
        'Your refund has been processed; a restocking fee of $5 was deducted.',
        'The data recovery is complete; the final step is to copy the files back.',
      ],
    },
  },
  {
    id: '__RECOVERY_WE_OFFER',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    meta: {
      all: ['__RECOVERY_FIRST_PERSON'],
      any: ['RECOVERY_SERVICE', 'RECOVERY_AGENT_CLAIM', 'RECOVERY_OFFER', 'RECOVERY_FEE'],
      none: ['__LEGIT_RECOVERY_CHANNEL', '__RECOVERY_REPORTED'],
    },
    description:
      'Building block: a recovery offer the writer makes in the first person to scam victims. The advert has to name the scam, so in a short message no talk-about-scams dampener silences it (__SHILL_OVERRIDE_SHORT); a victim quoting it ("they said…") and real help (a bank, the police) are not it.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'Were you a victim of a crypto investment scam? Our certified fund recovery specialists can trace and reclaim your lost assets. No recovery, no fee.',
        'We recovered over $12 million for scam victims this year. Talk to our recovery experts now.',
        'I can help you get your money back from the scammers. I work with a recovery team, it costs a small fee upfront.',
      ],
      miss: [
        'I was scammed, then a guy said our team can recover your funds for a fee. Beware!',
        'If you were scammed, our fraud team at the bank can help you recover your money: call the number on your card',
        'the police recovered the money for the victims of the scam',
      ],
    },
  },
  {
    id: '__DAMPENER_OVERRIDE',
    family: 'recovery',
    stage: 'payment',
    languages: ['any'],
    meta: {
      any: [
        '__PROMO_HANDLE',
        '__RECOVERY_FEE_OFFER',
        'RECOVERY_SERVICE',
        'RECOVERY_VICTIM_CALL',
        'RECOVERY_SHILL_HANDOFF',
        'RECOVERY_COMPENSATION_CLAIM',
        'RECOVERY_FEE_ZH',
        'RECOVERY_CREDITED',
        'PHISHING_CALLBACK_CHARGE',
        '__RECOVERY_FEE_PACK',
        '__RECOVERY_CONTACT_PACK',
        'RECOVERY_TRACED_FEE_ANY',
        '__ZH_WE_RECOVER',
        'ROMANCE_SINCERITY_INVEST_ZH',
      ],
      none: ['__RECOVERY_REPORTED'],
    },
    description:
      'Building block: lures that narrate or name the scam as a matter of script, so one talk-about-scams dampener does not silence them: a testimonial for a handle that advertises trading ("I was introduced to @…", "I thought it was fake…"), a recovery offer with a fee for funds "we have traced". Not when the writer reports what someone else said (__RECOVERY_REPORTED): a victim quoting the offer is talking about it.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'i thought it was a scam until @anna_fx_trades doubled my money',
        'We are a licensed recovery firm. We retrieve cryptocurrency lost to online fraud.',
        '我们可以帮你追回被骗的资金，先付一笔手续费',
      ],
      miss: [
        'this is a scam, block him',
        'fake law firms claim they have traced the stolen funds and ask for a fee',
        'Got a DM today: "we can recover your lost crypto, 100% guaranteed". Scammers targeting scam victims now.',
      ],
    },
  },
];
