import type { EvidenceBundle } from '../shared/findings.ts';
import type { KeyValueStore } from '../shared/settings.ts';
import { isEvidenceBundle } from './evidence.ts';

/**
 * The local history of reports the user made (storage.local, never synced). Newest first, capped
 * so the history cannot grow without bound.
 */
export const REPORTS_KEY = 'reports';
export const MAX_REPORTS = 200;

export async function listReports(store: KeyValueStore): Promise<EvidenceBundle[]> {
  const got = await store.get(REPORTS_KEY);
  const raw = got[REPORTS_KEY];
  return Array.isArray(raw) ? raw.filter(isEvidenceBundle) : [];
}

export async function saveReport(store: KeyValueStore, bundle: EvidenceBundle): Promise<EvidenceBundle[]> {
  const list = (await listReports(store)).filter((b) => b.id !== bundle.id);
  const next = [bundle, ...list].slice(0, MAX_REPORTS);
  await store.set({ [REPORTS_KEY]: next });
  return next;
}

export async function getStoredReport(store: KeyValueStore, id: string): Promise<EvidenceBundle | null> {
  return (await listReports(store)).find((b) => b.id === id) ?? null;
}

export async function deleteReport(store: KeyValueStore, id: string): Promise<EvidenceBundle[]> {
  const next = (await listReports(store)).filter((b) => b.id !== id);
  await store.set({ [REPORTS_KEY]: next });
  return next;
}

export async function clearReports(store: KeyValueStore): Promise<void> {
  await store.set({ [REPORTS_KEY]: [] });
}

/** Export of the whole history; page addresses only when the user agreed. */
export function historyToJson(list: readonly EvidenceBundle[], includePageUrls: boolean): string {
  const reports = list.map((b) => {
    if (includePageUrls) return b;
    const { pageUrl: _drop, ...rest } = b;
    return rest;
  });
  return `${JSON.stringify({ format: 'lurewatch-reports', formatVersion: 1, reports }, null, 2)}\n`;
}
