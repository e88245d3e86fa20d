import type { Direction } from '../../engine/types.ts';
import { closestOf, fallbackId, messagesIn, pageFact, plainText, queryFirst, textOf } from './dom.ts';
import type { PageMessage, SiteAdapter } from './types.ts';

/**
 * Telegram Web K (web.telegram.org/k/): bubbles in `.bubbles-inner`, each `.bubble[data-mid]` with
 * `is-in` / `is-out`; text in `.message .text-content` (or the `.message` itself), group sender in
 * `.name .peer-title`, time in `.time`. The chat is named by `.chat-info .peer-title[data-peer-id]`.
 */
export const SELECTORS = {
  container: ['#column-center .bubbles-inner', '.bubbles .bubbles-inner', '.bubbles-inner'],
  message: ['.bubble[data-mid]', '.bubbles-inner [data-mid]'],
  text: ['.message .text-content', '.message .translatable-message', '.message'],
  /** Reply previews, sender line, time and reactions are inside `.message`; none is message text. */
  exclude: ['.reply', '.name', '.time', '.bubble-name-forwarded', '.reactions', '.time-inner', '.tgico'],
  sender: ['.name .peer-title', '.name', '.bubble-name-first'],
  time: ['.time .i18n', '.time-inner', '.time'],
  chat: ['.chat-info .peer-title[data-peer-id]', '.chat-info .peer-title', '.sidebar-header .peer-title'],
} as const;

export const telegramK: SiteAdapter = {
  id: 'telegram-k',
  site: 'telegram',
  matches: (loc) => loc.hostname === 'web.telegram.org' && !loc.pathname.startsWith('/a'),
  container: (doc) => queryFirst(doc, SELECTORS.container),
  messageElements: (root) => messagesIn(root, SELECTORS.message),
  closestMessage: (node) => closestOf(node, SELECTORS.message),
  read(el, doc): PageMessage | null {
    if (el.classList.contains('service')) return null; // "X joined", date bubbles
    const textEl = queryFirst(el, SELECTORS.text);
    if (!textEl) return null;
    const text = plainText(textEl, SELECTORS.exclude);
    if (!text) return null;
    const chatEl = pageFact(doc, 'chatEl', () => queryFirst(doc, SELECTORS.chat));
    const chatTitle = (chatEl?.textContent ?? '').trim();
    const threadKey = chatEl?.getAttribute('data-peer-id') ?? (chatTitle || 'telegram');
    const dir = direction(el);
    // In a one-to-one chat the sender line is absent: the chat title is the sender.
    const sender = textOf(el, SELECTORS.sender) || (dir === 'in' ? chatTitle : '');
    const time = textOf(el, SELECTORS.time) || undefined;
    const mid = el.getAttribute('data-mid');
    return {
      id: `telegram:${threadKey}:${mid ?? fallbackId(threadKey, sender, text)}`,
      element: el,
      text,
      sender,
      direction: dir,
      threadKey,
      ...(time ? { time } : {}),
      anchor: el.querySelector('.bubble-content') ?? textEl,
    };
  },
};

function direction(el: Element): Direction {
  if (el.classList.contains('is-out')) return 'out';
  if (el.classList.contains('is-in')) return 'in';
  return 'unknown';
}
