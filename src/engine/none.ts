import type { Verdict } from './types.ts';

/** The verdict of a message with no red flag. Frozen: shared by every caller, never mutated. Its
 * own module so the content script can use it without loading the engine. */
export const NONE: Verdict = Object.freeze({
  level: 'none',
  score: 0,
  families: [],
  reasons: [],
  indicators: [],
}) as Verdict;
