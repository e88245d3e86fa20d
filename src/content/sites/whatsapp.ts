import type { Direction } from '../../engine/types.ts';
import { closestOf, fallbackId, messagesIn, pageFact, plainText, queryFirst, textOf } from './dom.ts';
import type { PageMessage, SiteAdapter } from './types.ts';

/**
 * WhatsApp Web: the open chat is `#main`; each row carries `data-id` (`true_…` for messages the
 * user sent, `false_…` for received ones), bubbles are `.message-in` / `.message-out`, and the
 * `data-pre-plain-text` attribute holds "[time, date] Sender:". Newer builds add data-testid hooks.
 */
export const SELECTORS = {
  container: [
    '[data-testid="conversation-panel-body"]',
    '#main [role="application"]',
    '#main .copyable-area',
    '#main',
  ],
  message: [
    '#main [data-id]',
    '[data-testid="conversation-panel-body"] [data-id]',
    '[data-testid="msg-container"]',
  ],
  text: ['[data-testid="msg-text"]', '.copyable-text [class*="selectable-text"]', '.copyable-text span[dir]'],
  /** Quoted message a reply refers to: not part of this message. */
  exclude: ['[data-testid="quoted-message"]', '[aria-label="Quoted message"]', '.quoted-mention'],
  prePlain: ['[data-pre-plain-text]'],
  title: [
    '[data-testid="conversation-info-header-chat-title"]',
    '#main header span[title]',
    '#main header [title]',
  ],
} as const;

export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  site: 'whatsapp',
  matches: (loc) => loc.hostname === 'web.whatsapp.com',
  container: (doc) => queryFirst(doc, SELECTORS.container),
  messageElements: (root) => messagesIn(root, SELECTORS.message),
  closestMessage: (node) => closestOf(node, SELECTORS.message),
  read(el, doc): PageMessage | null {
    const textEl = queryFirst(el, SELECTORS.text);
    if (!textEl) return null; // media without caption, system notices
    const text = plainText(textEl, SELECTORS.exclude);
    if (!text) return null;
    const pre = queryFirst(el, SELECTORS.prePlain)?.getAttribute('data-pre-plain-text') ?? '';
    // "[10:41, 3/14/2026] Anna Lee: " -> time "10:41, 3/14/2026", sender "Anna Lee"
    const m = /^\s*\[([^\]]+)\]\s*([^:]*):?/.exec(pre);
    const title = pageFact(doc, 'title', () => textOf(doc, SELECTORS.title, 'title'));
    const dataId = el.getAttribute('data-id');
    const dir = direction(el, dataId);
    const sender = (m?.[2] ?? '').trim() || (dir === 'in' ? title : '');
    const threadKey = title || 'whatsapp';
    return {
      id: `whatsapp:${dataId ?? fallbackId(threadKey, sender, text)}`,
      element: el,
      text,
      sender,
      direction: dir,
      threadKey,
      ...(m?.[1] ? { time: m[1].trim() } : {}),
      anchor: textEl.closest('.copyable-text') ?? textEl,
    };
  },
};

/** The row's `data-id` says it first (`true_…` sent, `false_…` received); else the bubble class. */
function direction(el: Element, id: string | null): Direction {
  if (id?.startsWith('true_')) return 'out';
  if (id?.startsWith('false_')) return 'in';
  const bubble = el.matches('.message-out, .message-in') ? el : el.querySelector('.message-out, .message-in');
  if (bubble?.classList.contains('message-out')) return 'out';
  if (bubble?.classList.contains('message-in')) return 'in';
  return 'unknown';
}
