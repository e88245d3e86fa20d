/**
 * Literal prefilter, in the spirit of Hyperscan/Rspamd: from each regex we derive a set of
 * "necessary factors" — literal strings at least one of which must occur in any match. One
 * Aho-Corasick pass over a message finds which factors occur, and only rules whose factors occur
 * (or that have none) run their regex. A rule's regex still decides; the prefilter only skips
 * rules that cannot match.
 */

import { nextMark } from './marks.ts';

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

/** Nodes with at least this many trie children get a dense row of full-automaton transitions for
 * ASCII (one lookup per character instead of a search and fail links); the root always has one. */
const DENSE_MIN_CHILDREN = 4;

/**
 * Aho-Corasick automaton over all factors; `scan` marks which factors occur in a text.
 *
 * Laid out in typed arrays, built once: the trie's edges sorted per node (`edgeStart`,
 * `edgeChar`, `edgeTo`), fail links, the factor ending at each node, and a "dictionary link" to
 * the nearest node on its fail chain where a factor ends. A scan visits each node's outputs at most once
 * (a node seen before in the same scan has had its whole dictionary chain reported already).
 */
export class FactorIndex {
  readonly factors: string[] = [];
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTo: Int32Array;
  private readonly fail: Int32Array;
  /** node -> the factor that ends there, or -1 (factors are distinct: at most one per node) */
  private readonly outOf: Int32Array;
  private readonly dict: Int32Array;
  /** node -> offset of its dense ASCII row in `dense`, or -1 */
  private readonly denseAt: Int32Array;
  private readonly dense: Int32Array;
  /** node -> mark of the last scan that reported its factor (see marks.ts) */
  private readonly visited: Uint32Array;
  private readonly scans = { n: 0 };

  get size(): number {
    return this.fail.length;
  }

  constructor(factors: Iterable<string>) {
    const ids = new Map<string, number>();
    for (const f of factors) {
      if (f.length === 0 || ids.has(f)) continue;
      ids.set(f, this.factors.length);
      this.factors.push(f);
    }
    // The trie, built from the factors in code-unit order: each factor shares its prefix with the
    // one before, so nodes are created in depth-first order and every node's children in
    // ascending order of their code unit. No per-node objects.
    const sorted = [...this.factors.keys()].sort((a, b) => {
      const x = this.factors[a] as string;
      const y = this.factors[b] as string;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    let total = 1;
    for (const f of this.factors) total += f.length;
    const parent = new Int32Array(total);
    const unit = new Uint16Array(total);
    const depth = new Int32Array(total);
    const end = new Int32Array(total).fill(-1);
    const path: number[] = [];
    let size = 1;
    let prev = '';
    for (const id of sorted) {
      const f = this.factors[id] as string;
      let common = 0;
      while (common < prev.length && common < f.length && prev[common] === f[common]) common++;
      let n = common === 0 ? 0 : (path[common - 1] as number);
      for (let d = common; d < f.length; d++) {
        const v = size++;
        parent[v] = n;
        unit[v] = f.charCodeAt(d);
        depth[v] = d + 1;
        path[d] = v;
        n = v;
      }
      end[n] = id;
      prev = f;
    }
    // Edges grouped by parent (a counting sort keeps each node's children in ascending order).
    this.edgeStart = new Int32Array(size + 1);
    for (let v = 1; v < size; v++) (this.edgeStart[(parent[v] as number) + 1] as number)++;
    for (let n = 0; n < size; n++)
      this.edgeStart[n + 1] = (this.edgeStart[n + 1] as number) + (this.edgeStart[n] as number);
    this.edgeChar = new Uint16Array(size - 1);
    this.edgeTo = new Int32Array(size - 1);
    const fill = this.edgeStart.slice(0, size);
    for (let v = 1; v < size; v++) {
      const e = (fill[parent[v] as number] as number)++;
      this.edgeChar[e] = unit[v] as number;
      this.edgeTo[e] = v;
    }
    this.outOf = end.slice(0, size);
    // Fail and dictionary links, shallower nodes first (a counting sort by depth).
    let maxDepth = 0;
    for (let v = 1; v < size; v++) maxDepth = Math.max(maxDepth, depth[v] as number);
    const byDepth = new Int32Array(maxDepth + 2);
    for (let v = 1; v < size; v++) (byDepth[(depth[v] as number) + 1] as number)++;
    for (let d = 0; d <= maxDepth; d++) byDepth[d + 1] = (byDepth[d + 1] as number) + (byDepth[d] as number);
    const order = new Int32Array(size - 1);
    for (let v = 1; v < size; v++) order[(byDepth[depth[v] as number] as number)++] = v;
    this.fail = new Int32Array(size);
    this.dict = new Int32Array(size);
    for (let k = 0; k < order.length; k++) {
      const v = order[k] as number;
      const u = parent[v] as number;
      if (u === 0) continue; // depth 1: fail to the root
      const c = unit[v] as number;
      let f = this.fail[u] as number;
      let to = this.child(f, c);
      while (to < 0 && f !== 0) {
        f = this.fail[f] as number;
        to = this.child(f, c);
      }
      const fv = to >= 0 ? to : 0;
      this.fail[v] = fv;
      this.dict[v] = (this.outOf[fv] as number) >= 0 ? fv : (this.dict[fv] as number);
    }
    // Dense ASCII rows (full-automaton transitions) for the root and the nodes with many
    // children, shallower first so that a row can read the row of its fail node.
    const denseNodes = [0];
    for (let k = 0; k < order.length; k++) {
      const v = order[k] as number;
      if ((this.edgeStart[v + 1] as number) - (this.edgeStart[v] as number) >= DENSE_MIN_CHILDREN)
        denseNodes.push(v);
    }
    this.denseAt = new Int32Array(size).fill(-1);
    this.dense = new Int32Array(denseNodes.length * 128);
    denseNodes.forEach((n, k) => {
      this.denseAt[n] = k * 128;
    });
    for (const n of denseNodes)
      for (let c = 0; c < 128; c++) {
        const to = this.child(n, c);
        this.dense[(this.denseAt[n] as number) + c] =
          to >= 0 ? to : n === 0 ? 0 : this.resolve(this.fail[n] as number, c);
      }
    this.visited = new Uint32Array(size);
  }

  /** The trie child of node n on code unit c, or -1. */
  private child(n: number, c: number): number {
    let lo = this.edgeStart[n] as number;
    let hi = (this.edgeStart[n + 1] as number) - 1;
    const chars = this.edgeChar;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = chars[mid] as number;
      if (m === c) return this.edgeTo[mid] as number;
      if (m < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The automaton's transition from node n on code unit c (through fail links). */
  private resolve(n: number, c: number): number {
    let m = n;
    for (;;) {
      const row = this.denseAt[m] as number;
      if (row >= 0 && c < 128) return this.dense[row + c] as number;
      const to = this.child(m, c);
      if (to >= 0) return to;
      if (m === 0) return 0;
      m = this.fail[m] as number;
    }
  }

  /** Append to `hits` the id of every factor occurring in text, each once. */
  scan(text: string, hits: number[]): void {
    const visited = this.visited;
    const scan = nextMark(this.scans, [visited]);
    const denseAt = this.denseAt;
    const dense = this.dense;
    const outOf = this.outOf;
    const dict = this.dict;
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const row = denseAt[n] as number;
      n = row >= 0 && c < 128 ? (dense[row + c] as number) : this.resolve(n, c);
      if (n === 0) continue;
      // Report the factor ending here and those down the dictionary chain, unless already
      // reported in this scan (then the rest of the chain was too). A factor ends at exactly one
      // node, so a node reported once is its factor reported once.
      let m = (outOf[n] as number) >= 0 ? n : (dict[n] as number);
      while (m !== 0 && visited[m] !== scan) {
        visited[m] = scan;
        hits.push(outOf[m] as number);
        m = dict[m] as number;
      }
    }
  }
}
