import { useState } from 'preact/hooks';
import type { EvidenceBundle } from '../shared/findings.ts';
import { t } from '../shared/i18n.ts';
import { SITE_IDS, type SiteId } from '../shared/sites.ts';
import type { RegionCode } from './channels.ts';
import { bundleToJson, bundleToText, exportFileStem, groupIndicators, sourceName } from './evidence.ts';
import {
  ChainabuseLink,
  ExchangeList,
  PlatformSteps,
  RecoveryWarning,
  RegionChannels,
  RegionSelect,
} from './ui/channel-list.tsx';

export interface ReportActions {
  copy(text: string): Promise<boolean>;
  download(fileName: string, content: string, mime: string): void;
  setRegion(region: RegionCode): Promise<void>;
  openSettings(): void;
}

export interface ReportData {
  /** undefined while loading, null when the report is unknown. */
  bundle: EvidenceBundle | null | undefined;
  region: RegionCode | null;
  uiLocale: string;
}

const label = (k: string) => t(k);

function formatTime(ms: number, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale.replace(/_/g, '-'), {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(ms);
  } catch {
    return new Date(ms).toISOString();
  }
}

export function ReportApp({ data, actions }: { data: ReportData; actions: ReportActions }) {
  const [region, setRegion] = useState<RegionCode | null>(data.region);
  const [includeUrl, setIncludeUrl] = useState(false);
  const [status, setStatus] = useState('');
  const b = data.bundle;

  if (b === undefined) {
    return (
      <main class="lw-page" aria-busy="true">
        <p>{t('report_loading')}</p>
      </main>
    );
  }
  if (b === null) {
    return (
      <main class="lw-page" data-testid="report-missing">
        <h1>{t('report_title')}</h1>
        <p>{t('report_missing')}</p>
      </main>
    );
  }
  const g = groupIndicators(b.indicators);
  const opts = { includePageUrl: includeUrl };
  const site = (SITE_IDS as readonly string[]).includes(b.source) ? (b.source as SiteId) : null;
  const copyEvidence = () => {
    void actions
      .copy(bundleToText(b, opts, label))
      .then((ok) => setStatus(ok ? t('report_copied') : t('report_copy_failed')));
  };
  const onRegion = (r: RegionCode) => {
    setRegion(r);
    void actions.setRegion(r);
  };

  return (
    <main class="lw-page" data-testid="report" data-report-id={b.id}>
      <h1>{t('report_title')}</h1>
      <p class="lw-hint">{t('report_intro')}</p>
      <p class="lw-status" role="status" aria-live="polite" data-testid="report-status">
        {status}
      </p>

      <h2>{t('report_evidence_title')}</h2>
      <dl class="lw-facts">
        <dt>{t('report_field_platform')}</dt>
        <dd data-testid="evidence-platform">{sourceName(b.source, label)}</dd>
        {b.sender ? (
          <>
            <dt>{t('report_field_sender')}</dt>
            <dd data-testid="evidence-sender">{b.sender}</dd>
          </>
        ) : null}
        {b.shownTime ? (
          <>
            <dt>{t('report_field_shown_time')}</dt>
            <dd>{b.shownTime}</dd>
          </>
        ) : null}
        <dt>{t('report_field_seen')}</dt>
        <dd>{formatTime(b.seenAt, data.uiLocale)}</dd>
        {includeUrl && b.pageUrl ? (
          <>
            <dt>{t('report_field_page')}</dt>
            <dd data-testid="evidence-page">{b.pageUrl}</dd>
          </>
        ) : null}
      </dl>
      <h3 class="lw-subhead">{t('report_field_message')}</h3>
      <div class="lw-message" data-testid="evidence-text">
        {b.text}
      </div>
      {b.reasons.length > 0 ? (
        <>
          <h3 class="lw-subhead">{t('report_field_red_flags')}</h3>
          <ul class="lw-reasons" data-testid="evidence-reasons">
            {[...new Map(b.reasons.map((r) => [r.key, r])).values()].map((r) => (
              <li key={r.key}>{t(r.key, undefined, r.text)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {(
        [
          ['links', 'report_ind_links'],
          ['handles', 'report_ind_handles'],
          ['phones', 'report_ind_phones'],
          ['emails', 'report_ind_emails'],
        ] as const
      ).map(([group, key]) =>
        g[group].length > 0 ? (
          <div key={group}>
            <h3 class="lw-subhead">{t(key)}</h3>
            <ul>
              {g[group].map((i) => (
                <li key={i.value}>
                  <code>{i.value}</code>
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}

      <div class="lw-check-row">
        <input
          type="checkbox"
          id="lw-include-url"
          checked={includeUrl}
          disabled={!b.pageUrl}
          onChange={(e) => setIncludeUrl((e.currentTarget as HTMLInputElement).checked)}
          data-testid="include-url"
        />
        <label for="lw-include-url">
          {b.pageUrl ? t('report_include_url') : t('report_include_url_none')}
        </label>
      </div>
      <div class="lw-row">
        <button type="button" class="lw-primary" onClick={copyEvidence} data-testid="copy-evidence">
          {t('report_copy')}
        </button>
        <button
          type="button"
          onClick={() =>
            actions.download(`${exportFileStem(b)}.txt`, bundleToText(b, opts, label), 'text/plain')
          }
          data-testid="download-txt"
        >
          {t('report_download_txt')}
        </button>
        <button
          type="button"
          onClick={() =>
            actions.download(`${exportFileStem(b)}.json`, bundleToJson(b, opts), 'application/json')
          }
          data-testid="download-json"
        >
          {t('report_download_json')}
        </button>
      </div>

      <h2>{t('report_where_title')}</h2>
      <label for="lw-report-region" class="lw-label">
        {t('report_region_label')}
      </label>
      <RegionSelect id="lw-report-region" value={region} uiLocale={data.uiLocale} onChange={onRegion} />
      {region ? (
        <RegionChannels region={region} primaryButton />
      ) : (
        <p class="lw-hint">{t('report_region_missing')}</p>
      )}

      {site ? (
        <>
          <h2>{t('report_platform_section')}</h2>
          <PlatformSteps site={site} />
        </>
      ) : null}

      {g.wallets.length > 0 ? (
        <>
          <h2>{t('report_crypto_title')}</h2>
          <p>{t('report_chainabuse_intro')}</p>
          <ul class="lw-list" data-testid="wallets">
            {g.wallets.map((w) => (
              <li key={w.value}>
                <code>{w.value}</code>
                <span class="lw-row">
                  <button
                    type="button"
                    onClick={() =>
                      void actions
                        .copy(w.value)
                        .then((ok) => setStatus(ok ? t('report_address_copied') : t('report_copy_failed')))
                    }
                  >
                    {t('report_copy_address')}
                  </button>
                  <ChainabuseLink />
                </span>
              </li>
            ))}
          </ul>
          <RecoveryWarning />
          <h3 class="lw-subhead">{t('report_exchanges_title')}</h3>
          <ExchangeList />
        </>
      ) : null}

      <h2>{t('report_history_title')}</h2>
      <p>
        {t('report_history_body')}{' '}
        <button type="button" class="lw-link" onClick={() => actions.openSettings()}>
          {t('report_history_open')}
        </button>
      </p>
    </main>
  );
}
