// Store-ready zips of both targets: builds them, lints the Firefox one, zips each with web-ext.
// Output: artifacts/packages/lurewatch-{chrome,firefox}-<version>.zip
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'artifacts/packages');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

run('npm', ['run', '--silent', 'build']);
const lint = JSON.parse(
  execFileSync(
    bin('web-ext'),
    ['lint', '--source-dir', 'dist/firefox', '--self-hosted=false', '--output=json'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  ),
);
if (lint.summary.errors > 0) {
  console.error(`web-ext lint found ${lint.summary.errors} error(s) in dist/firefox; not packaging.`);
  for (const e of lint.errors) console.error(`  ${e.code}: ${e.message} (${e.file ?? ''})`);
  process.exit(1);
}
fs.mkdirSync(out, { recursive: true });
for (const target of ['chrome', 'firefox']) {
  run(bin('web-ext'), [
    'build',
    '--source-dir',
    `dist/${target}`,
    '--artifacts-dir',
    out,
    '--filename',
    `lurewatch-${target}-{version}.zip`,
    '--overwrite-dest',
  ]);
}
for (const f of fs.readdirSync(out).filter((f) => f.endsWith('.zip'))) {
  console.log(`${path.join(out, f)}  ${fs.statSync(path.join(out, f)).size} bytes`);
}
