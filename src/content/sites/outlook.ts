import type { Direction } from '../../engine/types.ts';
import { closestOf, fallbackId, messagesIn, pageFact, plainText, queryFirst, textOf } from './dom.ts';
import type { PageMessage, SiteAdapter } from './types.ts';

const HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']);

/**
 * Outlook on the web: the reading pane (`[data-app-section="ConversationContainer"]`) holds one
 * item per email; bodies are `[aria-label="Message body"]` / `div[role="document"]`; the sender is
 * a persona button or span whose aria-label/title carries the address. Outlook recycles nodes
 * heavily (React), which the scanner handles by re-reading changed text.
 */
export const SELECTORS = {
  container: [
    '[data-app-section="ConversationContainer"]',
    '[role="main"] [aria-label="Reading Pane"]',
    '[role="main"] [data-app-section="ReadingPane"]',
    '[role="main"]',
  ],
  message: [
    '[data-app-section="ConversationContainer"] [role="listitem"]',
    '[data-app-section="ConversationContainer"] [data-item-id]',
    '[role="main"] [aria-label="Reading Pane"] [data-item-id]',
  ],
  body: ['[aria-label="Message body"]', 'div[role="document"]', '.wide-content-host'],
  exclude: ['blockquote', '#Signature', '[id$="_Signature"]'],
  /** Outlook's reply header; the quoted mail follows it as siblings, so stop reading there. */
  quoteStart: ['[id^="appendonsend"]', '#divRplyFwdMsg', 'hr[tabindex="-1"]'],
  sender: [
    '[data-testid="SenderPersona"]',
    'span[aria-label^="From:"]',
    'button[aria-label*="@"]',
    'span[title*="@"]',
  ],
  time: ['[data-testid="SentReceivedSavedTime"]', 'time[datetime]', '[aria-label^="Sent:"]'],
  subject: ['[data-app-section="SubjectLine"]', '[role="heading"][aria-level="2"]'],
  account: ['#mectrl_currentAccount_secondary', '[data-testid="mectrl_currentAccount_secondary"]'],
} as const;

export const outlook: SiteAdapter = {
  id: 'outlook',
  site: 'outlook',
  matches: (loc) => HOSTS.has(loc.hostname),
  container: (doc) => queryFirst(doc, SELECTORS.container),
  messageElements: (root) => messagesIn(root, SELECTORS.message),
  closestMessage: (node) => closestOf(node, SELECTORS.message),
  read(el, doc): PageMessage | null {
    const body = queryFirst(el, SELECTORS.body);
    if (!body) return null;
    const text = plainText(body, SELECTORS.exclude, SELECTORS.quoteStart);
    if (!text) return null;
    const { name, email } = readSender(el);
    const sender = email ? (name && name !== email ? `${name} <${email}>` : email) : name;
    const convId = el.closest('[data-convid]')?.getAttribute('data-convid');
    const threadKey = convId ?? (pageFact(doc, 'subject', () => textOf(doc, SELECTORS.subject)) || 'outlook');
    const timeEl = queryFirst(el, SELECTORS.time);
    const time =
      timeEl?.getAttribute('datetime') ?? (timeEl?.textContent ? timeEl.textContent.trim() : undefined);
    const id =
      el.getAttribute('data-item-id') ?? el.getAttribute('id') ?? fallbackId(threadKey, sender, text);
    return {
      id: `outlook:${id}`,
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

const EMAIL = /[^\s<>()"':;,]+@[^\s<>()"':;,]+\.[a-z]{2,}/i;

function readSender(el: Element): { name: string; email: string } {
  const s = queryFirst(el, SELECTORS.sender);
  if (!s) return { name: '', email: '' };
  const label = `${s.getAttribute('aria-label') ?? ''} ${s.getAttribute('title') ?? ''}`;
  const email = EMAIL.exec(label)?.[0] ?? EMAIL.exec(s.textContent ?? '')?.[0] ?? '';
  const name = (s.textContent ?? '').replace(EMAIL, '').replace(/[<>]/g, '').trim();
  return { name, email };
}

function direction(email: string, doc: Document): Direction {
  if (!email) return 'unknown';
  const me = EMAIL.exec(
    pageFact(doc, 'accountEl', () => queryFirst(doc, SELECTORS.account))?.textContent ?? '',
  )?.[0];
  if (!me) return 'in';
  return me.toLowerCase() === email.toLowerCase() ? 'out' : 'in';
}
