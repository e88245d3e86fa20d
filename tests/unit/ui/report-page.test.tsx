// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.ts')).default }));

import { type ReportActions, ReportApp } from '../../../src/report/app.tsx';
import { bundleFromFinding } from '../../../src/report/evidence.ts';
import { setLocale } from './fake-browser.ts';
import { FINDING } from './fixtures.ts';

let root: HTMLElement;
beforeEach(() => {
  setLocale('en');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const actions = (): ReportActions => ({
  copy: vi.fn(async () => true),
  download: vi.fn(),
  setRegion: vi.fn(async () => undefined),
  openSettings: vi.fn(),
});
const click = async (el: Element | null | undefined) => {
  expect(el).toBeTruthy();
  await act(async () => (el as HTMLElement).click());
};

describe('report page', () => {
  const bundle = bundleFromFinding(FINDING, 'https://web.whatsapp.com/private-thread');

  test('shows the evidence as text; markup in the message stays text', async () => {
    await act(() =>
      render(<ReportApp data={{ bundle, region: 'US', uiLocale: 'en-US' }} actions={actions()} />, root),
    );
    expect(root.querySelector('[data-testid="evidence-text"]')?.textContent).toBe(FINDING.text);
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('[data-testid="evidence-sender"]')?.textContent).toBe('Anna <b>');
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('[data-testid="evidence-platform"]')?.textContent).toBe('WhatsApp');
    expect(root.querySelector('[data-testid="evidence-reasons"]')?.textContent).toContain(
      'Mentions an uncle',
    );
  });

  test('page address hidden and excluded until the box is ticked', async () => {
    const a = actions();
    await act(() =>
      render(<ReportApp data={{ bundle, region: 'US', uiLocale: 'en-US' }} actions={a} />, root),
    );
    expect(root.textContent).not.toContain('private-thread');
    await click(root.querySelector('[data-testid="download-json"]'));
    expect((a.download as ReturnType<typeof vi.fn>).mock.calls[0]![1]).not.toContain('private-thread');
    const box = root.querySelector('[data-testid="include-url"]') as HTMLInputElement;
    expect(box.checked).toBe(false);
    await act(async () => {
      box.checked = true;
      box.dispatchEvent(new Event('change'));
    });
    expect(root.querySelector('[data-testid="evidence-page"]')?.textContent).toContain('private-thread');
    await click(root.querySelector('[data-testid="download-txt"]'));
    const [name, content, mime] = (a.download as ReturnType<typeof vi.fn>).mock.calls[1]!;
    expect(name).toMatch(/^lurewatch-evidence-.*\.txt$/);
    expect(content).toContain('private-thread');
    expect(content).toContain(FINDING.text);
    expect(mime).toBe('text/plain');
  });

  test('copy, region channels with recovery warnings, platform steps, Chainabuse per wallet', async () => {
    const a = actions();
    await act(() =>
      render(<ReportApp data={{ bundle, region: 'US', uiLocale: 'en-US' }} actions={a} />, root),
    );
    await click(root.querySelector('[data-testid="copy-evidence"]'));
    expect((a.copy as ReturnType<typeof vi.fn>).mock.calls[0]![0]).toContain(FINDING.text);
    await act(async () => undefined);
    expect(root.querySelector('[data-testid="report-status"]')?.textContent).toContain('Evidence copied');
    const primary = root.querySelector('[data-testid="open-primary-channel"]') as HTMLAnchorElement;
    expect(primary.textContent).toBe('Open FBI Internet Crime Complaint Center (IC3) in a new tab');
    expect(primary.getAttribute('href')).toBe('https://www.ic3.gov');
    expect(primary.target).toBe('_blank');
    const ic3 = root.querySelector('.lw-channel a[href="https://www.ic3.gov"]') as HTMLAnchorElement;
    expect(ic3.target).toBe('_blank');
    expect(ic3.rel).toContain('noopener');
    for (const c of root.querySelectorAll('.lw-channel'))
      expect(c.querySelector('.lw-recovery')).toBeTruthy();
    expect(root.querySelector('[data-platform="whatsapp"]')?.textContent).toContain('tap the contact');
    const wallets = root.querySelectorAll('[data-testid="wallets"] li');
    expect(wallets).toHaveLength(1);
    expect(wallets[0]!.querySelector('a.lw-chainabuse')?.getAttribute('href')).toBe(
      'https://www.chainabuse.com',
    );
    expect(root.querySelector('[data-channel="binance"]')).toBeTruthy();
    const select = root.querySelector('#lw-report-region') as HTMLSelectElement;
    await act(async () => {
      select.value = 'KR';
      select.dispatchEvent(new Event('change'));
    });
    expect(a.setRegion).toHaveBeenCalledWith('KR');
    expect(root.querySelector('a[href="https://ecrm.police.go.kr/minwon/main"]')).toBeTruthy();
  });

  test('unknown report id gives an honest message', async () => {
    await act(() =>
      render(<ReportApp data={{ bundle: null, region: 'US', uiLocale: 'en' }} actions={actions()} />, root),
    );
    expect(root.querySelector('[data-testid="report-missing"]')?.textContent).toContain(
      'no longer available',
    );
  });

  test('Korean strings', async () => {
    setLocale('ko');
    await act(() =>
      render(<ReportApp data={{ bundle, region: 'KR', uiLocale: 'ko' }} actions={actions()} />, root),
    );
    expect(root.textContent).toContain('의심스러운 메시지 신고');
    expect(root.textContent).toContain('피해금 회수');
  });
});
