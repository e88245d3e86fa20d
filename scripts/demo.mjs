// `npm run demo`: builds both targets, then opens Chromium with Lurewatch on a bundled demo chat
// page (a WhatsApp-like page served from this machine, with a scripted scam conversation).
// With a display, the browser window stays open until you close it. Without one, it runs
// headless, saves a screenshot of the page with its warnings, and prints where the built
// extension is and how to load it in Chrome and Firefox.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, launchChromium, ROOT, startFixtureServer, waitFor } from '../tests/e2e/harness.mjs';

const DEMO_PAGE = '/sites/whatsapp/scam.html';

console.log('Building Lurewatch for Chrome and Firefox (dist/chrome, dist/firefox)...');
execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
// The demo page is served from 127.0.0.1, which the shipped extension never reads; the test
// build is the same extension plus that one match.
execFileSync('npm', ['run', '--silent', 'build:test'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

const server = await startFixtureServer();
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const b = await launchChromium({ headless: !headed });
const page = await b.newPage();
await page.goto(server.url(DEMO_PAGE));
const count = await waitFor(
  () => page.evaluate(() => document.querySelectorAll('[data-testid="lurewatch-warning"]').length),
  'Lurewatch to annotate the demo page',
  20_000,
);
console.log(`Lurewatch put ${count} warning(s) on the demo chat page.`);

const where = `
Built extension:
  Chrome:  ${path.join(ROOT, 'dist/chrome')}
  Firefox: ${path.join(ROOT, 'dist/firefox')}
Load it in Chrome:  chrome://extensions → turn on "Developer mode" → "Load unpacked" → choose dist/chrome
Load it in Firefox: about:debugging#/runtime/this-firefox → "Load Temporary Add-on…" → choose dist/firefox/manifest.json
Store zips: npm run package (artifacts/packages/)`;

if (headed) {
  console.log(
    `${where}\n\nThe demo is open in Chromium (${server.url(DEMO_PAGE)}). Close the window to finish.`,
  );
  await new Promise((resolve) => b.context.on('close', resolve));
  await server.close();
} else {
  const dir = path.join(ARTIFACTS, 'demo');
  fs.mkdirSync(dir, { recursive: true });
  const shot = path.join(dir, 'demo-chat.png');
  // Let the warnings finish rendering before the picture.
  await page.waitForTimeout(500);
  await page.screenshot({ path: shot, fullPage: true });
  await b.close();
  await server.close();
  console.log(
    `No display found, so the demo ran headless.\nScreenshot of the demo page with its warnings: ${shot}\n${where}`,
  );
}
