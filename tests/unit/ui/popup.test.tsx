// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.ts')).default }));

import type { Verdict } from '../../../src/engine/types.ts';
import { App } from '../../../src/popup/app.tsx';
import type { PopupActions, PopupData } from '../../../src/popup/types.ts';
import type { Finding, TabState } from '../../../src/shared/findings.ts';
import { setLocale } from './fake-browser.ts';

const FINDING: Finding = {
  id: 'f1',
  site: 'whatsapp',
  threadKey: 't',
  sender: 'Anna',
  snippet: 'My uncle <img src=x onerror=alert(1)> trades gold',
  text: 'My uncle <img src=x onerror=alert(1)> trades gold, start with a small deposit',
  level: 'danger',
  score: 9,
  reasons: [
    { ruleId: 'INVEST_MENTOR', key: 'reason_invest_mentor', text: 'Mentions an uncle (English fallback).' },
    { ruleId: 'X', key: 'reason_not_in_catalog', text: 'Fallback text for an unknown key.' },
  ],
  indicators: [],
  seenAt: 1,
};

const DANGER: Verdict = {
  level: 'danger',
  score: 12,
  families: ['investment'],
  reasons: [
    {
      ruleId: 'INVEST_USDT',
      family: 'investment',
      stage: 'payment',
      key: 'reason_invest_usdt',
      text: 'USDT fallback',
      weight: 3,
    },
  ],
  indicators: [{ kind: 'tron_address', value: 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE' }],
};

function mockActions(over: Partial<PopupActions> = {}): PopupActions {
  return {
    reveal: vi.fn(async () => true),
    reportFinding: vi.fn(async () => ({ opened: true, copied: true })),
    check: vi.fn(() => DANGER),
    reportText: vi.fn(async () => ({ opened: true, copied: true })),
    setRegion: vi.fn(async () => undefined),
    openSettings: vi.fn(),
    ...over,
  };
}

const data = (tab: PopupData['tab'], more: Partial<PopupData> = {}): PopupData => ({
  tab,
  region: 'GB',
  uiLocale: 'en-GB',
  initialScreen: 'page',
  ...more,
});
const tabState = (over: Partial<TabState>): TabState => ({
  site: 'whatsapp',
  status: 'scanning',
  scanned: 12,
  findings: [],
  ...over,
});

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
const mount = async (d: PopupData, a: PopupActions) => {
  await act(() => render(<App data={d} actions={a} />, root));
};
const click = async (el: Element | null | undefined) => {
  expect(el).toBeTruthy();
  await act(async () => (el as HTMLElement).click());
};
const text = () => root.textContent ?? '';

describe('popup: honest page states', () => {
  test('not a supported site', async () => {
    await mount(data(tabState({ site: null, status: 'unsupported' })), mockActions());
    expect(root.querySelector('[data-state="unsupported"]')).toBeTruthy();
    expect(text()).toContain('Not a supported site');
  });
  test('background error is shown as unsupported, not as clean', async () => {
    await mount(data('error'), mockActions());
    expect(root.querySelector('[data-state="unsupported"]')).toBeTruthy();
    expect(text()).not.toContain('Nothing suspicious');
  });
  test('site turned off', async () => {
    await mount(data(tabState({ status: 'disabled' })), mockActions());
    expect(text()).toContain('Lurewatch is turned off for WhatsApp');
  });
  test('page not recognised (and adapter error)', async () => {
    for (const status of ['unrecognised', 'error'] as const) {
      render(null, root);
      await mount(data(tabState({ status })), mockActions());
      expect(root.querySelector('[data-state="unrecognised"]'), status).toBeTruthy();
      expect(text()).toContain('This page is not recognised');
    }
  });
  test('nothing suspicious found, with the count checked', async () => {
    await mount(data(tabState({ scanned: 12 })), mockActions());
    expect(text()).toContain('Nothing suspicious found');
    expect(text()).toContain('Messages checked on WhatsApp: 12');
  });
});

describe('popup: flagged messages', () => {
  test('lists sender, snippet as text, level and translated reasons with English fallback', async () => {
    await mount(data(tabState({ findings: [FINDING] })), mockActions());
    expect(text()).toContain('Suspicious messages on WhatsApp: 1');
    expect(text()).toContain('Anna');
    expect(text()).toContain('Likely scam');
    // The snippet is text: no <img> element was created from page text.
    expect(root.querySelector('img')).toBeNull();
    expect(text()).toContain('<img src=x onerror=alert(1)>');
    expect(text()).toContain('Fallback text for an unknown key.');
  });
  test('Show sends reveal; Report calls the report action and announces the copy', async () => {
    const a = mockActions();
    await mount(data(tabState({ findings: [FINDING] })), a);
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Show'));
    expect(a.reveal).toHaveBeenCalledWith(FINDING);
    await click(root.querySelector('[data-testid="report-finding"]'));
    expect(a.reportFinding).toHaveBeenCalledWith(FINDING);
    await act(async () => undefined);
    expect(root.querySelector('[data-testid="popup-status"]')?.textContent).toContain(
      'copied to your clipboard',
    );
  });
  test('a failed reveal is reported to the user', async () => {
    const a = mockActions({ reveal: vi.fn(async () => false) });
    await mount(data(tabState({ findings: [FINDING] })), a);
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Show'));
    await act(async () => undefined);
    expect(text()).toContain('Could not scroll to the message');
  });
});

describe('popup: check a message', () => {
  test('paste, check, see the verdict with reasons; report it', async () => {
    const a = mockActions();
    await mount(data(null, { initialScreen: 'check' }), a);
    const ta = root.querySelector('textarea')!;
    await act(async () => {
      ta.value = '  Send 500 USDT today  ';
      ta.dispatchEvent(new Event('input'));
    });
    await click(root.querySelector('[data-testid="check-run"]'));
    expect(a.check).toHaveBeenCalledWith('Send 500 USDT today');
    const v = root.querySelector('[data-testid="verdict"]');
    expect(v?.getAttribute('data-level')).toBe('danger');
    expect(v?.textContent).toContain('TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE');
    await click(root.querySelector('[data-testid="report-checked"]'));
    expect(a.reportText).toHaveBeenCalledWith('Send 500 USDT today', DANGER, 'paste');
  });
  test('empty input gives a clear error and no check', async () => {
    const a = mockActions();
    await mount(data(null, { initialScreen: 'check' }), a);
    await click(root.querySelector('[data-testid="check-run"]'));
    expect(a.check).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Paste or type a message first');
  });
  test('text from the context menu is checked at once, and a clean verdict offers no report', async () => {
    const clean: Verdict = { level: 'none', score: 0, families: [], reasons: [], indicators: [] };
    const a = mockActions({ check: vi.fn(() => clean) });
    await mount(
      data('error', { initialScreen: 'check', initialText: 'See you at lunch', initialSource: 'selection' }),
      a,
    );
    await act(async () => undefined);
    expect(a.check).toHaveBeenCalledWith('See you at lunch');
    expect(text()).toContain('Text you selected');
    expect(text()).toContain('found no known red flags');
    expect(root.querySelector('[data-testid="report-checked"]')).toBeNull();
  });
});

test('popup: an engine that fails to load gives a clear error, not a blank verdict', async () => {
  const a = mockActions({ check: vi.fn(async () => Promise.reject(new Error('chunk failed'))) });
  await mount(data(null, { initialScreen: 'check', initialText: 'hello' }), a);
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  expect(root.querySelector('[role="alert"]')?.textContent).toContain('The check could not run');
  expect(root.querySelector('[data-testid="verdict"]')).toBeNull();
});

describe('popup: where to report, in another language', () => {
  test('region channels with the recovery warning next to each, and region change saved', async () => {
    const a = mockActions();
    await mount(data(null, { initialScreen: 'report', region: 'TH' }), a);
    const channels = root.querySelectorAll('.lw-channel');
    expect(channels.length).toBeGreaterThan(0);
    for (const c of channels) expect(c.querySelector('.lw-recovery')).toBeTruthy();
    expect(root.querySelector('a[href="https://www.thaipoliceonline.go.th"]')).toBeTruthy();
    const select = root.querySelector('select')!;
    await act(async () => {
      select.value = 'GB';
      select.dispatchEvent(new Event('change'));
    });
    expect(a.setRegion).toHaveBeenCalledWith('GB');
    expect(root.querySelector('a[href="https://www.reportfraud.police.uk"]')).toBeTruthy();
  });
  test('Thai UI strings are used', async () => {
    setLocale('th');
    await mount(data(null, { initialScreen: 'report', region: 'TH', uiLocale: 'th' }), mockActions());
    expect(text()).toContain('แจ้งที่ไหน');
    expect(text()).toContain('กู้เงินคืน');
  });
});
