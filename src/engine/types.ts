/**
 * Public types of the Lurewatch rules engine.
 *
 * The engine is pure: no DOM, no browser APIs. Everything here is plain data so a verdict can be
 * passed between extension contexts with structured clone and printed by the CLI as JSON.
 */

/** Lure families. Each rule belongs to exactly one. */
export type Family =
  | 'opener'
  | 'romance'
  | 'platform_move'
  | 'investment'
  | 'payment'
  | 'task'
  | 'recovery'
  | 'impersonation'
  | 'advance_fee'
  | 'prize'
  | 'phishing'
  | 'loan';

/** Stage of the scam-compound script; `related` for fraud outside the script. */
export type Stage = 'opener' | 'rapport' | 'platform' | 'pitch' | 'payment' | 'related';

/** Language tags used by rule packs. `any` = language-independent signal. */
export type Lang = 'any' | 'en' | 'zh' | 'th' | 'vi' | 'id' | 'tl' | 'es' | 'ja' | 'ko' | 'hi';

export type Level = 'none' | 'caution' | 'danger';
export type Sensitivity = 'low' | 'standard' | 'high';
export type Direction = 'in' | 'out' | 'unknown';

/** A rule as data. `id` is UPPER_SNAKE with a family prefix; ids starting `__` are unscored
 * building blocks that only feed meta rules. */
export interface Rule {
  id: string;
  family: Family;
  stage: Stage;
  languages: readonly Lang[];
  /** A regex (flags are added by the compiler: `u`, plus `i` unless `caseSensitive`). Matched
   * against the normalised text. Must be linear-time (tests run a ReDoS checker). */
  pattern?: RegExp;
  /**
   * Meta rule: fires when every id in `all` fired, at least `minAny` of `any` fired and none of
   * `none` did (an ordinary context that explains the rest, e.g. a cash machine's fee).
   */
  meta?: { all?: readonly string[]; any?: readonly string[]; minAny?: number; none?: readonly string[] };
  description: string;
  /** Key into the reason catalog (`src/engine/reasons.ts`), translated in every shipped locale. */
  reason: string;
  examples: { hit: readonly string[]; miss: readonly string[] };
}

/** One red flag that fired, with where in the input it matched. */
export interface Reason {
  ruleId: string;
  family: Family;
  stage: Stage;
  /** i18n key of the user-facing reason. */
  key: string;
  /** English text of the reason (fallback when no translation is available). */
  text: string;
  /** Matched span in the ORIGINAL input text (UTF-16 offsets), when the rule matched text. */
  span?: { start: number; end: number; excerpt: string };
  /** Set when this reason came from an earlier message of the same conversation. */
  fromMessage?: number;
  weight: number;
}

export type IndicatorKind =
  | 'btc_address'
  | 'eth_address'
  | 'tron_address'
  | 'url'
  | 'lookalike_domain'
  | 'messenger_handle'
  | 'phone_number'
  | 'email_address';

export interface Indicator {
  kind: IndicatorKind;
  /** The indicator as it appears in the text (after de-obfuscation where that applies). */
  value: string;
  /** Extra facts: e.g. `{ app: 'telegram' }`, `{ imitates: 'binance.com' }`, `{ domain: 'x.y' }`. */
  detail?: Record<string, string>;
  span?: { start: number; end: number };
}

export interface Verdict {
  level: Level;
  score: number;
  families: Family[];
  reasons: Reason[];
  indicators: Indicator[];
}

export interface AnalyzeContext {
  sensitivity?: Sensitivity;
  direction?: Direction;
  /** Restrict language packs (`any` is always on). Default: all. */
  languages?: readonly Lang[];
}

export interface ThreadMessage {
  text: string;
  direction?: Direction;
  sender?: string;
}
