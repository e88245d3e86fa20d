import browser from 'webextension-polyfill';
import { isAnalyzeRequest, isMessage, type Message } from '../shared/messages.ts';
import { CONTENT_PORT, isPortRequest, type PortAnswer, type PortLike } from '../shared/port-channel.ts';
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

/** Messages a content script may send over its port (src/shared/port-channel.ts). */
const PORT_TYPES: ReadonlySet<Message['type']> = new Set(['engine/analyze', 'content/state', 'ping']);

/**
 * Serve one content script's port: each request is routed like a runtime message (validated at
 * the boundary, stateless) and answered with its id; id 0 expects no answer.
 */
export function servePort(
  port: PortLike & { sender?: browser.Runtime.MessageSender },
  ownId = browser.runtime.id,
): void {
  if (port.name !== CONTENT_PORT || port.sender?.id !== ownId) {
    port.disconnect();
    return;
  }
  const sender = port.sender;
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
  });
  port.onMessage.addListener((raw: unknown) => {
    if (!isPortRequest(raw) || !isMessage(raw.message) || !PORT_TYPES.has(raw.message.type)) return;
    const { id } = raw;
    void route(raw.message, sender)
      .catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }))
      .then((answer) => {
        if (id === 0 || !open) return;
        try {
          port.postMessage({ id, answer } satisfies PortAnswer);
        } catch {
          // The page went away meanwhile.
        }
      });
  });
}

browser.runtime.onConnect.addListener((port) => servePort(port));

installTabState();
installContextMenu();
