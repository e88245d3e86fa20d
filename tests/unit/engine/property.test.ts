import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeThread } from '../../../src/engine/index.ts';
import { normalize, originalSpan } from '../../../src/engine/normalize.ts';

const LURE_BITS = [
  'USDT',
  'whatsapp',
  'wrong number',
  '3% per day',
  '@anna_fx',
  'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
  '加我微信',
  '宝贝',
  'ｔｅｌｅｇｒａｍ',
  '\u200b',
  '🔥',
  'Т',
  ' ',
];
const mixed = fc
  .array(
    fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom(...LURE_BITS), fc.string({ unit: 'binary' })),
    { maxLength: 12 },
  )
  .map((a) => a.join(''));

describe('property tests', () => {
  it('never throws on arbitrary Unicode and returns a well-formed verdict', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const v = analyze(text);
        expect(['none', 'caution', 'danger']).toContain(v.level);
        expect(Number.isFinite(v.score)).toBe(true);
        for (const r of v.reasons) {
          if (r.span) {
            expect(r.span.start).toBeGreaterThanOrEqual(0);
            expect(r.span.end).toBeLessThanOrEqual(text.length);
            expect(r.span.start).toBeLessThan(r.span.end);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        expect(JSON.stringify(analyze(text))).toBe(JSON.stringify(analyze(text)));
      }),
      { numRuns: 200 },
    );
  });

  it('outgoing messages are never flagged, alone or in threads', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: mixed,
            direction: fc.constantFrom('in', 'out', 'unknown') as fc.Arbitrary<'in' | 'out' | 'unknown'>,
          }),
          { maxLength: 8 },
        ),
        (msgs) => {
          const vs = analyzeThread(msgs);
          expect(vs).toHaveLength(msgs.length);
          msgs.forEach((m, i) => {
            if (m.direction === 'out') {
              expect(vs[i]?.level).toBe('none');
              expect(vs[i]?.reasons).toEqual([]);
            }
          });
          for (const m of msgs) expect(analyze(m.text, { direction: 'out' }).level).toBe('none');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('normalisation offsets always point inside the original text, in order', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const n = normalize(text);
        for (let i = 0; i < n.text.length; i++) {
          const sp = originalSpan(n, i, i + 1);
          expect(sp).toBeDefined();
          expect(sp?.start ?? -1).toBeGreaterThanOrEqual(0);
          expect(sp?.end ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(sp?.start ?? 0).toBeGreaterThanOrEqual(originalSpan(n, i - 1, i)?.start ?? 0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
