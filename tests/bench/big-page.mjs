// A WhatsApp-Web-shaped page with many messages (invented content), for the responsiveness e2e
// test and the content benchmark. It carries a tiny probe script that measures how late the
// page's own timers fire (the longest gap = how long the main thread was blocked).
import { esc, HAM, SCAM } from '../fixtures/sites/generate.mjs';

const EXTRA_HAM = [
  'Running 10 minutes late, sorry!',
  'Did you see the match last night? Unbelievable finish.',
  'Can you pick up milk and bread on the way home?',
  'The plumber comes Thursday between 9 and 12.',
  'Thanks for the photos, they came out great 📷',
  'Mum says lunch on Sunday at 1, bring a dessert.',
  'I sent the invoice for March, let me know if anything is missing.',
  'Haha that is hilarious',
  'Flight lands at 18:40, terminal 2.',
  'Good luck with the interview tomorrow!',
];

/** One message row, as in tests/fixtures/sites/whatsapp/*.html. */
export function row(i, dir, text) {
  const out = dir === 'out';
  const h = String(8 + (Math.floor(i / 60) % 12)).padStart(2, '0');
  const m = String(i % 60).padStart(2, '0');
  return `<div role="row"><div tabindex="-1" data-id="${out}_447700900123@c.us_3EB0${i.toString(16).toUpperCase()}F"><div class="message-${out ? 'out' : 'in'} focusable-list-item"><div class="copyable-text" data-pre-plain-text="[${h}:${m}, 3/10/2026] ${out ? 'Sam Carter' : 'Jo Rivera'}: "><span dir="ltr" class="selectable-text copyable-text" data-testid="msg-text"><span>${esc(text).replace(/\n/g, '<br>')}</span></span></div><div><span dir="auto">${h}:${m}</span></div></div></div></div>`;
}

/** The text and direction of message i of the big page (a scam script every 250 messages). */
export function message(i) {
  const k = i % 250;
  if (k >= 240 && k - 240 < SCAM.length) return SCAM[k - 240];
  const pool = [...HAM, ...EXTRA_HAM.map((t, j) => [j % 3 === 0 ? 'out' : 'in', t])];
  const [dir, text] = pool[i % pool.length];
  return [dir, `${text}${i % 7 === 0 ? ` (${i})` : ''}`];
}

export const PROBE = `<script>
(() => {
  const p = (window.__probe = { maxGap: 0, since: performance.now(), longTasks: [] });
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    if (now - last > p.maxGap) p.maxGap = now - last;
    last = now;
    setTimeout(tick, 1);
  };
  setTimeout(tick, 1);
  p.reset = () => { p.maxGap = 0; p.longTasks = []; last = performance.now(); p.since = last; };
  // Test build: the content script announces that its one-time set-up (rule compilation) is done
  // and scanning starts; what came before is kept apart.
  document.addEventListener('lurewatch-test-scan-start', () => {
    p.scanStartAt = performance.now();
    p.beforeScan = { maxGap: p.maxGap, longTasks: p.longTasks };
    p.reset();
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) p.longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // Append n messages in batches, like a chat loading history or receiving messages.
  p.appendTimes = [];
  window.__append = (html) => {
    p.appendTimes.push(performance.now());
    const list = document.querySelector('[role="application"]');
    const t = document.createElement('template');
    t.innerHTML = html;
    list.append(t.content);
  };
})();
</script>`;

/**
 * `hold`: the test build's content script waits for the page's `lurewatch-test-go` event before
 * scanning (the benchmark traces the scan alone, after the page has loaded and gone idle).
 */
export function bigWhatsAppPage(n = 2000, { hold = false } = {}) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    const [dir, text] = message(i);
    rows.push(row(i, dir, text));
  }
  return `<!doctype html>
<html lang="en"${hold ? ' data-lw-hold' : ''}><head><meta charset="utf-8"><title>WhatsApp</title>${PROBE}
<style>body{font-family:sans-serif;margin:0}#main{height:100vh;overflow:auto}.message-out{margin-left:30%}</style></head>
<body><div id="app"><div id="main"><header><span dir="auto" title="Jo Rivera">Jo Rivera</span></header>
<div class="copyable-area"><div data-testid="conversation-panel-body"><div role="application" aria-label="Message list">
${rows.join('\n')}
</div></div></div></div></div>
<script>
// A chat opens at its latest message, as WhatsApp Web does.
document.getElementById('main').scrollTop = 1e9;
</script></body></html>`;
}
