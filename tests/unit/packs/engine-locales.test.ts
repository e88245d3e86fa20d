import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REASONS } from '../../../src/engine/reasons.ts';

const LOCALES = ['en', 'zh_CN', 'zh_TW', 'th', 'vi', 'id', 'fil', 'es', 'ja', 'ko', 'hi'] as const;
type Messages = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, unknown> }
>;

function load(locale: string): Messages {
  const path = fileURLToPath(new URL(`../../../src/locales/${locale}/engine.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as Messages;
}

/** Every `$...` use in a Chrome message: named placeholders ($name$), substitutions ($1..$9), and
 * escaped dollars ($$). Anything else is a broken message. */
function dollarTokens(message: string): { tokens: string[]; stray: boolean } {
  const tokens: string[] = [];
  const rest = message.replace(/\$\$|\$[A-Za-z0-9_@]+\$|\$[1-9]/g, (t) => {
    if (t !== '$$') tokens.push(t.toLowerCase());
    return '';
  });
  return { tokens: tokens.sort(), stray: rest.includes('$') };
}

// A character of the locale's own script must appear in each message (a cheap guard against an
// untranslated or mis-filed string).
const SCRIPT: Partial<Record<(typeof LOCALES)[number], RegExp>> = {
  zh_CN: /\p{Script=Han}/u,
  zh_TW: /\p{Script=Han}/u,
  th: /\p{Script=Thai}/u,
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  ko: /\p{Script=Hangul}/u,
  hi: /\p{Script=Devanagari}/u,
  vi: /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu,
};

const en = load('en');
const keys = Object.keys(REASONS).sort();

describe('engine locales (red-flag reasons)', () => {
  it('English matches the reason catalog word for word', () => {
    for (const [k, text] of Object.entries(REASONS)) expect(en[k]?.message, k).toBe(text);
  });

  for (const locale of LOCALES) {
    const messages = load(locale);
    it(`${locale}: exactly the keys of REASONS`, () => {
      expect(Object.keys(messages).sort()).toEqual(keys);
    });
    it(`${locale}: valid Chrome message names, non-empty messages, consistent placeholders`, () => {
      for (const [k, m] of Object.entries(messages)) {
        expect(k).toMatch(/^[a-z0-9_]+$/);
        expect(k.startsWith('@@')).toBe(false);
        expect(typeof m.message).toBe('string');
        expect(m.message.trim().length, `${locale}.${k}`).toBeGreaterThan(10);
        expect(m.message).toBe(m.message.trim());
        if (m.description !== undefined) expect(typeof m.description).toBe('string');
        const mine = dollarTokens(m.message);
        const theirs = dollarTokens(en[k]!.message);
        expect(mine.stray, `${locale}.${k} has a lone $`).toBe(false);
        expect(mine.tokens, `${locale}.${k}`).toEqual(theirs.tokens);
        expect(Object.keys(m.placeholders ?? {}).sort()).toEqual(
          Object.keys(en[k]!.placeholders ?? {}).sort(),
        );
      }
    });
    if (locale !== 'en') {
      it(`${locale}: every message is translated`, () => {
        for (const k of keys) expect(messages[k]!.message, `${locale}.${k}`).not.toBe(en[k]!.message);
        const re = SCRIPT[locale];
        if (re) for (const k of keys) expect(messages[k]!.message, `${locale}.${k}`).toMatch(re);
      });
    }
  }

  it('zh_TW is written in Traditional characters', () => {
    const tw = load('zh_TW');
    // Simplified-only forms that the Traditional text must not contain.
    const simplified = /[这说们钱骗请账户资讯诈对转币险认证号码让]/u;
    for (const k of keys) expect(tw[k]!.message, k).not.toMatch(simplified);
  });
});
