import { closestOf, fallbackId, messagesIn, pageFact, plainText, queryFirst, textOf } from './dom.ts';
import { firstOutside } from './messenger.ts';
import { alignedDirection, HEADING, metaDirection, threadFromPath } from './meta-chat.ts';
import type { PageMessage, SiteAdapter } from './types.ts';

/**
 * Instagram direct messages (instagram.com/direct/t/<id>): Meta's grid of `div[role="row"]`, text
 * in `div[dir="auto"]`. Incoming rows carry the sender's avatar link; own rows do not.
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
  text: ['div[dir="auto"]', 'span[dir="auto"]'],
  exclude: [...HEADING, '[aria-label^="Replied to"]', '[data-scope="reply_preview"]', 'blockquote'],
  avatar: ['a[role="link"] img[alt$="profile picture"]', 'img[alt$="profile picture"]'],
  title: ['[role="main"] header h2', '[role="main"] header span[title]', '[role="main"] header'],
} as const;

export const instagram: SiteAdapter = {
  id: 'instagram',
  site: 'instagram',
  matches: (loc) => loc.hostname === 'www.instagram.com' && loc.pathname.startsWith('/direct'),
  container: (doc) => queryFirst(doc, SELECTORS.container),
  messageElements: (root) => messagesIn(root, SELECTORS.message),
  closestMessage: (node) => closestOf(node, SELECTORS.message),
  read(el, doc): PageMessage | null {
    const textEl = firstOutside(el, SELECTORS.text, SELECTORS.exclude);
    if (!textEl) return null;
    const text = plainText(textEl, SELECTORS.exclude);
    if (!text) return null;
    const title = pageFact(doc, 'title', () => textOf(doc, SELECTORS.title, 'title'));
    let { direction, sender } = metaDirection(el);
    const avatar = queryFirst(el, SELECTORS.avatar);
    if (direction === 'unknown' && avatar) direction = 'in';
    // Headings in another language and no avatar: where the bubble sits tells.
    if (direction === 'unknown') direction = alignedDirection(el, textEl, doc);
    if (!sender && avatar)
      sender = (avatar.getAttribute('alt') ?? '').replace(/'s profile picture$/, '').trim();
    if (!sender && direction === 'in') sender = title;
    const threadKey = threadFromPath(doc.location?.pathname ?? '') ?? (title || 'instagram');
    return {
      id: `instagram:${el.getAttribute('data-message-id') ?? fallbackId(threadKey, sender, text)}`,
      element: el,
      text,
      sender,
      direction,
      threadKey,
      anchor: textEl,
    };
  },
};
