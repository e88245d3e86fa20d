import type { Rule } from '../types.ts';

/** Recovery scams: "we get your lost crypto back" — the second bite at a victim. */
export const RECOVERY_RULES: readonly Rule[] = [
  {
    id: 'RECOVERY_OFFER',
    family: 'recovery',
    stage: 'payment',
    languages: ['en'],
    pattern:
      /\b(?:recover(?:y|ed|ing)?|retriev(?:e|ed|al|ing)|get(?:ting)? back|reclaim(?:ed|ing)?|refund(?:ed)?)\b[^.?!\n]{0,40}\b(?:lost|stolen|scammed|hacked)\s(?:funds?|money|crypto|bitcoins?|btc|wallets?|accounts?|investments?|assets?|usdt)\b|\b(?:hacker|hackers|recovery (?:expert|agent|specialist|service|team|company|firm))\b[^.?!\n]{0,60}\b(?:helped|help|recover|contact|reach|get back|legit|genuine)\b|\b(?:helped|help) (?:me|you) (?:recover|get back|retrieve)\b/,
    description: 'Offers or praises a "hacker", agency or expert who recovers lost money or crypto.',
    reason: 'reason_recovery_offer',
    examples: {
      hit: [
        'he helped me recover my lost bitcoin, contact him',
        'a genuine recovery expert got back my stolen funds',
      ],
      miss: ['I recovered from the flu', 'we got back home late'],
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
];
