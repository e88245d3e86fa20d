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
