import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getEngine } from '../../../src/engine/index.ts';
import { nextMark } from '../../../src/engine/marks.ts';
import { FactorIndex } from '../../../src/engine/prefilter.ts';
import { collectHits } from '../../../src/engine/score.ts';

// A small alphabet makes shared prefixes, suffixes and fail chains common; more than four letters
// after a prefix gives nodes with dense rows; the non-ASCII units take the edge-search path.
const letter = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', ' ', 'é', '你', '好');
const word = (max: number) => fc.string({ unit: letter, minLength: 1, maxLength: max });

function expected(factors: readonly string[], text: string): Set<number> {
  const out = new Set<number>();
  factors.forEach((f, id) => {
    if (text.includes(f)) out.add(id);
  });
  return out;
}

describe('literal prefilter (Aho-Corasick factor index)', () => {
  it('finds exactly the factors that occur in a text, each once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(word(5), { minLength: 1, maxLength: 40 }),
        fc.array(word(30), { maxLength: 4 }),
        (factors, texts) => {
          const index = new FactorIndex(factors);
          expect(index.factors).toEqual(factors);
          // every text twice in a row: a scan's marks must not hide factors from the next scan
          for (const text of texts.flatMap((t) => [t, t])) {
            const hits: number[] = [];
            index.scan(text, hits);
            const want = expected(factors, text);
            expect(new Set(hits)).toEqual(want);
            expect(hits.length).toBe(want.size);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports a factor that is a suffix of another, and factors nested in each other', () => {
    const factors = ['he', 'she', 'his', 'hers', 'e', 'usdt', 'sdt', '加我', '我'];
    const index = new FactorIndex(factors);
    const hits: number[] = [];
    index.scan('ushers 加我 usdt', hits);
    expect(hits.map((i) => factors[i]).sort()).toEqual(
      ['e', 'he', 'hers', 'sdt', 'she', 'usdt', '加我', '我'].sort(),
    );
  });

  it('ignores empty and repeated factors', () => {
    const index = new FactorIndex(['ab', '', 'ab', 'b']);
    expect(index.factors).toEqual(['ab', 'b']);
  });
});

describe('collectHits keeps its answers after the engine reads other messages', () => {
  it('check() on an older message gives the same answers as when it was fresh', () => {
    const engine = getEngine();
    const lure =
      'My uncle is an analyst, he showed me a USDT platform with 3% profit per day, add me on WhatsApp';
    const ids = [...engine.slotOf.keys()];
    const fresh = collectHits(engine, lure);
    const want = ids.map((id) => fresh.check(id));
    expect(want.some(Boolean)).toBe(true);
    const old = collectHits(engine, lure);
    // Later messages that fire some of the same rules (and leave others alone).
    collectHits(engine, 'add me on WhatsApp, my uncle is an analyst');
    collectHits(engine, '加我微信，带你投资');
    expect(ids.map((id) => old.check(id))).toEqual(want);
  });
});

describe('round marks', () => {
  it('count up from 1, and on the wrap clear the arrays so no old entry passes for the new round', () => {
    const counter = { n: 0 };
    const a = new Uint32Array(3);
    expect(nextMark(counter, [a])).toBe(1);
    a[0] = 1;
    expect(nextMark(counter, [a])).toBe(2);
    expect(a[0]).toBe(1);
    counter.n = 0xffff_fffe;
    a[2] = 1;
    expect(nextMark(counter, [a])).toBe(1);
    expect(Array.from(a)).toEqual([0, 0, 0]);
  });
});
