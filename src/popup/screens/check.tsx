import { useEffect, useState } from 'preact/hooks';
import type { Verdict } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import { VerdictView } from '../components/verdict-view.tsx';

export const MAX_CHECK_CHARS = 20_000;

/** Paste any text (an SMS, a dating-app chat) and score it on this device. */
export function CheckScreen({
  initialText,
  initialSource,
  check,
  onReport,
}: {
  initialText?: string;
  initialSource?: 'paste' | 'selection';
  check: (text: string) => Verdict | Promise<Verdict>;
  onReport: (text: string, verdict: Verdict, source: 'paste' | 'selection') => void;
}) {
  const [text, setText] = useState(initialText ?? '');
  const [result, setResult] = useState<{ text: string; verdict: Verdict } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const source = initialText !== undefined ? (initialSource ?? 'paste') : 'paste';

  const run = (value: string) => {
    const v = value.trim();
    if (v === '') {
      setError(t('popup_check_empty'));
      setResult(null);
      return;
    }
    setError(null);
    const clipped = v.slice(0, MAX_CHECK_CHARS);
    void Promise.resolve()
      .then(() => check(clipped))
      .then((verdict) => setResult({ text: clipped, verdict }))
      .catch(() => setError(t('popup_check_failed')));
  };

  // Runs once, for text handed over by the context menu.
  useEffect(() => {
    if (initialText) run(initialText);
  }, []);

  return (
    <form
      class="lw-check"
      onSubmit={(e) => {
        e.preventDefault();
        run(text);
      }}
    >
      <label for="lw-check-text" class="lw-label">
        {source === 'selection' ? t('popup_check_label_selection') : t('popup_check_label')}
      </label>
      <textarea
        id="lw-check-text"
        rows={6}
        maxLength={MAX_CHECK_CHARS}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        placeholder={t('popup_check_placeholder')}
        data-testid="check-text"
      />
      <p class="lw-hint">{t('popup_check_private')}</p>
      <button type="submit" class="lw-primary" data-testid="check-run">
        {t('popup_check_button')}
      </button>
      {error ? (
        <p class="lw-error" role="alert">
          {error}
        </p>
      ) : null}
      <div aria-live="polite">
        {result ? (
          <>
            <VerdictView verdict={result.verdict} />
            {result.verdict.level !== 'none' ? (
              <button
                type="button"
                class="lw-primary"
                data-testid="report-checked"
                onClick={() => onReport(result.text, result.verdict, source)}
              >
                {t('popup_report_this')}
              </button>
            ) : (
              <p class="lw-hint">{t('popup_verdict_none_hint')}</p>
            )}
          </>
        ) : null}
      </div>
    </form>
  );
}
