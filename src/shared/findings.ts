import type { Indicator, Level } from '../engine/types.ts';
import type { SiteId } from './sites.ts';

/** A reason as shown to the user: the i18n key, English fallback text and the rule behind it. */
export interface ShownReason {
  ruleId: string;
  key: string;
  text: string;
  excerpt?: string;
  /** True when the reason came from an earlier message of the same conversation. */
  fromThread?: boolean;
}

/** A flagged message on a page, as the content script reports it to the background. */
export interface Finding {
  /** Stable id of the message on this page (adapter id, or a hash of thread + text). */
  id: string;
  site: SiteId;
  threadKey: string;
  sender: string;
  /** First ~160 characters of the message, plain text. */
  snippet: string;
  /** Full plain text of the message (kept only in memory and in reports the user makes). */
  text: string;
  level: Exclude<Level, 'none'>;
  score: number;
  reasons: ShownReason[];
  indicators: Indicator[];
  /** Epoch ms when Lurewatch first saw the message. */
  seenAt: number;
  /** Time shown on the page next to the message, if any. */
  shownTime?: string;
}

/**
 * What tells two lists of findings apart for reporting: which messages, at which level, with how
 * many reasons (a finding's text never changes without its id).
 */
export function findingsKey(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.id}:${f.level}:${f.reasons.length}`).join(',');
}

/** How the content script sees the current page. */
export type PageStatus =
  | 'scanning' // adapter recognised the page and is scanning
  | 'unrecognised' // a supported site, but the adapter found no messages it understands
  | 'disabled' // the user turned this site off
  | 'error'; // the adapter failed; the page is untouched

export interface TabState {
  site: SiteId | null;
  status: PageStatus | 'unsupported';
  scanned: number;
  findings: Finding[];
}

/** Everything a report needs, assembled on the user's machine. Nothing is sent anywhere. */
export interface EvidenceBundle {
  id: string;
  createdAt: number;
  source: SiteId | 'paste' | 'selection';
  text: string;
  sender: string;
  /** Address of the page; included in exports only when the user agrees on the report page. */
  pageUrl?: string;
  shownTime?: string;
  seenAt: number;
  level: Level;
  score: number;
  reasons: ShownReason[];
  indicators: Indicator[];
}
