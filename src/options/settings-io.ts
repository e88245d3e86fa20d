import { isRegionCode } from '../report/channels.ts';
import { ALL_RULE_LANGUAGES, migrateSettings, SETTINGS_VERSION, type Settings } from '../shared/settings.ts';
import { SITE_IDS } from '../shared/sites.ts';

/** Settings files the user exports and imports: validated field by field, never trusted. */
export const SETTINGS_FILE_FORMAT = 'lurewatch-settings';
export const MAX_IMPORT_BYTES = 1_000_000;

export type ImportError =
  | 'options_import_error_size'
  | 'options_import_error_json'
  | 'options_import_error_format'
  | 'options_import_error_version'
  | 'options_import_error_field';

export type ImportResult =
  | { ok: true; settings: Settings }
  | { ok: false; error: ImportError; field?: string };

export function settingsToFile(settings: Settings, now = Date.now()): string {
  return `${JSON.stringify(
    { format: SETTINGS_FILE_FORMAT, formatVersion: 1, exportedAt: new Date(now).toISOString(), settings },
    null,
    2,
  )}\n`;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function badField(s: Record<string, unknown>): string | null {
  if (typeof s.version !== 'number' || !Number.isInteger(s.version) || s.version < 1) return 'version';
  if (!(s.region === null || isRegionCode(s.region))) return 'region';
  if (!['low', 'standard', 'high'].includes(s.sensitivity as string)) return 'sensitivity';
  if (!isObj(s.sites)) return 'sites';
  for (const [k, v] of Object.entries(s.sites)) {
    if (!(SITE_IDS as readonly string[]).includes(k) || typeof v !== 'boolean') return `sites.${k}`;
  }
  if (!Array.isArray(s.ruleLanguages) || !s.ruleLanguages.every((l) => ALL_RULE_LANGUAGES.includes(l))) {
    return 'ruleLanguages';
  }
  if (
    !Array.isArray(s.trustedSenders) ||
    !s.trustedSenders.every(
      (x) =>
        isObj(x) &&
        (SITE_IDS as readonly string[]).includes(x.site as string) &&
        typeof x.sender === 'string' &&
        typeof x.addedAt === 'number',
    )
  ) {
    return 'trustedSenders';
  }
  if (
    !Array.isArray(s.dismissed) ||
    !s.dismissed.every(
      (x) =>
        isObj(x) &&
        typeof x.id === 'string' &&
        (SITE_IDS as readonly string[]).includes(x.site as string) &&
        typeof x.snippet === 'string' &&
        typeof x.addedAt === 'number',
    )
  ) {
    return 'dismissed';
  }
  return null;
}

export function parseSettingsFile(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'options_import_error_size' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'options_import_error_json' };
  }
  if (!isObj(raw) || raw.format !== SETTINGS_FILE_FORMAT || !isObj(raw.settings)) {
    return { ok: false, error: 'options_import_error_format' };
  }
  const s = raw.settings;
  if (typeof s.version === 'number' && s.version > SETTINGS_VERSION) {
    return { ok: false, error: 'options_import_error_version' };
  }
  const field = badField(s);
  if (field) return { ok: false, error: 'options_import_error_field', field };
  return { ok: true, settings: migrateSettings(s) };
}
