/**
 * npm run bench [-- FILE|DIR ...] [--profile]
 *
 * Messages per second single-threaded over the corpus (each message alone, then as threads),
 * p50/p99 time per message, and 1 MB adversarial inputs. --profile adds the slowest rules.
 */
import { cpus, loadavg } from 'node:os';
import { analyze, analyzeThread, getEngine } from '../engine/index.ts';
import { normalize } from '../engine/normalize.ts';
import { type CorpusRow, groupThreads, listFiles, loadRows } from './corpus.ts';

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);

/** 1 MB inputs built to hurt: long runs, near-misses of every indicator, mixed scripts. */
export function adversarialInputs(): { name: string; text: string }[] {
  const MB = 1 << 20;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  return [
    { name: 'one letter repeated', text: fill('a') },
    { name: 'spaced letters "u s d t "', text: fill('u s d t ') },
    { name: 'digits and dots (IP/phone near-misses)', text: fill('1.2.3.4 +1 ') },
    { name: 'base58 run (wallet near-miss)', text: fill('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN') },
    { name: 'hyphenated labels (domain near-miss)', text: fill('a-b.c-d.') },
    {
      name: 'lure phrases repeated',
      text: fill('I invested $1000 and got $10000, contact @anna_trades on telegram. '),
    },
    { name: 'Chinese text', text: fill('您好我是公安局的警官你的账户涉嫌洗钱请转账到安全账户') },
    { name: 'zero-width and emoji soup', text: fill('t\u200be\u200bl🔥e\u200bg') },
    { name: 'leet and confusables', text: fill('b1tc0in wh@tsapp Тelеgram ') },
    { name: '@ and # storms', text: fill('@#@_#_.@a_') },
    {
      name: 'random printable',
      text: Array.from({ length: MB }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 95))).join(''),
    },
  ];
}

function main(): void {
  const args = process.argv.slice(2);
  const profile = args.includes('--profile');
  const rows: CorpusRow[] = listFiles(args.filter((a) => !a.startsWith('--'))).flatMap(loadRows);
  const texts = rows.map((r) => r.text);
  const out: string[] = [];
  const p = (s = '') => out.push(s);
  p(
    `Lurewatch bench: node ${process.version}, ${texts.length} corpus messages, ${getEngine().rules.length} rules`,
  );
  // warm-up (JIT), then measure
  // cold pass (first sight of every rule: V8 compiles each regex lazily), then the measured pass
  const c0 = performance.now();
  for (const t of texts) analyze(t);
  const cold = performance.now() - c0;
  // Throughput: whole passes with no per-message timer (best of 3 passes).
  let bestPass = Number.POSITIVE_INFINITY;
  let cpuSeconds = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 3; pass++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (const t of texts) analyze(t);
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    if (wall < bestPass) {
      bestPass = wall;
      cpuSeconds = (cpu.user + cpu.system) / 1e6;
    }
  }
  // Latency: one more pass timing each message.
  const times = new Float64Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const s = performance.now();
    analyze(texts[i] as string);
    times[i] = performance.now() - s;
  }
  const sorted = Array.from(times).sort((a, b) => a - b);
  p(
    `cold first pass: ${(texts.length / (cold / 1000)).toFixed(0)} msgs/s (includes regex compilation and JIT warm-up)`,
  );
  p(
    `load average when measured: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} on ${cpus().length} cores`,
  );
  p(
    `single messages (best of 3 passes): ${(texts.length / (bestPass / 1000)).toFixed(0)} msgs/s wall, ${(texts.length / cpuSeconds).toFixed(0)} msgs per CPU-second`,
  );
  p(
    `latency per message: p50 ${fmt(percentile(sorted, 50))}, p99 ${fmt(percentile(sorted, 99))}, max ${fmt(sorted[sorted.length - 1] ?? 0)}`,
  );
  const t1 = performance.now();
  let n = 0;
  for (const g of groupThreads(rows)) {
    analyzeThread(g.map((r) => ({ text: r.text, direction: r.direction ?? 'in' })));
    n += g.length;
  }
  const tt = performance.now() - t1;
  p(`as threads (analyzeThread over each conversation): ${(n / (tt / 1000)).toFixed(0)} msgs/s`);
  p();
  p('1 MB adversarial inputs (best of 3 runs each; target < 50 ms):');
  for (const { name, text } of adversarialInputs()) {
    let best = Number.POSITIVE_INFINITY;
    let level = '';
    for (let k = 0; k < 3; k++) {
      const s = performance.now();
      const v = analyze(text);
      best = Math.min(best, performance.now() - s);
      level = v.level;
    }
    p(`  ${name.padEnd(42)} ${fmt(best).padStart(10)}  (${level})`);
  }
  if (profile) {
    const engine = getEngine();
    const norms = texts.map((t) => normalize(t).text);
    const cost: [string, number][] = [];
    for (const r of engine.patternRules) {
      const re = r.re as RegExp;
      const s = performance.now();
      for (const t of norms) re.exec(t);
      cost.push([r.id, performance.now() - s]);
    }
    cost.sort((a, b) => b[1] - a[1]);
    p();
    p('slowest rules (regex alone over the whole corpus, no prefilter):');
    for (const [id, ms] of cost.slice(0, 15)) p(`  ${id.padEnd(40)} ${ms.toFixed(1)} ms`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1]?.endsWith('bench.ts')) main();
