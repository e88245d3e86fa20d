// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  type AnalyzeThread,
  Scanner,
  type ScanState,
  type WarningView,
} from '../../../src/content/scanner.ts';
import { adapterById } from '../../../src/content/sites/index.ts';
import type { PageMessage, SiteAdapter } from '../../../src/content/sites/types.ts';
import type { ThreadMessage, Verdict } from '../../../src/engine/types.ts';
import type { Finding } from '../../../src/shared/findings.ts';
import { defaultSettings, type Settings } from '../../../src/shared/settings.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/sites');

function loadFixture(site: string, file: string): void {
  const html = fs.readFileSync(path.join(FIXTURES, site, file), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
}

/**
 * A stand-in for the engine, so these tests do not depend on rule tuning: a message mentioning
 * USDT is 'danger'; a message mentioning WhatsApp is 'caution'; a message that follows a
 * WhatsApp mention in its thread also gets a thread reason. Outgoing messages are never flagged.
 */
const calls: ThreadMessage[][] = [];
const fakeAnalyzeThread: AnalyzeThread = (messages) => {
  calls.push(messages);
  let moved = -1;
  return messages.map((m, i): Verdict => {
    const reasons: Verdict['reasons'] = [];
    if (m.direction !== 'out') {
      if (/usdt/i.test(m.text))
        reasons.push({
          ruleId: 'INVEST_USDT',
          family: 'investment',
          stage: 'pitch',
          key: 'reason_invest_usdt',
          text: 'USDT',
          weight: 5,
        });
      if (/whatsapp/i.test(m.text))
        reasons.push({
          ruleId: 'PLATFORM_MOVE',
          family: 'platform_move',
          stage: 'platform',
          key: 'reason_platform_move',
          text: 'Move',
          weight: 2,
        });
      if (moved >= 0 && reasons.length > 0)
        reasons.push({
          ruleId: 'THREAD_PROGRESSION',
          family: 'investment',
          stage: 'pitch',
          key: 'reason_thread_progression',
          text: 'Story',
          weight: 3,
          fromMessage: moved,
        });
    }
    if (/whatsapp/i.test(m.text)) moved = i;
    const score = reasons.reduce((s, r) => s + r.weight, 0);
    const level = m.direction === 'out' || score === 0 ? 'none' : score >= 5 ? 'danger' : 'caution';
    return { level, score, families: [], reasons, indicators: [] };
  });
};

class FakeView implements WarningView {
  shown = new Map<Element, Finding>();
  cleared = 0;
  revealed: string[] = [];
  show(msg: PageMessage, finding: Finding): void {
    this.shown.set(msg.element, finding);
  }
  hide(el: Element): void {
    this.shown.delete(el);
  }
  clear(): void {
    this.cleared += 1;
    this.shown.clear();
  }
  reveal(msg: PageMessage): void {
    this.revealed.push(msg.id);
  }
}

let controller: AbortController;
let view: FakeView;
let states: ScanState[];
let hidden = false;

function startScanner(
  adapter: SiteAdapter,
  settings: Settings = defaultSettings(),
  analyzeThread = fakeAnalyzeThread,
) {
  return new Scanner({
    adapter,
    doc: document,
    analyzeThread,
    settings,
    view,
    onState: (s) => states.push(s),
    signal: controller.signal,
    reportDelayMs: 0,
    safetyNetMs: 50,
  }).start();
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
/** Let the MutationObserver deliver, then wait for the scanner to finish its work. */
async function settle(s: Scanner): Promise<void> {
  await tick();
  await s.idle();
  await tick(5);
}

beforeEach(() => {
  controller = new AbortController();
  view = new FakeView();
  states = [];
  calls.length = 0;
  hidden = false;
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
});
afterEach(() => controller.abort());

const tk = adapterById('telegram-k')!;

function bubble(mid: number, text: string, out = false): HTMLElement {
  const el = document.createElement('div');
  el.className = `bubble ${out ? 'is-out' : 'is-in'}`;
  el.setAttribute('data-mid', String(mid));
  const msg = document.createElement('div');
  msg.className = 'message';
  const span = document.createElement('span');
  span.className = 'translatable-message';
  span.textContent = text;
  msg.append(span);
  el.append(msg);
  return el;
}
const inner = () => document.querySelector('.bubbles-inner section')!;

describe('initial scan', () => {
  test('scores the conversation by thread; outgoing never flagged; findings reported', async () => {
    loadFixture('telegram-k', 'scam.html');
    const s = startScanner(tk);
    await settle(s);
    const st = s.state();
    expect(st.status).toBe('scanning');
    expect(st.scanned).toBe(8);
    // Messages 6 (WhatsApp), 7 and 8 (USDT) are flagged; 8 carries the thread reason.
    expect(st.findings.map((f) => f.text.slice(0, 20))).toEqual([
      "I don't check this a",
      'My uncle is a senior',
      'The returns are guar',
    ]);
    expect(st.findings[2]!.level).toBe('danger');
    expect(st.findings[2]!.reasons.some((r) => r.fromThread && r.key === 'reason_thread_progression')).toBe(
      true,
    );
    expect(view.shown.size).toBe(3);
    // The analyser saw the whole thread in page order with directions.
    const seen = calls.flat();
    expect(seen.map((m) => m.direction).slice(0, 4)).toEqual(['in', 'out', 'in', 'out']);
    expect(states.at(-1)?.findings.length).toBe(3);
  });

  test('a page without the container is reported unrecognised and left alone', async () => {
    document.body.innerHTML = '<p>Loading…</p>';
    const before = document.body.innerHTML;
    const s = startScanner(tk);
    await settle(s);
    expect(s.state().status).toBe('unrecognised');
    expect(document.body.innerHTML).toBe(before);
  });

  test('an adapter that throws: status error, page untouched', async () => {
    loadFixture('telegram-k', 'scam.html');
    const before = document.body.innerHTML;
    const broken: SiteAdapter = {
      ...tk,
      read: () => {
        throw new Error('site changed');
      },
    };
    const s = startScanner(broken);
    await settle(s);
    expect(s.state().status).toBe('error');
    expect(view.shown.size).toBe(0);
    expect(document.body.innerHTML).toBe(before);
    const broken2: SiteAdapter = {
      ...tk,
      container: () => {
        throw new Error('boom');
      },
    };
    controller.abort();
    controller = new AbortController();
    const s2 = startScanner(broken2);
    await settle(s2);
    expect(s2.state().status).toBe('error');
  });

  test('the container appearing later (single-page app still loading) is picked up', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    const s = startScanner(tk);
    await settle(s);
    expect(s.state().status).toBe('unrecognised');
    loadFixture('telegram-k', 'scam.html');
    await tick(80); // safety net interval (50 ms in this test)
    await settle(s);
    expect(s.state().scanned).toBe(8);
  });
});

describe('changes after the first scan', () => {
  test('an added message is read and scored with its thread; unchanged ones are not read again', async () => {
    loadFixture('telegram-k', 'ham.html');
    const s = startScanner(tk);
    await settle(s);
    expect(view.shown.size).toBe(0);
    const reads = s.stats.reads;
    const analysed = s.stats.analyses;
    inner().append(bubble(9001, 'Send 200 USDT now please'));
    await settle(s);
    expect(s.stats.reads - reads).toBe(1);
    // Only the new message and its window of context were analysed, not the whole thread again.
    expect(s.stats.analyses - analysed).toBeLessThanOrEqual(6);
    expect(s.state().findings.map((f) => f.text)).toEqual(['Send 200 USDT now please']);
  });

  test('a red flag far back in a long thread still reaches a new message (the story is kept)', async () => {
    loadFixture('telegram-k', 'ham.html');
    inner().append(bubble(500, 'Add me on WhatsApp please'));
    for (let i = 0; i < 60; i++) inner().append(bubble(501 + i, `chat about the weather ${i}`));
    const s = startScanner(tk);
    await settle(s);
    calls.length = 0;
    inner().append(bubble(700, 'Now deposit 100 USDT'));
    await settle(s);
    const f = s.state().findings.find((x) => x.text === 'Now deposit 100 USDT')!;
    expect(f.reasons.some((r) => r.fromThread && r.key === 'reason_thread_progression')).toBe(true);
    // Context was the flagged message plus a short tail, not the 65 messages before it.
    expect(calls.at(-1)!.length).toBeLessThanOrEqual(1 + 2 + 1);
  });

  test('a recycled node whose text changed is re-scored; same text is not', async () => {
    loadFixture('telegram-k', 'ham.html');
    const s = startScanner(tk);
    await settle(s);
    const first = document.querySelector('.bubble[data-mid]')!;
    const span = first.querySelector('.translatable-message')!;
    span.textContent = 'Transfer the USDT to this address';
    await settle(s);
    expect(view.shown.get(first)?.text).toBe('Transfer the USDT to this address');
    // Recycled back to harmless text: the warning goes.
    span.textContent = 'See you on Friday';
    await settle(s);
    expect(view.shown.has(first)).toBe(false);
    const reads = s.stats.reads;
    const analyses = s.stats.analyses;
    span.textContent = 'See you on Friday'; // same text, new text node
    await settle(s);
    expect(s.stats.reads - reads).toBe(1);
    expect(s.stats.analyses).toBe(analyses);
  });

  test('a removed message is dropped with its warning', async () => {
    loadFixture('telegram-k', 'scam.html');
    const s = startScanner(tk);
    await settle(s);
    const last = Array.from(document.querySelectorAll('.bubble[data-mid]')).at(-1)!;
    expect(view.shown.has(last)).toBe(true);
    last.remove();
    await settle(s);
    expect(view.shown.has(last)).toBe(false);
    expect(s.state().scanned).toBe(7);
    expect(s.state().findings.length).toBe(2);
  });

  test('nothing runs while the tab is hidden; work resumes when it is visible', async () => {
    loadFixture('telegram-k', 'ham.html');
    const s = startScanner(tk);
    await settle(s);
    hidden = true;
    const reads = s.stats.reads;
    inner().append(bubble(9002, 'USDT deposit today'));
    await tick(30);
    expect(s.stats.reads).toBe(reads);
    expect(view.shown.size).toBe(0);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await settle(s);
    expect(s.stats.reads).toBe(reads + 1);
    expect(view.shown.size).toBe(1);
  });

  test('navigation (abort) stops the scanner and removes its warnings', async () => {
    loadFixture('telegram-k', 'scam.html');
    const s = startScanner(tk);
    await settle(s);
    expect(view.shown.size).toBe(3);
    controller.abort();
    expect(view.cleared).toBeGreaterThan(0);
    expect(view.shown.size).toBe(0);
    const reads = s.stats.reads;
    inner().append(bubble(9003, 'USDT now'));
    await tick(30);
    expect(s.stats.reads).toBe(reads);
  });

  test('work is split into slices that yield to the page', async () => {
    loadFixture('telegram-k', 'ham.html');
    // A deterministic clock: the engine "costs" 0.05 ms per message, reading 0.02 ms per message,
    // so slice lengths do not depend on how busy this machine is. Real timings are measured in
    // Chromium by tests/bench/content-bench.mjs.
    let clock = 0;
    const slow: AnalyzeThread = (msgs, ctx) => {
      clock += 0.05 * msgs.length;
      return fakeAnalyzeThread(msgs, ctx);
    };
    const costly: SiteAdapter = {
      ...tk,
      read: (el, doc) => {
        clock += 0.02;
        return tk.read(el, doc);
      },
    };
    for (let i = 0; i < 300; i++) inner().append(bubble(10000 + i, `message number ${i} about the weekend`));
    const s = new Scanner({
      adapter: costly,
      doc: document,
      analyzeThread: slow,
      settings: defaultSettings(),
      view,
      onState: () => undefined,
      signal: controller.signal,
      reportDelayMs: 0,
      now: () => clock,
    }).start();
    await settle(s);
    expect(s.state().scanned).toBe(305);
    expect(s.stats.slices).toBeGreaterThan(3);
    // A slice overruns the 4 ms budget by at most one unit of work: one block of 40 messages
    // with its context (2 + up to 8), or one message read.
    expect(s.stats.longestSliceMs).toBeLessThanOrEqual(4 + 0.05 * (24 + 2 + 8) + 1e-9);
  });
});

test('raisesOwnFlag: an echo of earlier red flags is not a new warning; the tipping message is', async () => {
  const { raisesOwnFlag } = await import('../../../src/content/scanner.ts');
  const base = { family: 'investment', stage: 'pitch', text: 'x', weight: 1 } as const;
  const v = (reasons: Verdict['reasons']): Verdict => ({
    level: 'caution',
    score: 3,
    families: [],
    reasons,
    indicators: [],
  });
  expect(raisesOwnFlag(v([{ ...base, ruleId: 'INVEST_USDT', key: 'k' }]))).toBe(true);
  expect(raisesOwnFlag(v([{ ...base, ruleId: 'INVEST_USDT', key: 'k', fromMessage: 2 }]))).toBe(false);
  expect(
    raisesOwnFlag(
      v([
        { ...base, ruleId: 'INVEST_USDT', key: 'k', fromMessage: 2 },
        { ...base, ruleId: 'THREAD_PROGRESSION', key: 'reason_thread_progression' },
      ]),
    ),
  ).toBe(false);
  expect(
    raisesOwnFlag(
      v([{ ...base, ruleId: 'THREAD_OPENER_CONTINUES', key: 'reason_opener_wrong_number', fromMessage: 0 }]),
    ),
  ).toBe(true);
});

test('a message that only echoes earlier flags gets no warning of its own', async () => {
  loadFixture('telegram-k', 'ham.html');
  // Every message after the first USDT mention is 'caution' by carried reasons only.
  const echoing: AnalyzeThread = (msgs) => {
    let seen = -1;
    return msgs.map((m, i): Verdict => {
      if (/usdt/i.test(m.text) && m.direction !== 'out') {
        seen = i;
        return {
          level: 'danger',
          score: 9,
          families: [],
          reasons: [
            {
              ruleId: 'INVEST_USDT',
              family: 'investment',
              stage: 'pitch',
              key: 'reason_invest_usdt',
              text: 'USDT',
              weight: 9,
            },
          ],
          indicators: [],
        };
      }
      if (seen >= 0 && m.direction !== 'out')
        return {
          level: 'caution',
          score: 4,
          families: [],
          reasons: [
            {
              ruleId: 'INVEST_USDT',
              family: 'investment',
              stage: 'pitch',
              key: 'reason_invest_usdt',
              text: 'USDT',
              weight: 4,
              fromMessage: seen,
            },
          ],
          indicators: [],
        };
      return { level: 'none', score: 0, families: [], reasons: [], indicators: [] };
    });
  };
  const first = document.querySelector('.bubble[data-mid]')!;
  first.querySelector('.translatable-message')!.textContent = 'Send USDT';
  const s = startScanner(tk, defaultSettings(), echoing);
  await settle(s);
  expect(s.state().findings.map((f) => f.text)).toEqual(['Send USDT']);
});

describe('settings', () => {
  test('trusted sender, dismissed message and site switch are honoured', async () => {
    loadFixture('telegram-k', 'scam.html');
    const settings = defaultSettings();
    const s = startScanner(tk, settings);
    await settle(s);
    const [first] = s.state().findings;
    s.updateSettings({
      ...settings,
      dismissed: [{ id: first!.id, site: 'telegram', snippet: 'x', addedAt: 1 }],
    });
    expect(s.state().findings.map((f) => f.id)).not.toContain(first!.id);
    expect(view.shown.size).toBe(2);
    s.updateSettings({ ...settings, trustedSenders: [{ site: 'telegram', sender: 'amy tan', addedAt: 1 }] });
    expect(s.state().findings).toEqual([]);
    expect(view.shown.size).toBe(0);
    s.updateSettings(settings);
    expect(view.shown.size).toBe(3);
    s.updateSettings({ ...settings, sites: { ...settings.sites, telegram: false } });
    expect(s.state().status).toBe('disabled');
    expect(view.shown.size).toBe(0);
  });

  test('sensitivity and languages are passed to the engine and a change re-scores', async () => {
    loadFixture('telegram-k', 'scam.html');
    const seen: unknown[] = [];
    const spy: AnalyzeThread = (m, ctx) => {
      seen.push(ctx);
      return fakeAnalyzeThread(m, ctx);
    };
    const settings = defaultSettings();
    const s = startScanner(tk, settings, spy);
    await settle(s);
    expect(seen.at(-1)).toMatchObject({ sensitivity: 'standard' });
    s.updateSettings({ ...settings, sensitivity: 'high', ruleLanguages: ['en'] });
    await settle(s);
    expect(seen.at(-1)).toMatchObject({ sensitivity: 'high', languages: ['en'] });
  });

  test('reveal finds a flagged message by id', async () => {
    loadFixture('telegram-k', 'scam.html');
    const s = startScanner(tk);
    await settle(s);
    const f = s.state().findings[0]!;
    expect(s.reveal(f.id)).toBe(true);
    expect(view.revealed).toEqual([f.id]);
    expect(s.reveal('nope')).toBe(false);
  });
});
