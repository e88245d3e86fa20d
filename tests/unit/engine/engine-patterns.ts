import { DAMPENERS } from '../../../src/engine/dampeners.ts';
import { APP_PHONE_RE, EMAIL_RE, HANDLE_RE, PHONE_RE } from '../../../src/engine/indicators/contacts.ts';
import { URL_RE } from '../../../src/engine/indicators/urls.ts';
import { CANDIDATES } from '../../../src/engine/indicators/wallets.ts';
import { CORE_RULES } from '../../../src/engine/rules/index.ts';

/** Every regex the engine runs outside the language packs (those are checked in tests/unit/packs):
 * core rule patterns and dampeners (with the flags the engine gives them), wallet candidates and
 * the contact and URL finders. Shared by the ReDoS proof and the regex-splitter tests. */
export const ENGINE_PATTERNS: readonly { id: string; source: string; flags: string }[] = [
  ...CORE_RULES.filter((r) => r.pattern).map((r) => ({
    id: r.id,
    source: (r.pattern as RegExp).source,
    flags: 'iu',
  })),
  ...DAMPENERS.map((d) => ({ id: d.id, source: d.pattern.source, flags: 'iu' })),
  ...CANDIDATES.map((c, i) => ({ id: `wallet candidate ${i}`, source: c.re.source, flags: '' })),
  { id: 'URL_RE', source: URL_RE.source, flags: 'i' },
  { id: 'HANDLE_RE', source: HANDLE_RE.source, flags: 'i' },
  { id: 'PHONE_RE', source: PHONE_RE.source, flags: '' },
  { id: 'APP_PHONE_RE', source: APP_PHONE_RE.source, flags: 'i' },
  { id: 'EMAIL_RE', source: EMAIL_RE.source, flags: 'i' },
];
