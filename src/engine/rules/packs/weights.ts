import { PACK_RULES } from './index.ts';

/**
 * Weights for pack rules whose strength differs from their family default, mirroring the
 * English/Chinese entries in `src/engine/weights.ts` (which spreads this table into RULE_WEIGHTS):
 * the same red flag weighs the same in every language.
 */
const BY_STEM: Record<string, number> = {
  // "Your account is tied to money laundering / move it to a safe account" (cf. IMPERSONATION_AUTHORITY_ZH)
  IMPERSONATION_AUTHORITY: 3.5,
  IMPERSONATION_POLICE: 3.5,
  // A relative on a new number asking for money now (cf. IMPERSONATION_RELATIVE_MONEY_ZH)
  IMPERSONATION_RELATIVE: 3.5,
  // Same strength as the core PAYMENT_WITHDRAWAL_FEE / PAYMENT_UPGRADE / INVEST_PERCENT_PERIOD
  PAYMENT_WITHDRAWAL_FEE: 3.5,
  PAYMENT_UPGRADE: 3.5,
  INVEST_PERCENT_DAILY: 3,
  INVEST_PROFIT_STORY: 3.5,
  // The task script: pay for likes/reviews, easy daily pay, then prepaying to unlock tasks (cf.
  // TASK_MULTILINGUAL_JOB)
  TASK_PAID_TASKS: 3,
  TASK_DAILY_EARNINGS: 3,
  TASK_TOP_UP: 3,
  // Same as the core PAYMENT_URGENCY / PAYMENT_SECRECY
  PAYMENT_URGENCY: 1.5,
  PAYMENT_SECRECY: 3,
  // Same as the core OPENER_WRONG_NUMBER / INVEST_SMALL_START
  OPENER_WRONG_NUMBER: 2,
  // and, as in English, +1 when the same message keeps the chat going
  OPENER_WRONG_NUMBER_CHAT: 1,
  INVEST_SMALL_START: 2,
  // Talking the user down from a big sum to a small first deposit: more specific than a small start
  INVEST_TALK_DOWN: 3,
};

export const PACK_RULE_WEIGHTS: Readonly<Record<string, number>> = Object.fromEntries(
  PACK_RULES.flatMap((r) => {
    const w = BY_STEM[r.id.replace(/_[A-Z]{2}$/, '')];
    return w === undefined ? [] : [[r.id, w]];
  }),
);
