import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.ts')).default }));

import {
  CHAINABUSE,
  channelStringKeys,
  EXCHANGES,
  effectiveRegion,
  PLATFORMS,
  REGION_CODES,
  REGIONS,
  regionFromLocale,
} from '../../../src/report/channels.ts';
import { SITE_IDS } from '../../../src/shared/sites.ts';

const LOCALES = ['en', 'zh_CN', 'zh_TW', 'th', 'vi', 'id', 'fil', 'es', 'ja', 'ko', 'hi'];
const localeDir = path.resolve(import.meta.dirname, '../../../src/locales');

describe('reporting channels', () => {
  test('every region the issue lists is present and has at least one web channel', () => {
    const required = [
      'US',
      'GB',
      'AU',
      'CA',
      'SG',
      'HK',
      'TW',
      'CN',
      'TH',
      'PH',
      'IN',
      'MY',
      'ID',
      'VN',
      'JP',
      'KR',
      'DE',
      'FR',
      'BR',
      'NG',
      'EU',
    ];
    for (const code of required) {
      expect(REGION_CODES).toContain(code);
      expect(REGIONS[code as keyof typeof REGIONS].channels.length, code).toBeGreaterThanOrEqual(1);
    }
    for (const code of REGION_CODES) expect(REGIONS[code].code).toBe(code);
  });

  test('every channel, platform, exchange and Chainabuse link is a valid https URL', () => {
    const urls: string[] = [CHAINABUSE.url, ...EXCHANGES.map((e) => e.url)];
    for (const r of Object.values(REGIONS)) for (const c of r.channels) urls.push(c.url);
    for (const p of Object.values(PLATFORMS)) if (p.url) urls.push(p.url);
    expect(urls.length).toBeGreaterThan(30);
    for (const u of urls) {
      const parsed = new URL(u);
      expect(parsed.protocol, u).toBe('https:');
      expect(parsed.username + parsed.password, u).toBe('');
    }
  });

  test('channel ids are unique and every channel says what to prepare', () => {
    const ids = Object.values(REGIONS).flatMap((r) => r.channels.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of Object.values(REGIONS)) {
      for (const c of r.channels) {
        expect(c.prepare.length, c.id).toBeGreaterThan(0);
        expect(c.name.trim(), c.id).not.toBe('');
      }
      for (const h of [...(r.hotlines ?? []), ...r.channels.flatMap((c) => c.contacts ?? [])]) {
        expect(h.value.trim()).not.toBe('');
        if (h.kind === 'email') expect(h.value).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
      }
    }
  });

  test('every platform Lurewatch reads has report steps', () => {
    for (const s of SITE_IDS) expect(PLATFORMS[s].steps).toMatch(/^report_steps_/);
  });

  test.each(LOCALES)('every channel string exists and is non-empty in %s', (locale) => {
    const messages = JSON.parse(fs.readFileSync(path.join(localeDir, locale, 'report.json'), 'utf8'));
    const keys = channelStringKeys();
    expect(keys.length).toBeGreaterThan(40);
    for (const k of keys) {
      expect(messages[k]?.message, `${locale}: ${k}`).toBeTruthy();
    }
  });

  test('region defaults from the browser locale', () => {
    expect(regionFromLocale('en-GB')).toBe('GB');
    expect(regionFromLocale('en-US')).toBe('US');
    expect(regionFromLocale('zh-TW')).toBe('TW');
    expect(regionFromLocale('zh_TW')).toBe('TW');
    expect(regionFromLocale('zh-Hant')).toBe('TW');
    expect(regionFromLocale('zh-CN')).toBe('CN');
    expect(regionFromLocale('zh-HK')).toBe('HK');
    expect(regionFromLocale('th')).toBe('TH');
    expect(regionFromLocale('vi')).toBe('VN');
    expect(regionFromLocale('ja')).toBe('JP');
    expect(regionFromLocale('ko-KR')).toBe('KR');
    expect(regionFromLocale('hi')).toBe('IN');
    expect(regionFromLocale('fil')).toBe('PH');
    expect(regionFromLocale('pt-BR')).toBe('BR');
    expect(regionFromLocale('es-ES')).toBe('EU');
    expect(regionFromLocale('it-IT')).toBe('EU');
    expect(regionFromLocale('de-AT')).toBe('EU');
    expect(regionFromLocale('de-DE')).toBe('DE');
    expect(regionFromLocale('en-ZA')).toBeNull();
    expect(regionFromLocale('')).toBeNull();
    expect(effectiveRegion('SG', 'en-GB')).toBe('SG');
    expect(effectiveRegion('XX', 'en-GB')).toBe('GB');
    expect(effectiveRegion(null, 'ko')).toBe('KR');
  });
});
