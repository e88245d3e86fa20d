import { render } from 'preact';
import browser from 'webextension-polyfill';
import type { Verdict } from '../engine/types.ts';
import { effectiveRegion, type RegionCode } from '../report/channels.ts';
import { bundleFromFinding, bundleFromVerdict, bundleToText } from '../report/evidence.ts';
import type { EvidenceBundle, Finding, TabState } from '../shared/findings.ts';
import { t, uiLanguage } from '../shared/i18n.ts';
import type { Message } from '../shared/messages.ts';
import { loadSettings, updateSettings } from '../shared/settings.ts';
import { App } from './app.tsx';
import { takePendingCheck } from './pending-check.ts';
import type { PopupActions, PopupData, ReportResult } from './types.ts';
import '../report/ui/base.css';

const store = browser.storage.local;
/** The rules engine, loaded on the first check only: the popup itself opens without it. */
let engine: Promise<typeof import('../engine/index.ts')> | null = null;

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

async function openReport(bundle: EvidenceBundle): Promise<ReportResult> {
  // Copy first, while the click's user activation is fresh; then ask the background to open the page.
  const copied = await copy(bundleToText(bundle, { includePageUrl: false }, (k) => t(k)));
  const msg: Message = { type: 'report/open', bundle };
  const res = (await browser.runtime.sendMessage(msg)) as { ok?: boolean } | undefined;
  return { opened: res?.ok === true, copied };
}

async function main() {
  const params = new URLSearchParams(location.search);
  const settings = await loadSettings(store);
  const uiLocale = uiLanguage();
  document.documentElement.lang = uiLocale;

  let initialText: string | undefined;
  const checkId = params.get('check');
  if (checkId) initialText = (await takePendingCheck(checkId)) ?? '';

  // The tab the popup is about: the active tab, or ?tab=<id> when the popup is opened as a page.
  let tabId: number | undefined;
  let tabUrl: string | undefined;
  const tabParam = Number(params.get('tab'));
  if (Number.isInteger(tabParam) && tabParam > 0) {
    tabId = tabParam;
  } else if (!checkId) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = active?.id;
    tabUrl = active?.url;
  }
  let tab: TabState | 'error' = 'error';
  if (tabId !== undefined) {
    try {
      const msg: Message = { type: 'popup/get-tab-state', tabId };
      tab = ((await browser.runtime.sendMessage(msg)) as TabState | undefined) ?? 'error';
    } catch {
      tab = 'error';
    }
  }

  const data: PopupData = {
    tab,
    region: effectiveRegion(settings.region, uiLocale),
    uiLocale,
    initialScreen: checkId ? 'check' : (params.get('screen') as PopupData['initialScreen']) || 'page',
    ...(checkId ? { initialText, initialSource: 'selection' as const } : {}),
  };
  if (!['page', 'check', 'report'].includes(data.initialScreen)) data.initialScreen = 'page';

  const actions: PopupActions = {
    reveal: async (f: Finding) => {
      if (tabId === undefined) return false;
      const msg: Message = { type: 'content/reveal', findingId: f.id };
      try {
        return (await browser.tabs.sendMessage(tabId, msg)) === true;
      } catch {
        return false;
      }
    },
    reportFinding: (f: Finding) => openReport(bundleFromFinding(f, tabUrl)),
    check: async (text: string): Promise<Verdict> => {
      engine ??= import('../engine/index.ts');
      const { analyze } = await engine;
      return analyze(text, { sensitivity: settings.sensitivity, languages: settings.ruleLanguages });
    },
    reportText: (text, verdict, source) => openReport(bundleFromVerdict(text, verdict, source)),
    setRegion: async (region: RegionCode) => {
      await updateSettings(store, (s) => ({ ...s, region }));
    },
    openSettings: () => {
      void browser.runtime.openOptionsPage();
    },
  };

  render(<App data={data} actions={actions} />, document.getElementById('app')!);
}

void main();
