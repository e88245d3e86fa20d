import { useState } from 'preact/hooks';
import type { Verdict } from '../engine/types.ts';
import type { RegionCode } from '../report/channels.ts';
import type { Finding } from '../shared/findings.ts';
import { t } from '../shared/i18n.ts';
import { CheckScreen } from './screens/check.tsx';
import { PageScreen } from './screens/page.tsx';
import { ReportScreen } from './screens/report.tsx';
import type { PopupActions, PopupData, ReportResult, Screen } from './types.ts';

const SCREENS: { id: Screen; label: string }[] = [
  { id: 'page', label: 'popup_tab_page' },
  { id: 'check', label: 'popup_tab_check' },
  { id: 'report', label: 'popup_tab_report' },
];

/** The popup as a pure view of (data, actions). */
export function App({ data, actions }: { data: PopupData; actions: PopupActions }) {
  const [screen, setScreen] = useState<Screen>(data.initialScreen);
  const [region, setRegion] = useState<RegionCode | null>(data.region);
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState<string | null>(null);

  const announce = (r: ReportResult) => {
    if (!r.opened) setStatus(t('popup_report_failed'));
    else setStatus(r.copied ? t('popup_report_opened_copied') : t('popup_report_opened'));
  };

  const onReport = (f: Finding) => {
    setBusy(f.id);
    actions
      .reportFinding(f)
      .then(announce)
      .catch(() => setStatus(t('popup_report_failed')))
      .finally(() => setBusy(null));
  };
  const onReportText = (text: string, verdict: Verdict, source: 'paste' | 'selection') => {
    actions
      .reportText(text, verdict, source)
      .then(announce)
      .catch(() => setStatus(t('popup_report_failed')));
  };
  const onReveal = (f: Finding) => {
    actions
      .reveal(f)
      .then((ok) => setStatus(ok ? '' : t('popup_reveal_failed')))
      .catch(() => setStatus(t('popup_reveal_failed')));
  };
  const onRegion = (r: RegionCode) => {
    setRegion(r);
    void actions.setRegion(r);
  };

  return (
    <main class="lw-popup" data-testid="popup">
      <header class="lw-header">
        <h1 class="lw-title">{t('common_ext_name')}</h1>
        <button
          type="button"
          class="lw-link"
          onClick={() => actions.openSettings()}
          data-testid="open-settings"
        >
          {t('popup_settings')}
        </button>
      </header>
      <nav class="lw-tabs" aria-label={t('popup_nav_label')}>
        {SCREENS.map((s) => (
          <button
            key={s.id}
            type="button"
            class="lw-tab"
            aria-pressed={screen === s.id}
            data-screen={s.id}
            onClick={() => setScreen(s.id)}
          >
            {t(s.label)}
          </button>
        ))}
      </nav>
      <section
        class="lw-screen"
        aria-label={t(SCREENS.find((s) => s.id === screen)?.label ?? 'popup_tab_page')}
      >
        {screen === 'page' ? (
          <PageScreen tab={data.tab} onReveal={onReveal} onReport={onReport} busy={busy} />
        ) : screen === 'check' ? (
          <CheckScreen
            initialText={data.initialText}
            initialSource={data.initialSource}
            check={actions.check}
            onReport={onReportText}
          />
        ) : (
          <ReportScreen region={region} uiLocale={data.uiLocale} onRegion={onRegion} />
        )}
      </section>
      <p class="lw-status" role="status" aria-live="polite" data-testid="popup-status">
        {status}
      </p>
      <footer class="lw-footer">{t('popup_footer_private')}</footer>
    </main>
  );
}
