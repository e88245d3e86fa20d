import { useState } from 'preact/hooks';
import type { Finding } from '../../shared/findings.ts';
import { distinctReasons, EN, nextStepKey, type Translate } from './strings.ts';

export interface WarningActions {
  /** Report: returns whether the evidence was copied to the clipboard. */
  report(finding: Finding): Promise<boolean>;
  dismiss(finding: Finding): void;
  trust(finding: Finding): void;
}

export interface WarningProps {
  finding: Finding;
  actions: WarningActions;
  tr: Translate;
  flash?: boolean;
}

const TOP = 3;

/**
 * The inline warning. Every piece of page-derived text (reasons' excerpts, sender) goes in as a
 * text child, which preact sets with textContent: never as HTML.
 */
export function Warning({ finding, actions, tr, flash }: WarningProps) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<'copied' | 'opened' | null>(null);
  const s = (key: keyof typeof EN) => tr(key, EN[key]);
  const reasons = distinctReasons(finding.reasons);
  const danger = finding.level === 'danger';
  // The details ("Why?") are built only when opened: most warnings are never opened, and the
  // collapsed warning is what every message with red flags pays for.
  const next = open ? nextStepKey(finding.reasons) : null;
  const whyId = `lw-why-${finding.id.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const reasonText = (key: string, text: string) => tr(key, text);

  return (
    <section
      class={`lw ${danger ? 'danger' : 'caution'}${flash ? ' flash' : ''}`}
      role="status"
      aria-live="polite"
      aria-label={s('content_warning_label')}
      lang={tr('@@ui_locale', 'en').replace('_', '-')}
    >
      <p class="head">
        <span class="icon" aria-hidden="true">
          !
        </span>
        <span>{danger ? s('content_level_danger') : s('content_level_caution')}</span>
      </p>
      <p class="intro">{danger ? s('content_intro_danger') : s('content_intro_caution')}</p>
      <ul class="top">
        {reasons.slice(0, TOP).map((r) => (
          <li key={r.key}>{reasonText(r.key, r.text)}</li>
        ))}
      </ul>
      {open && (
        <div class="why" id={whyId}>
          <h3>{s('content_all_reasons')}</h3>
          <ul>
            {reasons.map((r) => (
              <li key={r.key}>
                {reasonText(r.key, r.text)}
                {r.excerpt ? <span class="excerpt">{` “${r.excerpt}”`}</span> : null}
                {r.fromThread ? <span class="thread">{` (${s('content_from_thread')})`}</span> : null}
              </li>
            ))}
          </ul>
          {next && (
            <>
              <h3>{s('content_next_heading')}</h3>
              <p>{s(next)}</p>
            </>
          )}
          <p class="local">{s('content_checked_locally')}</p>
        </div>
      )}
      <div class="actions">
        <button
          type="button"
          data-action="why"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={whyId}
          onClick={() => setOpen(!open)}
        >
          {open ? s('content_hide_why') : s('content_why')}
        </button>
        <button
          type="button"
          class="primary"
          data-action="report"
          onClick={() => {
            void actions.report(finding).then((copied) => setDone(copied ? 'copied' : 'opened'));
          }}
        >
          {s('content_report')}
        </button>
        <button type="button" data-action="dismiss" onClick={() => actions.dismiss(finding)}>
          {s('content_not_scam')}
        </button>
        {finding.sender ? (
          <button type="button" data-action="trust" onClick={() => actions.trust(finding)}>
            {s('content_trust')}
          </button>
        ) : null}
      </div>
      {done && (
        <p class="done">{done === 'copied' ? s('content_report_done') : s('content_report_done_nocopy')}</p>
      )}
    </section>
  );
}
