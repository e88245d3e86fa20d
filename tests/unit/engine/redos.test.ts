import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { DAMPENERS } from '../../../src/engine/dampeners.ts';
import { APP_PHONE_RE, EMAIL_RE, HANDLE_RE, PHONE_RE } from '../../../src/engine/indicators/contacts.ts';
import { URL_RE } from '../../../src/engine/indicators/urls.ts';
import { CANDIDATES } from '../../../src/engine/indicators/wallets.ts';
import { necessaryFactors } from '../../../src/engine/prefilter.ts';
import { CORE_RULES } from '../../../src/engine/rules/index.ts';

/**
 * Every regex the engine runs must be linear-time.
 *
 * Proof: recheck's exact automaton checker. Its fuzz checker is not used because it reports bounded
 * gaps such as `[^\n]{0,40}` as "polynomial" (the cost grows until the bound is reached). For the
 * largest alternations the automaton checker cannot finish here within its budget (bounded
 * repetition is unrolled; with a large NFA limit one pattern grew the recheck agent past 10 GB on
 * this shared machine, so the limit stays at recheck's scale and the timeout short). For those,
 * and only those, the closest real check runs instead: the regex is pumped with its own literal
 * factors and other hostile shapes at 8k and 32k characters, and the time must grow at most
 * linearly (quadratic would be 16x). The language-pack patterns get the recheck proof in
 * tests/unit/packs/packs.test.ts.
 */
const patterns: { id: string; source: string; flags: string }[] = [
  ...CORE_RULES.filter((r) => r.pattern).map((r) => ({
    id: r.id,
    source: (r.pattern as RegExp).source,
    flags: 'iu',
  })),
  ...DAMPENERS.map((d) => ({ id: d.id, source: d.pattern.source, flags: 'iu' })),
  ...CANDIDATES.map((c, i) => ({ id: `wallet candidate ${i}`, source: c.re.source, flags: '' })),
  { id: 'URL_RE', source: URL_RE.source, flags: 'i' },
  { id: 'HANDLE_RE', source: HANDLE_RE.source, flags: 'i' },
  { id: 'PHONE_RE', source: PHONE_RE.source, flags: '' },
  { id: 'APP_PHONE_RE', source: APP_PHONE_RE.source, flags: 'i' },
  { id: 'EMAIL_RE', source: EMAIL_RE.source, flags: 'i' },
];

function pumps(source: string, n: number): string[] {
  const factors = (necessaryFactors(source) ?? []).slice(0, 6);
  const units = [
    ...factors.map((f) => `${f} `),
    ...factors,
    'a',
    'a ',
    '1 ',
    '@_',
    'a-',
    'a.',
    '$1 ',
    ' ',
    '\u4f60',
  ];
  return units.map((u) => u.repeat(Math.ceil(n / u.length)).slice(0, n));
}

function worstTime(re: RegExp, inputs: string[]): number {
  let worst = 0;
  for (const s of inputs) {
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 2; k++) {
      const t = performance.now();
      re.lastIndex = 0;
      re.exec(s);
      best = Math.min(best, performance.now() - t);
    }
    worst = Math.max(worst, best);
  }
  return worst;
}

describe('every regex is linear-time', () => {
  for (const p of patterns) {
    it(p.id, () => {
      const result = checkSync(p.source, p.flags, { checker: 'automaton', timeout: 15_000 });
      if (result.status === 'vulnerable') {
        throw new Error(`${p.id}: ${result.complexity.summary}: ${JSON.stringify(result.attack.pattern)}`);
      }
      if (result.status === 'safe') return;
      // automaton analysis could not finish: empirical pumping check
      const re = new RegExp(p.source, p.flags);
      const small = worstTime(re, pumps(p.source, 8_000));
      const big = worstTime(re, pumps(p.source, 32_000));
      expect(
        big,
        `${p.id} (recheck: ${JSON.stringify(result.error)}) 8k=${small}ms 32k=${big}ms`,
      ).toBeLessThan(8 * small + 5);
    }, 120_000);
  }
});
