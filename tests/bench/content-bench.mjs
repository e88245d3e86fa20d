// Content-script benchmark (not a test): `npm run build:test && node tests/bench/content-bench.mjs`
// (for the shipped bundle size also `npm run build:chrome`). Options: LW_BENCH_REPS (3),
// LW_BENCH_BATCH (messages per append, 10), LW_BENCH_ADDED (messages appended after the scan, 200).
//
// Real headless Chromium with the TEST build, a WhatsApp-shaped fixture page with 2,000 messages
// (tests/bench/big-page.mjs, invented content). Measured with Chrome tracing on the page's
// renderer main thread (outermost tasks only; both runs trace the same length of time with the
// same stats probes), as CPU time (`tdur`, robust on a busy machine) and wall time (`dur`):
//   0. the content script's start (module evaluation, settings): the page loads with the test
//      build's hold (big-page.mjs), the script starts and waits; CPU of its tasks while loading;
//   1. initial scan + annotate, on the loaded and idle page (the bench then releases the hold):
//      main-thread time with the extension minus the same window on the same page loaded where
//      the content script does not run (http://localhost instead of 127.0.0.1); the page's own
//      loading is out of both sides;
//   2. the longest main-thread task that ran extension code (a task is attributed to the extension
//      when a script event inside it comes from chrome-extension://);
//   3. per message added afterwards: 200 messages appended in batches of 10, extension run minus
//      the baseline run, divided by 200, also split into rendering tasks (frames: mostly the page
//      laying out its own new rows, the largest source of noise between two runs) and all other
//      tasks; and, as a direct figure without the two-run noise, the time our own code ran per
//      message, timed by the scanner where it is entered;
//   (the engine runs in the extension's background, not on the page: its time is reported apart,
//   as the background measured it, with the end-to-end latency until the warnings are shown;)
//   4. scrolling up through the whole chat afterwards (a screen every 100 ms), extension run minus
//      baseline: the warnings far up the history are rendered and placed only then (deferred at
//      the first scan), so their cost is here: how many, in how many frames, the CPU added and
//      the longest task;
//   5. the content-script bundle size (dist/chrome, or dist-test/chrome if dist is missing).
// Run it when the machine is quiet: wall times include time the OS gave to other processes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { launchChromium, ROOT, startFixtureServer } from '../e2e/harness.mjs';
import { bigWhatsAppPage, message, row } from './big-page.mjs';

const N = 2000;
const ADDED = Number(process.env.LW_BENCH_ADDED ?? 200);
// Messages per append: 10 (a chat loading history) by default; LW_BENCH_BATCH=1 for one at a time.
const BATCH = Number(process.env.LW_BENCH_BATCH ?? 10);
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'];

async function trace(cdp, fn) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
  await fn();
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return events;
}

const PAGE_PATH = '/sites/whatsapp/big-2000.html';

/**
 * Renderer process(es) of the traced page: where its document committed or its HTML was parsed.
 * (The trace also holds other renderers, e.g. the browser's own omnibox WebUI; they are not the
 * page's main thread and are left out.)
 */
function pagePids(events) {
  const pids = new Set();
  for (const e of events) {
    const d = e.args?.data ?? {};
    if (e.name === 'FrameCommittedInBrowser' && String(d.url ?? '').includes(PAGE_PATH) && d.processId)
      pids.add(d.processId);
    if (e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').includes(PAGE_PATH)) pids.add(e.pid);
  }
  return pids;
}

/** Top-level tasks on the renderer main thread of the traced page, with extension attribution. */
function mainThreadTasks(events, pids) {
  const mains = new Set(
    events
      .filter(
        (e) =>
          e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid),
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
  if (mains.size === 0) throw new Error('the page renderer main thread is not in the trace');
  const onMain = events.filter((e) => mains.has(`${e.pid}:${e.tid}`));
  // Chromium emits a task both as ThreadControllerImpl::RunTask and as a RunTask nested in it:
  // count only outermost tasks, or every task would be counted twice.
  const all = onMain
    .filter((e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'))
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const outer = [];
  const endOf = new Map();
  for (const e of all) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ts < (endOf.get(key) ?? Number.NEGATIVE_INFINITY)) continue;
    endOf.set(key, e.ts + (e.dur ?? 0));
    outer.push(e);
  }
  const tasks = outer.map((e) => ({
    pid: e.pid,
    tid: e.tid,
    ts: e.ts,
    end: e.ts + (e.dur ?? 0),
    dur: (e.dur ?? 0) / 1000,
    tdur: (e.tdur ?? e.dur ?? 0) / 1000,
    ext: false,
    render: false,
  }));
  const extScripts = onMain.filter((e) => {
    const url = e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? e.args?.fileName ?? '';
    return typeof url === 'string' && url.startsWith('chrome-extension://');
  });
  // Attribute: tasks are sorted; an event is matched to the task that contains it.
  tasks.sort((a, b) => a.ts - b.ts);
  const taskOf = (e) => {
    let lo = 0;
    let hi = tasks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tasks[mid].ts <= e.ts) lo = mid + 1;
      else hi = mid - 1;
    }
    const t = tasks[hi];
    return t && e.ts <= t.end && t.pid === e.pid && t.tid === e.tid ? t : null;
  };
  for (const s of extScripts) {
    const t = taskOf(s);
    if (t) t.ext = true;
  }
  // For the longest tasks: what ran inside (largest nested events), to name the cost.
  for (const t of tasks
    .filter((x) => x.ext)
    .sort((x, y) => y.dur - x.dur)
    .slice(0, 6)) {
    t.inside = onMain
      .filter(
        (e) =>
          e.ph === 'X' &&
          e.ts >= t.ts &&
          e.ts < t.end &&
          e.name !== 'ThreadControllerImpl::RunTask' &&
          e.name !== 'RunTask',
      )
      .sort((x, y) => (y.dur ?? 0) - (x.dur ?? 0))
      .slice(0, 3)
      .map(
        (e) =>
          `${e.name}${e.args?.data?.url ? ` ${String(e.args.data.url).split('/').pop()}` : ''}${e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''} ${r1((e.dur ?? 0) / 1000)}ms`,
      );
  }
  // Rendering tasks (style, layout, paint of a frame): the page's own work for the rows it
  // appends, unless we insert a warning. They carry most of the two-run noise per message.
  for (const e of onMain) {
    if (e.name !== 'AnimationFrame::Render' || e.ph !== 'b') continue;
    const t = taskOf(e);
    if (t) t.render = true;
  }
  tasks.byName = {};
  for (const e of onMain) {
    if (e.ph !== 'X' || !BREAKDOWN.includes(e.name)) continue;
    tasks.byName[e.name] = (tasks.byName[e.name] ?? 0) + (e.dur ?? 0) / 1000;
  }
  return tasks;
}

/** Main-thread event kinds reported apart (wall ms, extension run minus baseline). */
const BREAKDOWN = [
  'Layout',
  'UpdateLayoutTree',
  'Paint',
  'EvaluateScript',
  'v8.compile',
  'FunctionCall',
  'TimerFire',
  'MajorGC',
  'MinorGC',
  'ParseHTML',
];

const sum = (xs, k) => xs.reduce((a, x) => a + x[k], 0);
const r1 = (x) => Math.round(x * 10) / 10;

async function stats(page) {
  return page.evaluate(() => {
    document.dispatchEvent(new CustomEvent('lurewatch-test-stats'));
    return JSON.parse(document.documentElement.getAttribute('data-lw-stats') ?? 'null');
  });
}

/**
 * Extension run: poll until the scanner has read `n` messages and is idle, then 400 ms more.
 * Baseline run: poll the same way (nobody answers) until `untilMs` after `since`, so both traces
 * cover the same length of time (the page's own timers cost the same in both) and the same probes.
 */
async function waitIdle(page, n, withExtension, since, untilMs) {
  const end = Date.now() + 120_000;
  if (!withExtension) {
    while (Date.now() - since < untilMs) {
      await stats(page);
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  }
  while (Date.now() < end) {
    const s = await stats(page);
    if (s && s.scanned >= n && !s.busy) {
      await new Promise((r) => setTimeout(r, 400)); // let the warning renders and state report finish
      return s;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the scanner did not finish ${n} messages`);
}

function addedHtml(batch) {
  const rows = [];
  for (let i = 0; i < BATCH; i++) {
    const k = N + batch * BATCH + i;
    const [dir, text] = message(k);
    rows.push(row(k, dir, text));
  }
  return rows.join('');
}

async function run(context, url, withExtension, durations = null) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let initial;
  let t0 = Date.now();
  // 0. Loading: the page loads and goes idle; the content script starts and waits (the page
  // holds it, see big-page.mjs), so what it costs to start is measured apart from the scan.
  const evL = await trace(cdp, async () => {
    await page.goto(url, { waitUntil: 'load' });
    const end = Date.now() + 10_000;
    while (withExtension && Date.now() < end) {
      if (await page.evaluate(() => document.documentElement.hasAttribute('data-lw-held'))) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    if (withExtension && !(await page.evaluate(() => document.documentElement.hasAttribute('data-lw-held'))))
      throw new Error('the content script did not start on the benchmark page');
    await new Promise((r) => setTimeout(r, 1500));
  });
  // 1. The initial scan and annotation, on a loaded, idle page: the page's own loading is out of
  // both runs (it varied by tens of ms from one load to the next and swamped the difference).
  const evA = await trace(cdp, async () => {
    t0 = Date.now();
    await page.evaluate(() => document.dispatchEvent(new CustomEvent('lurewatch-test-go')));
    initial = await waitIdle(page, N, withExtension, t0, durations?.a);
  });
  const aMs = Date.now() - t0;
  let after;
  const evB = await trace(cdp, async () => {
    t0 = Date.now();
    for (let b = 0; b < ADDED / BATCH; b++) {
      await page.evaluate((html) => window.__append(html), addedHtml(b));
      await new Promise((r) => setTimeout(r, 60));
    }
    after = await waitIdle(page, N + ADDED, withExtension, t0, durations?.b);
  });
  const bMs = Date.now() - t0;
  // 3. Scroll up through the whole chat, a screen every 100 ms, like a reader: the warnings far
  // up the history are rendered and placed now (deferred at the first scan).
  let scrolledFrom;
  let scrolled;
  const evC = await trace(cdp, async () => {
    t0 = Date.now();
    scrolledFrom = withExtension ? await stats(page) : null;
    await page.evaluate(async () => {
      const main = document.getElementById('main');
      while (main.scrollTop > 0) {
        main.scrollTop -= main.clientHeight;
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    scrolled = await waitIdle(page, N + ADDED, withExtension, t0, durations?.c);
  });
  const cMs = Date.now() - t0;
  const probe = await page.evaluate(() => ({
    maxGap: window.__probe.maxGap,
    beforeScan: window.__probe.beforeScan ?? null,
    scanStartAt: window.__probe.scanStartAt ?? null,
    appendTimes: window.__probe.appendTimes,
  }));
  await page.close();
  const pids = pagePids(evL);
  return {
    load: mainThreadTasks(evL, pids),
    a: mainThreadTasks(evA, pids),
    b: mainThreadTasks(evB, pids),
    c: mainThreadTasks(evC, pids),
    initial,
    after,
    scrolledFrom,
    scrolled,
    probe,
    durations: { a: aMs, b: bMs, c: cMs },
  };
}

/**
 * End-to-end latency of each append: from the page appending the rows until the scanner next ran
 * out of work (read, scored in the background, warnings shown). Page and content script share the
 * document's clock (performance.now()).
 */
function appendLatencies(appendTimes, idleTimes) {
  const sorted = [...idleTimes].sort((x, y) => x - y);
  return appendTimes.map((t) => {
    const idle = sorted.find((i) => i > t);
    return idle === undefined ? Number.NaN : idle - t;
  });
}

function bundleSize() {
  const dir = fs.existsSync(path.join(ROOT, 'dist/chrome/manifest.json'))
    ? 'dist/chrome'
    : 'dist-test/chrome';
  const base = path.join(ROOT, dir);
  const manifest = JSON.parse(fs.readFileSync(path.join(base, 'manifest.json'), 'utf8'));
  // Files loaded on every matching page (static imports) and those loaded on demand (dynamic
  // import(): the engine, only on pages with an adapter).
  const kind = new Map();
  const visit = (rel, lazy) => {
    const file = path.join(base, rel);
    if (!fs.existsSync(file)) return;
    if (kind.has(file) && (lazy || kind.get(file) === 'initial')) return;
    kind.set(file, lazy ? 'on-demand' : 'initial');
    const src = fs.readFileSync(file, 'utf8');
    const resolve = (spec) =>
      path.normalize(spec.startsWith('/') ? spec.slice(1) : path.join(path.dirname(rel), spec));
    for (const m of src.matchAll(/(?:from\s*|import\s*)["'`]([^"'`]+\.js)["'`]/g)) visit(resolve(m[1]), lazy);
    for (const m of src.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) visit(resolve(m[1]), true);
    // The crxjs loader imports the content module through runtime.getURL: part of the initial load.
    for (const m of src.matchAll(/getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g))
      visit(path.normalize(m[1].replace(/^\//, '')), lazy);
  };
  for (const cs of manifest.content_scripts ?? []) for (const js of cs.js ?? []) visit(js, false);
  const files = [...kind].map(([f, k]) => {
    const buf = fs.readFileSync(f);
    return {
      file: path.relative(base, f),
      load: k,
      bytes: buf.length,
      gzip: zlib.gzipSync(buf, { level: 9 }).length,
    };
  });
  const initial = files.filter((f) => f.load === 'initial');
  return {
    dir,
    files,
    initial: { bytes: sum(initial, 'bytes'), gzip: sum(initial, 'gzip') },
    bytes: sum(files, 'bytes'),
    gzip: sum(files, 'gzip'),
  };
}

/** Figures of one repetition: the extension run against the baseline run. */
function figures(base, ext) {
  const extTasksA = ext.a.filter((t) => t.ext);
  const extTasksB = ext.b.filter((t) => t.ext);
  const longest = (ts, k) => ts.reduce((m, t) => Math.max(m, t[k]), 0);
  const ms3 = (x) => Math.round(x * 1000) / 1000;
  const lat = appendLatencies(ext.probe.appendTimes, ext.after.idleTimes ?? []).sort((x, y) => x - y);
  return {
    // The content script's start on the page (module evaluation, settings, the layer), before it
    // scans: CPU of the loading trace's tasks that ran extension code.
    startup: {
      cpuMsInTasksRunningExtensionCode: r1(
        sum(
          ext.load.filter((t) => t.ext),
          'tdur',
        ),
      ),
      tasksRunningExtensionCode: ext.load.filter((t) => t.ext).length,
      longestExtensionTaskCpuMs: r1(
        longest(
          ext.load.filter((t) => t.ext),
          'tdur',
        ),
      ),
    },
    initial: {
      extensionCpuMs: r1(sum(ext.a, 'tdur') - sum(base.a, 'tdur')),
      extensionWallMs: r1(sum(ext.a, 'dur') - sum(base.a, 'dur')),
      mainThreadCpuMs: { withExtension: r1(sum(ext.a, 'tdur')), baseline: r1(sum(base.a, 'tdur')) },
      breakdownWallMs: Object.fromEntries(
        BREAKDOWN.map((n) => [n, r1((ext.a.byName[n] ?? 0) - (base.a.byName[n] ?? 0))]),
      ),
      tasksRunningExtensionCode: extTasksA.length,
      cpuMsInTasksRunningExtensionCode: r1(sum(extTasksA, 'tdur')),
      scanner: {
        busyMs: r1(ext.initial.busyMs),
        analyzeMs: r1(ext.initial.analyzeMs),
        phaseMs: Object.fromEntries(Object.entries(ext.initial.phaseMs).map(([k, v]) => [k, r1(v)])),
        slices: ext.initial.slices,
        longestSliceMs: r1(ext.initial.longestSliceMs),
        findings: ext.initial.findings,
        analyses: ext.initial.analyses,
      },
      // Warnings are placed over animation frames (nearest the viewport first): how many frames,
      // how many warnings, the longest placing step, and when the last one was placed.
      warnings: ext.initial.layer
        ? {
            placed: ext.initial.layer.placed,
            // Far off screen: rendered and placed when the user scrolls near them.
            deferred: ext.initial.layer.deferred,
            frames: ext.initial.layer.frames,
            longestPlacingMs: r1(ext.initial.layer.longestFrameMs),
            lastPlacedMsFromScanStart: r1(ext.initial.layer.lastPlacedAt - (ext.probe.scanStartAt ?? 0)),
          }
        : null,
      endToEnd: {
        // The scanner's last idle time after the initial scan = all warnings shown (the scanner
        // is not idle while warnings wait for their frames).
        fromScanStartMs: r1(ext.initial.idleAt - (ext.probe.scanStartAt ?? 0)),
      },
      background: {
        engineMs: r1(ext.initial.analyzeMs),
        requests: ext.initial.requests,
        failedRequests: ext.initial.failedRequests,
        roundTripMsSum: r1(ext.initial.roundTripMs),
        longestRoundTripMs: r1(ext.initial.longestRoundTripMs),
      },
    },
    longestExtensionTask: {
      cpuMs: r1(longest(extTasksA, 'tdur')),
      wallMs: r1(longest(extTasksA, 'dur')),
      longestTasksInside: extTasksA
        .filter((t) => t.inside)
        .sort((x, y) => y.dur - x.dur)
        .slice(0, 3)
        .map((t) => ({ wallMs: r1(t.dur), cpuMs: r1(t.tdur), inside: t.inside })),
      longestBaselineTaskWallMs: r1(longest(base.a, 'dur')),
    },
    added: {
      messages: ADDED,
      perMessageCpuMs: ms3((sum(ext.b, 'tdur') - sum(base.b, 'tdur')) / ADDED),
      perMessageWallMs: ms3((sum(ext.b, 'dur') - sum(base.b, 'dur')) / ADDED),
      // The same difference split: tasks that render a frame, and all the others (scripting,
      // timers, message delivery: where our work is when we add no warning to the page).
      perMessageNonRenderingCpuMs: ms3(
        (sum(
          ext.b.filter((t) => !t.render),
          'tdur',
        ) -
          sum(
            base.b.filter((t) => !t.render),
            'tdur',
          )) /
          ADDED,
      ),
      perMessageRenderingCpuMs: ms3(
        (sum(
          ext.b.filter((t) => t.render),
          'tdur',
        ) -
          sum(
            base.b.filter((t) => t.render),
            'tdur',
          )) /
          ADDED,
      ),
      // CPU of the page's main-thread tasks that ran extension code, per message: a direct figure
      // (the difference above also carries the noise of two runs on a shared machine).
      extensionTasksCpuMsPerMessage: ms3(sum(extTasksB, 'tdur') / ADDED),
      extensionTasksPerMessage: ms3(extTasksB.length / ADDED),
      scannerPerMessageMs: ms3((ext.after.busyMs - ext.initial.busyMs) / ADDED),
      // All the time our content-script code ran, timed where it is entered (the MutationObserver
      // callback inside the page's append task, the slices, the answers), per message: a direct
      // figure without the two-run noise, but without the browser's own cost of our tasks and of
      // delivering messages on the port (those are only in the difference above).
      ownCodeMsPerMessage: ms3(
        (ext.after.busyMs +
          ext.after.observerMs +
          ext.after.answerMs -
          (ext.initial.busyMs + ext.initial.observerMs + ext.initial.answerMs)) /
          ADDED,
      ),
      ownCodeMsPerMessageParts: {
        observer: ms3((ext.after.observerMs - ext.initial.observerMs) / ADDED),
        slices: ms3((ext.after.busyMs - ext.initial.busyMs) / ADDED),
        answers: ms3((ext.after.answerMs - ext.initial.answerMs) / ADDED),
      },
      // The user's own messages need no request (the engine never flags them).
      outgoingWithoutRequest: ext.after.localVerdicts - ext.initial.localVerdicts,
      scannerPhaseMsPerMessage: Object.fromEntries(
        Object.keys(ext.after.phaseMs).map((k) => [
          k,
          ms3((ext.after.phaseMs[k] - ext.initial.phaseMs[k]) / ADDED),
        ]),
      ),
      backgroundEngineMsPerMessage: ms3((ext.after.analyzeMs - ext.initial.analyzeMs) / ADDED),
      requestsPerMessage: ms3((ext.after.requests - ext.initial.requests) / ADDED),
      endToEndPerAppendMs: { median: r1(lat[Math.floor(lat.length / 2)]), max: r1(lat.at(-1)) },
      analysesPerMessage: ms3((ext.after.analyses - ext.initial.analyses) / ADDED),
      slicesPerMessage: ms3((ext.after.slices - ext.initial.slices) / ADDED),
      longestExtensionTaskWallMs: r1(
        longest(
          ext.b.filter((t) => t.ext),
          'dur',
        ),
      ),
    },
    // Scrolling up through the chat: what placing the deferred warnings cost the page.
    scrollThrough: (() => {
      const placed = (ext.scrolled.layer?.placed ?? 0) - (ext.scrolledFrom.layer?.placed ?? 0);
      const cpu = sum(ext.c, 'tdur') - sum(base.c, 'tdur');
      const extTasksC = ext.c.filter((t) => t.ext);
      return {
        extensionCpuMs: r1(cpu),
        warningsPlaced: placed,
        framesPlacing: (ext.scrolled.layer?.frames ?? 0) - (ext.scrolledFrom.layer?.frames ?? 0),
        cpuMsPerWarningPlaced: placed > 0 ? r1(cpu / placed) : null,
        cpuMsInTasksRunningExtensionCode: r1(sum(extTasksC, 'tdur')),
        longestExtensionTaskCpuMs: r1(longest(extTasksC, 'tdur')),
        longestExtensionTaskWallMs: r1(longest(extTasksC, 'dur')),
        stillDeferred: ext.scrolled.layer?.deferred ?? null,
        longestTasksInside: extTasksC
          .filter((t) => t.inside)
          .sort((x, y) => y.dur - x.dur)
          .slice(0, 3)
          .map((t) => ({ wallMs: r1(t.dur), cpuMs: r1(t.tdur), inside: t.inside })),
      };
    })(),
    pageTimerProbe: { maxGapWhileScanningMs: r1(ext.probe.maxGap), beforeScan: ext.probe.beforeScan },
  };
}

const server = await startFixtureServer();
const html = bigWhatsAppPage(N, { hold: true });
server.route('/sites/whatsapp/big-2000.html', html);
const b = await launchChromium();
try {
  // Warm the browser's own caches on a throwaway load of each variant, then measure.
  for (const u of [
    server.url('/sites/whatsapp/big-2000.html'),
    `http://localhost:${server.port}/sites/whatsapp/big-2000.html`,
  ]) {
    const p = await b.newPage();
    await p.goto(u);
    await new Promise((r) => setTimeout(r, 1500));
    await p.close();
  }
  const REPS = Number(process.env.LW_BENCH_REPS ?? 3);
  const runs = [];
  const extUrl = server.url('/sites/whatsapp/big-2000.html');
  const baseUrl = `http://localhost:${server.port}/sites/whatsapp/big-2000.html`;
  let durations = null;
  for (let i = 0; i < REPS; i++) {
    // The baseline traces the same length of time as an extension run. Every other repetition
    // runs the baseline first (with the last extension run's lengths), so that whatever the
    // browser carries from one page to the next does not always fall on the same side.
    let ext;
    let base;
    if (i % 2 === 1 && durations) {
      base = await run(b.context, baseUrl, false, durations);
      ext = await run(b.context, extUrl, true);
    } else {
      ext = await run(b.context, extUrl, true);
      base = await run(b.context, baseUrl, false, ext.durations);
    }
    durations = ext.durations;
    runs.push({ ...figures(base, ext), baselineFirst: i % 2 === 1 });
  }
  const median = (xs) => {
    const s = [...xs].sort((x, y) => x - y);
    return s[Math.floor(s.length / 2)];
  };
  const pick = (f) => median(runs.map(f));
  const out = {
    machine: { cpus: os.cpus().length, loadavg: os.loadavg().map(r1) },
    messages: N,
    repetitions: REPS,
    median: {
      initialExtensionCpuMs: pick((r) => r.initial.extensionCpuMs),
      initialExtensionWallMs: pick((r) => r.initial.extensionWallMs),
      startupExtensionTasksCpuMs: pick((r) => r.startup.cpuMsInTasksRunningExtensionCode),
      initialCpuMsInTasksRunningExtensionCode: pick((r) => r.initial.cpuMsInTasksRunningExtensionCode),
      scannerBusyMs: pick((r) => r.initial.scanner.busyMs),
      allWarningsShownMsFromScanStart: pick((r) => r.initial.endToEnd.fromScanStartMs),
      lastWarningPlacedMsFromScanStart: pick(
        (r) => r.initial.warnings?.lastPlacedMsFromScanStart ?? Number.NaN,
      ),
      warningFrames: pick((r) => r.initial.warnings?.frames ?? Number.NaN),
      backgroundEngineMs: pick((r) => r.initial.background.engineMs),
      backgroundRequests: pick((r) => r.initial.background.requests),
      longestExtensionTaskCpuMs: pick((r) => r.longestExtensionTask.cpuMs),
      longestExtensionTaskWallMs: pick((r) => r.longestExtensionTask.wallMs),
      longestScannerSliceMs: pick((r) => r.initial.scanner.longestSliceMs),
      addedPerMessageCpuMs: pick((r) => r.added.perMessageCpuMs),
      addedPerMessageNonRenderingCpuMs: pick((r) => r.added.perMessageNonRenderingCpuMs),
      addedPerMessageRenderingCpuMs: pick((r) => r.added.perMessageRenderingCpuMs),
      addedPerMessageScannerMs: pick((r) => r.added.scannerPerMessageMs),
      addedOwnCodeMsPerMessage: pick((r) => r.added.ownCodeMsPerMessage),
      addedExtensionTasksCpuMsPerMessage: pick((r) => r.added.extensionTasksCpuMsPerMessage),
      addedBackgroundEngineMsPerMessage: pick((r) => r.added.backgroundEngineMsPerMessage),
      addedEndToEndPerAppendMedianMs: pick((r) => r.added.endToEndPerAppendMs.median),
      addedEndToEndPerAppendMaxMs: pick((r) => r.added.endToEndPerAppendMs.max),
      addedLongestExtensionTaskWallMs: pick((r) => r.added.longestExtensionTaskWallMs),
      initialWarningsPlaced: pick((r) => r.initial.warnings?.placed ?? Number.NaN),
      initialWarningsDeferred: pick((r) => r.initial.warnings?.deferred ?? Number.NaN),
      scrollThroughCpuMs: pick((r) => r.scrollThrough.extensionCpuMs),
      scrollThroughWarningsPlaced: pick((r) => r.scrollThrough.warningsPlaced),
      scrollThroughFramesPlacing: pick((r) => r.scrollThrough.framesPlacing),
      scrollThroughExtensionTasksCpuMs: pick((r) => r.scrollThrough.cpuMsInTasksRunningExtensionCode),
      scrollThroughLongestExtensionTaskCpuMs: pick((r) => r.scrollThrough.longestExtensionTaskCpuMs),
    },
    settings: { batch: BATCH, added: ADDED },
    runs,
    bundle: bundleSize(),
  };
  console.log(JSON.stringify(out, null, 2));
  const m = out.median;
  console.log(
    `\nSUMMARY (median of ${REPS}, load ${out.machine.loadavg.join(' ')}) content-script start before scanning: ${m.startupExtensionTasksCpuMs} ms CPU | initial scan+annotate of ${N} messages on the loaded page: ${m.initialExtensionCpuMs} ms page main-thread CPU` +
      ` (${m.initialExtensionWallMs} ms wall; tasks running extension code ${m.initialCpuMsInTasksRunningExtensionCode} ms CPU; scanner slices ${m.scannerBusyMs} ms)` +
      ` | all warnings shown ${m.allWarningsShownMsFromScanStart} ms after the scan started (last warning placed at ${m.lastWarningPlacedMsFromScanStart} ms, in ${m.warningFrames} frame(s));` +
      ` background engine ${m.backgroundEngineMs} ms in ${m.backgroundRequests} requests` +
      ` | longest extension task: ${m.longestExtensionTaskCpuMs} ms CPU (${m.longestExtensionTaskWallMs} ms wall), longest scanner slice ${m.longestScannerSliceMs} ms` +
      ` | per added message (batches of ${BATCH}): ${m.addedPerMessageCpuMs} ms page main-thread CPU (${m.addedPerMessageNonRenderingCpuMs} ms outside rendering tasks, ${m.addedPerMessageRenderingCpuMs} ms in them; in tasks running extension code ${m.addedExtensionTasksCpuMsPerMessage} ms; our code as timed where it is entered ${m.addedOwnCodeMsPerMessage} ms wall, of it scanner slices ${m.addedPerMessageScannerMs} ms; ${runs[0].added.outgoingWithoutRequest} of ${ADDED} are the user's own, sent without a request; background engine ${m.addedBackgroundEngineMsPerMessage} ms);` +
      ` end-to-end per append ${m.addedEndToEndPerAppendMedianMs} ms median, ${m.addedEndToEndPerAppendMaxMs} ms max; longest extension task ${m.addedLongestExtensionTaskWallMs} ms wall` +
      ` | warnings placed at the first scan ${m.initialWarningsPlaced}, deferred ${m.initialWarningsDeferred}; scrolling up through the chat placed ${m.scrollThroughWarningsPlaced} in ${m.scrollThroughFramesPlacing} frames: ${m.scrollThroughCpuMs} ms page main-thread CPU added (tasks running extension code ${m.scrollThroughExtensionTasksCpuMs} ms), longest extension task ${m.scrollThroughLongestExtensionTaskCpuMs} ms CPU` +
      ` | content-script bundle (${out.bundle.dir}): ${out.bundle.bytes} B, ${out.bundle.gzip} B gzip in all;` +
      ` loaded on every matching page ${out.bundle.initial.bytes} B (${out.bundle.initial.gzip} B gzip), the rest (engine) only where an adapter matches`,
  );
} finally {
  await b.close();
  await server.close();
}
