import browser from 'webextension-polyfill';
import { bundleFromFinding, bundleToText } from '../report/evidence.ts';
import { type Finding, findingsKey, type PageStatus } from '../shared/findings.ts';
import { t } from '../shared/i18n.ts';
import { type AnalyzeRequest, isAnalyzeResponse, isMessage, type Message } from '../shared/messages.ts';
import { CONTENT_PORT, PortChannel, type PortLike } from '../shared/port-channel.ts';
import {
  type KeyValueStore,
  loadSettings,
  migrateSettings,
  SETTINGS_KEY,
  type Settings,
  updateSettings,
} from '../shared/settings.ts';
import type { SiteId } from '../shared/sites.ts';
import { copyText } from './clipboard.ts';
import { type Analyzer, Scanner } from './scanner.ts';
import { adapterById, adapterFor } from './sites/index.ts';
import type { SiteAdapter } from './sites/types.ts';
import { WarningLayer } from './warning/layer.tsx';

/**
 * Content script entry: pick the adapter for this page, start the scanner, keep it in step with
 * the user's settings and with in-page navigation. Nothing here talks to the network; findings go
 * only to our own background.
 */

const TEST = import.meta.env.LUREWATCH_TEST === true;

const store: KeyValueStore = {
  get: (key) => browser.storage.local.get(key) as Promise<Record<string, unknown>>,
  set: (items) => browser.storage.local.set(items),
};

/** Shipped builds: by host and path. Test build, on 127.0.0.1 only: /sites/<adapter-id>/… . */
function pickAdapter(): SiteAdapter | undefined {
  if (TEST && location.hostname === '127.0.0.1') {
    const m = /^\/sites\/([a-z-]+)\//.exec(location.pathname);
    return m?.[1] ? adapterById(m[1]) : undefined;
  }
  return adapterFor({ hostname: location.hostname, pathname: location.pathname, hash: location.hash });
}

/**
 * The frequent messages (analyze requests, state reports) go over one long-lived port: opening a
 * new message channel per runtime.sendMessage cost the page ~2 ms each (see port-channel.ts).
 */
const channel = new PortChannel(() => browser.runtime.connect({ name: CONTENT_PORT }) as PortLike);

/** What the background last got over the port: the findings' key and the port it went on. */
let reported: { key: string; port: number } | null = null;

function sendState(site: SiteId | null, status: PageStatus, scanned: number, findings: Finding[]): void {
  const full: Message = { type: 'content/state', site, status, scanned, findings };
  const key = `${site}|${findingsKey(findings)}`;
  // Findings are sent again only when they changed or the port is new (a new background).
  const same =
    channel.connected && reported !== null && reported.key === key && reported.port === channel.opened;
  const msg: Message = same ? { type: 'content/state', site, status, scanned } : full;
  if (channel.post(msg)) {
    reported = { key, port: channel.opened };
    return;
  }
  reported = null;
  void browser.runtime.sendMessage(full).catch(() => undefined);
}

/**
 * The rules engine runs in our background (src/background/engine.ts), not on the page's main
 * thread: the scanner's batches go there and verdicts come back. Anything but a well-formed
 * answer (background unreachable, restarted mid-request, refused) rejects, and the scanner
 * reports 'error' and tries again later; the page is never touched by a failure.
 */
const analyzeInBackground: Analyzer = async (items, ctx) => {
  const request: AnalyzeRequest = { type: 'engine/analyze', ctx, items };
  const answer: unknown = await channel.request(request satisfies Message);
  if (!isAnalyzeResponse(answer, request)) throw new Error('no analysis from the background');
  return answer;
};

// Every warning looks up the same few strings; browser.i18n is asked once per key.
const strings = new Map<string, string>();
const tr = (key: string, fallback: string) => {
  const k = `${key}\u0000${fallback}`;
  let v = strings.get(k);
  if (v === undefined) {
    v = t(key, undefined, fallback);
    strings.set(k, v);
  }
  return v;
};

let settings: Settings;
let scanner: Scanner | null = null;
let controller: AbortController | null = null;
let adapter: SiteAdapter | undefined;

const layer = new WarningLayer(
  document,
  {
    async report(finding) {
      const bundle = bundleFromFinding(finding, location.href);
      // Copy first, while the click's user activation is fresh.
      const copied = copyText(bundleToText(bundle, { includePageUrl: false }, (k) => t(k)));
      await browser.runtime
        .sendMessage({ type: 'report/open', bundle } satisfies Message)
        .catch(() => undefined);
      return copied;
    },
    dismiss(finding) {
      layer.hideWhere((f) => f.id === finding.id);
      void change((s) => ({
        ...s,
        dismissed: [
          ...s.dismissed.filter((d) => d.id !== finding.id),
          { id: finding.id, site: finding.site, snippet: finding.snippet.slice(0, 80), addedAt: Date.now() },
        ],
      }));
    },
    trust(finding) {
      const who = finding.sender.trim().toLowerCase();
      layer.hideWhere((f) => f.site === finding.site && f.sender.trim().toLowerCase() === who);
      void change((s) => ({
        ...s,
        trustedSenders: [
          ...s.trustedSenders.filter(
            (x) => !(x.site === finding.site && x.sender.trim().toLowerCase() === who),
          ),
          { site: finding.site, sender: finding.sender, addedAt: Date.now() },
        ],
      }));
    },
  },
  tr,
  TEST,
  // A long chat opens at its latest messages: warnings further up land as the user scrolls to
  // them, so the first scan lays the page out only around the screen.
  { offscreen: 'defer' },
);

async function change(fn: (s: Settings) => Settings): Promise<void> {
  const next = await updateSettings(store, fn);
  settings = next;
  scanner?.updateSettings(next);
}

function restart(): void {
  controller?.abort();
  controller = null;
  scanner = null;
  adapter = pickAdapter();
  if (!adapter) {
    sendState(null, 'unrecognised', 0, []);
    return;
  }
  if (!settings.sites[adapter.site]) {
    sendState(adapter.site, 'disabled', 0, []);
    return;
  }
  const site = adapter.site;
  const current = adapter;
  const ctl = new AbortController();
  controller = ctl;
  if (TEST) document.dispatchEvent(new CustomEvent('lurewatch-test-scan-start'));
  scanner = new Scanner({
    adapter: current,
    doc: document,
    analyze: analyzeInBackground,
    settings,
    view: layer,
    signal: ctl.signal,
    onState: (s) => sendState(site, s.status, s.scanned, s.findings),
  }).start();
}

/**
 * Test build only: on a `lurewatch-test-stats` event the scanner's figures are published as JSON
 * in `data-lw-stats` on <html>, for the e2e tests and the benchmark.
 */
function exposeTestProbe(): void {
  document.addEventListener('lurewatch-test-stats', () => {
    const s = scanner;
    const st = s?.state();
    const data = s
      ? {
          busy: s.busy(),
          status: st?.status,
          scanned: st?.scanned,
          findings: st?.findings.length,
          busyMs: s.stats.busyMs,
          observerMs: s.stats.observerMs,
          answerMs: s.stats.answerMs,
          localVerdicts: s.stats.localVerdicts,
          analyzeMs: s.stats.analyzeMs,
          requests: s.stats.requests,
          failedRequests: s.stats.failedRequests,
          roundTripMs: s.stats.roundTripMs,
          longestRoundTripMs: s.stats.longestRoundTripMs,
          staleDropped: s.stats.staleDropped,
          lateDropped: s.stats.lateDropped,
          idleAt: s.stats.idleAt,
          idleTimes: s.stats.idleTimes,
          phaseMs: s.stats.phaseMs,
          longestStep: s.stats.longestStep,
          slices: s.stats.slices,
          longestSliceMs: s.stats.longestSliceMs,
          reads: s.stats.reads,
          analyses: s.stats.analyses,
          layer: { ...layer.stats, deferred: layer.deferred },
        }
      : { busy: false, status: 'none' };
    document.documentElement.setAttribute('data-lw-stats', JSON.stringify(data));
  });
}

/**
 * Test build only: a page whose <html> carries `data-lw-hold` (the content benchmark's) is scanned
 * only when it dispatches `lurewatch-test-go`, so the benchmark can trace the scan alone, after
 * the page has loaded and gone idle. `data-lw-held` tells the page we are waiting.
 */
function heldForBenchmark(): Promise<void> {
  const html = document.documentElement;
  if (!html.hasAttribute('data-lw-hold')) return Promise.resolve();
  return new Promise((resolve) => {
    document.addEventListener('lurewatch-test-go', () => resolve(), { once: true });
    html.setAttribute('data-lw-held', '');
  });
}

async function main(): Promise<void> {
  try {
    settings = await loadSettings(store);
  } catch {
    return;
  }
  if (TEST) {
    exposeTestProbe();
    await heldForBenchmark();
  }
  restart();

  // Single-page apps change the address without reloading: start over on every change.
  let href = location.href;
  setInterval(() => {
    if (location.href === href) return;
    href = location.href;
    restart();
  }, 500);

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const next = migrateSettings(changes[SETTINGS_KEY]?.newValue);
    const wasOn = adapter ? settings.sites[adapter.site] : false;
    settings = next;
    const isOn = adapter ? next.sites[adapter.site] : false;
    if (wasOn !== isOn) restart();
    else scanner?.updateSettings(next);
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isMessage(message) || message.type !== 'content/reveal') return undefined;
    return Promise.resolve(scanner?.reveal(message.findingId) ?? false);
  });
}

void main();
