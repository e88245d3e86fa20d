import type { Direction } from '../../engine/types.ts';
import {
  closestOf,
  fallbackId,
  messagesIn,
  normaliseSpace,
  pageFact,
  plainText,
  queryFirst,
  textOf,
} from './dom.ts';
import type { PageMessage, SiteAdapter } from './types.ts';

/**
 * LinkedIn messaging (linkedin.com/messaging/thread/<id>/): fairly stable BEM classes. Each
 * `li.msg-s-message-list__event` holds a `.msg-s-event-listitem` (`--other` when someone else sent
 * it); the first message of a group also carries the sender name and time, later ones inherit them.
 */
export const SELECTORS = {
  container: ['.msg-s-message-list-content', '.msg-s-message-list', '.msg-convo-wrapper'],
  message: ['li.msg-s-message-list__event', '.msg-s-event-listitem'],
  text: ['.msg-s-event-listitem__body', '.msg-s-event-body-content p', '.msg-s-event-body-content'],
  exclude: ['.msg-s-event-listitem__quoted-message', 'blockquote'],
  sender: ['.msg-s-message-group__name', '.msg-s-message-group__profile-link'],
  time: ['time.msg-s-message-group__timestamp', '.msg-s-message-list__time-heading', 'time'],
  title: [
    '.msg-entity-lockup__entity-title',
    '.msg-thread__link-to-profile h2',
    '.msg-conversation-card__participant-names',
  ],
} as const;

/** How many earlier rows to look back for the sender of a grouped message. */
const LOOKBACK = 40;

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  site: 'linkedin',
  matches: (loc) => loc.hostname === 'www.linkedin.com' && loc.pathname.startsWith('/messaging'),
  container: (doc) => queryFirst(doc, SELECTORS.container),
  messageElements: (root) => messagesIn(root, SELECTORS.message),
  closestMessage: (node) => closestOf(node, SELECTORS.message),
  read(el, doc): PageMessage | null {
    const textEl = queryFirst(el, SELECTORS.text);
    if (!textEl) return null;
    const text = plainText(textEl, SELECTORS.exclude);
    if (!text) return null;
    const item = el.matches('.msg-s-event-listitem') ? el : el.querySelector('.msg-s-event-listitem');
    let direction: Direction = 'unknown';
    if (item) direction = item.classList.contains('msg-s-event-listitem--other') ? 'in' : 'out';
    const { sender, time } = groupHead(el);
    const title = pageFact(doc, 'title', () => textOf(doc, SELECTORS.title));
    const m = /\/messaging\/thread\/([^/?#]+)/.exec(doc.location?.pathname ?? '');
    const threadKey = m?.[1] ?? (title || 'linkedin');
    const urn = item?.getAttribute('data-event-urn');
    const senderName = sender || (direction === 'in' ? title : '');
    return {
      id: `linkedin:${urn ?? fallbackId(threadKey, senderName, text)}`,
      element: el,
      text,
      sender: senderName,
      direction,
      threadKey,
      ...(time ? { time } : {}),
      anchor: textEl,
    };
  },
};

function groupHead(el: Element): { sender: string; time: string } {
  let row: Element | null = el.matches('li') ? el : (el.closest('li') ?? el);
  for (let i = 0; row && i < LOOKBACK; i++, row = row.previousElementSibling) {
    const s = queryFirst(row, SELECTORS.sender);
    if (s) {
      const t = queryFirst(row, SELECTORS.time);
      return { sender: normaliseSpace(s.textContent ?? ''), time: normaliseSpace(t?.textContent ?? '') };
    }
  }
  return { sender: '', time: '' };
}
