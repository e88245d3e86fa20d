/**
 * Lurewatch rules engine: pure TypeScript, no DOM or browser APIs.
 *
 * - `analyze(text, ctx?)` scores one message.
 * - `analyzeThread(messages, ctx?)` scores a conversation in order, one verdict per message.
 * - `RULES` is every rule as data (core + language packs).
 */
import { ALL_RULES } from './rules/index.ts';
import { analyzeWith, buildEngine, type Engine } from './score.ts';
import { analyzeThreadWith } from './thread.ts';
import type { AnalyzeContext, Rule, ThreadMessage, Verdict } from './types.ts';

export { findIndicators } from './indicators/index.ts';
export { SIGNALS } from './indicators/signals.ts';
export { normalize } from './normalize.ts';
export { REASONS, type ReasonKey } from './reasons.ts';
export type * from './types.ts';

/** Every rule (English, Chinese, language-independent, and the language packs). */
export const RULES: readonly Rule[] = ALL_RULES;

let engine: Engine | undefined;
/** The compiled rule set, built once on first use and then shared. */
export function getEngine(): Engine {
  engine ??= buildEngine(RULES);
  return engine;
}

/** Score one message. Deterministic; outgoing messages (`ctx.direction === 'out'`) are never flagged. */
export function analyze(text: string, ctx?: AnalyzeContext): Verdict {
  return analyzeWith(getEngine(), text, ctx);
}

/** Score a conversation in order: one verdict per message, each using the thread up to it.
 * Outgoing messages always get level 'none'. */
export function analyzeThread(messages: readonly ThreadMessage[], ctx?: AnalyzeContext): Verdict[] {
  return analyzeThreadWith(getEngine(), messages, ctx);
}
