import { describe, expect, test } from 'vitest';
import {
  bundleFromFinding,
  bundleFromVerdict,
  bundleToJson,
  bundleToText,
  exportFileStem,
  groupIndicators,
  isEvidenceBundle,
} from '../../../src/report/evidence.ts';
import {
  clearReports,
  historyToJson,
  listReports,
  MAX_REPORTS,
  saveReport,
} from '../../../src/report/history.ts';
import { FINDING } from './fixtures.ts';

const label = (k: string) => `[${k}]`;

describe('evidence bundles', () => {
  test('from a finding: all facts kept, valid bundle', () => {
    const b = bundleFromFinding(FINDING, 'https://web.whatsapp.com/', Date.UTC(2026, 10, 2));
    expect(isEvidenceBundle(b)).toBe(true);
    expect(b.text).toBe(FINDING.text);
    expect(b.pageUrl).toBe('https://web.whatsapp.com/');
    expect(b.source).toBe('whatsapp');
    expect(exportFileStem(b)).toBe('lurewatch-evidence-2026-11-02-00-00-00');
  });
  test('the page address is exported only when the user agrees', () => {
    const b = bundleFromFinding(FINDING, 'https://web.whatsapp.com/secret-thread');
    expect(bundleToJson(b, { includePageUrl: false })).not.toContain('secret-thread');
    expect(bundleToText(b, { includePageUrl: false }, label)).not.toContain('secret-thread');
    expect(JSON.parse(bundleToJson(b, { includePageUrl: true })).pageUrl).toBe(
      'https://web.whatsapp.com/secret-thread',
    );
    expect(bundleToText(b, { includePageUrl: true }, label)).toContain('secret-thread');
  });
  test('text export has the message verbatim, indicators once, and the red flags', () => {
    const txt = bundleToText(bundleFromFinding(FINDING), { includePageUrl: false }, label);
    expect(txt).toContain(FINDING.text);
    expect(txt.match(/fake-binance/g)?.length).toBe(1);
    expect(txt).toContain('[report_ind_wallets]:');
    expect(txt).toContain('[reason_invest_mentor]');
    const json = JSON.parse(bundleToJson(bundleFromFinding(FINDING), { includePageUrl: false }));
    expect(json.format).toBe('lurewatch-evidence');
    expect(json.text).toBe(FINDING.text);
  });
  test('grouping of indicators', () => {
    const g = groupIndicators(FINDING.indicators);
    expect(g.wallets.map((w) => w.value)).toEqual(['TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE']);
    expect(g.links).toHaveLength(1);
  });
  test('from a pasted verdict', () => {
    const b = bundleFromVerdict(
      'hello',
      { level: 'caution', score: 3, families: [], reasons: [], indicators: [] },
      'paste',
    );
    expect(isEvidenceBundle(b)).toBe(true);
    expect(b.sender).toBe('');
  });
  test('boundary check rejects malformed bundles', () => {
    expect(isEvidenceBundle(null)).toBe(false);
    expect(isEvidenceBundle({ ...bundleFromFinding(FINDING), source: 'myspace' })).toBe(false);
    expect(isEvidenceBundle({ ...bundleFromFinding(FINDING), id: '../x' })).toBe(false);
    expect(isEvidenceBundle({ ...bundleFromFinding(FINDING), reasons: [{}] })).toBe(false);
  });
});

describe('report history', () => {
  const store = () => {
    const m = new Map<string, unknown>();
    return {
      get: async (k: string) => (m.has(k) ? { [k]: structuredClone(m.get(k)) } : {}),
      set: async (items: Record<string, unknown>) => {
        for (const [k, v] of Object.entries(items)) m.set(k, structuredClone(v));
      },
    };
  };
  test('newest first, capped, exportable without page addresses, clearable', async () => {
    const s = store();
    for (let i = 0; i < MAX_REPORTS + 5; i++)
      await saveReport(s, bundleFromFinding(FINDING, 'https://x/p', 1000 + i));
    const list = await listReports(s);
    expect(list).toHaveLength(MAX_REPORTS);
    expect(list[0]!.createdAt).toBeGreaterThan(list[1]!.createdAt);
    expect(historyToJson(list, false)).not.toContain('https://x/p');
    expect(historyToJson(list, true)).toContain('https://x/p');
    await clearReports(s);
    expect(await listReports(s)).toEqual([]);
  });
});
