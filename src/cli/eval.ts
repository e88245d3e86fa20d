/**
 * npm run eval -- [FILE|DIR ...]   (default ../shared/corpus/dev)
 *
 * Scores labelled JSONL corpora the way the extension sees them (threads as conversations) and
 * prints recall per scam category, false-positive rate per ham category, marketing spam apart,
 * per-conversation warning rate for quoted scam conversations, worst false positives and misses,
 * and a rule table.
 */
import { analyze, analyzeThread, getEngine } from '../engine/index.ts';
import { collectHits } from '../engine/score.ts';
import type { Verdict } from '../engine/types.ts';
import { type CorpusRow, groupThreads, listFiles, loadRows } from './corpus.ts';

export const MARKETING = new Set(['sms_spam', 'email_spam', 'marketing_spam', 'sms_spam_reported']);
export const SCRIPT_TARGET = new Set([
  'crypto_investment',
  'recovery_scam',
  'investment_pitch',
  'fake_platform',
  'deposit_pressure',
  'withdrawal_fee',
  'task_scam',
]);
export const OTHER_FRAUD = new Set([
  'phishing',
  'phishing_delivery',
  'smishing',
  'prize_lottery',
  'fraud_other',
  'fraud_sms',
  'other_fraud',
  'impersonation_police_gov',
  'impersonation_boss_acquaintance',
  'impersonation_customer_service',
  'loan_credit_fraud',
  'advance_fee',
]);
export const PERSONAL_HAM = new Set(['personal', 'personal_relationship', 'getting_to_know_you']);

export interface Scored {
  row: CorpusRow;
  v: Verdict;
}

/** Score every row, threads in order. */
export function scoreRows(rows: readonly CorpusRow[]): Scored[] {
  const out: Scored[] = [];
  for (const g of groupThreads(rows)) {
    if (g.length === 1 && !g[0]?.thread) {
      const r = g[0] as CorpusRow;
      out.push({ row: r, v: analyze(r.text, { direction: r.direction ?? 'in' }) });
      continue;
    }
    const vs = analyzeThread(g.map((r) => ({ text: r.text, direction: r.direction ?? 'in' })));
    g.forEach((r, i) => {
      out.push({ row: r, v: vs[i] as Verdict });
    });
  }
  return out;
}

/**
 * Ham conversations without directions, scored again as two-sided chats: turns alternate
 * in/out, once with each side as the user. This is the path on which the engine reads the user's
 * own first replies (a "wrong number"); the corpus has no directions of its own, so without it
 * that path would never meet real ham. Per category: incoming messages scored, and warned.
 */
export function twoSidedHam(rows: readonly CorpusRow[]): Map<string, { n: number; fp: number }> {
  const out = new Map<string, { n: number; fp: number }>();
  for (const g of groupThreads(rows)) {
    if (g.length < 2 || g.some((r) => r.label !== 'ham' || r.direction !== undefined)) continue;
    for (const parity of [0, 1]) {
      const dirs = g.map((_, i) => (i % 2 === parity ? 'in' : 'out') as 'in' | 'out');
      const vs = analyzeThread(g.map((r, i) => ({ text: r.text, direction: dirs[i] })));
      g.forEach((r, i) => {
        if (dirs[i] !== 'in') return;
        const c = out.get(r.category) ?? { n: 0, fp: 0 };
        out.set(r.category, c);
        c.n += 1;
        if (vs[i]?.level !== 'none') c.fp += 1;
      });
    }
  }
  return out;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(2)}%` : 'n/a');
const flagged = (v: Verdict) => v.level !== 'none';

function main(): void {
  const files = listFiles(process.argv.slice(2).filter((a) => !a.startsWith('--')));
  const rows = files.flatMap(loadRows);
  const t0 = performance.now();
  const scored = scoreRows(rows);
  const ms = performance.now() - t0;
  const by = new Map<string, Scored[]>();
  for (const s of scored) {
    const k = `${s.row.label}\t${s.row.category}`;
    const a = by.get(k) ?? [];
    by.set(k, a);
    a.push(s);
  }
  const keys = [...by.keys()].sort();
  const lines: string[] = [];
  const p = (s = '') => lines.push(s);
  p(`Lurewatch eval: ${rows.length} messages from ${files.length} file(s), scored in ${ms.toFixed(0)} ms`);
  p();
  p('## Scam recall per category (warning = caution or danger)');
  p('category                          n   caution  danger   recall  target');
  const otherRecalls: number[] = [];
  for (const k of keys) {
    const [label, cat] = k.split('\t') as [string, string];
    if (label !== 'scam' || MARKETING.has(cat)) continue;
    const a = by.get(k) as Scored[];
    const c = a.filter((s) => s.v.level === 'caution').length;
    const d = a.filter((s) => s.v.level === 'danger').length;
    const target = SCRIPT_TARGET.has(cat) ? '>=90%' : OTHER_FRAUD.has(cat) ? '(avg>=70%)' : '';
    if (OTHER_FRAUD.has(cat)) otherRecalls.push((c + d) / a.length);
    p(
      `${cat.padEnd(30)} ${String(a.length).padStart(5)} ${String(c).padStart(8)} ${String(d).padStart(7)} ${pct(c + d, a.length).padStart(8)}  ${target}`,
    );
  }
  if (otherRecalls.length) {
    p(
      `other fraud categories, mean recall: ${(100 * (otherRecalls.reduce((x, y) => x + y, 0) / otherRecalls.length)).toFixed(2)}% (target >=70%)`,
    );
  }
  p();
  p('## Marketing / spam (not fraud; reported apart)');
  for (const k of keys) {
    const [label, cat] = k.split('\t') as [string, string];
    if (label !== 'scam' || !MARKETING.has(cat)) continue;
    const a = by.get(k) as Scored[];
    p(
      `${cat.padEnd(30)} ${String(a.length).padStart(5)} flagged ${pct(a.filter((s) => flagged(s.v)).length, a.length)}`,
    );
  }
  p();
  p('## False positives per ham category');
  p('category                          n      FP   danger  FP rate  target');
  for (const k of keys) {
    const [label, cat] = k.split('\t') as [string, string];
    if (label !== 'ham') continue;
    const a = by.get(k) as Scored[];
    const fp = a.filter((s) => flagged(s.v)).length;
    const d = a.filter((s) => s.v.level === 'danger').length;
    p(
      `${cat.padEnd(30)} ${String(a.length).padStart(5)} ${String(fp).padStart(7)} ${String(d).padStart(8)} ${pct(fp, a.length).padStart(8)}  ${PERSONAL_HAM.has(cat) ? '<=0.5%' : '<=1%'}`,
    );
  }
  p();
  const two = twoSidedHam(rows);
  if (two.size) {
    p('## Ham conversations as two-sided chats (turns alternate in/out, each side once the user)');
    p('category                          incoming      FP  FP rate');
    for (const [cat, c] of [...two].sort((a, b) => a[0].localeCompare(b[0]))) {
      p(
        `${cat.padEnd(30)} ${String(c.n).padStart(11)} ${String(c.fp).padStart(7)} ${pct(c.fp, c.n).padStart(8)}`,
      );
    }
    p();
  }
  // Quoted scam conversations
  const quoted = scored.filter((s) => s.row.file === 'quoted_scam_lures');
  if (quoted.length) {
    const convs = new Map<string, Scored[]>();
    for (const s of quoted) {
      const k = s.row.thread ?? `single:${s.row.id}`;
      const a = convs.get(k) ?? [];
      convs.set(k, a);
      a.push(s);
    }
    const multi = [...convs.entries()].filter(([k]) => !k.startsWith('single:'));
    const singles = [...convs.entries()].filter(([k]) => k.startsWith('single:'));
    const firstTurns: number[] = [];
    let warned = 0;
    const missed: string[] = [];
    for (const [k, a] of multi) {
      const idx = a.findIndex((s) => flagged(s.v) && s.row.direction !== 'out');
      if (idx >= 0) {
        warned++;
        firstTurns.push(a[idx]?.row.turn ?? idx + 1);
      } else missed.push(`${k.replace('quoted_scam_lures:', '')} (${a.length} msgs)`);
    }
    firstTurns.sort((x, y) => x - y);
    const median = firstTurns.length ? (firstTurns[Math.floor((firstTurns.length - 1) / 2)] as number) : NaN;
    p('## Quoted scam conversations (per conversation: a warning on any incoming message)');
    p(
      `conversations with a conversation id: ${warned}/${multi.length} warned (${pct(warned, multi.length)}), target >=90%; median turn of first warning: ${median}`,
    );
    const sw = singles.filter(([, a]) => flagged((a[0] as Scored).v)).length;
    p(
      `single quoted lines (no conversation id), each as its own conversation: ${sw}/${singles.length} warned (${pct(sw, singles.length)})`,
    );
    p(
      `all together: ${warned + sw}/${multi.length + singles.length} (${pct(warned + sw, multi.length + singles.length)})`,
    );
    if (missed.length) p(`conversations without a warning: ${missed.join(', ')}`);
    p();
  }
  const show = (s: Scored) =>
    `  [${s.v.level} ${s.v.score}] ${s.row.file}/${s.row.category} ${s.row.id}: ${JSON.stringify(s.row.text.slice(0, 160))}\n      reasons: ${s.v.reasons.map((r) => r.ruleId + (r.fromMessage !== undefined ? `@${r.fromMessage}` : '')).join(', ') || '-'}`;
  const nWorst = Number(process.env.EVAL_SHOW ?? 25);
  p(`## Worst false positives (top ${nWorst} by score)`);
  const fps = scored
    .filter((s) => s.row.label === 'ham' && flagged(s.v))
    .sort((a, b) => b.v.score - a.v.score);
  for (const s of fps.slice(0, nWorst)) p(show(s));
  p();
  p(`## Misses (scam, not marketing; up to ${nWorst}, highest score first, spread over categories)`);
  const misses = scored.filter(
    (s) => s.row.label === 'scam' && !MARKETING.has(s.row.category) && !flagged(s.v),
  );
  const perCat = new Map<string, number>();
  const shownMisses = misses
    .sort((a, b) => b.v.score - a.v.score)
    .filter((s) => {
      const n = perCat.get(s.row.category) ?? 0;
      perCat.set(s.row.category, n + 1);
      return n < Math.max(3, Math.ceil(nWorst / 8));
    });
  for (const s of shownMisses.slice(0, nWorst)) p(show(s));
  p();
  // Rule table: each message's own hits (not carried).
  const engine = getEngine();
  const table = new Map<string, { scam: number; ham: number; mkt: number }>();
  for (const s of scored) {
    const hits = collectHits(engine, s.row.text);
    for (const id of hits.reasons.keys()) {
      const t = table.get(id) ?? { scam: 0, ham: 0, mkt: 0 };
      table.set(id, t);
      if (s.row.label === 'ham') t.ham++;
      else if (MARKETING.has(s.row.category)) t.mkt++;
      else t.scam++;
    }
  }
  p('## Rule table (own hits per message; precision = fraud hits / (fraud + ham hits); marketing apart)');
  p('rule                                   fraud    ham  mktg  precision');
  for (const [id, t] of [...table.entries()].sort((a, b) => b[1].scam + b[1].ham - (a[1].scam + a[1].ham))) {
    p(
      `${id.padEnd(38)} ${String(t.scam).padStart(6)} ${String(t.ham).padStart(6)} ${String(t.mkt).padStart(5)}  ${pct(t.scam, t.scam + t.ham).padStart(8)}`,
    );
  }
  const unused = engine.rules.filter((r) => r.scored && !table.has(r.id)).map((r) => r.id);
  p(`rules with no hit on this corpus (${unused.length}): ${unused.join(', ')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() as string)) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    process.exit(2);
  }
}
