import { render } from 'preact';
import browser from 'webextension-polyfill';
import { clearReports, deleteReport, historyToJson, listReports } from '../report/history.ts';
import { t, uiLanguage } from '../shared/i18n.ts';
import { loadSettings, saveSettings } from '../shared/settings.ts';
import { OptionsApp } from './app.tsx';
import { settingsToFile } from './settings-io.ts';
import '../report/ui/base.css';

const store = browser.storage.local;

function download(fileName: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const today = () => new Date().toISOString().slice(0, 10);

async function main() {
  const uiLocale = uiLanguage();
  document.documentElement.lang = uiLocale;
  document.title = t('options_title');
  const [settings, reports] = await Promise.all([loadSettings(store), listReports(store)]);
  render(
    <OptionsApp
      data={{ settings, reports, uiLocale }}
      actions={{
        save: (s) => saveSettings(store, s),
        exportSettings: (s) => download(`lurewatch-settings-${today()}.json`, settingsToFile(s)),
        exportReports: (list, urls) =>
          download(`lurewatch-reports-${today()}.json`, historyToJson(list, urls)),
        openReport: (id) => {
          void browser.tabs.create({
            url: browser.runtime.getURL(`src/report/index.html?id=${encodeURIComponent(id)}`),
          });
        },
        deleteReport: (id) => deleteReport(store, id),
        clearReports: () => clearReports(store),
        clearAllData: async () => {
          await store.clear();
          const session = (
            browser.storage as typeof browser.storage & { session?: { clear(): Promise<void> } }
          ).session;
          await session?.clear();
        },
      }}
    />,
    document.getElementById('app')!,
  );
}

void main();
