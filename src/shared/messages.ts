import type { EvidenceBundle, Finding, PageStatus, TabState } from './findings.ts';
import type { SiteId } from './sites.ts';

/**
 * Every message sent between extension contexts, as one union. Receivers validate with
 * `isMessage` at the boundary: anything else is ignored.
 */
export type Message =
  /** content -> background: page status and the full current set of findings for this tab. */
  | { type: 'content/state'; site: SiteId | null; status: PageStatus; scanned: number; findings: Finding[] }
  /** popup -> background: state of a tab. Response: TabState. */
  | { type: 'popup/get-tab-state'; tabId: number }
  /** popup -> content (tabs.sendMessage): scroll to and highlight a flagged message. Response: boolean. */
  | { type: 'content/reveal'; findingId: string }
  /** content or popup -> background: open the report page for this evidence. Response: { ok: true }. */
  | { type: 'report/open'; bundle: EvidenceBundle }
  /** report page -> background: the evidence it was opened for. Response: EvidenceBundle | null. */
  | { type: 'report/get'; reportId: string }
  /** any -> background: liveness check used by tests and the popup. Response: { ok: true, version }. */
  | { type: 'ping' };

export type MessageType = Message['type'];

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  'content/state',
  'popup/get-tab-state',
  'content/reveal',
  'report/open',
  'report/get',
  'ping',
]);

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    TYPES.has((value as { type: string }).type)
  );
}

export type { TabState };
