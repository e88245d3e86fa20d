import { foldHan } from './han.ts';
import { SIGNALS } from './indicators/signals.ts';
import { REASONS } from './reasons.ts';
import type { Family, Lang, Rule, Stage } from './types.ts';
import { FAMILY_DEFAULT_WEIGHT, RULE_WEIGHTS } from './weights.ts';

/** Script bits: a rule only runs when the text contains a script its languages are written in. */
export const SCRIPT = { LATIN: 1, CJK: 2, KANA: 4, HANGUL: 8, THAI: 16, DEVA: 32 } as const;
/** `any` rules also run on text with no letters at all (amounts, links, numbers). */
const ALL_SCRIPTS = 127;
const ANY_TEXT = 64;

const LANG_SCRIPTS: Record<Lang, number> = {
  any: ALL_SCRIPTS,
  en: SCRIPT.LATIN,
  vi: SCRIPT.LATIN,
  id: SCRIPT.LATIN,
  tl: SCRIPT.LATIN,
  es: SCRIPT.LATIN,
  zh: SCRIPT.CJK,
  ja: SCRIPT.CJK | SCRIPT.KANA,
  ko: SCRIPT.HANGUL,
  th: SCRIPT.THAI,
  hi: SCRIPT.DEVA | SCRIPT.LATIN,
};

const SCRIPT_TESTS: [RegExp, number][] = [
  [/[a-z]/, SCRIPT.LATIN],
  [/[\u3400-\u9fff]/, SCRIPT.CJK],
  [/[\u3040-\u30ff]/, SCRIPT.KANA],
  [/[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/, SCRIPT.HANGUL],
  [/[\u0e00-\u0e7f]/, SCRIPT.THAI],
  [/[\u0900-\u097f]/, SCRIPT.DEVA],
];

/** Which scripts occur in a (normalised, lower-cased) text. */
export function scriptsOf(text: string): number {
  let mask = ANY_TEXT;
  for (const [re, bit] of SCRIPT_TESTS) if (re.test(text)) mask |= bit;
  return mask;
}

export interface CompiledRule {
  id: string;
  family: Family;
  stage: Stage;
  reason: string;
  reasonText: string;
  languages: readonly Lang[];
  scripts: number;
  re?: RegExp;
  meta?: { all: readonly string[]; any: readonly string[]; minAny: number; none: readonly string[] };
  weight: number;
  /** `__` building blocks feed meta rules only. */
  scored: boolean;
}

export function weightOf(id: string, family: Family): number {
  return RULE_WEIGHTS[id] ?? FAMILY_DEFAULT_WEIGHT[family];
}

function reasonText(key: string): string {
  return (REASONS as Record<string, string>)[key] ?? key;
}

/** Rules match the normalised text, which is already lower-case, so a pattern written in lower
 * case needs no `i` flag, and V8 runs `u` patterns many times faster than `iu` ones. Patterns with
 * an upper-case letter outside escapes (e.g. a class like `[A-Z]`) keep `iu`. */
export function flagsFor(source: string): string {
  const bare = source.replace(/\\[pPu]\{[^}]*\}|\\./g, '');
  return /\p{Lu}/u.test(bare) ? 'iu' : 'u';
}

/** Rules whose pattern failed to compile (kept out of matching; the tests require this empty). */
export const INVALID_RULES: { id: string; error: string }[] = [];

/** Compile rules once: flags `iu` (patterns are written lower-case against normalised text). */
export function compileRules(rules: readonly Rule[]): CompiledRule[] {
  return rules.map((r) => {
    const scripts = r.languages.reduce((m, l) => m | LANG_SCRIPTS[l], 0);
    const c: CompiledRule = {
      id: r.id,
      family: r.family,
      stage: r.stage,
      reason: r.reason,
      reasonText: reasonText(r.reason),
      languages: r.languages,
      scripts,
      weight: weightOf(r.id, r.family),
      scored: !r.id.startsWith('__'),
    };
    if (r.pattern) {
      try {
        // Traditional Chinese folded as the text is (han.ts): a rule reads both scripts.
        c.re = new RegExp(foldHan(r.pattern.source), flagsFor(r.pattern.source));
      } catch (e) {
        // One broken rule must not take the engine down: it never fires, and the rule tests fail.
        INVALID_RULES.push({ id: r.id, error: (e as Error).message });
      }
    }
    if (r.meta)
      c.meta = {
        all: r.meta.all ?? [],
        any: r.meta.any ?? [],
        minAny: r.meta.minAny ?? (r.meta.any?.length ? 1 : 0),
        none: r.meta.none ?? [],
      };
    return c;
  });
}

/** Indicator signals as compiled pseudo-rules (no pattern; fired from indicators). */
export const COMPILED_SIGNALS: readonly CompiledRule[] = SIGNALS.map((s) => ({
  id: s.id,
  family: s.family,
  stage: s.stage,
  reason: s.reason,
  reasonText: reasonText(s.reason),
  languages: ['any'],
  scripts: ALL_SCRIPTS,
  weight: weightOf(s.id, s.family),
  scored: true,
}));
