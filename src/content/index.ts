import browser from 'webextension-polyfill';
import { bundleFromFinding, bundleToText } from '../report/evidence.ts';
import type { Finding, PageStatus } from '../shared/findings.ts';
import { t } from '../shared/i18n.ts';
import { isMessage, type Message } from '../shared/messages.ts';
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
import { Scanner } from './scanner.ts';
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

function sendState(site: SiteId | null, status: PageStatus, scanned: number, findings: Finding[]): void {
  const msg: Message = { type: 'content/state', site, status, scanned, findings };
  void browser.runtime.sendMessage(msg).catch(() => undefined);
}

// Invented lines that take the engine through its lazy parts (rule families, indicator finders,
// the public-suffix list behind links, non-Latin scripts) once, each in a task of its own, so the
// first real messages do not pay for it inside a scanner slice.
const WARM_UP = [
  'Hi, is this Daniel? Sorry, wrong number. My assistant saved your contact. Where are you from, dear?',
  'I lost my husband, I work on an oil rig and cannot video call, but I feel our future together.',
  'Add me on WhatsApp +65 8123 4567 or Telegram @example_handle, or t.me/example and wa.me/6581234567',
  'My uncle is an analyst with insider signals: guaranteed 3% per day, contract trading on binance-vip.example.com, start with a small deposit of 500 USDT TRC20 to TAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'Pay the withdrawal tax within 24 hours or your account stays frozen. Top up to unlock your tasks and commission.',
  '你好，我叔叔是分析师，每天收益3%，加我微信 สวัสดีค่ะ ลงทุนวันละ 3% xin chào 안녕하세요 नमस्ते निवेश',
];

const tr = (key: string, fallback: string) => t(key, undefined, fallback);

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
  // Load the engine only on pages that have messages to read (the content script also runs on,
  // say, the Facebook feed), compile the rules in a task of their own (once per page), warm the
  // engine one line per task, then start scanning: the one-time set-up stays out of the
  // scanner's time slices.
  void loadEngine().then(
    (engine) => {
      const steps: Array<() => void> = [
        () => void engine.getEngine(),
        ...WARM_UP.map((line) => () => void engine.analyze(line)),
      ];
      const next = () => {
        if (ctl.signal.aborted) return;
        const step = steps.shift();
        if (step) {
          step();
          setTimeout(next, 0);
          return;
        }
        if (TEST) document.dispatchEvent(new CustomEvent('lurewatch-test-scan-start'));
        scanner = new Scanner({
          adapter: current,
          doc: document,
          analyzeThread: engine.analyzeThread,
          settings,
          view: layer,
          signal: ctl.signal,
          onState: (s) => sendState(site, s.status, s.scanned, s.findings),
        }).start();
      };
      setTimeout(next, 0);
    },
    () => sendState(site, 'error', 0, []),
  );
}

type Engine = typeof import('../engine/index.ts');
let enginePromise: Promise<Engine> | null = null;
function loadEngine(): Promise<Engine> {
  enginePromise ??= import('../engine/index.ts');
  return enginePromise;
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
          analyzeMs: s.stats.analyzeMs,
          phaseMs: s.stats.phaseMs,
          longestStep: s.stats.longestStep,
          slices: s.stats.slices,
          longestSliceMs: s.stats.longestSliceMs,
          reads: s.stats.reads,
          analyses: s.stats.analyses,
        }
      : { busy: false, status: 'none' };
    document.documentElement.setAttribute('data-lw-stats', JSON.stringify(data));
  });
}

async function main(): Promise<void> {
  try {
    settings = await loadSettings(store);
  } catch {
    return;
  }
  if (TEST) exposeTestProbe();
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
