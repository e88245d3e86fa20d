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

/** Conversation id from a `/t/<id>` path (messenger.com/t/…, facebook.com/messages/t/…, /direct/t/…). */
export function threadFromPath(pathname: string): string | null {
  const m = /\/t\/([^/?#]+)/.exec(pathname);
  return m?.[1] ?? null;
}
