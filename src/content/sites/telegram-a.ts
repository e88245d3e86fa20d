import type { Direction } from '../../engine/types.ts';
import { closestOf, fallbackId, messagesIn, pageFact, plainText, queryFirst, textOf } from './dom.ts';
import type { PageMessage, SiteAdapter } from './types.ts';

/**
 * Telegram Web A (web.telegram.org/a/): `#MiddleColumn .messages-container` holds `.Message`
 * elements with `data-message-id`; own messages carry `.own`; text `.text-content`; group sender
 * `.message-title .sender-title`; the chat title `.ChatInfo .title`, the chat id is the URL hash.
 */
export const SELECTORS = {
  container: [
    '#MiddleColumn .messages-container',
    '.MessageList .messages-container',
    '.messages-container',
    '#MiddleColumn',
  ],
  message: ['.Message[data-message-id]', '[id^="message-"].Message', '.Message'],
  text: ['.text-content', '.message-text'],
  exclude: ['.EmbeddedMessage', '.MessageMeta', '.message-title', '.Reactions', '.embedded-sender'],
  sender: ['.message-title .sender-title', '.message-title', '.sender-name'],
  time: ['.MessageMeta .message-time', '.message-time'],
  chat: ['.ChatInfo .title h3', '.ChatInfo .fullName', '.ChatInfo .title'],
} as const;

export const telegramA: SiteAdapter = {
  id: 'telegram-a',
  site: 'telegram',
  matches: (loc) => loc.hostname === 'web.telegram.org' && loc.pathname.startsWith('/a'),
  container: (doc) => queryFirst(doc, SELECTORS.container),
  messageElements: (root) => messagesIn(root, SELECTORS.message),
  closestMessage: (node) => closestOf(node, SELECTORS.message),
  read(el, doc): PageMessage | null {
    if (el.classList.contains('ActionMessage')) return null;
    const textEl = queryFirst(el, SELECTORS.text);
    if (!textEl) return null;
    const text = plainText(textEl, SELECTORS.exclude);
    if (!text) return null;
    const chatTitle = pageFact(doc, 'chat', () => textOf(doc, SELECTORS.chat));
    const hash = doc.location?.hash?.replace(/^#/, '') ?? '';
    const threadKey = /^-?\d+$/.test(hash) ? hash : chatTitle || 'telegram';
    const dir = direction(el);
    const sender = textOf(el, SELECTORS.sender) || (dir === 'in' ? chatTitle : '');
    const time = textOf(el, SELECTORS.time) || undefined;
    const mid = el.getAttribute('data-message-id') ?? el.id.replace(/^message-/, '');
    return {
      id: `telegram:${threadKey}:${mid || fallbackId(threadKey, sender, text)}`,
      element: el,
      text,
      sender,
      direction: dir,
      threadKey,
      ...(time ? { time } : {}),
      anchor: el.querySelector('.message-content-wrapper') ?? textEl,
    };
  },
};

function direction(el: Element): Direction {
  if (el.classList.contains('own')) return 'out';
  return el.closest('.MessageList, .messages-container') ? 'in' : 'unknown';
}
