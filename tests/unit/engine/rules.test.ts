import { describe, expect, it } from 'vitest';
import { INVALID_RULES } from '../../../src/engine/compile.ts';
import { DAMPENERS } from '../../../src/engine/dampeners.ts';
import { foldHan } from '../../../src/engine/han.ts';
import { getEngine, RULES, SIGNALS } from '../../../src/engine/index.ts';
import { normalize } from '../../../src/engine/normalize.ts';
import { REASONS } from '../../../src/engine/reasons.ts';
import { PACK_RULES } from '../../../src/engine/rules/packs/index.ts';
import { collectHits } from '../../../src/engine/score.ts';
import type { Family } from '../../../src/engine/types.ts';
import { FAMILY_CAPS, FAMILY_DEFAULT_WEIGHT, RULE_WEIGHTS } from '../../../src/engine/weights.ts';

const PREFIX: Record<Family, string> = {
  opener: 'OPENER',
  romance: 'ROMANCE',
  platform_move: 'PLATFORM',
  investment: 'INVEST',
  payment: 'PAYMENT',
  task: 'TASK',
  recovery: 'RECOVERY',
  impersonation: 'IMPERSONATION',
  advance_fee: 'ADVANCE_FEE',
  prize: 'PRIZE',
  phishing: 'PHISHING',
  loan: 'LOAN',
};

const engine = getEngine();
/** Does the rule fire on this text through the real engine path (normalise, prefilter, regex, meta)? */
const fires = (id: string, text: string) => collectHits(engine, text).check(id);

describe('rule registry', () => {
  it('includes every language-pack rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const r of PACK_RULES) expect(ids.has(r.id), r.id).toBe(true);
    expect(RULES.length).toBeGreaterThan(PACK_RULES.length);
  });

  it('ids are unique across rules, indicator signals and dampeners', () => {
    const ids = [...RULES.map((r) => r.id), ...SIGNALS.map((s) => s.id), ...DAMPENERS.map((d) => d.id)];
    const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dup).toEqual([]);
  });

  it('every pattern compiles with the engine flags', () => {
    expect(INVALID_RULES).toEqual([]);
  });

  it('every weight belongs to a known rule or signal, and every family has a cap and default', () => {
    const ids = new Set([...RULES.map((r) => r.id), ...SIGNALS.map((s) => s.id)]);
    for (const id of Object.keys(RULE_WEIGHTS)) expect(ids.has(id), `weight for unknown id ${id}`).toBe(true);
    for (const f of Object.keys(PREFIX) as Family[]) {
      expect(FAMILY_CAPS[f]).toBeGreaterThan(0);
      expect(FAMILY_DEFAULT_WEIGHT[f]).toBeGreaterThan(0);
    }
  });

  it('meta rules only reference rules or indicator facts defined before them', () => {
    const known = new Set<string>([
      '__IND_WALLET',
      '__IND_LOOKALIKE',
      '__IND_MESSENGER',
      '__IND_HANDLE',
      '__IND_PHONE',
      '__IND_URL',
      '__IND_SHORT_URL',
      '__IND_EMAIL',
      ...SIGNALS.map((s) => s.id),
    ]);
    for (const r of RULES) {
      if (r.meta) {
        for (const id of [...(r.meta.all ?? []), ...(r.meta.any ?? []), ...(r.meta.none ?? [])])
          expect(known.has(id), `${r.id} -> ${id}`).toBe(true);
        expect((r.meta.all?.length ?? 0) + (r.meta.any?.length ?? 0)).toBeGreaterThan(0);
      }
      known.add(r.id);
    }
  });
});

describe('every rule as data', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has a valid id, reason, description and a pattern or meta', () => {
        if (!rule.id.startsWith('__')) {
          expect(rule.id).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/);
          expect(rule.id.startsWith(`${PREFIX[rule.family]}_`), `prefix of ${rule.id}`).toBe(true);
        } else expect(rule.id).toMatch(/^__[A-Z0-9_]+$/);
        expect(Object.hasOwn(REASONS, rule.reason), rule.reason).toBe(true);
        expect(rule.description.length).toBeGreaterThan(10);
        expect(Boolean(rule.pattern) !== Boolean(rule.meta)).toBe(true);
        expect(rule.languages.length).toBeGreaterThan(0);
        if (rule.pattern) expect(rule.pattern.flags).not.toMatch(/[gy]/);
      });

      it('never matches the empty string', () => {
        if (!rule.pattern) return;
        expect(new RegExp(rule.pattern.source, 'iu').test('')).toBe(false);
        const m = new RegExp(rule.pattern.source, 'iu').exec(normalize('hello there, how are you?').text);
        if (m) expect(m[0].length).toBeGreaterThan(0);
      });

      it('has hit and miss examples that behave', () => {
        expect(rule.examples.hit.length).toBeGreaterThan(0);
        expect(rule.examples.miss.length).toBeGreaterThan(0);
        for (const h of rule.examples.hit) expect(fires(rule.id, h), `should hit: ${h}`).toBe(true);
        for (const m of rule.examples.miss) expect(fires(rule.id, m), `should miss: ${m}`).toBe(false);
      });
    });
  }
});

describe('dampeners as data', () => {
  for (const d of DAMPENERS) {
    it(`${d.id} examples`, () => {
      // As the engine compiles it: Han characters folded to Simplified, like the text (han.ts).
      const re = new RegExp(foldHan(d.pattern.source), 'iu');
      expect(re.test('')).toBe(false);
      for (const h of d.examples.hit) expect(re.test(normalize(h).text), `should hit: ${h}`).toBe(true);
      for (const m of d.examples.miss) expect(re.test(normalize(m).text), `should miss: ${m}`).toBe(false);
    });
  }
});
