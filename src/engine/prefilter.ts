/**
 * Literal prefilter, in the spirit of Hyperscan/Rspamd: from each regex we derive a set of
 * "necessary factors" — literal strings at least one of which must occur in any match. One
 * Aho-Corasick pass over a message finds which factors occur, and only rules whose factors occur
 * (or that have none) run their regex. A rule's regex still decides; the prefilter only skips
 * rules that cannot match.
 */

type Factors = string[] | null; // null = no constraint (anything may match)

interface Parser {
  src: string;
  i: number;
}

/** Minimum-length-first preference: a factor set is better when its shortest factor is longer. */
function quality(f: Factors): number {
  if (!f || f.length === 0) return -1;
  let min = Infinity;
  for (const s of f) min = Math.min(min, s.length);
  return min * 1000 - f.length;
}

const META_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B', 'p', 'P', 'k']);

/** Parse an alternation; returns its factors. */
function parseAlt(p: Parser): Factors {
  const alts: Factors[] = [parseSeq(p)];
  let exact: string[] | undefined = lastSeqExact;
  while (p.src[p.i] === '|') {
    p.i++;
    alts.push(parseSeq(p));
    exact =
      exact && lastSeqExact && exact.length + lastSeqExact.length <= MAX_EXACT
        ? [...exact, ...lastSeqExact]
        : undefined;
  }
  lastAltExact = exact ? [...new Set(exact)] : undefined;
  if (alts.length === 1) return alts[0] as Factors;
  const out: string[] = [];
  for (const a of alts) {
    if (!a || a.length === 0) return null;
    out.push(...a);
  }
  return [...new Set(out)];
}

interface Atom {
  /** a single literal character, or undefined */
  lit?: string;
  factors: Factors;
  zeroWidth?: boolean;
  /** the finite set of strings this atom matches exactly, when small */
  exact?: string[];
}

const MAX_EXACT = 64;

function cross(a: string[], b: string[]): string[] | undefined {
  if (a.length * b.length > MAX_EXACT) return undefined;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return [...new Set(out)];
}

/** Exact set of a parsed alternation, when every alternative is exact. */
let lastAltExact: string[] | undefined;

let lastSeqExact: string[] | undefined;

function parseSeq(p: Parser): Factors {
  const atoms: Atom[] = [];
  while (p.i < p.src.length && p.src[p.i] !== '|' && p.src[p.i] !== ')') {
    let atom = parseAtom(p);
    // quantifier
    const q = p.src[p.i];
    let min = 1;
    let max = 1;
    if (q === '*' || q === '+' || q === '?') {
      min = q === '+' ? 1 : 0;
      max = q === '?' ? 1 : Infinity;
      p.i++;
    } else if (q === '{' && /^\{\d+(?:,\d*)?\}/.test(p.src.slice(p.i, p.i + 12))) {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(p.src.slice(p.i)) as RegExpExecArray;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[2] === '' ? Infinity : Number(m[2]);
      p.i += m[0].length;
    }
    if (p.src[p.i] === '?' && (q === '*' || q === '+' || q === '?' || q === '{')) p.i++; // lazy
    const ex = atom.exact ?? (atom.lit !== undefined ? [atom.lit] : undefined);
    if (min === 0 && max === 1 && !atom.zeroWidth) {
      atom =
        ex && ex.length < MAX_EXACT ? { factors: null, exact: [...new Set(['', ...ex])] } : { factors: null };
    } else if (min === 0) atom = { factors: null };
    else if (max !== 1 || min !== 1) atom = { factors: atom.factors ?? (atom.lit ? [atom.lit] : null) };
    atoms.push(atom);
  }
  // Runs of exact atoms multiply into longer literal factors ("add|text" + " " + "me|us");
  // zero-width atoms (\b, lookarounds, anchors) do not break a run.
  const candidates: Factors[] = [];
  let run: string[] | undefined = [''];
  let seqExact: string[] | undefined = [''];
  const flush = () => {
    if (run && !(run.length === 1 && run[0] === '')) {
      const nonEmpty = run.every((x) => x.length > 0);
      if (nonEmpty) candidates.push(run);
    }
    run = [''];
  };
  for (const a of atoms) {
    if (a.zeroWidth) continue;
    const ex = a.exact ?? (a.lit !== undefined ? [a.lit] : undefined);
    seqExact = seqExact && ex ? cross(seqExact, ex) : undefined;
    if (ex) {
      const next = cross(run as string[], ex);
      if (next) {
        run = next;
        continue;
      }
      flush();
      run = ex;
      continue;
    }
    flush();
    candidates.push(a.factors);
  }
  flush();
  lastSeqExact = seqExact;
  let best: Factors = null;
  for (const c of candidates) if (quality(c) > quality(best)) best = c;
  return best;
}

function parseAtom(p: Parser): Atom {
  const c = p.src[p.i] as string;
  if (c === '(') {
    p.i++;
    let lookaround = false;
    if (p.src[p.i] === '?') {
      const next = p.src[p.i + 1];
      if (next === ':') p.i += 2;
      else if (next === '=' || next === '!') {
        p.i += 2;
        lookaround = true;
      } else if (next === '<' && (p.src[p.i + 2] === '=' || p.src[p.i + 2] === '!')) {
        p.i += 3;
        lookaround = true;
      } else if (next === '<') {
        p.i = p.src.indexOf('>', p.i) + 1;
      }
    }
    const f = parseAlt(p);
    const exact = lastAltExact;
    if (p.src[p.i] === ')') p.i++;
    if (lookaround) return { factors: null, zeroWidth: true };
    return exact ? { factors: f, exact } : { factors: f };
  }
  if (c === '[') {
    // character class: a single-char class like [x] is a literal; otherwise no factor
    let j = p.i + 1;
    if (p.src[j] === '^') j++;
    if (p.src[j] === ']') j++;
    const chars: string[] = [];
    let simple = p.src[p.i + 1] !== '^';
    for (; j < p.src.length && p.src[j] !== ']'; j++) {
      if (p.src[j] === '\\') {
        simple = false;
        j++;
        continue;
      }
      if (p.src[j + 1] === '-' && p.src[j + 2] !== ']') simple = false;
      chars.push(p.src[j] as string);
    }
    p.i = j + 1;
    if (simple && chars.length === 1) return { lit: (chars[0] as string).toLowerCase(), factors: null };
    if (simple && chars.length > 1 && chars.length <= 6) {
      const set = [...new Set(chars.map((x) => x.toLowerCase()))];
      return { factors: set, exact: set };
    }
    return { factors: null };
  }
  if (c === '\\') {
    const e = p.src[p.i + 1] as string;
    if (e === 'b' || e === 'B') {
      p.i += 2;
      return { factors: null, zeroWidth: true };
    }
    if (e === 'p' || e === 'P' || e === 'k') {
      p.i += 2;
      if (p.src[p.i] === '{' || p.src[p.i] === '<')
        p.i = p.src.indexOf(p.src[p.i] === '{' ? '}' : '>', p.i) + 1;
      return { factors: null };
    }
    if (META_ESCAPES.has(e) || /[0-9]/.test(e)) {
      p.i += 2;
      return { factors: null };
    }
    if (e === 'u') {
      if (p.src[p.i + 2] === '{') {
        const end = p.src.indexOf('}', p.i);
        const ch = String.fromCodePoint(Number.parseInt(p.src.slice(p.i + 3, end), 16));
        p.i = end + 1;
        return ch.length === 1 ? { lit: ch.toLowerCase(), factors: null } : { factors: [ch.toLowerCase()] };
      }
      const ch = String.fromCharCode(Number.parseInt(p.src.slice(p.i + 2, p.i + 6), 16));
      p.i += 6;
      return { lit: ch.toLowerCase(), factors: null };
    }
    if (e === 'x') {
      const ch = String.fromCharCode(Number.parseInt(p.src.slice(p.i + 2, p.i + 4), 16));
      p.i += 4;
      return { lit: ch.toLowerCase(), factors: null };
    }
    if (e === 'n' || e === 't' || e === 'r' || e === 'f' || e === 'v' || e === 'c') {
      p.i += 2;
      return { factors: null };
    }
    p.i += 2;
    return { lit: e.toLowerCase(), factors: null };
  }
  if (c === '.') {
    p.i++;
    return { factors: null };
  }
  if (c === '^' || c === '$') {
    p.i++;
    return { factors: null, zeroWidth: true };
  }
  // a literal code point (may be a surrogate pair)
  const cp = p.src.codePointAt(p.i) as number;
  const ch = String.fromCodePoint(cp);
  p.i += ch.length;
  if (ch.length === 2) return { factors: [ch.toLowerCase()] };
  return { lit: ch.toLowerCase(), factors: null };
}

/** Necessary literal factors of a regex source, or null when none can be derived. */
export function necessaryFactors(source: string): string[] | null {
  try {
    const p: Parser = { src: source, i: 0 };
    const f = parseAlt(p);
    if (p.i < source.length) return null; // unbalanced: give up, the rule always runs
    if (!f || f.length === 0 || f.some((s) => s.length === 0)) return null;
    return f;
  } catch {
    return null;
  }
}

interface AcNode {
  next: Map<number, number>;
  /** memoised full-automaton transitions for ASCII (index = char code, -1 = unknown) */
  ascii?: Int32Array;
  /** memoised full-automaton transitions for other UTF-16 units */
  dfa?: Map<number, number>;
  fail: number;
  out: number[]; // factor ids ending here (including via fail links)
}

/** Aho-Corasick automaton over all factors; `scan` marks which factors occur in a text. */
export class FactorIndex {
  private nodes: AcNode[] = [{ next: new Map(), fail: 0, out: [] }];
  readonly factors: string[] = [];
  get size(): number {
    return this.nodes.length;
  }

  constructor(factors: Iterable<string>) {
    const ids = new Map<string, number>();
    for (const f of factors) {
      if (ids.has(f)) continue;
      ids.set(f, this.factors.length);
      this.factors.push(f);
    }
    this.factors.forEach((f, id) => {
      let n = 0;
      for (let i = 0; i < f.length; i++) {
        const c = f.charCodeAt(i);
        let to = this.nodes[n]?.next.get(c);
        if (to === undefined) {
          to = this.nodes.length;
          this.nodes.push({ next: new Map(), fail: 0, out: [] });
          this.nodes[n]?.next.set(c, to);
        }
        n = to;
      }
      this.nodes[n]?.out.push(id);
    });
    const queue: number[] = [];
    for (const to of (this.nodes[0] as AcNode).next.values()) queue.push(to);
    for (let qi = 0; qi < queue.length; qi++) {
      const u = queue[qi] as number;
      const un = this.nodes[u] as AcNode;
      for (const [c, v] of un.next) {
        let f = un.fail;
        while (f !== 0 && !(this.nodes[f] as AcNode).next.has(c)) f = (this.nodes[f] as AcNode).fail;
        const cand = (this.nodes[f] as AcNode).next.get(c);
        const vn = this.nodes[v] as AcNode;
        vn.fail = cand !== undefined && cand !== v ? cand : 0;
        vn.out = [...vn.out, ...(this.nodes[vn.fail] as AcNode).out];
        queue.push(v);
      }
    }
  }

  private resolve(n: number, c: number): number {
    let m = n;
    let to = (this.nodes[m] as AcNode).next.get(c);
    while (to === undefined && m !== 0) {
      m = (this.nodes[m] as AcNode).fail;
      to = (this.nodes[m] as AcNode).next.get(c);
    }
    return to ?? 0;
  }

  private step(n: number, c: number): number {
    const node = this.nodes[n] as AcNode;
    if (c < 128) {
      let row = node.ascii;
      if (row === undefined) {
        row = new Int32Array(128).fill(-1);
        node.ascii = row;
      }
      let r = row[c] as number;
      if (r < 0) {
        r = this.resolve(n, c);
        row[c] = r;
      }
      return r;
    }
    let dfa = node.dfa;
    if (dfa === undefined) {
      dfa = new Map();
      node.dfa = dfa;
    }
    const hit = dfa.get(c);
    if (hit !== undefined) return hit;
    const r = this.resolve(n, c);
    if (dfa.size < 256) dfa.set(c, r);
    return r;
  }

  /** Set found[id] = stamp for every factor id occurring in text (and list new ids in `hits`). */
  scan(text: string, found: Uint32Array, stamp: number, hits?: number[]): void {
    let n = 0;
    const nodes = this.nodes;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const row = (nodes[n] as AcNode).ascii;
      const r = c < 128 && row !== undefined ? (row[c] as number) : -1;
      n = r >= 0 ? r : this.step(n, c);
      if (n === 0) continue;
      const out = (nodes[n] as AcNode).out;
      for (let k = 0; k < out.length; k++) {
        const id = out[k] as number;
        if (found[id] !== stamp) {
          found[id] = stamp;
          hits?.push(id);
        }
      }
    }
  }
}
