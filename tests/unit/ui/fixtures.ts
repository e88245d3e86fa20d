import type { Finding } from '../../../src/shared/findings.ts';

/** An invented flagged message (no corpus text). */
export const FINDING: Finding = {
  id: 'f1',
  site: 'whatsapp',
  threadKey: 't',
  sender: 'Anna <b>',
  snippet: 'Hi dear, my uncle…',
  text: 'Hi dear, my uncle shows me a <script>alert(1)</script> platform. Send USDT to TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE',
  level: 'danger',
  score: 9,
  reasons: [
    { ruleId: 'INVEST_MENTOR', key: 'reason_invest_mentor', text: 'Mentions an uncle…' },
    { ruleId: 'INVEST_USDT', key: 'reason_invest_usdt', text: 'USDT…' },
  ],
  indicators: [
    { kind: 'tron_address', value: 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE' },
    { kind: 'url', value: 'https://fake-binance.example' },
    { kind: 'lookalike_domain', value: 'https://fake-binance.example', detail: { imitates: 'binance.com' } },
  ],
  seenAt: Date.UTC(2026, 10, 1, 8, 0),
  shownTime: '08:00',
};
