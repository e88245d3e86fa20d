import type { Direction } from '../../engine/types.ts';
import { closestOf, fallbackId, messagesIn, pageFact, plainText, queryFirst, textOf } from './dom.ts';
import type { PageMessage, SiteAdapter } from './types.ts';

/**
 * Gmail: an opened conversation shows one `div.adn` per email (data-message-id /
 * data-legacy-message-id), body in `div.a3s`, sender in `span[email].gD`, date in `span.g3[title]`.
 * Collapsed emails (class `kv`) show only a snippet and are skipped until opened.
 */
export const SELECTORS = {
  container: ['div[role="main"] [data-thread-perm-id]', 'div[role="main"] div.nH.if', 'div[role="main"]'],
  message: ['div[data-message-id]', 'div[data-legacy-message-id]', 'div.adn.ads'],
  body: ['div.a3s', 'div.ii.gt', '.adP'],
  /** Quoted earlier mails, signatures and the "..." trimmed-content toggle. */
  exclude: [
    'blockquote',
    '.gmail_quote',
    '.gmail_signature',
    '.gmail_signature_prefix',
    '[data-smartmail="gmail_signature"]',
    '.gmail_extra',
    '.adL',
    '.yj6qo',
  ],
  sender: ['span.gD[email]', 'td.gF span[email]', 'h3 span[email]', 'span[email][name]'],
  time: ['span.g3[title]', '.gK .g3', 'span.g3'],
  threadId: ['[data-thread-perm-id]', 'h2[data-legacy-thread-id]', 'h2[data-thread-perm-id]'],
  subject: ['h2.hP', 'h2[data-thread-perm-id]', 'h2[data-legacy-thread-id]'],
  /** The signed-in account: its aria-label ends with "(address)". */
  account: ['a[aria-label^="Google Account"]', 'header a[aria-label*="@"]'],
} as const;

export const gmail: SiteAdapter = {
  id: 'gmail',
  site: 'gmail',
  matches: (loc) => loc.hostname === 'mail.google.com',
  container: (doc) => queryFirst(doc, SELECTORS.container),
  messageElements: (root) => messagesIn(root, SELECTORS.message),
  closestMessage: (node) => closestOf(node, SELECTORS.message),
  read(el, doc): PageMessage | null {
    // Collapsed email: no body rendered yet.
    const body = queryFirst(el, SELECTORS.body);
    if (!body) return null;
    const text = plainText(body, SELECTORS.exclude);
    if (!text) return null;
    const senderEl = queryFirst(el, SELECTORS.sender);
    const email = (senderEl?.getAttribute('email') ?? '').trim();
    const name = (senderEl?.getAttribute('name') ?? senderEl?.textContent ?? '').trim();
    const sender = email ? (name && name !== email ? `${name} <${email}>` : email) : name;
    const threadEl = pageFact(doc, 'threadIdEl', () => queryFirst(doc, SELECTORS.threadId));
    const threadKey =
      threadEl?.getAttribute('data-thread-perm-id') ??
      threadEl?.getAttribute('data-legacy-thread-id') ??
      (pageFact(doc, 'subject', () => textOf(doc, SELECTORS.subject)) || 'gmail');
    const time = textOf(el, SELECTORS.time, 'title') || undefined;
    const id =
      el.getAttribute('data-message-id') ??
      el.getAttribute('data-legacy-message-id') ??
      fallbackId(threadKey, sender, text);
    return {
      id: `gmail:${id}`,
      element: el,
      text,
      sender,
      direction: direction(email, doc),
      threadKey,
      ...(time ? { time } : {}),
      // Above the body: long emails would push a warning below the fold.
      anchor: body,
      placement: 'before',
    };
  },
};

function direction(email: string, doc: Document): Direction {
  if (!email) return 'unknown';
  const account =
    pageFact(doc, 'accountEl', () => queryFirst(doc, SELECTORS.account))?.getAttribute('aria-label') ?? '';
  const m = /\(([^()\s]+@[^()\s]+)\)\s*$/.exec(account) ?? /([^\s()]+@[^\s()]+)/.exec(account);
  if (!m?.[1]) return 'in';
  return m[1].toLowerCase() === email.toLowerCase() ? 'out' : 'in';
}
