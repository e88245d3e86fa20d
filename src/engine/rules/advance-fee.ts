import type { Rule } from '../types.ts';

/** Advance fee: inheritances, big transfers, fake cheques, all needing a fee first. */
export const ADVANCE_FEE_RULES: readonly Rule[] = [
  {
    id: 'ADVANCE_FEE_INHERITANCE',
    family: 'advance_fee',
    stage: 'related',
    languages: ['en'],
    pattern:
      /\b(?:next of kin|unclaimed (?:funds?|inheritance|estate|deposit)|deceased (?:client|customer|investor)|inheritance (?:fund|claim|transfer)|(?:transfer|claim|release|receive)\b[^.?!\n]{0,40}\b(?:sum|fund|funds|amount) of (?:us)?\$?\s?\d[\d,.]{0,12}\s?(?:million|m\b|usd|dollars)|\d{1,3}(?:\.\d{1,2})? million (?:us )?(?:dollars|usd|euros|pounds)\b[^.?!\n]{0,60}\b(?:transfer|beneficiary|share|claim))/,
    description: 'An inheritance, unclaimed fund or large transfer offered to a stranger.',
    reason: 'reason_advance_fee',
    examples: {
      hit: ['you are the next of kin of my deceased client', 'help me transfer the sum of $10.5 million'],
      miss: ['the house cost 1.2 million dollars', 'my closest relative is my sister'],
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
];
