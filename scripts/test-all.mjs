// `npm test`: every check, in order, with a summary. Steps run even after a failure so one run
// shows everything that is wrong; the exit code is non-zero if any step failed.
//   lint+format (biome) · typecheck (tsc) · unit and corpus tests (vitest) · build both targets ·
//   checks on the built manifests and code · web-ext lint (0 errors) · test build · end-to-end
//   tests in real Chromium and Firefox ESR.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (n) => path.join(root, 'node_modules/.bin', n);
const artifacts = path.join(root, 'artifacts');
fs.mkdirSync(artifacts, { recursive: true });

function run(cmd, args, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit' });
    let out = '';
    if (capture) {
      child.stdout.on('data', (d) => {
        out += d;
        process.stdout.write(d);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

/** Count passes and failures in node:test TAP output. */
function tapCounts(out) {
  const pass = Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 0);
  const cancelled = Number(/^# cancelled (\d+)/m.exec(out)?.[1] ?? 0);
  return { pass, fail: fail + cancelled };
}

const steps = [
  { name: 'lint + format (biome)', run: () => run(bin('biome'), ['check', '.']) },
  { name: 'typecheck (tsc)', run: () => run(bin('tsc'), ['--noEmit']) },
  {
    name: 'unit + corpus tests (vitest)',
    run: async () => {
      const json = path.join(artifacts, 'vitest.json');
      fs.rmSync(json, { force: true });
      const r = await run(bin('vitest'), [
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile=${json}`,
      ]);
      if (!fs.existsSync(json)) return { ...r, pass: 0, fail: 1 };
      const report = JSON.parse(fs.readFileSync(json, 'utf8'));
      return {
        ...r,
        pass: report.numPassedTests,
        fail: report.numFailedTests + (report.numTotalTestSuites ? 0 : 1),
      };
    },
  },
  { name: 'build (chrome + firefox)', run: () => run('npm', ['run', '--silent', 'build']) },
  {
    name: 'checks on the built extension',
    run: async () => {
      const r = await run('node', ['--test', '--test-reporter=tap', 'tests/build/'], { capture: true });
      return { ...r, ...tapCounts(r.out) };
    },
  },
  {
    name: 'web-ext lint (dist/firefox)',
    run: async () => {
      const r = await run(
        bin('web-ext'),
        ['lint', '--source-dir', 'dist/firefox', '--self-hosted=false', '--output=json'],
        {
          capture: true,
        },
      );
      try {
        const lint = JSON.parse(r.out.slice(r.out.indexOf('{')));
        console.log(
          `\nweb-ext lint: ${lint.summary.errors} errors, ${lint.summary.warnings} warnings, ${lint.summary.notices} notices`,
        );
        for (const w of lint.warnings) console.log(`  warning ${w.code}: ${w.file}`);
        return { code: lint.summary.errors === 0 ? 0 : 1 };
      } catch {
        return { code: 1 };
      }
    },
  },
  { name: 'test build (dist-test)', run: () => run('npm', ['run', '--silent', 'build:test']) },
  {
    name: 'end-to-end (Chromium + Firefox ESR)',
    run: async () => {
      const r = await run('node', ['--test', '--test-concurrency=1', '--test-reporter=tap', 'tests/e2e/'], {
        capture: true,
      });
      return { ...r, ...tapCounts(r.out) };
    },
  },
];

const results = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}`);
  const started = performance.now();
  const r = await step.run();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  results.push({ name: step.name, ok: r.code === 0, seconds, pass: r.pass, fail: r.fail });
}

console.log('\n=== summary');
let passed = 0;
let failed = 0;
for (const r of results) {
  const counts = r.pass !== undefined ? ` (${r.pass} passed, ${r.fail} failed)` : '';
  console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}  ${r.seconds}s${counts}`);
  if (r.pass !== undefined) {
    passed += r.pass;
    failed += r.fail;
  } else if (r.ok) passed += 1;
  else failed += 1;
  if (!r.ok && r.pass !== undefined && r.fail === 0) failed += 1;
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
