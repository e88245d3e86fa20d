import type { Indicator } from '../types.ts';
import { findContacts } from './contacts.ts';
import { findUrls } from './urls.ts';
import { findWallets } from './wallets.ts';

export { findContacts } from './contacts.ts';
export { BRANDS, classifyUrl, editDistance, findUrls, lookalikeOf, MESSENGER_DOMAINS } from './urls.ts';
export { findWallets, isBtcBase58, isBtcBech32, isEthAddress, isTronAddress } from './wallets.ts';

/** Every indicator in `text` (original text), in order of appearance. */
// Cheap gates: each finder only runs when its shape can occur at all.
const MAYBE_WALLET = /[0-9A-Za-z]{25}/;
const MAYBE_URL = /[a-z0-9-]\.[a-z]{2}|:\/\//i;
const MAYBE_CONTACT = /[@+]|\d{8}/;
const MAYBE_APP_PHONE = /\d[\d \-().]{7}/;

export function findIndicators(text: string): Indicator[] {
  const all = [
    ...(MAYBE_WALLET.test(text) ? findWallets(text) : []),
    ...(MAYBE_URL.test(text) ? findUrls(text) : []),
    ...(MAYBE_CONTACT.test(text) || MAYBE_APP_PHONE.test(text) ? findContacts(text) : []),
  ];
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
