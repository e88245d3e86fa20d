import { checkSync, type Diagnostics } from 'recheck';
import { afterAll, describe, expect, it } from 'vitest';
import { necessaryFactors } from '../../../src/engine/prefilter.ts';
import { ENGINE_PATTERNS } from './engine-patterns.ts';
import { distributeLargestGroup, splitTopLevel } from './regex-split.ts';

/**
 * Every regex the engine runs must be linear-time.
 *
 * Proof: recheck's exact automaton checker. Its fuzz checker is not used because it reports bounded
 * gaps such as `[^\n]{0,40}` as "polynomial" (the cost grows until the bound is reached). For the
 * largest alternations the automaton checker cannot finish within its budget (bounded repetition
 * is unrolled; with a large NFA limit one pattern grew the recheck agent past 10 GB on this shared
 * machine, so the limits stay at recheck's defaults and the timeouts short). Those patterns are
 * proven piece by piece instead (tests/unit/engine/regex-split.ts states why that is sound): split
 * at the top-level `|`, and a piece that still times out has its largest group that runs at most
 * once distributed into one piece per alternative, recursively, within a cap on pieces and time.
 * A pattern whose pieces are all 'safe' is proven. What is left after that (a piece with no
 * alternation left, or the cap reached) gets the closest real check instead: the regex, and the
 * piece that could not be proven, are pumped with their own literal factors and other hostile
 * shapes at 8k and 32k characters, and the time must grow at most linearly (quadratic would be
 * 16x). A one-line summary is printed at the end. The language-pack patterns get the recheck proof
 * in tests/unit/packs/packs.test.ts.
 */
const patterns = ENGINE_PATTERNS;

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

/** Timeout for a whole pattern; the patterns recheck can prove whole take under 0.1 s here. */
const WHOLE_TIMEOUT = 2_000;
/** Timeout for one piece of a split pattern. */
const PIECE_TIMEOUT = 4_000;
/** At most this many pieces per pattern, this much time splitting one, and in all. */
const MAX_PIECES = 64;
const SPLIT_BUDGET_MS = 90_000;
const TOTAL_SPLIT_BUDGET_MS = 150_000;
let splitSpent = 0;

type Proof =
  | { kind: 'whole' }
  | { kind: 'split'; pieces: number }
  | { kind: 'unproven'; proven: number; left: string; reason: string };

function automaton(source: string, flags: string, timeout: number): Diagnostics {
  return checkSync(source, flags, { checker: 'automaton', timeout });
}

function vulnerable(id: string, result: Diagnostics, piece?: string): never {
  if (result.status !== 'vulnerable') throw new Error('not vulnerable');
  // A piece's backtracking tree is a sub-tree of the whole pattern's, so a super-linear piece
  // means the pattern is super-linear too (unless another branch always matches first).
  const where = piece === undefined ? '' : ` in the piece /${piece}/`;
  throw new Error(`${id}: ${result.complexity.summary}${where}: ${JSON.stringify(result.attack.pattern)}`);
}

/** The piece left when every group is distributed, always keeping the longest branch. */
function longestLeaf(piece: string, flags: string): string {
  let leaf = piece;
  for (let parts = distributeLargestGroup(leaf, flags); parts; parts = distributeLargestGroup(leaf, flags)) {
    leaf = parts.reduce((x, y) => (y.length > x.length ? y : x));
  }
  return leaf;
}

function prove(id: string, source: string, flags: string): Proof {
  const whole = automaton(source, flags, WHOLE_TIMEOUT);
  if (whole.status === 'vulnerable') vulnerable(id, whole);
  if (whole.status === 'safe') return { kind: 'whole' };
  const started = performance.now();
  try {
    return provePieces(id, source, flags, started);
  } finally {
    splitSpent += performance.now() - started;
  }
}

function provePieces(id: string, source: string, flags: string, started: number): Proof {
  const top = splitTopLevel(source, flags);
  const work = top.length > 1 ? top : (distributeLargestGroup(source, flags) ?? []);
  if (work.length === 0) return { kind: 'unproven', proven: 0, left: source, reason: 'nothing to split' };
  let created = work.length;
  let proven = 0;
  let probed = false;
  const seen = new Set<string>();
  const safe = new Set<string>();
  // Depth first, so that a piece that cannot be split any further is found early.
  for (let piece = work.pop(); piece !== undefined; piece = work.pop()) {
    if (seen.has(piece)) continue;
    seen.add(piece);
    const elapsed = performance.now() - started;
    if (elapsed > SPLIT_BUDGET_MS || splitSpent + elapsed > TOTAL_SPLIT_BUDGET_MS) {
      return { kind: 'unproven', proven, left: piece, reason: 'splitting time budget spent' };
    }
    const result = safe.has(piece) ? null : automaton(piece, flags, PIECE_TIMEOUT);
    if (result === null || result.status === 'safe') {
      proven++;
      continue;
    }
    if (result.status === 'vulnerable') vulnerable(id, result, piece);
    const parts = distributeLargestGroup(piece, flags);
    if (parts === null) {
      return {
        kind: 'unproven',
        proven,
        left: piece,
        reason: `recheck ${result.error.kind} on a piece with no alternation left`,
      };
    }
    if (created + parts.length - 1 > MAX_PIECES) {
      return { kind: 'unproven', proven, left: piece, reason: `more than ${MAX_PIECES} pieces` };
    }
    if (!probed) {
      // Before splitting further, try the hardest-looking leaf once (every group distributed,
      // keeping the longest branch): a leaf cannot be split, so if recheck cannot prove it,
      // splitting cannot prove the pattern, and the timeouts on the way down are saved.
      probed = true;
      const leaf = longestLeaf(piece, flags);
      const probe = automaton(leaf, flags, PIECE_TIMEOUT);
      if (probe.status === 'vulnerable') vulnerable(id, probe, leaf);
      if (probe.status === 'safe') safe.add(leaf);
      else {
        return {
          kind: 'unproven',
          proven,
          left: leaf,
          reason: `recheck ${probe.error.kind} on a piece with no alternation left`,
        };
      }
    }
    created += parts.length - 1;
    work.push(...parts);
  }
  return { kind: 'split', pieces: proven };
}

const proofs = new Map<string, Proof>();

afterAll(() => {
  const all = [...proofs.entries()];
  const split = all.filter(([, p]) => p.kind === 'split');
  const pumped = all.filter(([, p]) => p.kind === 'unproven');
  console.info(
    `ReDoS: ${all.length} patterns: ${all.length - split.length - pumped.length} proven whole, ` +
      `${split.length} proven by splitting (${split.map(([id, p]) => `${id} ${p.kind === 'split' ? p.pieces : 0}`).join(', ') || 'none'}), ` +
      `${pumped.length} pumping fallback (${pumped.map(([id, p]) => `${id}: ${p.kind === 'unproven' ? p.reason : ''}`).join('; ') || 'none'})`,
  );
});

describe('every regex is linear-time', () => {
  for (const p of patterns) {
    it(p.id, () => {
      const proof = prove(p.id, p.source, p.flags);
      proofs.set(p.id, proof);
      if (proof.kind !== 'unproven') return;
      // not proven: empirical pumping check, of the whole regex and of the piece left unproven
      for (const source of new Set([p.source, proof.left])) {
        const re = new RegExp(source, p.flags);
        const small = worstTime(re, pumps(source, 8_000));
        const big = worstTime(re, pumps(source, 32_000));
        expect(big, `${p.id} (${proof.reason}; /${source}/) 8k=${small}ms 32k=${big}ms`).toBeLessThan(
          8 * small + 5,
        );
      }
    }, 120_000);
  }
});
