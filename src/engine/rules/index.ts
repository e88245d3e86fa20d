import type { Rule } from '../types.ts';
import { ADVANCE_FEE_RULES } from './advance-fee.ts';
import { IMPERSONATION_RULES } from './impersonation.ts';
import { INVESTMENT_RULES } from './investment.ts';
import { LOAN_RULES } from './loan.ts';
import { OPENER_RULES } from './opener.ts';
import { PACK_RULES } from './packs/index.ts';
import { PAYMENT_RULES } from './payment.ts';
import { PHISHING_RULES } from './phishing.ts';
import { PLATFORM_RULES } from './platform-move.ts';
import { PRIZE_RULES } from './prize.ts';
import { RECOVERY_RULES } from './recovery.ts';
import { ROMANCE_RULES } from './romance.ts';
import { TASK_RULES } from './task.ts';

/** English, Chinese and language-independent rules (the engine's own files). */
export const CORE_RULES: readonly Rule[] = [
  ...OPENER_RULES,
  ...ROMANCE_RULES,
  ...PLATFORM_RULES,
  ...INVESTMENT_RULES,
  ...PAYMENT_RULES,
  ...TASK_RULES,
  ...RECOVERY_RULES,
  ...IMPERSONATION_RULES,
  ...ADVANCE_FEE_RULES,
  ...PRIZE_RULES,
  ...PHISHING_RULES,
  ...LOAN_RULES,
];

/** Every rule, core plus language packs. Meta rules come after the pattern rules they combine. */
export const ALL_RULES: readonly Rule[] = [
  ...CORE_RULES.filter((r) => !r.meta),
  ...PACK_RULES.filter((r) => !r.meta),
  ...CORE_RULES.filter((r) => r.meta),
  ...PACK_RULES.filter((r) => r.meta),
];
