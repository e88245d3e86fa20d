import type { Verdict } from '../engine/types.ts';
import type { RegionCode } from '../report/channels.ts';
import type { Finding, TabState } from '../shared/findings.ts';

export type Screen = 'page' | 'check' | 'report';

/** Everything the popup shows. Built by main.tsx from the background; built by hand in tests. */
export interface PopupData {
  /** State of the current tab; null while loading; 'error' when the background did not answer. */
  tab: TabState | null | 'error';
  region: RegionCode | null;
  uiLocale: string;
  initialScreen: Screen;
  /** Text to check at once (from the context menu), never shown in the address bar. */
  initialText?: string;
  /** Where `initialText` came from. */
  initialSource?: 'paste' | 'selection';
}

/** What the popup can do. main.tsx talks to the browser; tests pass a mock connector. */
export interface PopupActions {
  /** Scroll the page to a flagged message; false when the tab did not answer. */
  reveal(finding: Finding): Promise<boolean>;
  /** Copy the evidence to the clipboard and open the report page. Runs in the click handler. */
  reportFinding(finding: Finding): Promise<ReportResult>;
  /** Score a text locally (the engine is loaded on first use, so the popup opens fast). */
  check(text: string): Verdict | Promise<Verdict>;
  reportText(text: string, verdict: Verdict, source: 'paste' | 'selection'): Promise<ReportResult>;
  setRegion(region: RegionCode): Promise<void>;
  openSettings(): void;
}

export interface ReportResult {
  opened: boolean;
  copied: boolean;
}
