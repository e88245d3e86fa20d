import type { Rule } from '../../types.ts';
import { ES_RULES } from './es.ts';
import { HI_RULES } from './hi.ts';
import { ID_RULES } from './id.ts';
import { JA_RULES } from './ja.ts';
import { KO_RULES } from './ko.ts';
import { TH_RULES } from './th.ts';
import { TL_RULES } from './tl.ts';
import { VI_RULES } from './vi.ts';

/**
 * The engine matches against NFKC-normalised text, and NFKC rewrites some characters that are
 * typed naturally inside these patterns: Thai SARA AM (ำ) becomes NIKHAHIT + SARA AA, Devanagari
 * nukta letters (क़ ज़ फ़) split into letter + nukta, half-width katakana widen. Normalising each
 * pattern's source the same way keeps the rule files readable and the match exact.
 */
function normalizePattern(rule: Rule): Rule {
  if (!rule.pattern) return rule;
  // Thai is also accepted un-normalised (a normaliser may pass Thai through untouched for speed), so
  // SARA AM matches in both its composed and its NFKC-decomposed spelling.
  const source = rule.pattern.source
    .normalize('NFKC')
    .replaceAll('\u0E4D\u0E32', '(?:\\u0e33|\\u0e4d\\u0e32)');
  return source === rule.pattern.source ? rule : { ...rule, pattern: new RegExp(source, rule.pattern.flags) };
}

/**
 * Rule packs for languages beyond English and Chinese (th, vi, id, tl, es, ja, ko, hi).
 * One file per language beside this one; this index only gathers them.
 */
export const PACK_RULES: readonly Rule[] = [
  ...TH_RULES,
  ...ID_RULES,
  ...ES_RULES,
  ...VI_RULES,
  ...TL_RULES,
  ...HI_RULES,
  ...JA_RULES,
  ...KO_RULES,
].map(normalizePattern);
