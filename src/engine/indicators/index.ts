import type { Indicator } from '../types.ts';
import { findContacts } from './contacts.ts';
import { findUrls } from './urls.ts';
import { findWallets } from './wallets.ts';

export { findContacts } from './contacts.ts';
export { BRANDS, classifyUrl, editDistance, findUrls, lookalikeOf, MESSENGER_DOMAINS } from './urls.ts';
export { findWallets, isBtcBase58, isBtcBech32, isEthAddress, isTronAddress } from './wallets.ts';

/** Every indicator in `text` (original text), in order of appearance. */
export function findIndicators(text: string): Indicator[] {
  const all = [...findWallets(text), ...findUrls(text), ...findContacts(text)];
  // a phone number inside a URL (wa.me/123...) is part of the link, not a separate number
  const urlSpans = all.filter((i) => i.kind === 'url').map((i) => i.span as { start: number; end: number });
  const kept = all.filter(
    (i) =>
      i.kind !== 'phone_number' ||
      !urlSpans.some((s) => i.span && i.span.start >= s.start && i.span.start < s.end),
  );
  kept.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  return kept;
}
