import browser from 'webextension-polyfill';
import type { TabState } from '../shared/findings.ts';
import type { Message } from '../shared/messages.ts';

type ContentState = Extract<Message, { type: 'content/state' }>;

/**
 * Per-tab findings, as the content scripts report them. Kept in memory and mirrored to
 * `storage.session` (memory only, never written to disk) so a restarted service worker still
 * knows what each tab shows. Cleared when a tab loads a new page or closes.
 */
const tabs = new Map<number, TabState>();
const key = (tabId: number) => `tab-state:${tabId}`;

const BADGE_DANGER = '#c62828';
const BADGE_CAUTION = '#a86400';

function session(): browser.Storage.StorageArea | undefined {
  try {
    return browser.storage.session;
  } catch {
    return undefined;
  }
}

export async function handleContentState(
  message: ContentState,
  sender: browser.Runtime.MessageSender,
): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  // Only the top frame speaks for the tab (a chat embedded in a frame would overwrite it).
  if (tabId === undefined || (sender.frameId !== undefined && sender.frameId !== 0)) return { ok: false };
  const state: TabState = {
    site: message.site,
    status: message.status,
    scanned: message.scanned,
    findings: Array.isArray(message.findings)
      ? message.findings
      : // Left out: unchanged since this document's last report on its port.
        message.findings === undefined
        ? (await getTabState(tabId)).findings
        : [],
  };
  tabs.set(tabId, state);
  await Promise.all([
    session()
      ?.set({ [key(tabId)]: state })
      .catch(() => undefined),
    updateBadge(tabId, state),
  ]);
  return { ok: true };
}

export async function getTabState(tabId: number): Promise<TabState> {
  const mem = tabs.get(tabId);
  if (mem) return mem;
  const stored = (
    await session()
      ?.get(key(tabId))
      .catch(() => undefined)
  )?.[key(tabId)] as TabState | undefined;
  if (stored) {
    tabs.set(tabId, stored);
    return stored;
  }
  return { site: null, status: 'unsupported', scanned: 0, findings: [] };
}

export async function clearTab(tabId: number): Promise<void> {
  tabs.delete(tabId);
  await session()
    ?.remove(key(tabId))
    .catch(() => undefined);
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
}

async function updateBadge(tabId: number, state: TabState): Promise<void> {
  const count = state.findings.length;
  const danger = state.findings.some((f) => f.level === 'danger');
  try {
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
    if (count > 0) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: danger ? BADGE_DANGER : BADGE_CAUTION });
    }
  } catch {
    // The tab closed meanwhile.
  }
}

export function installTabState(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTab(tabId);
  });
  // A new document in the tab (reload or navigation): its content script reports afresh.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading' && info.url !== undefined) void clearTab(tabId);
  });
}
