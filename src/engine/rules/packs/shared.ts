import type { Lang, Rule } from '../../types.ts';

/**
 * The wrong number that keeps the chat going in the same message, for one pack language: the
 * language's own wrong-number apology followed (within 80 characters) by its small talk. The same
 * red flag as the English OPENER_WRONG_NUMBER_CHAT, so every pack builds it the same way; the pack
 * gives the rule its id and examples.
 */
export function wrongNumberChat(
  lang: Exclude<Lang, 'any' | 'en' | 'zh'>,
  wrongNumber: RegExp,
  smallTalk: string,
): Omit<Rule, 'id' | 'examples'> {
  return {
    family: 'opener',
    stage: 'opener',
    languages: [lang],
    pattern: new RegExp(`(?:${wrongNumber.source})[^\\n]{0,80}?(?:${smallTalk})`, 'u'),
    description:
      'A "wrong number" that keeps the chat going in the same message (where are you from, you seem nice, can we be friends).',
    reason: 'reason_opener_stranger',
  };
}

/**
 * Something that reads as a link in a pack language: a scheme, "www." or a host name that ends in a
 * common or a regional top-level domain ("bbva-verificacion.net", "jnt-alamat.info"). Pack rules
 * cannot use the core `__LINK_TEXT` building block (they are patterns, not meta rules), so the ones
 * that need "and here is the link" splice this in. One character before the dot is enough to tell a
 * host from a sentence, and keeps the pattern linear next to the gaps around it.
 */
export const PACK_LINK = String.raw`(?:https?:|www\.|[a-z0-9-]\.(?:com|net|org|info|top|xyz|site|online|vip|cc|app|link|shop|club|icu|live|co|io|ly|id|vn|th|ph|jp|kr|es|mx)\b)`;
