import { closestOf, fallbackId, messagesIn, pageFact, plainText, queryFirst, textOf } from './dom.ts';
import { alignedDirection, HEADING, metaDirection, threadFromPath } from './meta-chat.ts';
import type { PageMessage, SiteAdapter } from './types.ts';

/**
 * Facebook Messenger (messenger.com/t/…, facebook.com/messages/…): the open conversation is a
 * grid labelled "Messages in conversation …" whose rows (`div[role="row"]`) hold the messages; the
 * text is the `div[dir="auto"]` of the bubble.
 */
export const SELECTORS = {
  container: [
    '[role="main"] [aria-label^="Messages in conversation"]',
    '[role="main"] [role="grid"]',
    '[role="main"]',
  ],
  message: [
    '[aria-label^="Messages in conversation"] [role="row"]',
    '[role="main"] [role="grid"] [role="row"]',
  ],
  text: ['[data-testid="message-container"] div[dir="auto"]', 'div[dir="auto"]', 'span[dir="auto"]'],
  /** Reply previews of an earlier message and the screen-reader headings are not this message. */
  exclude: [...HEADING, '[data-scope="reply_preview"]', '[aria-label^="Reply to"]', 'blockquote'],
  title: ['[role="main"] [role="banner"] h1', '[role="main"] header h2', '[role="main"] h2'],
} as const;

export const messenger: SiteAdapter = {
  id: 'messenger',
  site: 'messenger',
  matches: (loc) =>
    loc.hostname === 'www.messenger.com' ||
    (loc.hostname === 'www.facebook.com' && loc.pathname.startsWith('/messages')),
  container: (doc) => queryFirst(doc, SELECTORS.container),
  messageElements: (root) => messagesIn(root, SELECTORS.message),
  closestMessage: (node) => closestOf(node, SELECTORS.message),
  read(el, doc): PageMessage | null {
    if (el.querySelector('[data-scope="date_break"]')) return null;
    const textEl = firstOutside(el, SELECTORS.text, SELECTORS.exclude);
    if (!textEl) return null;
    const text = plainText(textEl, SELECTORS.exclude);
    if (!text) return null;
    const title = pageFact(doc, 'title', () => textOf(doc, SELECTORS.title));
    let { direction, sender: named } = metaDirection(el);
    // Headings in another language: where the bubble sits tells.
    if (direction === 'unknown') direction = alignedDirection(el, textEl, doc);
    const sender = named || (direction === 'in' ? title : '');
    const threadKey = threadFromPath(doc.location?.pathname ?? '') ?? (title || 'messenger');
    const id = el.getAttribute('data-message-id') ?? fallbackId(threadKey, sender, text);
    return {
      id: `messenger:${id}`,
      element: el,
      text,
      sender,
      direction,
      threadKey,
      anchor: textEl,
    };
  },
};

/** First element matching `selectors` that is not inside an excluded part (a reply preview). */
export function firstOutside(
  root: Element,
  selectors: readonly string[],
  exclude: readonly string[],
): Element | null {
  const ex = exclude.join(',');
  for (const sel of selectors) {
    for (const el of Array.from(root.querySelectorAll(sel))) {
      const blocked = el.closest(ex);
      if (!blocked || !root.contains(blocked)) return el;
    }
  }
  return null;
}
