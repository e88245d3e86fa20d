import { describe, expect, test } from 'vitest';
import { parseSettingsFile, settingsToFile } from '../../../src/options/settings-io.ts';
import { defaultSettings, type Settings } from '../../../src/shared/settings.ts';

const custom = (): Settings => ({
  ...defaultSettings(),
  region: 'SG',
  sensitivity: 'high',
  sites: { ...defaultSettings().sites, discord: false },
  ruleLanguages: ['en', 'zh'],
  trustedSenders: [{ site: 'gmail', sender: 'ops@example.com', addedAt: 5 }],
  dismissed: [{ id: 'x1', site: 'whatsapp', snippet: 'hi', addedAt: 6 }],
});

describe('settings export/import', () => {
  test('export then import gives the same settings', () => {
    const r = parseSettingsFile(settingsToFile(custom()));
    expect(r).toEqual({ ok: true, settings: custom() });
  });
  test('clear errors for bad files', () => {
    expect(parseSettingsFile('{not json')).toEqual({ ok: false, error: 'options_import_error_json' });
    expect(parseSettingsFile('[]')).toEqual({ ok: false, error: 'options_import_error_format' });
    expect(parseSettingsFile(JSON.stringify({ format: 'other', settings: {} }))).toMatchObject({
      error: 'options_import_error_format',
    });
    const newer = JSON.parse(settingsToFile(custom()));
    newer.settings.version = 7;
    expect(parseSettingsFile(JSON.stringify(newer))).toMatchObject({ error: 'options_import_error_version' });
    const badRegion = JSON.parse(settingsToFile(custom()));
    badRegion.settings.region = 'Atlantis';
    expect(parseSettingsFile(JSON.stringify(badRegion))).toEqual({
      ok: false,
      error: 'options_import_error_field',
      field: 'region',
    });
    const badSite = JSON.parse(settingsToFile(custom()));
    badSite.settings.sites.myspace = true;
    expect(parseSettingsFile(JSON.stringify(badSite))).toMatchObject({ field: 'sites.myspace' });
    const badTrusted = JSON.parse(settingsToFile(custom()));
    badTrusted.settings.trustedSenders = [{ site: 'gmail' }];
    expect(parseSettingsFile(JSON.stringify(badTrusted))).toMatchObject({ field: 'trustedSenders' });
    expect(parseSettingsFile(' '.repeat(1_000_001))).toMatchObject({ error: 'options_import_error_size' });
  });
});
