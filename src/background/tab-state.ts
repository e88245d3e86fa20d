import browser from 'webextension-polyfill';
import type { TabState } from '../shared/findings.ts';
import type { Message } from '../shared/messages.ts';

type ContentState = Extract<Message, { type: 'content/state' }>;

const tabs = new Map<number, TabState>();

export async function handleContentState(
  message: ContentState,
  sender: browser.Runtime.MessageSender,
): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false };
  tabs.set(tabId, {
    site: message.site,
    status: message.status,
    scanned: message.scanned,
    findings: message.findings,
  });
  const count = message.findings.length;
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  return { ok: true };
}

export function getTabState(tabId: number): TabState {
  return tabs.get(tabId) ?? { site: null, status: 'unsupported', scanned: 0, findings: [] };
}

export function installTabState(): void {
  browser.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));
}
