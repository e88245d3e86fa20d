import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PACK_RULES } from '../../../src/engine/rules/packs/index.ts';
import type { Lang } from '../../../src/engine/types.ts';
import { PACK_LANGS } from './pack-helpers.ts';
import { SAMPLES } from './samples.ts';

// The packs through the real engine (normalisation, literal prefilter, weights, dampeners).
const enginePath = fileURLToPath(new URL('../../../src/engine/index.ts', import.meta.url));
const engineReady = existsSync(enginePath);
if (!engineReady) console.warn(`[packs] ${enginePath} not found: engine-level pack tests skipped`);

const { analyze, analyzeThread, RULES, SIGNALS } = engineReady
  ? await import('../../../src/engine/index.ts')
  : ({} as typeof import('../../../src/engine/index.ts'));

describe.skipIf(!engineReady)('rule packs through the engine', () => {
  it('the engine loads every pack rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const r of PACK_RULES) expect(ids.has(r.id), r.id).toBe(true);
  });

  for (const rule of PACK_RULES) {
    const lang = rule.languages[0] as Lang;
    it(`${rule.id}: every hit example yields a reason from this rule`, () => {
      for (const hit of rule.examples.hit) {
        // Only this language (plus language-independent signals), so an English or Chinese rule
        // with the same reason key cannot take the displayed reason.
        const v = analyze(hit, { languages: [lang] });
        const shown = v.reasons.find((r) => r.key === rule.reason);
        const msg = `${hit}\nreasons: ${v.reasons.map((r) => r.ruleId).join(', ')}`;
        expect(shown, msg).toBeDefined();
        // One reason per key is displayed (the strongest). Another rule may show it only when it
        // covers this language too: a language-independent signal (e.g. a messenger-handle
        // indicator) or a core rule written for this language as well.
        if (shown!.ruleId !== rule.id) {
          const coversLang =
            SIGNALS.some((s) => s.id === shown!.ruleId) ||
            RULES.some(
              (r) => r.id === shown!.ruleId && (r.languages.includes('any') || r.languages.includes(lang)),
            );
          expect(coversLang, msg).toBe(true);
        }
      }
    });
  }

  for (const lang of PACK_LANGS) {
    const sample = SAMPLES[lang];
    it(`${lang}: whole lures reach at least caution`, () => {
      for (const lure of sample.lures) {
        const v = analyze(lure);
        expect(v.level, `${lure}\nscore ${v.score}: ${v.reasons.map((r) => r.ruleId).join(', ')}`).not.toBe(
          'none',
        );
      }
    });
    it(`${lang}: the opener, platform, pitch sequence is caught as a thread`, () => {
      const [opener, move] = sample.thread;
      expect(analyze(opener).level).toBe('none');
      expect(analyze(move).level).toBe('none');
      const verdicts = analyzeThread(sample.thread.map((text) => ({ text, direction: 'in' as const })));
      expect(verdicts[0]!.level).toBe('none');
      // The platform move after a wrong-number opener already warns; the pitch adds to it.
      expect(verdicts[1]!.level).not.toBe('none');
      expect(verdicts[2]!.level).not.toBe('none');
      expect(verdicts[2]!.score).toBeGreaterThan(verdicts[1]!.score);
      expect(verdicts[2]!.reasons.some((r) => r.key === 'reason_thread_progression')).toBe(true);
      // The user's own replies are never flagged.
      const out = analyzeThread(sample.thread.map((text) => ({ text, direction: 'out' as const })));
      for (const v of out) expect(v.level).toBe('none');
    });
    it(`${lang}: ordinary messages stay quiet`, () => {
      for (const ham of sample.ham) {
        const v = analyze(ham);
        expect(v.level, `${ham}\nscore ${v.score}: ${v.reasons.map((r) => r.ruleId).join(', ')}`).toBe(
          'none',
        );
      }
    });
  }
});
