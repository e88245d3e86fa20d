import browser from 'webextension-polyfill';
import { isEvidenceBundle } from '../report/evidence.ts';
import { getStoredReport, saveReport } from '../report/history.ts';
import type { EvidenceBundle } from '../shared/findings.ts';

export const REPORT_PAGE = 'src/report/index.html';

/**
 * Keep the evidence in the local report history and open the report page for it. Only the
 * report's random id goes into the page address; the text stays in storage.local.
 */
export async function openReport(bundle: unknown, api: typeof browser = browser): Promise<{ ok: true }> {
  if (!isEvidenceBundle(bundle)) throw new Error('not an evidence bundle');
  await saveReport(api.storage.local, bundle);
  await api.tabs.create({ url: api.runtime.getURL(`${REPORT_PAGE}?id=${encodeURIComponent(bundle.id)}`) });
  return { ok: true };
}

export async function getReport(
  reportId: string,
  api: typeof browser = browser,
): Promise<EvidenceBundle | null> {
  if (typeof reportId !== 'string') return null;
  return getStoredReport(api.storage.local, reportId);
}
