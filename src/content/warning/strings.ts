import type { ShownReason } from '../../shared/findings.ts';

/** Translate `key`, falling back to `fallback` (English). The content script passes shared/i18n's t(). */
export type Translate = (key: string, fallback: string) => string;

/** English text of the warning's own strings; src/locales/<locale>/content.json translates them. */
export const EN = {
  content_warning_label: 'Lurewatch warning',
  content_level_danger: 'Likely scam',
  content_level_caution: 'Be careful',
  content_intro_danger: 'This message follows a known scam script. Do not send money or move to another app.',
  content_intro_caution: 'This message has red flags often seen in romance and investment scams.',
  content_checked_locally: 'Checked on your device. Nothing was sent anywhere.',
  content_why: 'Why?',
  content_hide_why: 'Hide details',
  content_report: 'Report',
  content_not_scam: 'Not a scam',
  content_trust: 'Trust this sender',
  content_all_reasons: 'All red flags',
  content_from_thread: 'earlier in this conversation',
  content_next_heading: 'What this kind of scam usually asks next',
  content_report_done: 'Evidence copied. The report page opened in a new tab.',
  content_report_done_nocopy: 'The report page opened in a new tab.',
  content_next_opener:
    'Friendly small talk for days, compliments, then a move to WhatsApp or Telegram and talk of an "opportunity".',
  content_next_romance:
    'Promises of a future together, excuses not to video call, then a tip about an investment or a request for money.',
  content_next_platform_move:
    'A relative or mentor with "insider" trading tips, a crypto or gold app to install, and a small first deposit.',
  content_next_investment:
    'Bigger deposits to "upgrade" the account, fake profits on screen, then taxes or fees before any withdrawal. The money does not come back.',
  content_next_payment:
    'More and more fees, "frozen" accounts and deadlines. Paying never unlocks the money. Stop paying and talk to your bank.',
  content_next_task:
    'Small payouts at first, then "top-ups" to unlock tasks or commissions that are never paid.',
  content_next_recovery:
    'An upfront fee to "recover" lost money. Recovery offers are scams too: report to the police instead.',
  content_next_impersonation:
    'An urgent request for money, codes or gift cards. Check by calling the person or company on a number you already know.',
  content_next_advance_fee:
    'A fee, tax or "clearance" payment before the promised money arrives. It never arrives.',
  content_next_prize: 'A "handling fee" or your bank details to claim a prize you never entered.',
  content_next_phishing: 'A link to a fake login or payment page that steals your password or card.',
  content_next_loan: 'An upfront fee or deposit to release a loan that never comes.',
} as const;

export type ContentKey = keyof typeof EN;

/** Script order: the furthest stage reached decides what the user is told comes next. */
const NEXT_ORDER: readonly [prefix: string, key: ContentKey][] = [
  ['reason_payment_', 'content_next_payment'],
  ['reason_invest_', 'content_next_investment'],
  ['reason_task_', 'content_next_task'],
  ['reason_recovery', 'content_next_recovery'],
  ['reason_platform_', 'content_next_platform_move'],
  ['reason_wallet', 'content_next_investment'],
  ['reason_lookalike', 'content_next_phishing'],
  ['reason_romance_', 'content_next_romance'],
  ['reason_opener_', 'content_next_opener'],
  ['reason_thread_', 'content_next_investment'],
  ['reason_impersonation_', 'content_next_impersonation'],
  ['reason_advance_fee', 'content_next_advance_fee'],
  ['reason_prize', 'content_next_prize'],
  ['reason_phishing_', 'content_next_phishing'],
  ['reason_suspicious_link', 'content_next_phishing'],
  ['reason_loan', 'content_next_loan'],
];

/** The "what comes next" key for a set of reasons, or null when none applies. */
export function nextStepKey(reasons: readonly ShownReason[]): ContentKey | null {
  for (const [prefix, key] of NEXT_ORDER) if (reasons.some((r) => r.key.startsWith(prefix))) return key;
  return null;
}

/** Reasons without repeats (same key), the message's own first, then the conversation's. */
export function distinctReasons(reasons: readonly ShownReason[]): ShownReason[] {
  const seen = new Set<string>();
  const own = reasons.filter((r) => !r.fromThread);
  const thread = reasons.filter((r) => r.fromThread);
  const out: ShownReason[] = [];
  for (const r of [...own, ...thread]) {
    if (seen.has(r.key)) continue;
    seen.add(r.key);
    out.push(r);
  }
  return out;
}
