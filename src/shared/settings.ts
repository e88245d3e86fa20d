import type { Lang, Sensitivity } from '../engine/types.ts';
import { SITE_IDS, type SiteId } from './sites.ts';

/**
 * User settings, versioned. Stored under one key in `storage.local` (never `sync`: nothing leaves
 * the device). `migrateSettings` upgrades any older shape so an update never loses what a user set.
 */
export const SETTINGS_VERSION = 1;
export const SETTINGS_KEY = 'settings';

export interface TrustedSender {
  site: SiteId;
  sender: string;
  addedAt: number;
}

export interface DismissedMessage {
  /** Finding id (adapter id or hash); never the text itself. */
  id: string;
  site: SiteId;
  /** Short snippet so the user can recognise it in settings. */
  snippet: string;
  addedAt: number;
}

export interface Settings {
  version: number;
  /** ISO 3166 region code or 'EU'; null = derive from the browser's locale. */
  region: string | null;
  sensitivity: Sensitivity;
  sites: Record<SiteId, boolean>;
  /** Rule languages; 'any' signals always run. */
  ruleLanguages: Lang[];
  trustedSenders: TrustedSender[];
  dismissed: DismissedMessage[];
}

export const ALL_RULE_LANGUAGES: Lang[] = ['en', 'zh', 'th', 'vi', 'id', 'tl', 'es', 'ja', 'ko', 'hi'];

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    region: null,
    sensitivity: 'standard',
    sites: Object.fromEntries(SITE_IDS.map((s) => [s, true])) as Record<SiteId, boolean>,
    ruleLanguages: [...ALL_RULE_LANGUAGES],
    trustedSenders: [],
    dismissed: [],
  };
}

/** Minimal storage surface (browser.storage.local fits it; tests pass a Map-backed fake). */
export interface KeyValueStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Bring any stored value (older version, partial, corrupt) to the current shape. */
export function migrateSettings(raw: unknown): Settings {
  const base = defaultSettings();
  if (typeof raw !== 'object' || raw === null) return base;
  const r = raw as Partial<Settings>;
  const sites = { ...base.sites };
  if (r.sites && typeof r.sites === 'object') {
    for (const id of SITE_IDS) if (typeof r.sites[id] === 'boolean') sites[id] = r.sites[id];
  }
  return {
    version: SETTINGS_VERSION,
    region: typeof r.region === 'string' ? r.region : null,
    sensitivity: r.sensitivity === 'low' || r.sensitivity === 'high' ? r.sensitivity : 'standard',
    sites,
    ruleLanguages: Array.isArray(r.ruleLanguages)
      ? r.ruleLanguages.filter((l): l is Lang => ALL_RULE_LANGUAGES.includes(l as Lang))
      : base.ruleLanguages,
    trustedSenders: Array.isArray(r.trustedSenders) ? r.trustedSenders : [],
    dismissed: Array.isArray(r.dismissed) ? r.dismissed : [],
  };
}

export async function loadSettings(store: KeyValueStore): Promise<Settings> {
  const got = await store.get(SETTINGS_KEY);
  return migrateSettings(got[SETTINGS_KEY]);
}

export async function saveSettings(store: KeyValueStore, settings: Settings): Promise<void> {
  await store.set({ [SETTINGS_KEY]: { ...settings, version: SETTINGS_VERSION } });
}

export async function updateSettings(
  store: KeyValueStore,
  change: (current: Settings) => Settings,
): Promise<Settings> {
  const next = change(await loadSettings(store));
  await saveSettings(store, next);
  return next;
}

export function isTrusted(settings: Settings, site: SiteId, sender: string): boolean {
  const s = sender.trim().toLowerCase();
  return (
    s !== '' && settings.trustedSenders.some((t) => t.site === site && t.sender.trim().toLowerCase() === s)
  );
}

export function isDismissed(settings: Settings, id: string): boolean {
  return settings.dismissed.some((d) => d.id === id);
}
