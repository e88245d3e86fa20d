import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { EN } from '../../../src/content/warning/strings.ts';

const DIR = path.resolve(import.meta.dirname, '../../../src/locales');
const LOCALES = ['en', 'zh_CN', 'zh_TW', 'th', 'vi', 'id', 'fil', 'es', 'ja', 'ko', 'hi'];

type Messages = Record<string, { message: string; description?: string }>;
const read = (l: string): Messages => JSON.parse(fs.readFileSync(path.join(DIR, l, 'content.json'), 'utf8'));

test('English content.json matches the fallbacks in the code', () => {
  const en = read('en');
  expect(Object.keys(en).sort()).toEqual(Object.keys(EN).sort());
  for (const [k, v] of Object.entries(EN)) expect(en[k]?.message, k).toBe(v);
});

test.each(LOCALES)('%s has every content key, translated, with valid names', (l) => {
  const m = read(l);
  expect(Object.keys(m).sort()).toEqual(Object.keys(EN).sort());
  for (const [k, v] of Object.entries(m)) {
    expect(k).toMatch(/^content_[a-z0-9_]+$/);
    expect(v.message.trim().length, `${l}/${k}`).toBeGreaterThan(0);
    // A "$" would be read as a placeholder by chrome.i18n.
    expect(v.message.includes('$'), `${l}/${k}`).toBe(false);
  }
  if (l !== 'en') {
    // Translated, not English copied: most strings differ from English.
    const same = Object.keys(EN).filter((k) => m[k]?.message === EN[k as keyof typeof EN]);
    expect(same.length, `${l}: untranslated ${same.join(', ')}`).toBeLessThanOrEqual(1);
  }
});
