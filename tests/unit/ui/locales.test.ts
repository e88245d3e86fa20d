import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

// Every locale has every key of English for the popup, settings and report areas, with the same
// placeholders, non-empty, and really translated (not English copies).
const DIR = path.resolve(import.meta.dirname, '../../../src/locales');
const LOCALES = ['zh_CN', 'zh_TW', 'th', 'vi', 'id', 'fil', 'es', 'ja', 'ko', 'hi'];
const AREAS = ['popup', 'options', 'report'];
type Msgs = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (locale: string, area: string): Msgs =>
  JSON.parse(fs.readFileSync(path.join(DIR, locale, `${area}.json`), 'utf8'));

// Messages that are legitimately the same in some languages (proper nouns, brand-like labels).
const MAY_MATCH = new Set([
  'report_field_platform',
  'options_privacy_title',
  'options_sensitivity_title',
  'report_ind_links',
]);

describe.each(AREAS)('%s strings', (area) => {
  const en = read('en', area);
  test('English keys use the area prefix and Chrome message-name characters', () => {
    for (const k of Object.keys(en)) expect(k).toMatch(new RegExp(`^${area}_[a-z0-9_]+$`));
  });
  test.each(LOCALES)('%s has exactly the English keys, translated', (locale) => {
    const msgs = read(locale, area);
    expect(Object.keys(msgs).sort()).toEqual(Object.keys(en).sort());
    let same = 0;
    for (const [k, v] of Object.entries(en)) {
      const m = msgs[k]!;
      expect(m.message.trim(), `${locale} ${k}`).not.toBe('');
      expect(Object.keys(m.placeholders ?? {}).sort(), `${locale} ${k}`).toEqual(
        Object.keys(v.placeholders ?? {}).sort(),
      );
      for (const name of Object.keys(v.placeholders ?? {})) {
        expect(m.message, `${locale} ${k} uses $${name}$`).toContain(`$${name.toUpperCase()}$`);
      }
      if (m.message === v.message && !MAY_MATCH.has(k)) same++;
    }
    // A handful of identical strings may be fine (e.g. "Emergency" in Filipino); copies are not.
    expect(same, `${locale}: messages identical to English`).toBeLessThanOrEqual(3);
  });
});
