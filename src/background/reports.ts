import browser from 'webextension-polyfill';
import type { EvidenceBundle } from '../shared/findings.ts';

const pending = new Map<string, EvidenceBundle>();

export async function openReport(bundle: EvidenceBundle): Promise<{ ok: true }> {
  pending.set(bundle.id, bundle);
  await browser.tabs.create({
    url: browser.runtime.getURL(`src/report/index.html?id=${encodeURIComponent(bundle.id)}`),
  });
  return { ok: true };
}

export function getReport(reportId: string): EvidenceBundle | null {
  return pending.get(reportId) ?? null;
}
