import browser from 'webextension-polyfill';
import { isAnalyzeRequest, isMessage, type Message } from '../shared/messages.ts';
import { installContextMenu } from './context-menu.ts';
import { handleAnalyze } from './engine.ts';
import { getReport, openReport } from './reports.ts';
import { getTabState, handleContentState, installTabState } from './tab-state.ts';

/**
 * Background router: validates every message at the boundary and hands it to the module that
 * owns it. Nothing here talks to the network.
 */
export async function route(message: Message, sender: browser.Runtime.MessageSender): Promise<unknown> {
  switch (message.type) {
    case 'ping':
      return { ok: true, version: browser.runtime.getManifest().version };
    case 'content/state':
      return handleContentState(message, sender);
    case 'popup/get-tab-state':
      return getTabState(message.tabId);
    case 'report/open':
      return openReport(message.bundle);
    case 'report/get':
      return getReport(message.reportId);
    case 'engine/analyze':
      if (!isAnalyzeRequest(message)) throw new Error('malformed analyze request');
      return handleAnalyze(message);
    case 'content/reveal':
      // Meant for content scripts (sent with tabs.sendMessage); the background ignores it.
      return undefined;
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isMessage(message)) return undefined;
  return route(message, sender).catch((error: unknown) => ({
    error: error instanceof Error ? error.message : String(error),
  }));
});

installTabState();
installContextMenu();
