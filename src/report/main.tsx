import { render } from 'preact';
import browser from 'webextension-polyfill';
import type { EvidenceBundle } from '../shared/findings.ts';
import { t, uiLanguage } from '../shared/i18n.ts';
import type { Message } from '../shared/messages.ts';
import { loadSettings, updateSettings } from '../shared/settings.ts';
import { type ReportActions, ReportApp } from './app.tsx';
import { effectiveRegion } from './channels.ts';
import { isEvidenceBundle } from './evidence.ts';
import './ui/base.css';

const store = browser.storage.local;

async function main() {
  const uiLocale = uiLanguage();
  document.documentElement.lang = uiLocale;
  document.title = t('report_title');
  const id = new URLSearchParams(location.search).get('id') ?? '';
  const settings = await loadSettings(store);
  let bundle: EvidenceBundle | null = null;
  try {
    const msg: Message = { type: 'report/get', reportId: id };
    const got = await browser.runtime.sendMessage(msg);
    bundle = isEvidenceBundle(got) ? got : null;
  } catch {
    bundle = null;
  }
  const actions: ReportActions = {
    copy: async (text) => {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    download: (fileName, content, mime) => {
      // A local blob: the file is made on this machine, nothing is fetched.
      const url = URL.createObjectURL(new Blob([content], { type: `${mime};charset=utf-8` }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    setRegion: async (region) => {
      await updateSettings(store, (s) => ({ ...s, region }));
    },
    openSettings: () => {
      void browser.runtime.openOptionsPage();
    },
  };
  render(
    <ReportApp
      data={{ bundle, region: effectiveRegion(settings.region, uiLocale), uiLocale }}
      actions={actions}
    />,
    document.getElementById('app')!,
  );
}

void main();
