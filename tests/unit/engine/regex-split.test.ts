import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGINE_PATTERNS } from './engine-patterns.ts';
import {
  distributeLargestGroup,
  maxCount,
  parse,
  seqSource,
  splitTopLevel,
  type Term,
} from './regex-split.ts';

/** Every piece, distributing until no group is left or `cap` pieces exist. */
function expandAll(source: string, flags: string, cap = 400): string[] {
  const done: string[] = [];
  const work = splitTopLevel(source, flags);
  while (work.length > 0) {
    const piece = work.pop() as string;
    const parts = done.length + work.length < cap ? distributeLargestGroup(piece, flags) : null;
    if (parts === null) done.push(piece);
    else work.push(...parts);
  }
  return done;
}

/** Same strings, both as a search (test) and as a whole-string match. */
function expectUnionEquivalent(source: string, flags: string, pieces: string[], samples: string[]) {
  const whole = new RegExp(source, flags);
  const anchored = new RegExp(`^(?:${source})$`, flags);
  const res = pieces.map((p) => new RegExp(p, flags));
  const anchoredPieces = pieces.map((p) => new RegExp(`^(?:${p})$`, flags));
  for (const s of samples) {
    expect(
      res.some((r) => r.test(s)),
      `search ${JSON.stringify(s)} in /${source}/`,
    ).toBe(whole.test(s));
    expect(
      anchoredPieces.some((r) => r.test(s)),
      `full match ${JSON.stringify(s)} of /${source}/`,
    ).toBe(anchored.test(s));
  }
}

/** The pattern without \b, \B and lookarounds, which fast-check's stringMatching cannot generate. */
function relaxed(source: string, flags: string): string {
  const strip = (seq: Term[]): Term[] =>
    seq.flatMap((t) => {
      const n = t.node;
      if (n.kind === 'atom') return n.src === '\\b' || n.src === '\\B' ? [] : [t];
      if (
        n.open.startsWith('(?=') ||
        n.open.startsWith('(?!') ||
        n.open.startsWith('(?<=') ||
        n.open.startsWith('(?<!')
      ) {
        return [];
      }
      return [{ node: { ...n, alts: n.alts.map(strip) }, quant: t.quant }];
    });
  return parse(source, flags).alts.map(strip).map(seqSource).join('|');
}

/** Strings built from the pattern's own words and characters, matching or nearly matching. */
function samplesFor(source: string, flags: string, runs: number, seed: number): string[] {
  const words = [...new Set(source.match(/[a-z\u4e00-\u9fff]+|[^a-z\\()[\]{}|?*+]/giu) ?? [])];
  const tokens = [...words, ' ', '  ', '1', '25', '$', ',', '.', '@', '#', 'X', 'ſ', 'K', '\n'];
  const fromTokens = fc.array(fc.constantFrom(...tokens), { maxLength: 24 }).map((a) => a.join(''));
  const out = fc.sample(fromTokens, { numRuns: runs, seed });
  try {
    const gen = fc.stringMatching(new RegExp(relaxed(source, flags), flags.replace('i', '')));
    out.push(...fc.sample(gen, { numRuns: runs, seed }));
    // generated matches with a character dropped or a word spliced in
    out.push(
      ...fc.sample(
        fc.tuple(gen, fc.nat(), fc.constantFrom(...tokens)).map(([s, k, w]) => {
          const at = s.length === 0 ? 0 : k % s.length;
          return k % 2 === 0 ? s.slice(0, at) + s.slice(at + 1) : s.slice(0, at) + w + s.slice(at);
        }),
        { numRuns: runs, seed: seed + 1 },
      ),
    );
  } catch {
    // a construct stringMatching does not support: the token strings alone
  }
  return out;
}

describe('regex splitter', () => {
  it('splits at the top-level |', () => {
    expect(splitTopLevel('a|bc|d')).toEqual(['a', 'bc', 'd']);
    expect(splitTopLevel('a|')).toEqual(['a', '']);
    expect(splitTopLevel('abc')).toEqual(['abc']);
    expect(splitTopLevel('')).toEqual(['']);
  });

  it('treats | inside a character class as a literal', () => {
    expect(splitTopLevel('[a|b]|c')).toEqual(['[a|b]', 'c']);
    expect(splitTopLevel('[\\]|]x|y')).toEqual(['[\\]|]x', 'y']);
    expect(splitTopLevel('[(|)]|[^|]')).toEqual(['[(|)]', '[^|]']);
    expect(splitTopLevel('[^]|a')).toEqual(['[^]', 'a']);
    // with the v flag classes nest
    expect(splitTopLevel('[[a|b]--[b]]|c', 'v')).toEqual(['[[a|b]--[b]]', 'c']);
  });

  it('treats an escaped \\| as a literal', () => {
    expect(splitTopLevel('a\\|b|c')).toEqual(['a\\|b', 'c']);
    expect(splitTopLevel('\\\\|x')).toEqual(['\\\\', 'x']);
    expect(splitTopLevel('\\u{7c}|\\p{L}|\\x7c', 'u')).toEqual(['\\u{7c}', '\\p{L}', '\\x7c']);
  });

  it('does not split inside nested groups and distributes them recursively', () => {
    expect(splitTopLevel('a(?:b|c(?:d|e))|f')).toEqual(['a(?:b|c(?:d|e))', 'f']);
    expect(distributeLargestGroup('x(?:a|b(?:c|d))y')).toEqual(['x(?:a)y', 'x(?:b(?:c|d))y']);
    expect(distributeLargestGroup('x(?:b(?:c|d))y')).toEqual(['x(?:b(?:c))y', 'x(?:b(?:d))y']);
    expect(distributeLargestGroup('x(?:b(?:c))y')).toBeNull();
    // the largest group first
    expect(distributeLargestGroup('(?:a|b)-(?:cc|dd|ee)')).toEqual([
      '(?:a|b)-(?:cc)',
      '(?:a|b)-(?:dd)',
      '(?:a|b)-(?:ee)',
    ]);
  });

  it('keeps capturing and named groups, and never splits a pattern with a backreference', () => {
    expect(distributeLargestGroup('(a|b)c')).toEqual(['(a)c', '(b)c']);
    expect(distributeLargestGroup('(?<n>a|b)c')).toEqual(['(?<n>a)c', '(?<n>b)c']);
    expect(splitTopLevel('(a|b)\\1|c')).toEqual(['(a|b)\\1|c']);
    expect(splitTopLevel('(?<n>a)\\k<n>|c')).toEqual(['(?<n>a)\\k<n>|c']);
    expect(distributeLargestGroup('(a|b)\\1')).toBeNull();
  });

  it('does not distribute or enter lookarounds', () => {
    expect(splitTopLevel('(?<=a|b)c|d')).toEqual(['(?<=a|b)c', 'd']);
    expect(splitTopLevel('(?<!a|b)c|(?=x|y)d|(?!e|f)')).toEqual(['(?<!a|b)c', '(?=x|y)d', '(?!e|f)']);
    expect(distributeLargestGroup('(?<=a|b)c')).toBeNull();
    expect(distributeLargestGroup('(?!a(?:b|c))d')).toBeNull();
    expect(distributeLargestGroup('(?<!xx|yy)(?:a|b)')).toEqual(['(?<!xx|yy)(?:a)', '(?<!xx|yy)(?:b)']);
    // inline modifiers change how the body matches: kept whole
    expect(distributeLargestGroup('(?i:a|b)c')).toBeNull();
  });

  it('does not distribute a repeated group or anything inside it', () => {
    for (const q of ['*', '+', '{2}', '{0,3}', '{1,}', '*?', '+?', '{2,5}?']) {
      expect(distributeLargestGroup(`x(?:a|b)${q}y`), q).toBeNull();
      expect(distributeLargestGroup(`x(?:c(?:a|b))${q}y`), q).toBeNull();
    }
    expect(maxCount('{0,1}')).toBe(1);
    expect(maxCount('{1}')).toBe(1);
    expect(maxCount('{3,}')).toBe(Number.POSITIVE_INFINITY);
  });

  it('distributes an optional group into present and absent', () => {
    expect(distributeLargestGroup('x(?:a|b)?y')).toEqual(['x(?:a|b)y', 'x(?:)y']);
    expect(distributeLargestGroup('x(?:ab)??y')).toEqual(['x(?:ab)y', 'x(?:)y']);
    expect(distributeLargestGroup('x(?:ab){0,1}y')).toEqual(['x(?:ab)y', 'x(?:)y']);
    expect(distributeLargestGroup('x(ab)?y')).toEqual(['x(ab)y', 'x()y']);
    // a group inside an optional group runs at most once too
    expect(distributeLargestGroup('(?:p(?:a|bb)q)?z')).toEqual(['(?:p(?:a|bb)q)z', '(?:)z']);
    expect(distributeLargestGroup('(?:p(?:a|bb)q)z')).toEqual(['(?:p(?:a)q)z', '(?:p(?:bb)q)z']);
    // an optional atom is left alone
    expect(distributeLargestGroup("i'?m")).toBeNull();
  });

  it('reads { as a literal where it is not a quantifier, and \\u{..} as one atom', () => {
    expect(splitTopLevel('a{|b')).toEqual(['a{', 'b']);
    expect(splitTopLevel('a{2}|b{1,}|c{,3}')).toEqual(['a{2}', 'b{1,}', 'c{,3}']);
    expect(distributeLargestGroup('\\u{61}(?:a|b)', 'u')).toEqual(['\\u{61}(?:a)', '\\u{61}(?:b)']);
  });

  it('rejects malformed sources', () => {
    expect(() => parse('(a')).toThrow(SyntaxError);
    expect(() => parse('a)')).toThrow(SyntaxError);
    expect(() => parse('[a')).toThrow(SyntaxError);
    expect(() => parse('a\\')).toThrow(SyntaxError);
  });

  const real = ENGINE_PATTERNS;

  it('parses every engine pattern and prints it back unchanged', () => {
    for (const p of real) {
      expect(parse(p.source, p.flags).alts.map(seqSource).join('|'), p.id).toBe(p.source);
    }
  });

  it('pieces match exactly the strings the pattern matches (hand-written cases)', () => {
    const cases: [string, string][] = [
      ['a|b(?:c|d)e|f', ''],
      ['x(?:a|b(?:c|d))?y', ''],
      ['\\b(?:ab|cd)\\b[^.]{0,3}(?:x|yz)?', 'iu'],
      ['(?<=a|b)(?:c|dd)(?!e|f)|g', ''],
      ['(?:a|)(?:b|)c', ''],
      ['[|(]|\\|(?:\\(|\\))', ''],
    ];
    for (const [source, flags] of cases) {
      const pieces = expandAll(source, flags);
      expect(pieces.length).toBeGreaterThan(1);
      const alphabet = [...new Set(source.replace(/[\\()[\]{}|?^*+:<=!]/g, ''))];
      const samples = fc.sample(
        fc.string({ unit: fc.constantFrom(...alphabet, ' ', '.', 'e', 'f'), maxLength: 8 }),
        { numRuns: 300, seed: 7 },
      );
      expectUnionEquivalent(source, flags, pieces, samples);
    }
  });

  it('pieces match exactly the strings the pattern matches (property, random strings)', () => {
    const source =
      "\\b(?:i(?:'ve| have)? (?:made|got)|we (?:earn|got)(?:ed)?) (?:\\$\\d+|\\d+ ?(?:k|usd))(?: (?:with|via) [@#]\\w+)?";
    const pieces = expandAll(source, 'iu');
    expect(pieces.length).toBeGreaterThan(10);
    const whole = new RegExp(source, 'iu');
    const res = pieces.map((p) => new RegExp(p, 'iu'));
    const token = fc.constantFrom(
      'i',
      "i've",
      'i have',
      'we',
      ' ',
      'made',
      'got',
      'earn',
      'ed',
      '$',
      '5',
      '12',
      'k',
      'usd',
      'with',
      'via',
      '@',
      '#',
      'x',
      'Got',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 14 }), (parts) => {
        const s = parts.join('');
        return res.some((r) => r.test(s)) === whole.test(s);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('pieces of every engine pattern match exactly the strings the pattern matches', () => {
    let seed = 1;
    let withMatches = 0;
    for (const p of real) {
      const pieces = expandAll(p.source, p.flags, 64);
      const samples = samplesFor(p.source, p.flags, 30, seed++);
      expectUnionEquivalent(p.source, p.flags, pieces, samples);
      const re = new RegExp(p.source, p.flags);
      if (samples.some((s) => re.test(s))) withMatches++;
    }
    // the samples must exercise matches, not only misses
    console.info(`union test: ${withMatches}/${real.length} patterns had matching samples`);
    expect(withMatches).toBeGreaterThan(real.length * 0.8);
  }, 60_000);
});
