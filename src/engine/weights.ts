import { PACK_RULE_WEIGHTS } from './rules/packs/weights.ts';
import type { Family, Sensitivity } from './types.ts';

/**
 * Weights and caps, kept apart from the patterns (rules say WHAT matched; this file says how much
 * it counts). Tuned on the development corpus with the eval CLI (`npm run eval`), see STATISTICS.md.
 */

/** Default weight of a rule of each family when it has no entry in RULE_WEIGHTS. */
export const FAMILY_DEFAULT_WEIGHT: Record<Family, number> = {
  opener: 1.5,
  romance: 1.5,
  platform_move: 2,
  investment: 2.5,
  payment: 3,
  task: 2.5,
  recovery: 3,
  impersonation: 2.5,
  advance_fee: 3,
  prize: 3,
  phishing: 3,
  loan: 3,
};

/** Per-family cap: however many rules of one family fire, the family adds at most this much. One
 * family alone can reach "caution" but never "danger" at standard sensitivity. */
export const FAMILY_CAPS: Record<Family, number> = {
  opener: 3,
  romance: 3.5,
  platform_move: 3.5,
  investment: 5,
  payment: 5,
  task: 5,
  recovery: 5,
  impersonation: 5,
  advance_fee: 5,
  prize: 5,
  phishing: 5,
  loan: 5,
};

/** Explicit weights for rules whose strength differs from their family default. Rules not listed
 * use FAMILY_DEFAULT_WEIGHT. Building blocks (`__` ids) are never scored. */
export const RULE_WEIGHTS: Record<string, number> = {
  // signals from indicators
  PAYMENT_WALLET_ADDRESS: 2.5,
  PHISHING_LOOKALIKE_DOMAIN: 4,
  PLATFORM_MESSENGER_LINK: 2,
  PHISHING_SUSPICIOUS_LINK: 1,
  // strong, specific pitches
  INVEST_PROFIT_STORY: 3.5,
  INVEST_PROFIT_STORY_ZH: 3.5,
  INVEST_EARNED_WITH: 3.5,
  INVEST_PROMOTER_HANDLE: 3.5,
  INVEST_PROMOTER_NAMED: 3.5,
  INVEST_PROMOTER_CONTACT: 3,
  INVEST_PERCENT_PERIOD: 3,
  INVEST_PERCENT_PERIOD_ANY: 3,
  INVEST_MONEY_PER_PERIOD: 3,
  INVEST_GIVEAWAY: 3,
  INVEST_TESTIMONIAL: 2,
  INVEST_TESTIMONY_CONTACT: 2,
  INVEST_TESTIMONY_HANDLE: 2,
  RECOVERY_DM: 3,
  INVEST_USDT: 1,
  INVEST_SMALL_START: 2,
  // Alone below caution (friends talk about rent and savings the same way); with investment
  // words around it, the scripted show of restraint before the pitch.
  INVEST_TALK_DOWN: 2,
  INVEST_TALK_DOWN_PLATFORM: 3,
  INVEST_ONRAMP: 2,
  INVEST_TOKEN_SHILL: 2,
  INVEST_SHILL_LINK: 1,
  INVEST_TESTIMONY_CREDITED: 3,
  INVEST_TESTIMONY_TITLED: 3,
  INVEST_TESTIMONY_GUIDED: 3,
  INVEST_EARNED_CREDITED: 2.5,
  // the script's own steps, each specific alone (2 Dec probes written from the reporting)
  INVEST_SIGNAL_ACCURACY: 2.5,
  INVEST_SECOND_CONTRACT: 2.5,
  // weak alone (stop 13): the pitch arriving in a stranger's conversation; the thread decides
  INVEST_TRADING_TUTOR: 1.5,
  INVEST_RELATIVE_TRADING_ANY: 1.5,
  INVEST_NOT_YOUR_MONEY: 1.5,
  PAYMENT_DEPOSIT_BONUS_ZH: 2,
  INVEST_MT_SERVER: 2.5,
  INVEST_WALLET_DAPP: 2.5,
  // a first-hand quick profit, copying someone's trades (a feature of real apps too) or the link
  // to "the exchange" is talk a crypto fan shares too: below caution alone, each tips a message
  // that has another sign
  INVEST_PROFIT_DAYS: 2,
  INVEST_COPY_TRADES: 2,
  INVEST_PLATFORM_LINK: 1.5,
  INVEST_SEARCH_NAME: 1.5,
  // a friend may ask for the bus fare to visit; with the backstory or a fee it warns
  PAYMENT_MONEY_TO_MEET: 2,
  PLATFORM_NUMBER_APP: 2,
  // supporting signs of the pitch and the deposit stage, each below caution alone: a colleague
  // may say "prepare the funds for the order", a bank runs deposit bonuses, a fan passes on an
  // analyst's view or a coin's listing, an investor tells how a balance grew
  PAYMENT_PREPARE_FUNDS: 2,
  PAYMENT_FREEZE_THREAT: 2.5,
  PAYMENT_DEPOSIT_BONUS: 2,
  INVEST_TEACHER_SAYS: 2,
  INVEST_STARTED_NOW: 2,
  INVEST_LISTING_PITCH: 2,
  // openers and rapport are weak alone; the thread gives them away
  OPENER_WRONG_NUMBER: 2,
  OPENER_CONTACT_SAVED: 1.5,
  ROMANCE_SINCERITY: 2.5,
  ROMANCE_FUTURE_INVEST: 2.5,
  OPENER_WRONG_NUMBER_CHAT: 1,
  OPENER_MISTAKE_CHAT: 2.5,
  OPENER_LONG_TIME_NO_SEE: 2,
  PLATFORM_STRANGER_MOVE: 1,
  PAYMENT_LOAN_PROMISE: 1,
  PAYMENT_PRESSURE: 1.5,
  PLATFORM_MOVE_REQUEST: 2,
  PLATFORM_APP_CONTACT: 2.5,
  // an @handle with an 'inbox me' sign is the whole comment: as strong as an app contact
  PLATFORM_HANDLE_DM_SIGN: 2.5,
  PLATFORM_LEAVE_APP: 1.5,
  // payment
  PAYMENT_LOAN_REQUEST: 2,
  PAYMENT_PAY_BACK: 1.5,
  PAYMENT_URGENCY: 1.5,
  PAYMENT_UPGRADE: 3.5,
  PAYMENT_WITHDRAWAL_FEE: 3.5,
  PAYMENT_WITHDRAWAL_FEE_ANY: 3.5,
  PAYMENT_SECRECY: 3,
  PAYMENT_WITHDRAWAL_BLOCKED_FEE: 3.5,
  PAYMENT_ACCOUNT_FLAGGED: 3,
  PAYMENT_MARGIN_CALL: 2.5,
  PAYMENT_MATCHED_FUNDS: 3,
  INVEST_PROFIT_TODAY: 2.5,
  INVEST_SAFE_PLATFORM: 2,
  INVEST_NO_LOSS: 2.5,
  INVEST_INVITE_CODE_ANY: 3,
  // the signal-group teacher's daily call: weak alone, it counts in a thread that had the pitch
  INVEST_SIGNAL_CALL: 1.5,
  // the mentor's 'big data' method: a script phrase, but weak alone (an app may use AI too)
  INVEST_SECRET_METHOD: 1.5,
  // related fraud
  IMPERSONATION_SUPPORT: 1.5,
  // a new number alone is what friends send too; with a money ask it is the "Hi Mum" script
  IMPERSONATION_NEW_NUMBER: 1.5,
  IMPERSONATION_NEW_NUMBER_ASK: 3,
  IMPERSONATION_SAFE_ACCOUNT: 3.5,
  IMPERSONATION_SAFE_ACCOUNT_ANY: 3.5,
  PHISHING_DISCONNECT: 2.5,
  IMPERSONATION_AUTHORITY_ZH: 3.5,
  IMPERSONATION_SCRIPT_ZH: 3,
  IMPERSONATION_RELATIVE_MONEY_ZH: 3.5,
  PHISHING_ACCOUNT_THREAT: 3.5,
  PHISHING_PRETEXT_LINK: 3,
  PHISHING_ACCOUNT_LINK: 2.5,
  TASK_JOB_OFFER: 2,
  TASK_MULTILINGUAL_JOB: 3,
  TASK_JOB_INVITE_ANY: 1.5,
  TASK_BIG_EMPLOYER_ANY: 2.5,
  TASK_COMPANY_REACH_ANY: 1,
  ADVANCE_FEE_FEE: 2,
  PRIZE_WON_ZH: 2,
  PRIZE_FEE_ZH: 3,
  LOAN_OFFER_ZH: 2,
  PHISHING_LINK_ZH: 2.5,
  PHISHING_SCHOOL_REPORT_ZH: 2.5,
  // Chinese script, stage by stage (rules-zh): openers, rapport and a move to another app stay
  // below caution alone (a friend says the same); the pitch and the extraction reach it.
  INVEST_PROFIT_INVITE_ZH: 2.5,
  INVEST_PERCENT_PERIOD_ZH: 3,
  INVEST_SAFE_PLATFORM_ZH: 2,
  INVEST_SAFE_PLATFORM_CLAIMS_ZH: 3,
  INVEST_SMALL_START_ZH: 2,
  INVEST_ONRAMP_ZH: 3,
  PAYMENT_UPGRADE_ZH: 3.5,
  PAYMENT_CREDIT_SCORE_ZH: 3,
  PAYMENT_MATCHED_FUNDS_ZH: 3,
  PAYMENT_PAY_OR_LOSE_ZH: 3,
  PAYMENT_SECRECY_ZH: 3,
  TASK_TOP_UP_ZH: 3,
  PLATFORM_MOVE_APP_ZH: 2,
  PLATFORM_LEAVE_APP_ZH: 1.5,
  ROMANCE_NO_VIDEO_ZH: 1,
  ROMANCE_FUTURE_INVEST_ZH: 2.5,
  ROMANCE_OVERSEAS_BUSINESS_ZH: 1,
  ROMANCE_SINCERITY_INVEST_ZH: 2.5,
  PAYMENT_DEADLINE_ZH: 2.5,
  // language packs (th, vi, id, tl, es, ja, ko, hi): kept beside the packs
  ...PACK_RULE_WEIGHTS,
};

/** Score thresholds: [caution, danger]. */
export const THRESHOLDS: Record<Sensitivity, { caution: number; danger: number }> = {
  low: { caution: 3.5, danger: 7 },
  standard: { caution: 2.5, danger: 5.5 },
  high: { caution: 2, danger: 4.5 },
};

/** Multiplier applied when a message reads as talk ABOUT scams (a warning, news, a victim's story)
 * rather than a lure. */
export const DAMPENER_FACTOR = 0.35;
/** ... and when two or more different dampeners agree. */
export const DAMPENER_FACTOR_STRONG = 0.2;

/** Conversation: extra score for each distinct script stage seen beyond the first
 * (opener, rapport, platform, pitch, payment). */
export const STAGE_PROGRESSION_BONUS = [0, 0, 1, 2.5, 3.5, 4.5];

/** Conversation: earlier messages' reasons count at this fraction of their weight. */
export const THREAD_CARRY = 0.8;
