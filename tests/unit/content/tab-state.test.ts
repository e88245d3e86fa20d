import { beforeEach, expect, test, vi } from 'vitest';
import type { Finding, PageStatus } from '../../../src/shared/findings.ts';

const badge = new Map<number, string>();
const colors = new Map<number, string>();
const sessionStore = new Map<string, unknown>();
const listeners: { removed: ((id: number) => void)[]; updated: ((id: number, info: object) => void)[] } = {
  removed: [],
  updated: [],
};

vi.mock('webextension-polyfill', () => ({
  default: {
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void badge.set(tabId, text),
      setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) =>
        void colors.set(tabId, color),
    },
    storage: {
      session: {
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) sessionStore.set(k, structuredClone(v));
        },
        get: async (k: string) => (sessionStore.has(k) ? { [k]: sessionStore.get(k) } : {}),
        remove: async (k: string) => void sessionStore.delete(k),
      },
    },
    tabs: {
      onRemoved: { addListener: (f: (id: number) => void) => listeners.removed.push(f) },
      onUpdated: { addListener: (f: (id: number, info: object) => void) => listeners.updated.push(f) },
    },
  },
}));

const mod = await import('../../../src/background/tab-state.ts');

function finding(id: string, level: 'caution' | 'danger'): Finding {
  return {
    id,
    site: 'whatsapp',
    threadKey: 't',
    sender: 's',
    snippet: 'x',
    text: 'x',
    level,
    score: 5,
    reasons: [],
    indicators: [],
    seenAt: 1,
  };
}
const sender = (tabId: number, frameId = 0) => ({ tab: { id: tabId }, frameId }) as never;
type StateFields = Omit<Parameters<typeof mod.handleContentState>[0], 'type' | 'status'> & {
  status?: PageStatus;
};
/** A content/state report from a tab's frame (status 'scanning' unless given). */
const report = (tabId: number, fields: StateFields, frameId = 0) =>
  mod.handleContentState({ type: 'content/state', status: 'scanning', ...fields }, sender(tabId, frameId));
const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  badge.clear();
  colors.clear();
});

test('keeps findings per tab, counts them on the badge, colours by level', async () => {
  mod.installTabState();
  await report(7, {
    site: 'whatsapp',
    scanned: 12,
    findings: [finding('a', 'caution'), finding('b', 'danger')],
  });
  await report(8, { site: 'gmail', scanned: 3, findings: [finding('c', 'caution')] });
  expect(badge.get(7)).toBe('2');
  expect(colors.get(7)).toBe('#c62828');
  expect(colors.get(8)).toBe('#a86400');
  const s7 = await mod.getTabState(7);
  expect(s7.site).toBe('whatsapp');
  expect(s7.scanned).toBe(12);
  expect(s7.findings.map((f) => f.id)).toEqual(['a', 'b']);
  // No findings: empty badge.
  await report(7, { site: 'whatsapp', scanned: 12, findings: [] });
  expect(badge.get(7)).toBe('');
});

test('a report without findings (unchanged on the port) keeps the last findings, with the new count', async () => {
  await report(13, { site: 'whatsapp', scanned: 12, findings: [finding('a', 'danger')] });
  await report(13, { site: 'whatsapp', scanned: 13 });
  const s = await mod.getTabState(13);
  expect(s.scanned).toBe(13);
  expect(s.findings.map((f) => f.id)).toEqual(['a']);
  expect(badge.get(13)).toBe('1');
  // Malformed findings still count as none.
  await report(13, { site: 'whatsapp', scanned: 14, findings: 'x' as never });
  expect((await mod.getTabState(13)).findings).toEqual([]);
});

test('ignores sub-frames and messages without a tab', async () => {
  expect(await report(9, { site: 'discord', status: 'error', scanned: 0, findings: [] }, 3)).toEqual({
    ok: false,
  });
  expect(
    await mod.handleContentState(
      { type: 'content/state', site: 'discord', status: 'error', scanned: 0, findings: [] },
      {} as never,
    ),
  ).toEqual({ ok: false });
  expect((await mod.getTabState(9)).status).toBe('unsupported');
});

test('clears a tab on close and on a new page load; unknown tabs are unsupported', async () => {
  await report(10, { site: 'telegram', scanned: 1, findings: [finding('z', 'danger')] });
  for (const f of listeners.updated) f(10, { status: 'loading', url: 'https://web.telegram.org/k/' });
  await flush();
  expect((await mod.getTabState(10)).status).toBe('unsupported');
  expect(badge.get(10)).toBe('');
  await report(11, { site: 'telegram', scanned: 1, findings: [finding('z', 'danger')] });
  for (const f of listeners.removed) f(11);
  await flush();
  expect((await mod.getTabState(11)).findings).toEqual([]);
});

test('survives a service-worker restart through storage.session', async () => {
  await report(12, { site: 'gmail', scanned: 4, findings: [finding('q', 'danger')] });
  vi.resetModules();
  const fresh = await import('../../../src/background/tab-state.ts');
  const s = await fresh.getTabState(12);
  expect(s.findings.map((f) => f.id)).toEqual(['q']);
});
