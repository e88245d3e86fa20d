import type { Family, Indicator, Stage } from '../types.ts';

/** Scored signals derived from indicators (not from patterns). Their weights live in weights.ts. */
export interface Signal {
  id: string;
  family: Family;
  stage: Stage;
  reason: string;
  description: string;
}

export const SIGNALS: readonly Signal[] = [
  {
    id: 'PAYMENT_WALLET_ADDRESS',
    family: 'payment',
    stage: 'payment',
    reason: 'reason_wallet_address',
    description: 'A cryptocurrency wallet address whose checksum is valid (BTC, ETH, TRON).',
  },
  {
    id: 'PHISHING_LOOKALIKE_DOMAIN',
    family: 'phishing',
    stage: 'related',
    reason: 'reason_lookalike_domain',
    description: 'A link whose domain imitates a real exchange or wallet.',
  },
  {
    id: 'PLATFORM_MESSENGER_LINK',
    family: 'platform_move',
    stage: 'platform',
    reason: 'reason_platform_handle',
    description: 'A messenger contact link (t.me, wa.me, line.me ...) or a handle named with its app.',
  },
  {
    id: 'PHISHING_SUSPICIOUS_LINK',
    family: 'phishing',
    stage: 'related',
    reason: 'reason_suspicious_link',
    description: 'A shortened link, a bare IP address or a dynamic-DNS host.',
  },
];

/**
 * Building-block ids (unscored) that indicators set, for meta rules to combine:
 * __IND_WALLET, __IND_LOOKALIKE, __IND_MESSENGER (link or handle named with an app), __IND_HANDLE
 * (any @handle), __IND_PHONE (international or next to an app name), __IND_URL, __IND_SHORT_URL,
 * __IND_EMAIL. Returns building blocks and the scored signal ids that fire, each with its indicator.
 */
export function indicatorFacts(indicators: readonly Indicator[]): Map<string, Indicator> {
  const f = new Map<string, Indicator>();
  const set = (id: string, ind: Indicator) => {
    if (!f.has(id)) f.set(id, ind);
  };
  for (const ind of indicators) {
    switch (ind.kind) {
      case 'btc_address':
      case 'eth_address':
      case 'tron_address':
        set('__IND_WALLET', ind);
        set('PAYMENT_WALLET_ADDRESS', ind);
        break;
      case 'lookalike_domain':
        set('__IND_LOOKALIKE', ind);
        set('PHISHING_LOOKALIKE_DOMAIN', ind);
        break;
      case 'messenger_handle': {
        const app = ind.detail?.app ?? 'unknown';
        if (ind.value.startsWith('@')) set('__IND_HANDLE', ind);
        if (app !== 'unknown' && app !== 'direct_message') {
          set('__IND_MESSENGER', ind);
          set('PLATFORM_MESSENGER_LINK', ind);
        }
        break;
      }
      case 'phone_number':
        set('__IND_PHONE', ind);
        break;
      case 'url':
        set('__IND_URL', ind);
        if (ind.detail?.shortener === 'yes' || ind.detail?.ip === 'yes') {
          set('__IND_SHORT_URL', ind);
          set('PHISHING_SUSPICIOUS_LINK', ind);
        }
        break;
      case 'email_address':
        set('__IND_EMAIL', ind);
        break;
    }
  }
  return f;
}
