import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { DAMPENERS } from '../../../src/engine/dampeners.ts';
import { APP_PHONE_RE, EMAIL_RE, HANDLE_RE, PHONE_RE } from '../../../src/engine/indicators/contacts.ts';
import { URL_RE } from '../../../src/engine/indicators/urls.ts';
import { CANDIDATES } from '../../../src/engine/indicators/wallets.ts';
import { CORE_RULES } from '../../../src/engine/rules/index.ts';

/**
 * Every regex the engine runs must be linear-time, proven with recheck's automaton checker (an
 * exact analysis; its fuzz checker reports bounded gaps such as `[^\n]{0,40}` as polynomial because
 * the cost grows until the bound is reached). Bounded repetition is unrolled, hence the large NFA
 * limit. Slow by nature (seconds per pattern on a loaded machine): one test per pattern, generous
 * timeout. The language-pack patterns get the same proof, with the same checker settings, in
 * tests/unit/packs/packs.test.ts; running them twice would only double a slow test.
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

describe('every regex is linear-time (recheck)', () => {
  for (const p of patterns) {
    it(p.id, async () => {
      const result = await check(p.source, p.flags, {
        checker: 'automaton',
        maxNFASize: 200_000,
        maxPatternSize: 100_000,
        timeout: 240_000,
      });
      const detail =
        result.status === 'vulnerable'
          ? `${result.complexity.summary}: ${JSON.stringify(result.attack.pattern)}`
          : result.status === 'unknown'
            ? JSON.stringify(result.error)
            : '';
      expect(result.status, `${p.id} ${detail}`).toBe('safe');
    }, 300_000);
  }
});
