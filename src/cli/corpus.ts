import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Direction } from '../engine/types.ts';

/** One labelled corpus line (fields the eval uses). */
export interface CorpusRow {
  id: string;
  text: string;
  label: 'scam' | 'ham';
  category: string;
  lang?: string;
  file: string;
  thread?: string;
  turn?: number;
  direction?: Direction;
  line: number;
}

export const DEFAULT_CORPUS = resolve(process.cwd(), '../shared/corpus/dev');

/** Expand files and directories into .jsonl files, sorted for determinism. */
export function listFiles(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of args.length ? args : [DEFAULT_CORPUS]) {
    const p = resolve(a);
    if (!existsSync(p)) throw new Error(`not found: ${p}`);
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) if (f.endsWith('.jsonl')) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

export function loadRows(file: string): CorpusRow[] {
  const rows: CorpusRow[] = [];
  const name = basename(file, '.jsonl');
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((l, i) => {
    if (!l.trim()) return;
    let d: Record<string, unknown>;
    try {
      d = JSON.parse(l);
    } catch {
      return;
    }
    if (typeof d.text !== 'string') return;
    const conv = d.conversation ?? d.dialogue_id ?? d.thread;
    const row: CorpusRow = {
      id: String(d.id ?? `${name}:${i + 1}`),
      text: d.text,
      label: d.label === 'scam' ? 'scam' : 'ham',
      category: String(d.category ?? d.label ?? 'unknown'),
      file: name,
      line: i,
    };
    if (typeof d.lang === 'string') row.lang = d.lang;
    if (conv !== undefined && conv !== null && conv !== '') row.thread = `${name}:${String(conv)}`;
    if (typeof d.turn === 'number') row.turn = d.turn;
    if (d.direction === 'in' || d.direction === 'out') row.direction = d.direction;
    rows.push(row);
  });
  return rows;
}

/** Group rows into conversations (thread key) in turn order; rows without a thread are alone. */
export function groupThreads<T extends { thread?: string; turn?: number; line: number }>(
  rows: readonly T[],
): T[][] {
  const groups = new Map<string, T[]>();
  const out: T[][] = [];
  for (const r of rows) {
    if (!r.thread) {
      out.push([r]);
      continue;
    }
    let g = groups.get(r.thread);
    if (!g) {
      g = [];
      groups.set(r.thread, g);
      out.push(g);
    }
    g.push(r);
  }
  for (const g of out)
    if (g.length > 1) g.sort((a, b) => (a.turn ?? a.line) - (b.turn ?? b.line) || a.line - b.line);
  return out;
}
