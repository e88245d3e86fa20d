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

/**
 * The pre-release settings shape (v0, no `version` field), kept so that testers' settings survive
 * the first release: `country` instead of `region`, sensitivity words `relaxed|normal|strict`, a
 * list of turned-off sites, trusted senders as "site:sender" strings and dismissed ids.
 */
export interface SettingsV0 {
  country?: string;
  sensitivity?: 'relaxed' | 'normal' | 'strict';
  disabledSites?: string[];
  trusted?: string[];
  languages?: string[];
  dismissedIds?: { id: string; site: string; snippet?: string }[];
}

function isSiteId(v: unknown): v is SiteId {
  return typeof v === 'string' && (SITE_IDS as readonly string[]).includes(v);
}

function looksLikeV0(r: Record<string, unknown>): boolean {
  return (
    r.version === undefined &&
    ('country' in r ||
      'disabledSites' in r ||
      'trusted' in r ||
      'languages' in r ||
      'dismissedIds' in r ||
      r.sensitivity === 'relaxed' ||
      r.sensitivity === 'normal' ||
      r.sensitivity === 'strict')
  );
}

function fromV0(r: SettingsV0): Partial<Settings> {
  const sites = Object.fromEntries(SITE_IDS.map((s) => [s, true])) as Record<SiteId, boolean>;
  for (const s of Array.isArray(r.disabledSites) ? r.disabledSites : []) if (isSiteId(s)) sites[s] = false;
  const trustedSenders: TrustedSender[] = [];
  for (const entry of Array.isArray(r.trusted) ? r.trusted : []) {
    if (typeof entry !== 'string') continue;
    const at = entry.indexOf(':');
    const site = entry.slice(0, at);
    const sender = entry.slice(at + 1);
    if (at > 0 && isSiteId(site) && sender.trim() !== '') trustedSenders.push({ site, sender, addedAt: 0 });
  }
  const dismissed: DismissedMessage[] = [];
  for (const d of Array.isArray(r.dismissedIds) ? r.dismissedIds : []) {
    if (d && typeof d.id === 'string' && isSiteId(d.site)) {
      dismissed.push({
        id: d.id,
        site: d.site,
        snippet: typeof d.snippet === 'string' ? d.snippet : '',
        addedAt: 0,
      });
    }
  }
  const sensitivity: Sensitivity =
    r.sensitivity === 'relaxed' ? 'low' : r.sensitivity === 'strict' ? 'high' : 'standard';
  return {
    region: typeof r.country === 'string' && r.country.trim() !== '' ? r.country.trim().toUpperCase() : null,
    sensitivity,
    sites,
    ...(Array.isArray(r.languages) ? { ruleLanguages: r.languages as Lang[] } : {}),
    trustedSenders,
    dismissed,
  };
}

function validTrusted(list: unknown): TrustedSender[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter(
      (t): t is TrustedSender =>
        typeof t === 'object' &&
        t !== null &&
        isSiteId(t.site) &&
        typeof t.sender === 'string' &&
        t.sender.trim() !== '',
    )
    .map((t) => ({ site: t.site, sender: t.sender, addedAt: typeof t.addedAt === 'number' ? t.addedAt : 0 }));
}

function validDismissed(list: unknown): DismissedMessage[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter(
      (d): d is DismissedMessage =>
        typeof d === 'object' && d !== null && typeof d.id === 'string' && isSiteId(d.site),
    )
    .map((d) => ({
      id: d.id,
      site: d.site,
      snippet: typeof d.snippet === 'string' ? d.snippet : '',
      addedAt: typeof d.addedAt === 'number' ? d.addedAt : 0,
    }));
}

/** Bring any stored value (older version, partial, corrupt) to the current shape. */
export function migrateSettings(raw: unknown): Settings {
  const base = defaultSettings();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return base;
  const r = (
    looksLikeV0(raw as Record<string, unknown>) ? fromV0(raw as SettingsV0) : raw
  ) as Partial<Settings>;
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
    trustedSenders: validTrusted(r.trustedSenders),
    dismissed: validDismissed(r.dismissed),
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
