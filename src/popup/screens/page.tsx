import type { Finding, TabState } from '../../shared/findings.ts';
import { t } from '../../shared/i18n.ts';
import { SITE_NAMES } from '../../shared/sites.ts';
import { LevelBadge, ReasonList } from '../components/verdict-view.tsx';

/** The honest state of the current tab, or its flagged messages. */
export function PageScreen({
  tab,
  onReveal,
  onReport,
  busy,
}: {
  tab: TabState | null | 'error';
  onReveal: (f: Finding) => void;
  onReport: (f: Finding) => void;
  busy: string | null;
}) {
  if (tab === null) {
    return (
      <p class="lw-state" aria-busy="true">
        {t('popup_state_loading')}
      </p>
    );
  }
  if (tab === 'error' || tab.status === 'unsupported' || tab.site === null) {
    return (
      <div class="lw-state" data-state="unsupported">
        <p class="lw-state-title">{t('popup_state_unsupported_title')}</p>
        <p>{t('popup_state_unsupported_body')}</p>
      </div>
    );
  }
  const site = SITE_NAMES[tab.site];
  if (tab.status === 'disabled') {
    return (
      <div class="lw-state" data-state="disabled">
        <p class="lw-state-title">{t('popup_state_disabled_title', site)}</p>
        <p>{t('popup_state_disabled_body')}</p>
      </div>
    );
  }
  if (tab.status === 'unrecognised' || tab.status === 'error') {
    return (
      <div class="lw-state" data-state="unrecognised">
        <p class="lw-state-title">{t('popup_state_unrecognised_title')}</p>
        <p>{t('popup_state_unrecognised_body', site)}</p>
      </div>
    );
  }
  if (tab.findings.length === 0) {
    return (
      <div class="lw-state" data-state="clean">
        <p class="lw-state-title">{t('popup_state_clean_title')}</p>
        <p>{t('popup_state_clean_body', [String(tab.scanned), site])}</p>
      </div>
    );
  }
  const sorted = [...tab.findings].sort((a, b) => b.score - a.score);
  return (
    <div data-state="flagged">
      <p class="lw-state-title">{t('popup_flagged_title', [String(sorted.length), site])}</p>
      <ul class="lw-findings">
        {sorted.map((f) => (
          <li key={f.id} class="lw-finding" data-finding={f.id}>
            <div class="lw-finding-head">
              <LevelBadge level={f.level} />
              <span class="lw-sender">{f.sender || t('popup_sender_unknown')}</span>
            </div>
            <p class="lw-snippet">{f.snippet}</p>
            <ReasonList reasons={f.reasons} max={2} />
            <div class="lw-actions">
              <button type="button" onClick={() => onReveal(f)}>
                {t('popup_show_message')}
              </button>
              <button
                type="button"
                class="lw-primary"
                disabled={busy === f.id}
                onClick={() => onReport(f)}
                data-testid="report-finding"
              >
                {t('popup_report')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
