import { t } from '../../shared/i18n.ts';
import type { SiteId } from '../../shared/sites.ts';
import { SITE_NAMES } from '../../shared/sites.ts';
import {
  CHAINABUSE,
  type Channel,
  type Contact,
  EXCHANGES,
  PLATFORMS,
  RECOVERY_WARNING_KEY,
  REGION_CODES,
  REGIONS,
  type RegionCode,
  regionName,
} from '../channels.ts';

function contactHref(c: Contact): string | undefined {
  if (c.kind === 'email') return `mailto:${c.value}`;
  if (c.kind === 'tel' && /^[+\d][\d\s-]*$/.test(c.value)) return `tel:${c.value.replace(/[\s-]/g, '')}`;
  return undefined;
}

export function ContactLine({ contact }: { contact: Contact }) {
  const href = contactHref(contact);
  return (
    <li class="lw-contact">
      <span class="lw-contact-label">
        {t(contact.label)}
        {contact.name ? ` (${contact.name})` : ''}:
      </span>{' '}
      {href ? (
        <a href={href} class="lw-contact-value">
          {contact.value}
        </a>
      ) : (
        <span class="lw-contact-value">{contact.value}</span>
      )}
    </li>
  );
}

/** The warning shown next to every channel. */
export function RecoveryWarning() {
  return (
    <p class="lw-recovery" role="note">
      {t(RECOVERY_WARNING_KEY)}
    </p>
  );
}

export function ChannelCard({ channel, compact }: { channel: Channel; compact?: boolean }) {
  return (
    <li class="lw-channel" data-channel={channel.id}>
      <a class="lw-channel-name" href={channel.url} target="_blank" rel="noopener noreferrer">
        {channel.name}
      </a>
      <span class="lw-channel-kind">{t(channel.kind)}</span>
      {channel.contacts && channel.contacts.length > 0 ? (
        <ul class="lw-contacts">
          {channel.contacts.map((c) => (
            <ContactLine key={c.value} contact={c} />
          ))}
        </ul>
      ) : null}
      {(channel.notes ?? []).map((n) => (
        <p key={n} class="lw-note">
          {t(n)}
        </p>
      ))}
      {compact ? null : (
        <details class="lw-prepare">
          <summary>{t('report_prepare_title')}</summary>
          <ul>
            {channel.prepare.map((p) => (
              <li key={p}>{t(p)}</li>
            ))}
          </ul>
        </details>
      )}
      <RecoveryWarning />
    </li>
  );
}

export function RegionChannels({
  region,
  compact,
  primaryButton,
}: {
  region: RegionCode;
  compact?: boolean;
  /** Show the region's first channel as a big "Open … in a new tab" button. */
  primaryButton?: boolean;
}) {
  const r = REGIONS[region];
  const first = r.channels[0];
  return (
    <div class="lw-region" data-region={region}>
      {primaryButton && first ? (
        <p>
          <a
            class="lw-button"
            href={first.url}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="open-primary-channel"
          >
            {t('report_open_channel', first.name)}
          </a>
        </p>
      ) : null}
      <p class="lw-bank-first">{t('report_note_bank_first')}</p>
      <ul class="lw-channels">
        {r.channels.map((c) => (
          <ChannelCard key={c.id} channel={c} compact={compact} />
        ))}
      </ul>
      {r.hotlines && r.hotlines.length > 0 ? (
        <>
          <h3 class="lw-subhead">{t('report_hotlines_title')}</h3>
          <ul class="lw-contacts">
            {r.hotlines.map((c) => (
              <ContactLine key={c.value} contact={c} />
            ))}
          </ul>
        </>
      ) : null}
      {(r.notes ?? []).map((n) => (
        <p key={n} class="lw-note">
          {t(n)}
        </p>
      ))}
    </div>
  );
}

export function RegionSelect({
  id,
  value,
  uiLocale,
  onChange,
}: {
  id: string;
  value: RegionCode | null;
  uiLocale: string;
  onChange: (r: RegionCode) => void;
}) {
  const sorted = [...REGION_CODES].sort((a, b) =>
    regionName(a, uiLocale).localeCompare(regionName(b, uiLocale), uiLocale.replace(/_/g, '-')),
  );
  return (
    <select
      id={id}
      value={value ?? ''}
      onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as RegionCode)}
    >
      {value === null ? <option value="">{t('report_region_choose')}</option> : null}
      {sorted.map((code) => (
        <option key={code} value={code}>
          {regionName(code, uiLocale)}
        </option>
      ))}
    </select>
  );
}

export function PlatformSteps({ site }: { site: SiteId }) {
  const p = PLATFORMS[site];
  return (
    <div class="lw-platform" data-platform={site}>
      <h3 class="lw-subhead">{t('report_platform_title', SITE_NAMES[site])}</h3>
      <p>{t(p.steps)}</p>
      {p.contacts ? (
        <ul class="lw-contacts">
          {p.contacts.map((c) => (
            <ContactLine key={c.value} contact={c} />
          ))}
        </ul>
      ) : null}
      {p.url ? (
        <a href={p.url} target="_blank" rel="noopener noreferrer">
          {t('report_platform_help', SITE_NAMES[site])}
        </a>
      ) : null}
    </div>
  );
}

export function ExchangeList() {
  return (
    <ul class="lw-channels">
      {EXCHANGES.map((e) => (
        <li key={e.id} class="lw-channel" data-channel={e.id}>
          <a class="lw-channel-name" href={e.url} target="_blank" rel="noopener noreferrer">
            {e.name}
          </a>
          <p>{t(e.steps)}</p>
          {e.contacts ? (
            <ul class="lw-contacts">
              {e.contacts.map((c) => (
                <ContactLine key={c.value} contact={c} />
              ))}
            </ul>
          ) : null}
          <RecoveryWarning />
        </li>
      ))}
    </ul>
  );
}

export function ChainabuseLink() {
  return (
    <a class="lw-chainabuse" href={CHAINABUSE.url} target="_blank" rel="noopener noreferrer">
      {t('report_chainabuse_open', CHAINABUSE.name)}
    </a>
  );
}
