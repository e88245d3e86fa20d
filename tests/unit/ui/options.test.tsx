// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.ts')).default }));

import { type OptionsActions, OptionsApp } from '../../../src/options/app.tsx';
import { settingsToFile } from '../../../src/options/settings-io.ts';
import { bundleFromFinding } from '../../../src/report/evidence.ts';
import { defaultSettings, type Settings } from '../../../src/shared/settings.ts';
import { setLocale } from './fake-browser.ts';
import { FINDING } from './fixtures.ts';

let root: HTMLElement;
beforeEach(() => {
  setLocale('en');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const settings = (): Settings => ({
  ...defaultSettings(),
  trustedSenders: [
    { site: 'gmail', sender: 'boss@example.com', addedAt: 1 },
    { site: 'whatsapp', sender: 'Mum', addedAt: 2 },
  ],
  dismissed: [{ id: 'd1', site: 'telegram', snippet: 'crypto club invite', addedAt: 3 }],
});
const actions = (): OptionsActions => ({
  save: vi.fn(async () => undefined),
  exportSettings: vi.fn(),
  exportReports: vi.fn(),
  openReport: vi.fn(),
  deleteReport: vi.fn(async () => []),
  clearReports: vi.fn(async () => undefined),
  clearAllData: vi.fn(async () => undefined),
});
const click = async (el: Element | null | undefined) => {
  expect(el).toBeTruthy();
  await act(async () => (el as HTMLElement).click());
};
const lastSaved = (a: OptionsActions) => {
  const calls = (a.save as ReturnType<typeof vi.fn>).mock.calls;
  return calls[calls.length - 1]![0] as Settings;
};
const byText = (sel: string, t: string) => [...root.querySelectorAll(sel)].find((e) => e.textContent === t);

describe('settings page', () => {
  test('sensitivity, sites, languages and region are saved as changed', async () => {
    const a = actions();
    await act(() =>
      render(
        <OptionsApp data={{ settings: settings(), reports: [], uiLocale: 'en-GB' }} actions={a} />,
        root,
      ),
    );
    await click(root.querySelector('#lw-sens-high'));
    expect(lastSaved(a).sensitivity).toBe('high');
    await click(root.querySelector('#lw-site-discord'));
    expect(lastSaved(a).sites.discord).toBe(false);
    await click(root.querySelector('#lw-lang-th'));
    expect(lastSaved(a).ruleLanguages).not.toContain('th');
    const select = root.querySelector('#lw-region') as HTMLSelectElement;
    expect(select.value).toBe('GB');
    await act(async () => {
      select.value = 'PH';
      select.dispatchEvent(new Event('change'));
    });
    expect(lastSaved(a).region).toBe('PH');
    expect(lastSaved(a).sensitivity).toBe('high');
    expect(root.querySelector('[data-testid="options-status"]')?.textContent).toBe('Saved.');
  });

  test('trusted senders and dismissed messages can be viewed and removed', async () => {
    const a = actions();
    await act(() =>
      render(<OptionsApp data={{ settings: settings(), reports: [], uiLocale: 'en' }} actions={a} />, root),
    );
    expect(root.querySelector('[data-testid="trusted-list"]')?.textContent).toContain('boss@example.com');
    await click(root.querySelector('button[aria-label="Remove boss@example.com"]'));
    expect(lastSaved(a).trustedSenders).toEqual([{ site: 'whatsapp', sender: 'Mum', addedAt: 2 }]);
    await click(root.querySelector('button[aria-label="Remove crypto club invite"]'));
    expect(lastSaved(a).dismissed).toEqual([]);
  });

  test('import: a bad file shows a clear error and changes nothing; a good one is applied', async () => {
    const a = actions();
    await act(() =>
      render(<OptionsApp data={{ settings: settings(), reports: [], uiLocale: 'en' }} actions={a} />, root),
    );
    const input = root.querySelector('[data-testid="import-settings"]') as HTMLInputElement;
    const choose = async (content: string) => {
      const file = new File([content], 'settings.json', { type: 'application/json' });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      await act(async () => {
        input.dispatchEvent(new Event('change'));
      });
      await act(async () => new Promise((r) => setTimeout(r, 10)));
    };
    await choose('{"format":"lurewatch-settings","settings":{"version":1,"region":"Mars"}}');
    expect(root.querySelector('[data-testid="import-error"]')?.textContent).toContain(
      'invalid value (region)',
    );
    expect(a.save).not.toHaveBeenCalled();
    await choose('not json');
    expect(root.querySelector('[data-testid="import-error"]')?.textContent).toContain('not valid JSON');
    await choose(settingsToFile({ ...defaultSettings(), region: 'JP', sensitivity: 'low' }));
    expect(root.querySelector('[data-testid="import-error"]')).toBeNull();
    expect(lastSaved(a)).toMatchObject({ region: 'JP', sensitivity: 'low' });
  });

  test('clear all data asks for confirmation first', async () => {
    const a = actions();
    await act(() =>
      render(<OptionsApp data={{ settings: settings(), reports: [], uiLocale: 'en' }} actions={a} />, root),
    );
    await click(root.querySelector('[data-testid="clear-all"]'));
    expect(a.clearAllData).not.toHaveBeenCalled();
    expect(root.textContent).toContain('This cannot be undone');
    await click(root.querySelector('[data-testid="clear-confirm"]'));
    expect(a.clearAllData).toHaveBeenCalledOnce();
    await act(async () => undefined);
    expect(root.querySelector('[data-testid="trusted-list"]')).toBeNull();
  });

  test('report history: review, export (URLs off by default), delete and clear with confirmation', async () => {
    const a = actions();
    const reports = [bundleFromFinding(FINDING, 'https://web.whatsapp.com/x')];
    await act(() =>
      render(<OptionsApp data={{ settings: settings(), reports, uiLocale: 'en' }} actions={a} />, root),
    );
    expect(root.querySelector('[data-testid="reports-list"]')?.textContent).toContain('WhatsApp');
    await click(byText('button', 'Open'));
    expect(a.openReport).toHaveBeenCalledWith(reports[0]!.id);
    await click(byText('button', 'Export reports (JSON)'));
    expect(a.exportReports).toHaveBeenCalledWith(reports, false);
    await click(byText('button', 'Clear report history'));
    expect(a.clearReports).not.toHaveBeenCalled();
    await click(byText('button', 'Yes, delete'));
    expect(a.clearReports).toHaveBeenCalledOnce();
  });

  test('the privacy statement is there, in Hindi too', async () => {
    setLocale('hi');
    await act(() =>
      render(
        <OptionsApp data={{ settings: settings(), reports: [], uiLocale: 'hi' }} actions={actions()} />,
        root,
      ),
    );
    expect(root.textContent).toContain('निजता');
    expect(root.textContent).toContain('कोई ट्रैकिंग नहीं');
  });
});
