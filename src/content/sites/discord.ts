import type { Direction } from '../../engine/types.ts';
import { closestOf, messagesIn, normaliseSpace, pageFact, plainText, queryFirst } from './dom.ts';
import type { PageMessage, SiteAdapter } from './types.ts';

/**
 * Discord: `ol[data-list-id="chat-messages"]` holds `li[id^="chat-messages-<channel>-<message>"]`;
 * content `[id^="message-content-"]` (the reply preview has its own `message-reply-context-` id and
 * is not inside it), author `[id^="message-username-"]` only on the first message of a group.
 * Hashed classes (`username_a1b2c3`) are matched by prefix only as a last resort.
 */
export const SELECTORS = {
  container: [
    'ol[data-list-id="chat-messages"]',
    '[data-list-id="chat-messages"]',
    'main[class*="chatContent"]',
  ],
  message: ['li[id^="chat-messages-"]', '[data-list-item-id^="chat-messages"]'],
  text: ['[id^="message-content-"]', 'div[class*="markup"]'],
  exclude: [
    '[id^="message-reply-context-"]',
    '[class*="repliedTextPreview"]',
    '[class*="timestamp"]',
    'time',
  ],
  author: [
    '[id^="message-username-"] [class*="username"]',
    '[id^="message-username-"]',
    'span[class*="username_"]',
  ],
  time: ['time[datetime]'],
  /** The signed-in user's name in the panel at the bottom left. */
  me: [
    'section[aria-label="User area"] [class*="panelTitleContainer"]',
    'section[aria-label="User area"] [class*="title"]',
  ],
} as const;

const LOOKBACK = 40;

export const discord: SiteAdapter = {
  id: 'discord',
  site: 'discord',
  matches: (loc) => loc.hostname === 'discord.com' && loc.pathname.startsWith('/channels'),
  container: (doc) => queryFirst(doc, SELECTORS.container),
  messageElements: (root) => messagesIn(root, SELECTORS.message),
  closestMessage: (node) => closestOf(node, SELECTORS.message),
  read(el, doc): PageMessage | null {
    const textEl = queryFirst(el, SELECTORS.text);
    if (!textEl) return null;
    const text = plainText(textEl, SELECTORS.exclude);
    if (!text) return null;
    const rowId = el.getAttribute('id') ?? el.getAttribute('data-list-item-id') ?? '';
    // chat-messages-<channelId>-<messageId>
    const m = /chat-messages[-_](\d+)[-_](\d+)/.exec(rowId);
    const threadKey = m?.[1] ?? 'discord';
    const author = groupAuthor(el);
    const timeEl = queryFirst(el, SELECTORS.time);
    const time = timeEl?.getAttribute('datetime') ?? undefined;
    return {
      id: `discord:${m ? `${m[1]}-${m[2]}` : rowId}`,
      element: el,
      text,
      sender: author,
      direction: direction(author, doc),
      threadKey,
      ...(time ? { time } : {}),
      anchor: textEl,
    };
  },
};

function groupAuthor(el: Element): string {
  let row: Element | null = el;
  for (let i = 0; row && i < LOOKBACK; i++, row = row.previousElementSibling) {
    const a = queryFirst(row, SELECTORS.author);
    if (a) return normaliseSpace(a.textContent ?? '');
  }
  return '';
}

function direction(author: string, doc: Document): Direction {
  if (!author) return 'unknown';
  const me = pageFact(doc, 'meEl', () => queryFirst(doc, SELECTORS.me));
  if (!me) return 'in';
  const first = normaliseSpace(me.textContent ?? '').split('\n')[0] ?? '';
  return first !== '' && first.toLowerCase().startsWith(author.toLowerCase()) ? 'out' : 'in';
}
