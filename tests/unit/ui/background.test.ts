import { beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.ts')).default }));

import { checkSelection, installContextMenu, MENU_ID } from '../../../src/background/context-menu.ts';
import { getReport, openReport } from '../../../src/background/reports.ts';
import { PENDING_MAX_AGE_MS, putPendingCheck, takePendingCheck } from '../../../src/popup/pending-check.ts';
import { bundleFromFinding } from '../../../src/report/evidence.ts';
import { listReports } from '../../../src/report/history.ts';
import fake, { memoryArea } from './fake-browser.ts';
import { FINDING } from './fixtures.ts';

beforeEach(() => {
  fake.storage.local = memoryArea();
  fake.storage.session = memoryArea();
  fake.tabs.create.mockClear();
  fake.contextMenus.create.mockClear();
});

describe('background: reports', () => {
  test('opening a report stores it locally and opens the page with only the id in the URL', async () => {
    const b = bundleFromFinding(FINDING, 'https://web.whatsapp.com/');
    await expect(openReport(b)).resolves.toEqual({ ok: true });
    const url = (fake.tabs.create.mock.calls[0]![0] as { url: string }).url;
    expect(url).toBe(`chrome-extension://test-id/src/report/index.html?id=${b.id}`);
    expect(url).not.toContain('uncle');
    expect((await listReports(fake.storage.local)).map((r) => r.id)).toEqual([b.id]);
    expect(await getReport(b.id)).toEqual(b);
    expect(await getReport('unknown')).toBeNull();
  });
  test('a malformed bundle is refused', async () => {
    await expect(openReport({ id: 'x' })).rejects.toThrow();
    expect(fake.tabs.create).not.toHaveBeenCalled();
  });
});

describe('background: context menu', () => {
  test('registers one item for selected text only', async () => {
    fake.runtime.onInstalled.addListener.mockClear();
    fake.contextMenus.onClicked.addListener.mockClear();
    installContextMenu();
    const onInstalled = fake.runtime.onInstalled.addListener.mock.calls[0]![0] as () => void;
    onInstalled();
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.contextMenus.create).toHaveBeenCalledWith({
      id: MENU_ID,
      title: 'Check this text with Lurewatch',
      contexts: ['selection'],
    });
    const onClicked = fake.contextMenus.onClicked.addListener.mock.calls[0]![0] as (
      i: unknown,
      t: unknown,
    ) => void;
    onClicked({ menuItemId: MENU_ID, selectionText: 'Send USDT to my uncle' }, { index: 3 });
    await new Promise((r) => setTimeout(r, 0));
    const call = fake.tabs.create.mock.calls[0]![0] as { url: string; index: number };
    expect(call.index).toBe(4);
    expect(call.url).toMatch(/^chrome-extension:\/\/test-id\/src\/popup\/index\.html\?check=[a-z0-9]+$/);
    expect(call.url).not.toContain('USDT');
  });
  test('the selection goes to session storage and is deleted once read', async () => {
    await checkSelection('Send USDT to my uncle', undefined);
    const url = (fake.tabs.create.mock.calls[0]![0] as { url: string }).url;
    const id = new URL(url).searchParams.get('check')!;
    expect(fake.storage.session.data.size).toBe(1);
    expect(fake.storage.local.data.size).toBe(0);
    expect(await takePendingCheck(id)).toBe('Send USDT to my uncle');
    expect(fake.storage.session.data.size).toBe(0);
    expect(await takePendingCheck(id)).toBeUndefined();
  });
  test('falls back to local storage without storage.session; stale and malformed ids give nothing', async () => {
    const local = memoryArea();
    const id = await putPendingCheck('hello', local, 1000);
    expect(await takePendingCheck(id, local, 1000 + PENDING_MAX_AGE_MS + 1)).toBeUndefined();
    expect(local.data.size).toBe(0);
    expect(await takePendingCheck('../../etc', local)).toBeUndefined();
  });
});
