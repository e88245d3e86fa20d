/**
 * npm run --silent score -- FILE|-
 *
 * Input: JSON Lines with `id`, `text`, optional `thread`, `turn`, `direction` ("in"|"out").
 * Output: one JSON line per input line, same order: {"id","level","score","families","reasons"}.
 * Lines sharing a `thread` are one conversation in `turn` order (input order when absent); each
 * verdict uses the thread up to that message. A bad line gets {"id"?, "error"} and the run goes on.
 * An unreadable FILE exits 2.
 */
import { readFileSync } from 'node:fs';
import { analyze, analyzeThread } from '../engine/index.ts';
import type { Direction, Verdict } from '../engine/types.ts';

interface Item {
  idx: number;
  id?: unknown;
  text: string;
  thread?: string;
  turn?: number;
  direction?: Direction;
}

export function scoreLines(input: string): string[] {
  const lines = input.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const out: (string | undefined)[] = new Array(lines.length);
  const items: Item[] = [];
  lines.forEach((line, idx) => {
    if (!line.trim()) {
      out[idx] = JSON.stringify({ error: 'empty line' });
      return;
    }
    let d: unknown;
    try {
      d = JSON.parse(line);
    } catch (e) {
      out[idx] = JSON.stringify({ error: `invalid JSON: ${(e as Error).message}` });
      return;
    }
    if (typeof d !== 'object' || d === null || Array.isArray(d)) {
      out[idx] = JSON.stringify({ error: 'line is not a JSON object' });
      return;
    }
    const o = d as Record<string, unknown>;
    const id = o.id;
    if (typeof o.text !== 'string') {
      out[idx] = JSON.stringify(
        id === undefined ? { error: 'missing "text" string' } : { id, error: 'missing "text" string' },
      );
      return;
    }
    if (
      o.direction !== undefined &&
      o.direction !== 'in' &&
      o.direction !== 'out' &&
      o.direction !== 'unknown'
    ) {
      out[idx] = JSON.stringify({ id, error: 'direction must be "in" or "out"' });
      return;
    }
    const item: Item = { idx, id, text: o.text };
    if (o.thread !== undefined && o.thread !== null) item.thread = String(o.thread);
    if (typeof o.turn === 'number' && Number.isFinite(o.turn)) item.turn = o.turn;
    if (o.direction === 'in' || o.direction === 'out' || o.direction === 'unknown')
      item.direction = o.direction;
    items.push(item);
  });
  const emit = (it: Item, v: Verdict) => {
    out[it.idx] = JSON.stringify({
      id: it.id,
      level: v.level,
      score: v.score,
      families: v.families,
      reasons: v.reasons,
    });
  };
  const threads = new Map<string, Item[]>();
  for (const it of items) {
    if (it.thread === undefined) {
      emit(it, analyze(it.text, { direction: it.direction ?? 'in' }));
      continue;
    }
    const g = threads.get(it.thread) ?? [];
    threads.set(it.thread, g);
    g.push(it);
  }
  for (const g of threads.values()) {
    const ordered = [...g].sort((a, b) => (a.turn ?? Number.NaN) - (b.turn ?? Number.NaN) || a.idx - b.idx);
    // when some lines lack a turn, input order decides
    const sorted = g.every((x) => x.turn !== undefined) ? ordered : g;
    const vs = analyzeThread(sorted.map((x) => ({ text: x.text, direction: x.direction ?? 'in' })));
    sorted.forEach((x, i) => {
      emit(x, vs[i] as Verdict);
    });
  }
  return out.map((s) => s ?? JSON.stringify({ error: 'internal: no verdict' }));
}

function main(): void {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: npm run --silent score -- FILE|-\n');
    process.exit(2);
  }
  let input: string;
  try {
    input = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    process.stderr.write(`score: cannot read ${file === '-' ? 'stdin' : file}: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const lines = scoreLines(input);
  process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
}

if (process.argv[1]?.endsWith('score.ts')) main();
