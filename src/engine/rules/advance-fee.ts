import type { Rule } from '../types.ts';

/** Advance fee: inheritances, big transfers, fake cheques, all needing a fee first. */
export const ADVANCE_FEE_RULES: readonly Rule[] = [
  {
    id: '__MIRACLE_WORKER',
    family: 'advance_fee',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:spell ?casters?|love spells?|spiritual (?:father|mother|healer|doctor|man|woman|methods?|powers?|temple)|herbalists?|herbal (?:remed(?:y|ies)|medicine|cure|doctor|healer|treatment)|native doctor|traditional healer|witch ?doctor)\b|(?:^|[^a-z0-9_])@_{0,3}(?:doctor|herbalist|priest|prophet|spiritual|spell|native)[a-z0-9_.]{0,30}|(?:^|[^a-z0-9_])@_{0,3}dr[_.][a-z0-9_.]{2,30}/,
    description:
      'Building block: a "spell caster", "spiritual father", herbalist or native doctor, or an account named like one ("@doctor_…", "@herbalist_…").',
    reason: 'reason_spell_caster',
    examples: {
      hit: ['a powerful spiritual healer', 'his herbal remedy', 'contact @doctor_ameko'],
      miss: ['my family doctor', 'herbal tea', 'my spiritual journey', 'lol @drivby'],
    },
  },
  {
    id: '__MIRACLE_RESULT',
    family: 'advance_fee',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:brought|bring|bringing) (?:him|her) back to me\b|\b(?:brought|bring|bringing|get|got|getting|won|win) (?:my|your|her|his|our) (?:ex|ex[- ]?(?:husband|wife|boyfriend|girlfriend|lover|partner)|husband|wife|lover|partner|boyfriend|girlfriend|man|woman|marriage|relationship) back\b|\b(?:get|got|getting|came|come) back together with (?:my|your|her|his) ex\b|\brestor(?:e|ed|ing) (?:my|your|our|her|his) (?:marriage|relationship|love life)\b|\b(?:cured|healed|cures?|curing) (?:me|my|him|her|his|your)\b[^.?!\n]{0,30}\b(?:herpes|hiv|hpv|hsv ?[12]?|genital warts)\b|\b(?:get|got|getting) rid of (?:my|your|his|her) (?:herpes|hiv|hpv|hsv ?[12]?|genital warts)\b|\bi (?:was|got|am|have been) (?:completely |totally |permanently )?(?:cured|healed)\b[^.?!\n]{0,40}\b(?:herpes|hiv|hpv|hsv)\b|\b(?:my|his|her) (?:herpes|hiv|hpv|hsv ?[12]?)\b[^.?!\n]{0,40}\b(?:cured|healed|gone for good)\b/,
    description:
      'Building block: the miracle a spell caster or herbalist is credited with: a partner brought back, a marriage restored, herpes or HIV cured.',
    reason: 'reason_spell_caster',
    examples: {
      hit: [
        'she brought my husband back within a week',
        'i finally got rid of my hsv 2',
        'she restored my marriage',
      ],
      miss: [
        'i got my jacket back',
        'herpes is common',
        'a healer who claimed to cure hiv',
        'hiv cannot be cured yet',
      ],
    },
  },
  {
    id: '__MIRACLE_CLAIM',
    family: 'advance_fee',
    stage: 'related',
    languages: ['en'],
    meta: { all: ['__MIRACLE_WORKER', '__MIRACLE_RESULT'] },
    description: 'Building block: a spell caster, herbalist or native doctor credited with a miracle.',
    reason: 'reason_spell_caster',
    examples: {
      hit: ['the spell caster brought my partner back'],
      miss: ['my doctor helped me get my strength back'],
    },
  },
  {
    id: 'ADVANCE_FEE_SPELL_CASTER',
    family: 'advance_fee',
    stage: 'related',
    languages: ['en'],
    meta: {
      all: ['__MIRACLE_CLAIM'],
      any: ['__IND_HANDLE', '__CALL_TO_ACTION', '__IND_PHONE', '__IND_EMAIL', '__IND_MESSENGER', '__IND_URL'],
    },
    description:
      'The spell-caster testimonial of comment sections: a "spiritual father", herbalist or native doctor brought a partner back or cured herpes, with the account or number to contact. The rituals and remedies are paid for up front and never end.',
    reason: 'reason_spell_caster',
    examples: {
      hit: [
        'my husband left me for two years until the spell caster brought him back to me, write to @priestess_ola_temple',
        'i was healed of my hsv 2 with a herbal remedy in two weeks, contact him on whatsapp +2348012345678',
        'my spiritual father got my ex back within 3 days, message him @doctor_ameko',
      ],
      miss: [
        'my doctor got rid of my back pain, contact her clinic',
        'herbal tea does not cure herpes, ask your doctor',
        'the marriage counsellor helped us restore our marriage, you can contact her',
        'there is still no cure for hiv, researchers say',
      ],
    },
  },
  {
    id: '__SPELL_SHILL',
    family: 'advance_fee',
    stage: 'related',
    languages: ['en'],
    meta: { all: ['ADVANCE_FEE_SPELL_CASTER', '__PRAISE'] },
    description:
      "Building block: the spell-caster testimonial with thanks or praise for the caster. It always tells a heartbreak story first, so talk-about-scams dampeners do not silence it (__SHILL_OVERRIDE); a victim's post about a spell caster does not thank them.",
    reason: 'reason_spell_caster',
    examples: {
      hit: [
        'the spell caster assured me it would work and brought my wife back, thank you @priest_ola_temple',
      ],
      miss: [
        'I paid a spell caster who promised to bring my ex back. I contacted him on @dr_love_temple and he kept asking for more money. It is a scam, beware.',
      ],
    },
  },
  {
    id: 'ADVANCE_FEE_INHERITANCE',
    family: 'advance_fee',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:next of kin|unclaimed (?:funds?|inheritance|estate|deposit)|deceased (?:client|customer|investor)|inheritance (?:fund|claim|transfer)|(?:transfer|claim|release|receive)\b[^.?!\n]{0,40}\b(?:sum|fund|funds|amount) of (?:us)?\$?\s?\d[\d,.]{0,12}\s?(?:million|m\b|usd|dollars)|\d{1,3}(?:\.\d{1,2})? million (?:us )?(?:dollars|usd|euros|pounds)\b[^.?!\n]{0,60}\b(?:transfer|beneficiary|share|claim)|\b(?:dear|attention:?|attn:?) (?:fund )?beneficiary\b|\b(?:fund|sum|payment|inheritance|compensation|grant)s? of (?:us)?\$?\s?\d[\d,.]{0,12}\s?(?:million|m\b|usd|dollars)?[^.?!\n]{0,40}?\b(?:approved|released|awarded|allocated|registered) (?:in|to|for|under) your (?:name|favou?r)\b|\b(?:trustworthy|reliable|honest|trusted|sincere) (?:foreign |overseas |business )?partner\b[^\n]{0,60}\b(?:move|transfer|receive|claim|secure)\b[^\n]{0,40}\b(?:million|funds?|consignment|inheritance)\b|\b(?:look(?:ing)? for|need|seek(?:ing)?)\b[^\n]{0,20}\b(?:someone|somebody|a person)\b[^\n]{0,50}\b(?:trustworthy|trust|sincere|honest)\b[^\n]{0,80}\b(?:finance|funds?|property|inheritance|assets?|wealth|fortune|savings)\b|\b(?:move|send|transfer|hand over|leave)\b (?:my|the) (?:finance|funds?|property|inheritance|assets?|wealth|fortune)\b[^\n]{0,80}\b(?:someone|somebody|a person)\b[^\n]{0,30}\b(?:trust|trustworthy|sincere|honest)\b|\bhelp (?:me |us )?(?:move|transfer|secure|claim|receive)\b[^.?!\n]{0,20}?(?:\b\d{1,3}(?:[.,]\d{1,2})? million (?:us )?(?:dollars|usd|euros|pounds)\b|[$€£]\s?\d{1,3}(?:[.,]\d{1,2})? ?(?:million|m)\b)[^\n]{0,40}?\b(?:out of (?:the|this|my) country|abroad|overseas|into your (?:bank )?account|to your (?:bank )?account|foreign account|for safe ?keeping)|\b(?:selected|chosen|approved|nominated|shortlisted)\b[^.?!\n]{0,30}\b(?:compensation|grant|donation|relief|winnings|fund|payment)\b[^.?!\n]{0,20}\bof (?:us)?\$?\s?\d{1,3}(?:[,.]\d{3}){1,3}\b[^\n]{0,150}?\b(?:send|provide|forward|reply with)\b[^.?!\n]{0,15}\b(?:your|the following)\b[^.?!\n]{0,10}\b(?:full )?(?:names?|home address|address|details|id|passport|bank details|phone number)\b)/,
    description: 'An inheritance, unclaimed fund or large transfer offered to a stranger.',
    reason: 'reason_advance_fee',
    examples: {
      hit: [
        'I am a retired banker looking for someone honest I can trust to receive my savings abroad',
        'I am a widow in Brunei looking for someone honest and trustworthy to receive my inheritance funds, WA me',
        'I plan to move my fortune abroad and I need a person I can trust to keep it, text me',
        'you are the next of kin of my deceased client',
        'help me transfer the sum of $10.5 million',
        'Dear beneficiary, a fund of $2.8 million has been approved in your name',
        'I seek a reliable foreign partner to receive 7.5 million dollars left by a late customer of our bank',
        'You were selected for a relief payment of $450,000 from the World Bank. Reply with your full name and home address',
      ],
      miss: [
        'looking for someone trustworthy to water my plants while I travel',
        'I need a person I can trust to look after the kids on Friday',
        'the house cost 1.2 million dollars',
        'we need a reliable partner for the school fundraiser',
        'help me move 2 million rows into the new database',
        'We are looking for a reliable partner to distribute our products in Kenya; our turnover is 3 million dollars',
        'Could you help me move 3 million dollars of inventory before the audit? just kidding, it is boxes of pens',
        'She was selected for a grant of $25,000 and the lab is hiring',
        'my closest relative is my sister',
        'the beneficiary of the trust is her son',
        'a grant of $5,000 was approved for the school garden',
      ],
    },
  },
  {
    id: 'ADVANCE_FEE_FEE',
    family: 'advance_fee',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:processing|clearance|release|transfer|delivery|shipping|customs|courier|handling|registration|activation|insurance|redelivery) (?:fee|charge|cost)s?\b[^\n]{0,60}\b(?:pay|send|before|required|click|via)|\b(?:pay|send)\b[^\n]{0,30}\b(?:processing|clearance|release|customs|courier|handling|registration|activation|redelivery) (?:fee|charge)s?\b/,
    description: 'A processing, customs, courier or release fee to be paid first.',
    reason: 'reason_advance_fee',
    examples: {
      hit: [
        'pay the clearance fee so the courier can release your parcel',
        'a customs fee of $2.99 is required, click here',
      ],
      miss: ['the shipping cost was high', 'free delivery on orders over $50'],
    },
  },
  {
    id: 'ADVANCE_FEE_CHECK',
    family: 'advance_fee',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\bdeposit the (?:check|cheque)\b[^.?!\n]{0,40}\b(?:mobile|app|electronically|online)|\bsend you a (?:check|cheque)\b[^.?!\n]{0,60}\b(?:equipment|deposit|mobile)|\b(?:office )?equipment\b[^.?!\n]{0,60}\b(?:check|cheque|vendor|reimburs)|\bpaying for your (?:office )?equipment\b|\b(?:check|cheque) for (?:your |the )?(?:office |work )?equipment\b/,
    description: 'The fake-cheque job script: deposit our cheque, then pay our "equipment vendor".',
    reason: 'reason_advance_fee',
    examples: {
      hit: [
        'we will mail you a cheque for your work equipment',
        'deposit the check through your banking app today',
      ],
      miss: ['check the equipment list', 'I deposited my pay cheque'],
    },
  },
  // Meta rules may only name rules defined before them: this one names recovery and spell-caster
  // shills, so it sits after both files' rules.
  {
    id: '__SHILL_OVERRIDE',
    family: 'advance_fee',
    stage: 'related',
    languages: ['en'],
    meta: {
      any: [
        'RECOVERY_SHILL',
        'RECOVERY_SHILL_HANDOFF',
        'RECOVERY_SITE',
        'RECOVERY_DM_REFER',
        '__SPELL_SHILL',
        '__SHILL_TESTIMONY',
      ],
    },
    description:
      "Building block: lures that tell a scam story as part of their script, so that talk-about-scams dampeners do not silence them even in a long post (the recovery-agent shill, the one who points to a recovery website, the spell caster's thankful client, and the trader's testimonial that opens with fear of fake platforms and closes with 'kindly inbox her').",
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'i was scammed too, beware. a recovery expert helped me, he recovered my lost funds. contact him',
      ],
      miss: ['i was scammed too, beware of recovery experts'],
    },
  },
  {
    id: '__SHILL_OVERRIDE_SHORT',
    family: 'recovery',
    stage: 'related',
    languages: ['en'],
    meta: {
      any: [
        'RECOVERY_CREDITED',
        '__RECOVERY_WE_OFFER',
        'RECOVERY_LURE_CONCEPTS',
        'RECOVERY_RELEASE_FEE_CONCEPTS',
      ],
    },
    description:
      'Building block: a recovery credited to a handle ("I was scammed too, but @… got it all back"), or offered to scam victims in the first person ("our specialists can trace your lost assets"). In a short comment no talk-about-scams dampener silences it; in a long post (a warning that names such offers) the dampeners still apply.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'I was scammed too, but @trace.desk.pro helped me recover all my usdt in a week',
        'lost 40k to a fake exchange, scammed again by a fake lawyer, until @trace.desk.pro helped me recover it',
        'Scammed by a fake broker? Our licensed investigators can trace and recover your stolen funds',
      ],
      miss: [
        'I was scammed too and nobody helped me recover anything',
        'I was scammed too; then someone said we can recover your crypto for a fee, so beware',
      ],
    },
  },
];
