import type { Indicator, Level, Verdict } from '../engine/types.ts';
import type { EvidenceBundle, Finding, ShownReason } from '../shared/findings.ts';
import { SITE_IDS, SITE_NAMES, type SiteId } from '../shared/sites.ts';

/**
 * Evidence bundles: assembled on the user's machine, shown on the report page, copied to the
 * clipboard and downloaded as .txt/.json by the user. The page address goes into an export only
 * when the user ticks the box (`includePageUrl`).
 */

export function newReportId(now = Date.now()): string {
  const rnd = new Uint32Array(2);
  crypto.getRandomValues(rnd);
  return `r${now.toString(36)}${rnd[0]?.toString(36) ?? ''}${rnd[1]?.toString(36) ?? ''}`;
}

export function reasonsFromVerdict(v: Verdict): ShownReason[] {
  return v.reasons.map((r) => ({
    ruleId: r.ruleId,
    key: r.key,
    text: r.text,
    ...(r.span ? { excerpt: r.span.excerpt } : {}),
    ...(r.fromMessage !== undefined ? { fromThread: true } : {}),
  }));
}

export function bundleFromFinding(f: Finding, pageUrl?: string, now = Date.now()): EvidenceBundle {
  return {
    id: newReportId(now),
    createdAt: now,
    source: f.site,
    text: f.text,
    sender: f.sender,
    ...(pageUrl ? { pageUrl } : {}),
    ...(f.shownTime ? { shownTime: f.shownTime } : {}),
    seenAt: f.seenAt,
    level: f.level,
    score: f.score,
    reasons: f.reasons,
    indicators: f.indicators,
  };
}

export function bundleFromVerdict(
  text: string,
  verdict: Verdict,
  source: 'paste' | 'selection',
  now = Date.now(),
): EvidenceBundle {
  return {
    id: newReportId(now),
    createdAt: now,
    source,
    text,
    sender: '',
    seenAt: now,
    level: verdict.level,
    score: verdict.score,
    reasons: reasonsFromVerdict(verdict),
    indicators: verdict.indicators,
  };
}

const LEVELS: readonly Level[] = ['none', 'caution', 'danger'];

/** Structural check at the boundary (messages from other contexts, files, storage). */
export function isEvidenceBundle(v: unknown): v is EvidenceBundle {
  if (typeof v !== 'object' || v === null) return false;
  const b = v as Record<string, unknown>;
  const sourceOk =
    b.source === 'paste' ||
    b.source === 'selection' ||
    (SITE_IDS as readonly string[]).includes(b.source as string);
  return (
    typeof b.id === 'string' &&
    /^[A-Za-z0-9_-]{1,80}$/.test(b.id) &&
    typeof b.createdAt === 'number' &&
    sourceOk &&
    typeof b.text === 'string' &&
    typeof b.sender === 'string' &&
    (b.pageUrl === undefined || typeof b.pageUrl === 'string') &&
    (b.shownTime === undefined || typeof b.shownTime === 'string') &&
    typeof b.seenAt === 'number' &&
    LEVELS.includes(b.level as Level) &&
    typeof b.score === 'number' &&
    Array.isArray(b.reasons) &&
    b.reasons.every(
      (r) =>
        typeof r === 'object' &&
        r !== null &&
        typeof (r as ShownReason).key === 'string' &&
        typeof (r as ShownReason).text === 'string',
    ) &&
    Array.isArray(b.indicators) &&
    b.indicators.every(
      (i) =>
        typeof i === 'object' &&
        i !== null &&
        typeof (i as Indicator).kind === 'string' &&
        typeof (i as Indicator).value === 'string',
    )
  );
}

export type IndicatorGroup = 'wallets' | 'links' | 'handles' | 'phones' | 'emails';

export function groupIndicators(indicators: readonly Indicator[]): Record<IndicatorGroup, Indicator[]> {
  const out: Record<IndicatorGroup, Indicator[]> = {
    wallets: [],
    links: [],
    handles: [],
    phones: [],
    emails: [],
  };
  const seen = new Set<string>();
  const add = (group: IndicatorGroup, i: Indicator) => {
    // A lookalike domain is usually also a link: list each value once per group.
    const k = `${group}:${i.value.toLowerCase()}`;
    if (seen.has(k)) return;
    seen.add(k);
    out[group].push(i);
  };
  for (const i of indicators) {
    if (i.kind === 'btc_address' || i.kind === 'eth_address' || i.kind === 'tron_address') add('wallets', i);
    else if (i.kind === 'url' || i.kind === 'lookalike_domain') add('links', i);
    else if (i.kind === 'messenger_handle') add('handles', i);
    else if (i.kind === 'phone_number') add('phones', i);
    else if (i.kind === 'email_address') add('emails', i);
  }
  return out;
}

export function sourceName(source: EvidenceBundle['source'], label: (key: string) => string): string {
  if (source === 'paste') return label('report_source_paste');
  if (source === 'selection') return label('report_source_selection');
  return SITE_NAMES[source as SiteId] ?? String(source);
}

export interface ExportOptions {
  includePageUrl: boolean;
}

/** The JSON export: the bundle as data; the page address only when the user agreed. */
export function bundleToJson(bundle: EvidenceBundle, opts: ExportOptions): string {
  const { pageUrl, ...rest } = bundle;
  const out = {
    format: 'lurewatch-evidence',
    formatVersion: 1,
    ...rest,
    createdAtIso: new Date(bundle.createdAt).toISOString(),
    seenAtIso: new Date(bundle.seenAt).toISOString(),
    ...(opts.includePageUrl && pageUrl ? { pageUrl } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * Plain-text evidence in the user's language, for pasting into an official form. `label` is the
 * translate function (key → text). The message text is included verbatim, never interpreted.
 */
export function bundleToText(
  bundle: EvidenceBundle,
  opts: ExportOptions,
  label: (key: string) => string,
): string {
  const lines: string[] = [];
  const g = groupIndicators(bundle.indicators);
  lines.push(label('report_export_title'));
  lines.push('');
  lines.push(`${label('report_field_platform')}: ${sourceName(bundle.source, label)}`);
  if (bundle.sender) lines.push(`${label('report_field_sender')}: ${bundle.sender}`);
  if (bundle.shownTime) lines.push(`${label('report_field_shown_time')}: ${bundle.shownTime}`);
  lines.push(`${label('report_field_seen')}: ${new Date(bundle.seenAt).toISOString()}`);
  if (opts.includePageUrl && bundle.pageUrl) lines.push(`${label('report_field_page')}: ${bundle.pageUrl}`);
  lines.push('');
  lines.push(`${label('report_field_message')}:`);
  lines.push('-----');
  lines.push(bundle.text);
  lines.push('-----');
  const groups: [IndicatorGroup, string][] = [
    ['wallets', 'report_ind_wallets'],
    ['links', 'report_ind_links'],
    ['handles', 'report_ind_handles'],
    ['phones', 'report_ind_phones'],
    ['emails', 'report_ind_emails'],
  ];
  for (const [group, key] of groups) {
    if (g[group].length === 0) continue;
    lines.push('');
    lines.push(`${label(key)}:`);
    for (const i of g[group]) lines.push(`  - ${i.value}`);
  }
  if (bundle.reasons.length > 0) {
    lines.push('');
    lines.push(`${label('report_field_red_flags')}:`);
    for (const r of bundle.reasons) lines.push(`  - ${label(r.key) === r.key ? r.text : label(r.key)}`);
  }
  lines.push('');
  lines.push(label('report_export_footer'));
  return `${lines.join('\n')}\n`;
}

/** File name stem for downloads: no message text, no sender. */
export function exportFileStem(bundle: EvidenceBundle): string {
  const d = new Date(bundle.createdAt).toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return `lurewatch-evidence-${d}`;
}
