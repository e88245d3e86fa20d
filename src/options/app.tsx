import { useState } from 'preact/hooks';
import type { Lang, Sensitivity } from '../engine/types.ts';
import { effectiveRegion, type RegionCode } from '../report/channels.ts';
import { sourceName } from '../report/evidence.ts';
import { RegionSelect } from '../report/ui/channel-list.tsx';
import type { EvidenceBundle } from '../shared/findings.ts';
import { t } from '../shared/i18n.ts';
import { ALL_RULE_LANGUAGES, defaultSettings, type Settings } from '../shared/settings.ts';
import { SITE_IDS, SITE_NAMES } from '../shared/sites.ts';
import { type ImportResult, parseSettingsFile } from './settings-io.ts';

export interface OptionsData {
  settings: Settings;
  reports: EvidenceBundle[];
  uiLocale: string;
}

export interface OptionsActions {
  save(settings: Settings): Promise<void>;
  exportSettings(settings: Settings): void;
  exportReports(reports: EvidenceBundle[], includePageUrls: boolean): void;
  openReport(id: string): void;
  deleteReport(id: string): Promise<EvidenceBundle[]>;
  clearReports(): Promise<void>;
  clearAllData(): Promise<void>;
}

/** Names of rule languages in the user's language ('tl' is Filipino). */
function languageName(l: Lang, uiLocale: string): string {
  try {
    const dn = new Intl.DisplayNames([uiLocale.replace(/_/g, '-'), 'en'], { type: 'language' });
    return dn.of(l === 'tl' ? 'fil' : l) ?? l;
  } catch {
    return l;
  }
}

const SENSITIVITIES: Sensitivity[] = ['low', 'standard', 'high'];

export function OptionsApp({ data, actions }: { data: OptionsData; actions: OptionsActions }) {
  const [s, setS] = useState<Settings>(data.settings);
  const [reports, setReports] = useState<EvidenceBundle[]>(data.reports);
  const [status, setStatus] = useState('');
  const [importError, setImportError] = useState('');
  const [confirmClear, setConfirmClear] = useState(false);
  const [confirmHistory, setConfirmHistory] = useState(false);
  const [includeUrls, setIncludeUrls] = useState(false);

  const update = (next: Settings) => {
    setS(next);
    actions
      .save(next)
      .then(() => setStatus(t('options_saved')))
      .catch(() => setStatus(t('options_save_failed')));
  };
  const onImport = async (file: File | undefined) => {
    setImportError('');
    if (!file) return;
    const result: ImportResult = parseSettingsFile(await file.text());
    if (!result.ok) {
      setImportError(result.field ? t(result.error, result.field) : t(result.error));
      return;
    }
    update(result.settings);
    setStatus(t('options_import_done'));
  };
  const region = effectiveRegion(s.region, data.uiLocale);

  return (
    <main class="lw-page" data-testid="options">
      <h1>{t('options_title')}</h1>
      <p class="lw-status" role="status" aria-live="polite" data-testid="options-status">
        {status}
      </p>

      <section aria-labelledby="lw-h-region">
        <h2 id="lw-h-region">{t('options_region_title')}</h2>
        <label for="lw-region" class="lw-label">
          {t('report_region_label')}
        </label>
        <RegionSelect
          id="lw-region"
          value={region}
          uiLocale={data.uiLocale}
          onChange={(r: RegionCode) => update({ ...s, region: r })}
        />
        <p class="lw-hint">{s.region ? t('options_region_chosen') : t('options_region_auto')}</p>
        {s.region ? (
          <button type="button" class="lw-link" onClick={() => update({ ...s, region: null })}>
            {t('options_region_reset')}
          </button>
        ) : null}
      </section>

      <section aria-labelledby="lw-h-sens">
        <h2 id="lw-h-sens">{t('options_sensitivity_title')}</h2>
        <fieldset class="lw-fieldset">
          <legend>{t('options_sensitivity_legend')}</legend>
          {SENSITIVITIES.map((v) => (
            <div class="lw-check-row" key={v}>
              <input
                type="radio"
                name="sensitivity"
                id={`lw-sens-${v}`}
                value={v}
                checked={s.sensitivity === v}
                onChange={() => update({ ...s, sensitivity: v })}
              />
              <label for={`lw-sens-${v}`}>
                <strong>{t(`options_sensitivity_${v}`)}</strong> — {t(`options_sensitivity_${v}_hint`)}
              </label>
            </div>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="lw-h-sites">
        <h2 id="lw-h-sites">{t('options_sites_title')}</h2>
        <fieldset class="lw-fieldset">
          <legend>{t('options_sites_legend')}</legend>
          {SITE_IDS.map((id) => (
            <div class="lw-check-row" key={id}>
              <input
                type="checkbox"
                id={`lw-site-${id}`}
                checked={s.sites[id]}
                onChange={(e) =>
                  update({ ...s, sites: { ...s.sites, [id]: (e.currentTarget as HTMLInputElement).checked } })
                }
              />
              <label for={`lw-site-${id}`}>{SITE_NAMES[id]}</label>
            </div>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="lw-h-langs">
        <h2 id="lw-h-langs">{t('options_languages_title')}</h2>
        <fieldset class="lw-fieldset">
          <legend>{t('options_languages_legend')}</legend>
          {ALL_RULE_LANGUAGES.map((l) => (
            <div class="lw-check-row" key={l}>
              <input
                type="checkbox"
                id={`lw-lang-${l}`}
                checked={s.ruleLanguages.includes(l)}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  const next = on ? [...s.ruleLanguages, l] : s.ruleLanguages.filter((x) => x !== l);
                  update({ ...s, ruleLanguages: ALL_RULE_LANGUAGES.filter((x) => next.includes(x)) });
                }}
              />
              <label for={`lw-lang-${l}`}>{languageName(l, data.uiLocale)}</label>
            </div>
          ))}
        </fieldset>
        <p class="lw-hint">{t('options_languages_hint')}</p>
      </section>

      <section aria-labelledby="lw-h-trusted">
        <h2 id="lw-h-trusted">{t('options_trusted_title')}</h2>
        {s.trustedSenders.length === 0 ? (
          <p class="lw-hint">{t('options_trusted_empty')}</p>
        ) : (
          <ul class="lw-list" data-testid="trusted-list">
            {s.trustedSenders.map((ts) => (
              <li key={`${ts.site}:${ts.sender}`}>
                <span>
                  <strong>{ts.sender}</strong> — {SITE_NAMES[ts.site]}
                </span>
                <button
                  type="button"
                  onClick={() => update({ ...s, trustedSenders: s.trustedSenders.filter((x) => x !== ts) })}
                  aria-label={t('options_remove_named', ts.sender)}
                >
                  {t('options_remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="lw-h-dismissed">
        <h2 id="lw-h-dismissed">{t('options_dismissed_title')}</h2>
        {s.dismissed.length === 0 ? (
          <p class="lw-hint">{t('options_dismissed_empty')}</p>
        ) : (
          <ul class="lw-list" data-testid="dismissed-list">
            {s.dismissed.map((d) => (
              <li key={d.id}>
                <span>
                  {SITE_NAMES[d.site]}: “{d.snippet}”
                </span>
                <button
                  type="button"
                  onClick={() => update({ ...s, dismissed: s.dismissed.filter((x) => x !== d) })}
                  aria-label={t('options_remove_named', d.snippet || d.id)}
                >
                  {t('options_remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="lw-h-reports">
        <h2 id="lw-h-reports">{t('options_reports_title')}</h2>
        {reports.length === 0 ? (
          <p class="lw-hint">{t('options_reports_empty')}</p>
        ) : (
          <>
            <ul class="lw-list" data-testid="reports-list">
              {reports.map((r) => (
                <li key={r.id}>
                  <span>
                    {new Date(r.createdAt).toLocaleString(data.uiLocale.replace(/_/g, '-'))} ·{' '}
                    {sourceName(r.source, (k) => t(k))}
                    {r.sender ? ` · ${r.sender}` : ''} — “{r.text.slice(0, 80)}
                    {r.text.length > 80 ? '…' : ''}”
                  </span>
                  <span class="lw-row">
                    <button type="button" onClick={() => actions.openReport(r.id)}>
                      {t('options_open')}
                    </button>
                    <button
                      type="button"
                      onClick={() => void actions.deleteReport(r.id).then(setReports)}
                      aria-label={t('options_delete_report')}
                    >
                      {t('options_delete')}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
            <div class="lw-check-row">
              <input
                type="checkbox"
                id="lw-history-urls"
                checked={includeUrls}
                onChange={(e) => setIncludeUrls((e.currentTarget as HTMLInputElement).checked)}
              />
              <label for="lw-history-urls">{t('options_reports_include_urls')}</label>
            </div>
            <div class="lw-row">
              <button type="button" onClick={() => actions.exportReports(reports, includeUrls)}>
                {t('options_reports_export')}
              </button>
              {confirmHistory ? (
                <>
                  <span role="alert">{t('options_reports_clear_confirm')}</span>
                  <button
                    type="button"
                    class="lw-danger-btn"
                    onClick={() =>
                      void actions.clearReports().then(() => {
                        setReports([]);
                        setConfirmHistory(false);
                        setStatus(t('options_reports_cleared'));
                      })
                    }
                  >
                    {t('options_yes_delete')}
                  </button>
                  <button type="button" onClick={() => setConfirmHistory(false)}>
                    {t('options_cancel')}
                  </button>
                </>
              ) : (
                <button type="button" onClick={() => setConfirmHistory(true)}>
                  {t('options_reports_clear')}
                </button>
              )}
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="lw-h-backup">
        <h2 id="lw-h-backup">{t('options_backup_title')}</h2>
        <div class="lw-row">
          <button type="button" onClick={() => actions.exportSettings(s)} data-testid="export-settings">
            {t('options_export')}
          </button>
        </div>
        <label for="lw-import" class="lw-label">
          {t('options_import')}
        </label>
        <input
          type="file"
          id="lw-import"
          accept="application/json,.json"
          data-testid="import-settings"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            void onImport(input.files?.[0]).finally(() => {
              input.value = '';
            });
          }}
        />
        {importError ? (
          <p class="lw-error" role="alert" data-testid="import-error">
            {importError}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="lw-h-clear">
        <h2 id="lw-h-clear">{t('options_clear_title')}</h2>
        <p>{t('options_clear_body')}</p>
        {confirmClear ? (
          <div class="lw-row">
            <span role="alert">{t('options_clear_confirm')}</span>
            <button
              type="button"
              class="lw-danger-btn"
              data-testid="clear-confirm"
              onClick={() =>
                void actions.clearAllData().then(() => {
                  setS(defaultSettings());
                  setReports([]);
                  setConfirmClear(false);
                  setStatus(t('options_clear_done'));
                })
              }
            >
              {t('options_yes_delete')}
            </button>
            <button type="button" onClick={() => setConfirmClear(false)}>
              {t('options_cancel')}
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirmClear(true)} data-testid="clear-all">
            {t('options_clear_button')}
          </button>
        )}
      </section>

      <section aria-labelledby="lw-h-privacy" class="lw-privacy">
        <h2 id="lw-h-privacy">{t('options_privacy_title')}</h2>
        <p>{t('options_privacy_1')}</p>
        <p>{t('options_privacy_2')}</p>
        <p>{t('options_privacy_3')}</p>
      </section>
    </main>
  );
}
