/**
 * A small regex-source splitter used by the ReDoS test (tests/unit/engine/redos.test.ts) to break a
 * pattern that is too large for recheck's automaton checker into pieces that are checked one by one.
 * It is test-only code: it never runs in the extension.
 *
 * Why the pieces prove the whole (backtracking cost, as in V8's Irregexp and as recheck models it):
 *
 * 1. Top-level alternation. Searching for A|B tries, at each start position, A to exhaustion (or
 *    until it matches) and then B. Every step is a step of A's exploration or of B's exploration
 *    from that position, so cost(A|B) <= cost(A) + cost(B) on every input, summed over the start
 *    positions. recheck's automaton checker reports 'safe' only when the search cost (all start
 *    positions, failing runs included) is linear, so if every alternative is 'safe' the sum is
 *    linear too.
 *
 * 2. An inner group that is NOT quantified. In P (?:a|b|c) S the matcher, for each way of matching
 *    P (in its backtracking order), tries a then S to exhaustion, then b then S, then c then S. That
 *    is exactly the exploration of P a S, P b S and P c S, except that the work on P is shared
 *    instead of repeated. So cost(P (?:a|b|c) S) <= cost(P a S) + cost(P b S) + cost(P c S), and
 *    the language is the union of the three. Distributing the group's alternatives over its context
 *    is therefore a sound rewrite for an upper bound, and it applies recursively: a group inside
 *    another un-quantified group is also traversed exactly once on every path.
 *
 *    It does NOT hold for a repeated group: (?:a|b)* may interleave a and b (abab...), and its
 *    repetitions are where super-linear behaviour lives, so a*|b* would prove nothing. Groups under
 *    `*`, `+`, `{m,n}` with n > 1 (or inside such a group) are never distributed. The one
 *    quantifier that is itself an alternation is `?` ({0,1}): greedy (?:X)? tries X then S, then S
 *    alone, exactly as (?:X|) S does (lazy: as (?:|X) S; ECMAScript's empty-iteration check only
 *    rejects an X that matched empty, which the skip branch covers), so it is distributed into X
 *    and the empty string, and a group inside an optional group is also traversed at most once.
 *    Lookarounds are never distributed or entered: (?!a|b) is (?!a)(?!b), not a union, and a
 *    lookaround is atomic. Groups with inline modifiers, (?i:...), are kept whole as well.
 *
 * Capturing and named groups keep their parentheses in a piece, so group numbers before them do not
 * move; but the capturing groups inside a dropped alternative disappear, which would renumber later
 * groups, so a pattern with a backreference (\1, \k<name>) is never split at all.
 *
 * The splitter only needs the structure of the pattern, so it is a small recursive-descent parser
 * that keeps every atom's source text verbatim: escapes (\|, \u{...}, \p{...}, \k<...>), character
 * classes (a `|` or `(` inside [...] is literal; with the `v` flag classes nest), groups of every
 * kind, and quantifiers (`{` that does not start a valid quantifier is a literal outside `u`/`v`).
 */

export interface Group {
  kind: 'group';
  /** The opening text: '(', '(?:', '(?<name>', '(?=', '(?!', '(?<=', '(?<!', '(?i:' ... */
  open: string;
  alts: Term[][];
}

export interface Atom {
  kind: 'atom';
  src: string;
}

export interface Term {
  node: Group | Atom;
  /** Quantifier source ('' when none), including a lazy '?'. */
  quant: string;
}

export interface Parsed {
  alts: Term[][];
  /** The source contains a backreference (\1..\9 or \k<name>) outside a class. */
  hasBackref: boolean;
}

const QUANT_BRACE = /^\{\d+(?:,\d*)?\}/;

export function parse(source: string, flags = ''): Parsed {
  const unicodeSets = flags.includes('v');
  let i = 0;
  let hasBackref = false;

  function fail(msg: string): never {
    throw new SyntaxError(`${msg} at ${i} in /${source}/`);
  }

  function escapeAtom(): string {
    // at a backslash
    const start = i;
    i++;
    const c = source[i];
    if (c === undefined) fail('trailing backslash');
    i++;
    if ((c === 'u' || c === 'p' || c === 'P') && source[i] === '{') {
      const end = source.indexOf('}', i);
      if (end < 0) fail('unterminated \\u{ or \\p{');
      i = end + 1;
    } else if (c === 'k' && source[i] === '<') {
      const end = source.indexOf('>', i);
      if (end < 0) fail('unterminated \\k<');
      i = end + 1;
      hasBackref = true;
    } else if (c >= '1' && c <= '9') {
      hasBackref = true;
    }
    return source.slice(start, i);
  }

  function charClass(): string {
    // at '['
    const start = i;
    i++;
    let depth = 1;
    while (i < source.length) {
      const c = source[i];
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '[' && unicodeSets) depth++;
      else if (c === ']') {
        depth--;
        if (depth === 0) {
          i++;
          return source.slice(start, i);
        }
      }
      i++;
    }
    return fail('unterminated character class');
  }

  function quantifier(): string {
    const start = i;
    const c = source[i];
    if (c === '*' || c === '+' || c === '?') i++;
    else if (c === '{') {
      const m = QUANT_BRACE.exec(source.slice(i));
      if (!m) return '';
      i += m[0].length;
    } else return '';
    if (source[i] === '?') i++;
    return source.slice(start, i);
  }

  function groupOpen(): string {
    // at '('
    const start = i;
    i++;
    if (source[i] !== '?') return '(';
    i++;
    const c = source[i];
    if (c === ':' || c === '=' || c === '!') {
      i++;
    } else if (c === '<' && (source[i + 1] === '=' || source[i + 1] === '!')) {
      i += 2;
    } else if (c === '<') {
      const end = source.indexOf('>', i);
      if (end < 0) fail('unterminated group name');
      i = end + 1;
    } else {
      // inline modifiers (?ims-ims:...)
      const m = /^[a-z]*(?:-[a-z]*)?:/.exec(source.slice(i));
      if (!m) fail('unknown group syntax');
      i += m[0].length;
    }
    return source.slice(start, i);
  }

  function alternation(): Term[][] {
    const alts: Term[][] = [[]];
    while (i < source.length) {
      const c = source[i];
      if (c === ')') return alts;
      if (c === '|') {
        i++;
        alts.push([]);
        continue;
      }
      let node: Group | Atom;
      if (c === '(') {
        const open = groupOpen();
        const inner = alternation();
        if (source[i] !== ')') fail('unterminated group');
        i++;
        node = { kind: 'group', open, alts: inner };
      } else if (c === '[') {
        node = { kind: 'atom', src: charClass() };
      } else if (c === '\\') {
        node = { kind: 'atom', src: escapeAtom() };
      } else {
        // a literal, '.', '^', '$', or a '{' / ']' that is literal here
        const cp = source.codePointAt(i) as number;
        const len = cp > 0xffff ? 2 : 1;
        node = { kind: 'atom', src: source.slice(i, i + len) };
        i += len;
      }
      const quant = quantifier();
      (alts[alts.length - 1] as Term[]).push({ node, quant });
    }
    return alts;
  }

  const alts = alternation();
  if (i < source.length) fail('unbalanced )');
  return { alts, hasBackref };
}

export function termSource(t: Term): string {
  const n = t.node;
  return (n.kind === 'atom' ? n.src : `${n.open}${n.alts.map(seqSource).join('|')})`) + t.quant;
}

export function seqSource(seq: Term[]): string {
  return seq.map(termSource).join('');
}

/** Groups that are one plain union of their alternatives and may be distributed or entered. */
function transparent(g: Group): boolean {
  return (
    g.open === '(' || g.open === '(?:' || (g.open.startsWith('(?<') && g.open !== '(?<=' && g.open !== '(?<!')
  );
}

/** The source's top-level alternatives. A pattern with a backreference is returned whole. */
export function splitTopLevel(source: string, flags = ''): string[] {
  const p = parse(source, flags);
  if (p.hasBackref) return [source];
  return p.alts.map(seqSource);
}

/**
 * The most times a quantifier lets its operand run: 1 for '' (none), '?', '{0,1}', '{1}'; more
 * (Infinity for '*', '+', '{n,}') otherwise.
 */
export function maxCount(quant: string): number {
  const q = quant.endsWith('?') && quant.length > 1 ? quant.slice(0, -1) : quant;
  if (q === '') return 1;
  if (q === '?') return 1;
  if (q === '*' || q === '+') return Number.POSITIVE_INFINITY;
  const m = /^\{(\d+)(,(\d*))?\}$/.exec(q);
  if (!m) throw new Error(`not a quantifier: ${quant}`);
  if (m[2] === undefined) return Number(m[1]);
  return m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
}

function minCount(quant: string): number {
  const q = quant.endsWith('?') && quant.length > 1 ? quant.slice(0, -1) : quant;
  if (q === '' || q === '+') return 1;
  if (q === '?' || q === '*') return 0;
  return Number((/^\{(\d+)/.exec(q) as RegExpExecArray)[1]);
}

interface Site {
  seq: Term[];
  index: number;
  /** The branches the term is replaced by, one piece each. */
  branches: Term[][];
  size: number;
}

/**
 * Distributes the largest distributable group, reachable from the top through groups that run at
 * most once (un-quantified or optional transparent groups) and never through a lookaround:
 *
 * - an un-quantified transparent group with two or more alternatives gives one piece per
 *   alternative, the group's parentheses kept around it ('(?:' included, so no inlined text can
 *   merge with its neighbours, e.g. a \1 followed by 0);
 * - an optional transparent group, (?:X)? (also '??', '{0,1}'), is the alternation (?:X|) (lazy:
 *   (?:|X)) with the same backtracking order and work, so it gives two pieces: (?:X) and (?:).
 *
 * Returns the pieces' sources, or null when there is no such group (or the source has a
 * backreference, or it has more than one top-level alternative: split those first).
 */
export function distributeLargestGroup(source: string, flags = ''): string[] | null {
  const p = parse(source, flags);
  if (p.hasBackref || p.alts.length !== 1) return null;
  let best: Site | null = null;
  const consider = (site: Site) => {
    if (!best || site.size > best.size) best = site;
  };
  const visit = (seq: Term[]) => {
    seq.forEach((t, index) => {
      const g = t.node;
      if (g.kind !== 'group' || !transparent(g) || maxCount(t.quant) > 1) return;
      const size = termSource(t).length;
      if (maxCount(t.quant) === 0) return; // X{0}: matches only the empty string; leave it
      if (minCount(t.quant) === 0) {
        consider({ seq, index, branches: [[{ node: g, quant: '' }], [emptyGroup(g)]], size });
      } else if (g.alts.length >= 2) {
        consider({
          seq,
          index,
          branches: g.alts.map((alt) => [{ node: { kind: 'group', open: g.open, alts: [alt] }, quant: '' }]),
          size,
        });
      }
      for (const alt of g.alts) visit(alt);
    });
  };
  const top = p.alts[0] as Term[];
  visit(top);
  const site = best as Site | null;
  if (!site) return null;
  const { seq, index, branches } = site;
  const original = seq[index] as Term;
  const out: string[] = [];
  for (const branch of branches) {
    seq.splice(index, 1, ...branch);
    out.push(seqSource(top));
    seq.splice(index, branch.length, original);
  }
  return out;
}

function emptyGroup(g: Group): Term {
  return { node: { kind: 'group', open: g.open, alts: [[]] }, quant: '' };
}
