import type { Direction } from '../../engine/types.ts';
import { closestOf, fallbackId, messagesIn, pageFact, plainText, queryFirst, textOf } from './dom.ts';
import type { PageMessage, SiteAdapter } from './types.ts';

/**
 * Yahoo Mail: `data-test-id` attributes are the stable hooks (its atomic CSS classes such as
 * `.I_52qC` are not). A conversation lists `[data-test-id="message-view"]` items with
 * `message-from`, `message-date` and `message-view-body(-content)`.
 */
export const SELECTORS = {
  container: [
    '[data-test-id="message-group-view-scroller"]',
    '[data-test-id="message-group-view"]',
    '[role="main"]',
  ],
  message: ['[data-test-id="message-view"]', '[data-test-id="message-view-container"]'],
  body: ['[data-test-id="message-view-body-content"]', '[data-test-id="message-view-body"]'],
  exclude: ['blockquote', '.yahoo_quoted', '[data-test-id="signature"]', '.signature'],
  sender: ['[data-test-id="message-from"] [data-test-id="email-pill"]', '[data-test-id="message-from"]'],
  senderName: ['[data-test-id="email-pill-name"]'],
  time: ['[data-test-id="message-date"]'],
  subject: ['[data-test-id="message-group-subject-text"]', '[data-test-id="message-subject"]'],
  account: ['[data-test-id="account-email"]', '#ybarAccountMenu [data-test-id="email"]'],
} as const;

const EMAIL = /[^\s<>()"':;,]+@[^\s<>()"':;,]+\.[a-z]{2,}/i;

export const yahooMail: SiteAdapter = {
  id: 'yahoo-mail',
  site: 'yahoo',
  matches: (loc) => loc.hostname === 'mail.yahoo.com',
  container: (doc) => queryFirst(doc, SELECTORS.container),
  messageElements: (root) => messagesIn(root, SELECTORS.message),
  closestMessage: (node) => closestOf(node, SELECTORS.message),
  read(el, doc): PageMessage | null {
    const body = queryFirst(el, SELECTORS.body);
    if (!body) return null;
    const text = plainText(body, SELECTORS.exclude);
    if (!text) return null;
    const pill = queryFirst(el, SELECTORS.sender);
    const email =
      EMAIL.exec(pill?.getAttribute('title') ?? '')?.[0] ?? EMAIL.exec(pill?.textContent ?? '')?.[0] ?? '';
    const name = textOf(el, SELECTORS.senderName) || (pill?.textContent ?? '').replace(EMAIL, '').trim();
    const sender = email ? (name && name !== email ? `${name} <${email}>` : email) : name;
    const threadKey =
      el.closest('[data-conversation-id]')?.getAttribute('data-conversation-id') ??
      (pageFact(doc, 'subject', () => textOf(doc, SELECTORS.subject)) || 'yahoo');
    const timeEl = queryFirst(el, SELECTORS.time);
    const time = timeEl?.getAttribute('title') ?? timeEl?.textContent?.trim() ?? undefined;
    const id = el.getAttribute('data-message-id') ?? fallbackId(threadKey, sender, text);
    return {
      id: `yahoo:${id}`,
      element: el,
      text,
      sender,
      direction: direction(email, doc),
      threadKey,
      ...(time ? { time } : {}),
      anchor: body,
      placement: 'before',
    };
  },
};

function direction(email: string, doc: Document): Direction {
  if (!email) return 'unknown';
  const me = EMAIL.exec(
    pageFact(doc, 'accountEl', () => queryFirst(doc, SELECTORS.account))?.textContent ?? '',
  )?.[0];
  if (!me) return 'in';
  return me.toLowerCase() === email.toLowerCase() ? 'out' : 'in';
}
