import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../src/engine/types.ts';
import {
  ALL_RULE_LANGUAGES,
  defaultSettings,
  loadSettings,
  migrateSettings,
  SETTINGS_VERSION,
  type Settings,
  saveSettings,
  updateSettings,
} from '../../../src/shared/settings.ts';
import { SITE_IDS, type SiteId } from '../../../src/shared/sites.ts';

function mapStore(initial: Record<string, unknown> = {}) {
  const m = new Map(Object.entries(initial));
  return {
    m,
    get: async (k: string) => (m.has(k) ? { [k]: structuredClone(m.get(k)) } : {}),
    set: async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) m.set(k, structuredClone(v));
    },
  };
}

describe('settings migrations', () => {
  test('a pre-release v0 object keeps everything the user set', () => {
    const v0 = {
      country: 'gb',
      sensitivity: 'strict',
      disabledSites: ['discord', 'linkedin', 'not-a-site'],
      trusted: ['whatsapp:Mum', 'gmail:boss@example.com', 'bogus', 'nosuchsite:x'],
      languages: ['en', 'th'],
      dismissedIds: [
        { id: 'm-1', site: 'telegram', snippet: 'hello' },
        { id: 'm-2', site: 'gmail' },
      ],
    };
    const s = migrateSettings(v0);
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s.region).toBe('GB');
    expect(s.sensitivity).toBe('high');
    expect(s.sites.discord).toBe(false);
    expect(s.sites.linkedin).toBe(false);
    expect(s.sites.gmail).toBe(true);
    expect(s.trustedSenders.map((t) => `${t.site}:${t.sender}`)).toEqual([
      'whatsapp:Mum',
      'gmail:boss@example.com',
    ]);
    expect(s.ruleLanguages).toEqual(['en', 'th']);
    expect(s.dismissed).toEqual([
      { id: 'm-1', site: 'telegram', snippet: 'hello', addedAt: 0 },
      { id: 'm-2', site: 'gmail', snippet: '', addedAt: 0 },
    ]);
  });

  test('v0 sensitivity words map to the new scale', () => {
    expect(migrateSettings({ sensitivity: 'relaxed' }).sensitivity).toBe('low');
    expect(migrateSettings({ sensitivity: 'normal' }).sensitivity).toBe('standard');
    expect(migrateSettings({ sensitivity: 'strict' }).sensitivity).toBe('high');
  });

  test('missing, corrupt or foreign values give the defaults, never a throw', () => {
    for (const raw of [undefined, null, 42, 'x', [], [1, 2], { sites: 'nope', trustedSenders: 'x' }]) {
      const s = migrateSettings(raw);
      expect(s.version).toBe(SETTINGS_VERSION);
      expect(Object.keys(s.sites).sort()).toEqual([...SITE_IDS].sort());
    }
    expect(migrateSettings(undefined)).toEqual(defaultSettings());
  });

  test('a newer version keeps the fields this version knows', () => {
    const s = migrateSettings({
      ...defaultSettings(),
      version: 99,
      sensitivity: 'low',
      futureField: { a: 1 },
    });
    expect(s.sensitivity).toBe('low');
    expect(s.version).toBe(SETTINGS_VERSION);
  });

  const settingsArb: fc.Arbitrary<Settings> = fc.record({
    version: fc.constant(SETTINGS_VERSION),
    region: fc.option(fc.constantFrom('US', 'GB', 'TH', 'EU', 'TW'), { nil: null }),
    sensitivity: fc.constantFrom('low', 'standard', 'high'),
    sites: fc.record(
      Object.fromEntries(SITE_IDS.map((s) => [s, fc.boolean()])) as Record<SiteId, fc.Arbitrary<boolean>>,
    ),
    ruleLanguages: fc.subarray(ALL_RULE_LANGUAGES as Lang[]),
    trustedSenders: fc.array(
      fc.record({
        site: fc.constantFrom(...SITE_IDS),
        sender: fc.string({ minLength: 1 }).filter((x) => x.trim() !== ''),
        addedAt: fc.nat(),
      }),
      { maxLength: 5 },
    ),
    dismissed: fc.array(
      fc.record({
        id: fc.string({ minLength: 1 }),
        site: fc.constantFrom(...SITE_IDS),
        snippet: fc.string(),
        addedAt: fc.nat(),
      }),
      { maxLength: 5 },
    ),
  });

  test('property: migrating current settings changes nothing (an update never loses what a user set)', () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        expect(migrateSettings(structuredClone(s))).toEqual(s);
        expect(migrateSettings(migrateSettings(s))).toEqual(migrateSettings(s));
      }),
      { numRuns: 300 },
    );
  });

  test('load/save/update round-trip through a store, starting from a v0 value on disk', async () => {
    const store = mapStore({
      settings: { country: 'th', disabledSites: ['gmail'], trusted: ['line:x', 'whatsapp:Nok'] },
    });
    const loaded = await loadSettings(store);
    expect(loaded.region).toBe('TH');
    expect(loaded.sites.gmail).toBe(false);
    await saveSettings(store, loaded);
    expect((store.m.get('settings') as Settings).version).toBe(SETTINGS_VERSION);
    const updated = await updateSettings(store, (s) => ({ ...s, sensitivity: 'low' }));
    expect(updated.trustedSenders).toEqual([{ site: 'whatsapp', sender: 'Nok', addedAt: 0 }]);
    expect((await loadSettings(store)).sensitivity).toBe('low');
    expect((await loadSettings(store)).sites.gmail).toBe(false);
  });
});
