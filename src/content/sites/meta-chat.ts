import type { Direction } from '../../engine/types.ts';
import { normaliseSpace } from './dom.ts';

/**
 * Shared by Messenger and Instagram (Meta's web clients): their CSS classes are atomic and change
 * with every deploy, so we rely on roles, `dir="auto"`, aria labels and the screen-reader headings
 * Meta renders above each message group ("You sent", "Anna Lee sent", "Enter" separators).
 */

/** Screen-reader heading such as "You sent" / "Anna Lee sent" / "Anna Lee replied to you". */
export const HEADING = ['h4', 'h5', 'h6', '[role="heading"]'] as const;

const YOU = /^(you sent|you replied|you)\b/i;
const THEY = /^(.+?)\s+(sent|replied to you|replied to)\b/i;

/** Direction and sender name from the row's heading / aria-label (English UI strings). */
export function metaDirection(row: Element): { direction: Direction; sender: string } {
  const testid = row.querySelector('[data-testid="outgoing_group"], [data-testid="incoming_group"]');
  if (
    row.matches('[data-testid="outgoing_group"]') ||
    testid?.getAttribute('data-testid') === 'outgoing_group'
  ) {
    return { direction: 'out', sender: '' };
  }
  const incoming =
    row.matches('[data-testid="incoming_group"]') || testid?.getAttribute('data-testid') === 'incoming_group';
  const labels: string[] = [];
  for (const h of Array.from(row.querySelectorAll(HEADING.join(','))))
    labels.push(normaliseSpace(h.textContent ?? ''));
  for (const a of Array.from(row.querySelectorAll('[aria-label]')))
    labels.push(a.getAttribute('aria-label') ?? '');
  for (const label of labels) {
    if (YOU.test(label)) return { direction: 'out', sender: '' };
    const m = THEY.exec(label);
    if (m?.[1]) return { direction: 'in', sender: m[1].trim() };
  }
  return { direction: incoming ? 'in' : 'unknown', sender: '' };
}

/**
 * Direction from where the bubble sits in its row, for a UI whose headings are not in English
 * ("Enviaste", "Vous avez envoyé", …): own messages hug the end side (right in a left-to-right
 * UI, left in a right-to-left one), the other person's the start side. Used only when the labels
 * said nothing. Reads layout (two rectangles; the scanner reads in slices without writing, so at
 * most one layout per slice); a row not laid out (hidden, zero width) says 'unknown'.
 */
export function alignedDirection(row: Element, bubble: Element, doc: Document): Direction {
  const r = row.getBoundingClientRect();
  const b = bubble.getBoundingClientRect();
  if (!(r.width > 0) || !(b.width > 0) || b.width >= r.width) return 'unknown';
  const startGap = b.left - r.left;
  const endGap = r.right - b.right;
  // Clearly on one side: the gap on the other side is at least 40 px and twice as large.
  const MIN = 40;
  let side: 'left' | 'right' | null = null;
  if (startGap >= MIN && startGap >= 2 * endGap) side = 'right';
  else if (endGap >= MIN && endGap >= 2 * startGap) side = 'left';
  if (!side) return 'unknown';
  const rtl = (doc.documentElement?.getAttribute('dir') ?? doc.dir ?? '').toLowerCase() === 'rtl';
  return (side === 'right') !== rtl ? 'out' : 'in';
}

/** Conversation id from a `/t/<id>` path (messenger.com/t/…, facebook.com/messages/t/…, /direct/t/…). */
export function threadFromPath(pathname: string): string | null {
  const m = /\/t\/([^/?#]+)/.exec(pathname);
  return m?.[1] ?? null;
}
