import type { Verdict } from '../../engine/types.ts';
import { groupIndicators } from '../../report/evidence.ts';
import type { ShownReason } from '../../shared/findings.ts';
import { t } from '../../shared/i18n.ts';

export function levelText(level: Verdict['level']): string {
  if (level === 'danger') return t('common_level_danger');
  if (level === 'caution') return t('common_level_caution');
  return t('popup_level_none');
}

export function LevelBadge({ level }: { level: Verdict['level'] }) {
  return <span class={`lw-badge lw-badge-${level}`}>{levelText(level)}</span>;
}

/** A reason in the user's language, English from the engine as the fallback. */
export function reasonText(r: Pick<ShownReason, 'key' | 'text'>): string {
  return t(r.key, undefined, r.text);
}

export function ReasonList({
  reasons,
  max,
}: {
  reasons: readonly Pick<ShownReason, 'key' | 'text'>[];
  max?: number;
}) {
  const unique = [...new Map(reasons.map((r) => [r.key, r])).values()];
  const shown = max === undefined ? unique : unique.slice(0, max);
  if (shown.length === 0) return null;
  return (
    <ul class="lw-reasons">
      {shown.map((r) => (
        <li key={r.key}>{reasonText(r)}</li>
      ))}
    </ul>
  );
}

export function VerdictView({ verdict }: { verdict: Verdict }) {
  const g = groupIndicators(verdict.indicators);
  return (
    <div class={`lw-verdict lw-verdict-${verdict.level}`} data-testid="verdict" data-level={verdict.level}>
      <p class="lw-verdict-head">
        <LevelBadge level={verdict.level} />{' '}
        {verdict.level === 'none' ? t('popup_verdict_none') : t('popup_verdict_flags')}
      </p>
      <ReasonList reasons={verdict.reasons} />
      {g.wallets.length + g.links.length + g.handles.length + g.phones.length > 0 ? (
        <div class="lw-indicators">
          <p class="lw-subhead">{t('popup_indicators')}</p>
          <ul>
            {[...g.wallets, ...g.links, ...g.handles, ...g.phones, ...g.emails].map((i) => (
              <li key={`${i.kind}:${i.value}`}>
                <code>{i.value}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
