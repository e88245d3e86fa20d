import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { REASONS } from '../../../src/engine/reasons.ts';
import { PACK_RULES } from '../../../src/engine/rules/packs/index.ts';
import { PACK_RULE_WEIGHTS } from '../../../src/engine/rules/packs/weights.ts';
import type { Family, Rule } from '../../../src/engine/types.ts';
import {
  basicNormalize,
  FAMILY_PREFIX,
  PACK_LANGS,
  RELATED_FAMILIES,
  SCRIPT_FAMILIES,
  STAGES,
} from './pack-helpers.ts';
import { SAMPLES } from './samples.ts';

const compiled = new Map<string, RegExp>();
function rx(rule: Rule): RegExp {
  let re = compiled.get(rule.id);
  if (!re) {
    re = new RegExp(rule.pattern!.source, 'iu');
    compiled.set(rule.id, re);
  }
  return re;
}

describe('rule packs: shape', () => {
  it('has rules for every pack language', () => {
    for (const lang of PACK_LANGS) {
      expect(PACK_RULES.filter((r) => r.languages.includes(lang)).length, lang).toBeGreaterThanOrEqual(12);
    }
  });

  it('pack weights name existing pack rules only', () => {
    const ids = new Set(PACK_RULES.map((r) => r.id));
    expect(Object.keys(PACK_RULE_WEIGHTS).length).toBeGreaterThan(40);
    for (const [id, w] of Object.entries(PACK_RULE_WEIGHTS)) {
      expect(ids.has(id), id).toBe(true);
      expect(w).toBeGreaterThan(0);
      expect(w).toBeLessThanOrEqual(4);
    }
  });

  it('patterns are written in lower case, so the engine compiles them with u alone (its fast path)', () => {
    for (const r of PACK_RULES) {
      const bare = r.pattern!.source.replace(/\\[pPu]\{[^}]*\}|\\./g, '');
      expect(/\p{Lu}/u.test(bare), r.id).toBe(false);
    }
  });

  it('ids are unique', () => {
    const ids = PACK_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const rule of PACK_RULES) {
    it(`${rule.id}: id, family, stage, language and reason are valid`, () => {
      expect(rule.id).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/);
      expect(rule.id.startsWith(`${FAMILY_PREFIX[rule.family]}_`)).toBe(true);
      expect(STAGES).toContain(rule.stage);
      expect(rule.languages).toHaveLength(1);
      const lang = rule.languages[0]!;
      expect(PACK_LANGS as readonly string[]).toContain(lang);
      expect(rule.id.endsWith(`_${lang.toUpperCase()}`)).toBe(true);
      expect(Object.hasOwn(REASONS, rule.reason)).toBe(true);
      expect(rule.description.length).toBeGreaterThan(15);
      expect(rule.meta).toBeUndefined();
      expect(rule.pattern).toBeInstanceOf(RegExp);
      // Stateful flags would make repeated .test() calls disagree.
      expect(rule.pattern!.flags).not.toMatch(/[gy]/);
    });
  }
});

describe('rule packs: family coverage', () => {
  for (const lang of PACK_LANGS) {
    it(`${lang} covers every script family and related fraud`, () => {
      const families = new Set<Family>(
        PACK_RULES.filter((r) => r.languages.includes(lang)).map((r) => r.family),
      );
      for (const f of SCRIPT_FAMILIES) expect(families.has(f), `${lang} lacks ${f}`).toBe(true);
      expect(
        RELATED_FAMILIES.filter((f) => families.has(f)).length,
        `${lang} related`,
      ).toBeGreaterThanOrEqual(2);
    });
  }
});

describe('rule packs: examples', () => {
  for (const rule of PACK_RULES) {
    it(`${rule.id}: hits its hit examples and misses its near-misses`, () => {
      const re = rx(rule);
      expect(rule.examples.hit.length).toBeGreaterThanOrEqual(2);
      expect(rule.examples.miss.length).toBeGreaterThanOrEqual(2);
      for (const hit of rule.examples.hit)
        expect(re.test(basicNormalize(hit)), `should hit: ${hit}`).toBe(true);
      for (const miss of rule.examples.miss)
        expect(re.test(basicNormalize(miss)), `should miss: ${miss}`).toBe(false);
      expect(re.test('')).toBe(false);
    });
  }
});

describe('rule packs: linear time', () => {
  // The automaton checker decides exactly for these patterns (no back-references) and is fast; the
  // fuzz checker that `auto` falls back to for bounded gaps such as [^\n]{0,40} reports them as
  // "2nd degree polynomial" because its attack strings grow the scan length, not the complexity.
  for (const rule of PACK_RULES) {
    it(`${rule.id}: pattern is linear-time`, () => {
      const result = checkSync(rule.pattern!.source, 'iu', {
        checker: 'automaton',
        maxNFASize: 200_000,
        maxPatternSize: 100_000,
        // Each pack pattern is decided in well under a second; the generous limit only keeps a loaded
        // machine from turning "safe" into "unknown (timeout)".
        timeout: 120_000,
      });
      expect(result.status, JSON.stringify(result.status === 'vulnerable' ? result.attack : result)).toBe(
        'safe',
      );
    }, 180_000);
  }
});

describe('rule packs: whole messages', () => {
  for (const lang of PACK_LANGS) {
    const rules = PACK_RULES.filter((r) => r.languages.includes(lang));
    const sample = SAMPLES[lang];
    it(`${lang}: every sample lure fires at least one pack rule`, () => {
      expect(sample.lures.length).toBeGreaterThanOrEqual(4);
      for (const lure of sample.lures) {
        const text = basicNormalize(lure);
        const fired = rules.filter((r) => rx(r).test(text)).map((r) => r.id);
        expect(fired.length, lure).toBeGreaterThanOrEqual(1);
      }
    });
    it(`${lang}: realistic ordinary messages fire no pack rule at all`, () => {
      expect(sample.ham.length).toBeGreaterThanOrEqual(6);
      for (const ham of sample.ham) {
        const text = basicNormalize(ham);
        const fired = PACK_RULES.filter((r) => rx(r).test(text)).map((r) => r.id);
        expect(fired, ham).toEqual([]);
      }
    });
  }
});
