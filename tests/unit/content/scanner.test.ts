// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  type AnalyzeResult,
  type Analyzer,
  type AnalyzeThread,
  deferredAnalyzer,
  Scanner,
  type ScannerOptions,
  type ScanState,
  type WarningView,
} from '../../../src/content/scanner.ts';
import { adapterById } from '../../../src/content/sites/index.ts';
import type { PageMessage, SiteAdapter } from '../../../src/content/sites/types.ts';
import { analyzeThread } from '../../../src/engine/index.ts';
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
  more: Partial<ScannerOptions> = {},
) {
  return new Scanner({
    adapter,
    doc: document,
    analyze: deferredAnalyzer(analyzeThread),
    settings,
    view,
    onState: (s) => states.push(s),
    signal: controller.signal,
    reportDelayMs: 0,
    // Requests leave at once here; the gap between them has a test of its own.
    requestGapMs: 0,
    safetyNetMs: 50,
    ...more,
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

describe('warnings placed over frames', () => {
  /** A view that, like the warning layer, places shown warnings later, one per `place()`. */
  class QueuedView extends FakeView {
    waiting: Element[] = [];
    placed = new Set<Element>();
    private listener: (() => void) | null = null;
    override show(msg: PageMessage, finding: Finding): void {
      super.show(msg, finding);
      if (!this.placed.has(msg.element)) this.waiting.push(msg.element);
    }
    get queued(): number {
      return this.waiting.length;
    }
    onPlaced(fn: (() => void) | null): void {
      this.listener = fn;
    }
    place(): void {
      const el = this.waiting.shift();
      if (el) this.placed.add(el);
      if (this.waiting.length === 0) this.listener?.();
    }
  }

  test('the scanner is idle only when the last warning has been placed, and says when', async () => {
    loadFixture('telegram-k', 'scam.html');
    const qv = new QueuedView();
    view = qv;
    const s = startScanner(tk);
    await tick();
    // Read and scored, but the warnings are still waiting for their frames: not idle yet.
    for (let i = 0; i < 50 && qv.queued === 0; i++) await tick(2);
    expect(qv.queued).toBe(3);
    let idle = false;
    void s.idle().then(() => {
      idle = true;
    });
    await tick(20);
    expect(s.busy()).toBe(true);
    expect(idle).toBe(false);
    qv.place();
    qv.place();
    await tick(5);
    expect(idle).toBe(false);
    const before = s.stats.idleAt;
    qv.place();
    await tick(5);
    expect(idle).toBe(true);
    expect(s.busy()).toBe(false);
    // `idleAt` (the benchmark's "all warnings shown") is the time the last one was placed.
    expect(s.stats.idleAt).toBeGreaterThan(before);
    expect(qv.placed.size).toBe(3);
    controller.abort();
    // A stopped scanner no longer listens.
    expect((qv as unknown as { listener: unknown }).listener).toBeNull();
  });
});

/** A chat whose first message (data-mid 500) is `first`, then `n` harmless ones; scanned. */
async function longThread(first: string, n: number): Promise<Scanner> {
  loadFixture('telegram-k', 'ham.html');
  inner().append(bubble(500, first));
  for (let i = 0; i < n; i++) inner().append(bubble(501 + i, `chat about the weather ${i}`));
  const s = startScanner(tk);
  await settle(s);
  return s;
}

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

  test("the user's own new message needs no request; it is context for the next incoming one", async () => {
    loadFixture('telegram-k', 'ham.html');
    inner().append(bubble(500, 'Add me on WhatsApp please'));
    const m = manualAnalyzer();
    const s = startScanner(tk, defaultSettings(), fakeAnalyzeThread, { analyze: m.analyze });
    await flush(s);
    m.answer();
    await flush(s);
    expect(s.busy()).toBe(false);
    const requests = s.stats.requests;
    inner().append(bubble(501, 'ok, what is your number?', true));
    await flush(s);
    expect(m.pending.length).toBe(0);
    expect(s.stats.requests).toBe(requests);
    expect(s.stats.localVerdicts).toBe(1);
    expect(s.busy()).toBe(false);
    expect(view.shown.size).toBe(1); // only the WhatsApp message's warning
    inner().append(bubble(502, 'Send 200 USDT first'));
    await flush(s);
    expect(m.pending.length).toBe(1);
    const item = m.pending[0]!.items[0]!;
    expect(item.messages.map((x) => x.text)).toEqual(['Send 200 USDT first']);
    expect(item.context.map((x) => [x.text, x.direction])).toEqual([
      ['Add me on WhatsApp please', 'in'],
      ['ok, what is your number?', 'out'],
    ]);
    m.answer();
    await flush(s);
    expect(s.state().findings.map((f) => f.text)).toEqual([
      'Add me on WhatsApp please',
      'Send 200 USDT first',
    ]);
  });

  test('a stranger\'s soft pitch far down the thread still sees the user\'s "wrong number" (real engine)', async () => {
    loadFixture('telegram-k', 'ham.html');
    inner().replaceChildren(
      bubble(800, "Hi, is this David? It's Amy from the yoga class"),
      bubble(801, 'wrong number sorry', true),
      bubble(802, "Oh sorry! You seem kind though. I'm from Singapore, I work in fashion. What do you do?"),
    );
    for (let k = 0; k < 40; k++)
      inner().append(bubble(803 + k, `haha yes, the weather here is lovely today, day ${k}`, k % 2 === 1));
    const seen: ThreadMessage[][] = [];
    const real: AnalyzeThread = (m) => {
      seen.push(m);
      return analyzeThread(m);
    };
    const s = startScanner(tk, defaultSettings(), real);
    await settle(s);
    expect(s.state().findings).toEqual([]);
    seen.length = 0;
    inner().append(
      bubble(900, 'She is an analyst and she taught me to trade gold contracts, today I earned a bit'),
    );
    await settle(s);
    const texts = s.state().findings.map((f) => f.text);
    expect(texts).toEqual([
      'She is an analyst and she taught me to trade gold contracts, today I earned a bit',
    ]);
    // the request was bounded, and held the user's reply and the message it answered
    const last = seen.at(-1)!;
    expect(last.length).toBeLessThan(10);
    expect(last.slice(0, 2).map((m) => m.text)).toEqual([
      "Hi, is this David? It's Amy from the yoga class",
      'wrong number sorry',
    ]);
  });

  test('a red flag far back in a long thread still reaches a new message (the story is kept)', async () => {
    const s = await longThread('Add me on WhatsApp please', 60);
    calls.length = 0;
    inner().append(bubble(700, 'Now deposit 100 USDT'));
    await settle(s);
    const f = s.state().findings.find((x) => x.text === 'Now deposit 100 USDT')!;
    expect(f.reasons.some((r) => r.fromThread && r.key === 'reason_thread_progression')).toBe(true);
    // Context was the flagged message plus a short tail, not the 65 messages before it.
    expect(calls.at(-1)!.length).toBeLessThanOrEqual(1 + 2 + 1);
  });

  test('a far-back message edited into a red flag (or out of one) changes what reaches new messages', async () => {
    const s = await longThread('lunch was great', 40);
    inner().append(bubble(600, 'see you at noon'));
    await settle(s);
    /** Reuse the far-back node for `edited` (a recycled row), then append a new message: what the engine got. */
    const editThenAppend = async (edited: string, mid: number, text: string) => {
      document.querySelector('[data-mid="500"] .translatable-message')!.textContent = edited;
      await settle(s);
      calls.length = 0;
      inner().append(bubble(mid, text));
      await settle(s);
      return calls.at(-1)!.map((x) => x.text);
    };
    // Now it is a red flag, and it reaches the new message.
    expect(await editThenAppend('Add me on WhatsApp please', 601, 'Now deposit 100 USDT')).toEqual([
      'Add me on WhatsApp please',
      'chat about the weather 39',
      'see you at noon',
      'Now deposit 100 USDT',
    ]);
    const f = s.state().findings.find((x) => x.text === 'Now deposit 100 USDT')!;
    expect(f.reasons.some((r) => r.fromThread)).toBe(true);
    // And back to harmless: the flag no longer reaches the next message.
    expect(await editThenAppend('lunch was great', 602, 'Send 50 USDT more')).toEqual([
      'see you at noon',
      'Now deposit 100 USDT',
      'Send 50 USDT more',
    ]);
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

  test('new findings are reported at once; a changed count alone at most every countReportMs', async () => {
    loadFixture('telegram-k', 'ham.html');
    const s = startScanner(tk, defaultSettings(), fakeAnalyzeThread, { countReportMs: 400 });
    await settle(s);
    await tick(450);
    const before = states.length;
    const scanned0 = s.state().scanned;
    for (let i = 0; i < 5; i++) {
      inner().append(bubble(9100 + i, `harmless chat ${i}`));
      await settle(s);
    }
    // Five more messages read within ~100 ms: at most one report went out, maybe none yet.
    expect(states.length - before).toBeLessThanOrEqual(1);
    await tick(450);
    expect(states.at(-1)!.scanned).toBe(scanned0 + 5);
    const n = states.length;
    const t0 = performance.now();
    inner().append(bubble(9200, 'Send 200 USDT now please'));
    await settle(s);
    await tick(20);
    expect(states.length).toBe(n + 1);
    expect(states.at(-1)!.findings.map((f) => f.text)).toEqual(['Send 200 USDT now please']);
    expect(performance.now() - t0).toBeLessThan(400);
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

  test('work is split into slices that yield to the page; the engine runs outside them', async () => {
    loadFixture('telegram-k', 'ham.html');
    // A deterministic clock: the engine "costs" 0.05 ms per message, reading 0.02 ms per message,
    // so slice lengths do not depend on how busy this machine is. Real timings are measured in
    // Chromium by tests/bench/content-bench.mjs.
    let clock = 0;
    const slow: AnalyzeThread = (msgs, ctx) => {
      clock += 0.05 * msgs.length;
      return fakeAnalyzeThread(msgs, ctx);
    };
    let lookups = 0;
    const costly: SiteAdapter = {
      ...tk,
      read: (el, doc) => {
        clock += 0.02;
        return tk.read(el, doc);
      },
      messageElements: (root) => {
        lookups += 1;
        return tk.messageElements(root);
      },
    };
    for (let i = 0; i < 300; i++) inner().append(bubble(10000 + i, `message number ${i} about the weekend`));
    const s = new Scanner({
      adapter: costly,
      doc: document,
      analyze: deferredAnalyzer(slow),
      settings: defaultSettings(),
      view,
      onState: () => undefined,
      signal: controller.signal,
      reportDelayMs: 0,
      now: () => clock,
    }).start();
    await settle(s);
    expect(s.state().scanned).toBe(305);
    expect(s.stats.slices).toBeGreaterThan(1);
    // A slice overruns the 4 ms budget by at most the reads between two clock checks (8).
    expect(s.stats.longestSliceMs).toBeLessThanOrEqual(4 + 0.02 * 8 + 1e-9);
    // The container's messages are looked up once and read over the slices; not looked up again
    // one by one (once more for the page order is all).
    expect(lookups).toBeLessThanOrEqual(2);
    // The slices hold the reading only: the engine's time (0.05 ms x 305 messages and more)
    // is spent by the analyzer, in tasks of its own.
    expect(s.stats.busyMs).toBeCloseTo(0.02 * s.stats.reads, 6);
    expect(clock).toBeGreaterThan(0.02 * s.stats.reads + 0.05 * 305 - 1e-9);
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

/** An analyzer the test answers by hand, to control when (and whether) verdicts come back. */
function manualAnalyzer(analyzeThread: AnalyzeThread = fakeAnalyzeThread) {
  type Pending = {
    items: Parameters<Analyzer>[0];
    ctx: Parameters<Analyzer>[1];
    resolve: (r: AnalyzeResult) => void;
    reject: (e: Error) => void;
  };
  const pending: Pending[] = [];
  const analyze: Analyzer = (items, ctx) =>
    new Promise((resolve, reject) => pending.push({ items, ctx, resolve, reject }));
  /** Answer the oldest request with the stand-in engine. */
  const answer = () => {
    const p = pending.shift()!;
    p.resolve({
      verdicts: p.items.map((it) =>
        analyzeThread([...it.context, ...it.messages], p.ctx).slice(it.context.length),
      ),
      engineMs: 2,
    });
  };
  return { analyze, pending, answer };
}

/**
 * Let observers, slices and answers run until the scanner can do nothing more by itself (no
 * idle(): requests are pending on purpose; nothing runs in a hidden tab). Waits on the scanner's own queues, not on the clock,
 * so a slow machine does not change what the tests see.
 */
async function flush(s: Scanner): Promise<void> {
  const quiet = () => document.hidden || !(s as unknown as { hasLocalWork(): boolean }).hasLocalWork();
  for (let i = 0; i < 5000; i++) {
    await tick(1);
    if (quiet()) {
      await tick(2);
      if (quiet()) return;
    }
  }
  throw new Error('the scanner did not settle');
}

describe('analysis in the background', () => {
  test('messages go in batches, one block per thread at a time; nothing is shown before the answer', async () => {
    loadFixture('telegram-k', 'scam.html');
    for (let i = 0; i < 250; i++) inner().prepend(bubble(20000 + i, `old chat about the weekend ${i}`));
    const m = manualAnalyzer();
    const s = startScanner(tk, defaultSettings(), fakeAnalyzeThread, { analyze: m.analyze, blockSize: 100 });
    await flush(s);
    expect(s.state().scanned).toBe(258);
    // One thread: one request in flight, with the first block of 100 messages and no context.
    expect(m.pending.length).toBe(1);
    expect(m.pending[0]!.items.length).toBe(1);
    expect(m.pending[0]!.items[0]!.messages.length).toBe(100);
    expect(m.pending[0]!.items[0]!.context.length).toBe(0);
    expect(m.pending[0]!.ctx).toEqual({
      sensitivity: 'standard',
      languages: defaultSettings().ruleLanguages,
    });
    expect(view.shown.size).toBe(0);
    expect(s.busy()).toBe(true);
    m.answer();
    await flush(s);
    // The next block waited for the answer (its context depends on those verdicts) and carries
    // the two messages before it as context.
    expect(m.pending.length).toBe(1);
    expect(m.pending[0]!.items[0]!.context.map((c) => c.text)).toEqual([
      'old chat about the weekend 151',
      'old chat about the weekend 150',
    ]);
    m.answer();
    await flush(s);
    m.answer();
    await flush(s);
    expect(m.pending.length).toBe(0);
    expect(s.busy()).toBe(false);
    expect(s.stats.requests).toBe(3);
    expect(s.stats.analyzeMs).toBe(6);
    expect(s.state().findings.map((f) => f.text.slice(0, 20))).toEqual([
      "I don't check this a",
      'My uncle is a senior',
      'The returns are guar',
    ]);
    expect(view.shown.size).toBe(3);
  });

  test("a few verdicts are shown in the answer's own task, without one more slice", async () => {
    loadFixture('telegram-k', 'ham.html');
    const m = manualAnalyzer();
    const s = startScanner(tk, defaultSettings(), fakeAnalyzeThread, { analyze: m.analyze });
    await flush(s);
    m.answer();
    await flush(s);
    inner().append(bubble(9001, 'Send 200 USDT now please'));
    await flush(s);
    expect(m.pending.length).toBe(1);
    const slices = s.stats.slices;
    m.answer();
    // Microtasks only: no timer (and so no slice) has run yet.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect([...view.shown.values()].map((f) => f.text)).toEqual(['Send 200 USDT now please']);
    expect(s.stats.slices).toBe(slices);
    expect(s.busy()).toBe(false);
  });

  test('requests stay within a character budget; a longer message goes alone', async () => {
    loadFixture('telegram-k', 'ham.html');
    for (const el of Array.from(inner().children)) el.remove();
    const texts = Array.from({ length: 7 }, (_, i) => `${'a'.repeat(40)} message ${i}`);
    texts.splice(3, 0, `Send 200 USDT ${'b'.repeat(400)}`);
    for (const [i, t] of texts.entries()) inner().append(bubble(30000 + i, t));
    const m = manualAnalyzer();
    // 200 characters: two short messages (2 x (50 + 32)) fit, a third does not.
    const s = startScanner(tk, defaultSettings(), fakeAnalyzeThread, { analyze: m.analyze, batchChars: 200 });
    await flush(s);
    const sent: string[][] = [];
    while (m.pending.length > 0) {
      const p = m.pending[0]!;
      const chars = p.items
        .flatMap((it) => [...it.context, ...it.messages])
        .reduce((n, x) => n + x.text.length + 32, 0);
      const own = p.items.flatMap((it) => it.messages.map((x) => x.text));
      if (own.length > 1) expect(chars).toBeLessThanOrEqual(200);
      sent.push(own);
      m.answer();
      await flush(s);
    }
    expect(sent.flat()).toEqual(texts);
    // The long message went on its own, with its context.
    expect(sent.find((b) => b.some((t) => t.startsWith('Send 200 USDT')))).toHaveLength(1);
    expect(sent.length).toBeGreaterThanOrEqual(4);
    expect(s.state().findings.map((f) => f.text.slice(0, 13))).toEqual(['Send 200 USDT']);
  });

  test("one chat's warnings land together when its verdicts come in several answers, or after 1 s", async () => {
    loadFixture('telegram-k', 'ham.html');
    for (const el of Array.from(inner().children)) el.remove();
    const texts = ['Send 200 USDT today', 'ok', 'fine', 'Deposit 500 USDT more', 'sure', 'bye'];
    for (const [i, t] of texts.entries()) inner().append(bubble(31000 + i, t));
    const m = manualAnalyzer();
    const s = startScanner(tk, defaultSettings(), fakeAnalyzeThread, { analyze: m.analyze, batchChars: 120 });
    await flush(s);
    m.answer(); // the first block: 'Send 200 USDT today' is flagged, but more is on its way
    await flush(s);
    expect(m.pending.length).toBe(1);
    expect(view.shown.size).toBe(0);
    while (m.pending.length > 0) {
      m.answer();
      await flush(s);
    }
    expect([...view.shown.values()].map((f) => f.text)).toEqual([
      'Send 200 USDT today',
      'Deposit 500 USDT more',
    ]);
    // An answer that never comes does not hold back the warnings of those that did.
    inner().append(bubble(31010, 'Send 100 USDT now'));
    inner().append(bubble(31011, 'x'.repeat(200)));
    await flush(s);
    m.answer();
    await tick(50);
    expect(m.pending.length).toBe(1);
    expect(view.shown.size).toBe(2);
    await tick(1000);
    expect([...view.shown.values()].map((f) => f.text)).toContain('Send 100 USDT now');
  });

  test('the next block of a chat being scored does not wait for the request gap', async () => {
    loadFixture('telegram-k', 'ham.html');
    for (const el of Array.from(inner().children)) el.remove();
    for (let i = 0; i < 6; i++) inner().append(bubble(9200 + i, `${'a'.repeat(60)} ${i}`));
    const m = manualAnalyzer();
    const s = startScanner(tk, defaultSettings(), fakeAnalyzeThread, {
      analyze: m.analyze,
      requestGapMs: 10_000,
      batchChars: 200,
    });
    await flush(s);
    // Several blocks (the character budget); each leaves as soon as the answer before it is in.
    let blocks = 0;
    while (m.pending.length > 0) {
      blocks += 1;
      m.answer();
      await tick(10);
    }
    expect(blocks).toBeGreaterThanOrEqual(3);
    expect(s.state().scanned).toBe(6);
    expect(s.busy()).toBe(false);
  });

  test('new messages in quick succession share one request, sent when the gap is over', async () => {
    loadFixture('telegram-k', 'ham.html');
    const m = manualAnalyzer();
    // Long slices: on a loaded machine a 4 ms slice may end mid-way, which is not what this is about.
    const s = startScanner(tk, defaultSettings(), fakeAnalyzeThread, {
      analyze: m.analyze,
      requestGapMs: 300,
      sliceMs: 1000,
    });
    await flush(s);
    expect(m.pending.length).toBe(1); // the first scan leaves at once
    m.answer();
    await flush(s);
    const requests = s.stats.requests;
    const slices = s.stats.slices;
    const reads = s.stats.reads;
    inner().append(bubble(9301, 'first new message'));
    await tick(10);
    inner().append(bubble(9302, 'second new message'));
    await tick(10);
    inner().append(bubble(9303, 'Send 200 USDT now please'));
    await tick(10);
    expect(s.stats.requests).toBe(requests);
    await tick(350);
    expect(s.stats.requests).toBe(requests + 1);
    // Read together too: one slice for the three, when the request could leave.
    expect(s.stats.reads - reads).toBe(3);
    expect(s.stats.slices - slices).toBe(1);
    expect(m.pending[0]!.items[0]!.messages.map((x) => x.text)).toEqual([
      'first new message',
      'second new message',
      'Send 200 USDT now please',
    ]);
    m.answer();
    await tick(20);
    expect([...view.shown.values()].map((f) => f.text)).toContain('Send 200 USDT now please');
    expect(s.busy()).toBe(false);
  });

  test('several threads share one request', async () => {
    loadFixture('telegram-k', 'scam.html');
    // Three threads on one page (as in a mail client's conversation list).
    const threeThreads: SiteAdapter = {
      ...tk,
      read: (el, doc) => {
        const msg = tk.read(el, doc);
        return msg && { ...msg, threadKey: `t${Number(el.getAttribute('data-mid')) % 3}` };
      },
    };
    const m = manualAnalyzer();
    const s = startScanner(threeThreads, defaultSettings(), fakeAnalyzeThread, { analyze: m.analyze });
    await flush(s);
    expect(m.pending.length).toBe(1);
    expect(m.pending[0]!.items.length).toBe(3);
    // All 8 messages are sent, except each thread's leading outgoing ones: those get the empty
    // verdict without a request (the engine never flags the user's own messages).
    const byThread = new Map<string, string[]>();
    for (const el of tk.messageElements(document.body)) {
      const msg = threeThreads.read(el, document)!;
      byThread.set(msg.threadKey, [...(byThread.get(msg.threadKey) ?? []), msg.direction]);
    }
    const leadingOut = [...byThread.values()].reduce((n, dirs) => {
      const k = dirs.findIndex((d) => d !== 'out');
      return n + (k < 0 ? dirs.length : k);
    }, 0);
    expect([...byThread.values()].flat().length).toBe(8);
    expect(s.stats.localVerdicts).toBe(leadingOut);
    expect(m.pending[0]!.items.reduce((n, it) => n + it.messages.length, 0)).toBe(8 - leadingOut);
    m.answer();
    await flush(s);
    expect(s.busy()).toBe(false);
    expect(s.stats.requests).toBe(1);
  });

  test('an answer that arrives after navigation (abort) is dropped', async () => {
    loadFixture('telegram-k', 'scam.html');
    const m = manualAnalyzer();
    const s = startScanner(tk, defaultSettings(), fakeAnalyzeThread, { analyze: m.analyze });
    await flush(s);
    expect(m.pending.length).toBe(1);
    controller.abort();
    const reported = states.length;
    m.answer();
    await flush(s);
    expect(view.shown.size).toBe(0);
    expect(s.state().findings).toEqual([]);
    expect(s.stats.lateDropped).toBe(8);
    expect(states.length).toBe(reported);
    expect(document.querySelectorAll('lurewatch-warning').length).toBe(0);
  });

  test('a verdict for a node whose text changed meanwhile is dropped; the new text is scored', async () => {
    loadFixture('telegram-k', 'scam.html');
    const m = manualAnalyzer();
    const s = startScanner(tk, defaultSettings(), fakeAnalyzeThread, { analyze: m.analyze });
    await flush(s);
    const bubbles = Array.from(document.querySelectorAll('.bubble[data-mid]'));
    const usdt = bubbles.at(-1)!; // flagged by its text
    const first = bubbles[0]!; // harmless
    // While the request is out, the page recycles both nodes.
    usdt.querySelector('.translatable-message')!.textContent = 'See you on Friday';
    first.querySelector('.translatable-message')!.textContent = 'Send the USDT today';
    await flush(s);
    m.answer();
    await flush(s);
    expect(s.stats.staleDropped).toBe(2);
    // The stale verdict of the old USDT text was not rendered under the new harmless text.
    expect(view.shown.has(usdt)).toBe(false);
    expect(view.shown.has(first)).toBe(false);
    // The new texts went out in the next request.
    expect(m.pending.length).toBe(1);
    const sent = m.pending[0]!.items.flatMap((it) => it.messages.map((x) => x.text));
    expect(sent).toContain('See you on Friday');
    expect(sent).toContain('Send the USDT today');
    m.answer();
    await flush(s);
    while (m.pending.length) {
      m.answer();
      await flush(s);
    }
    expect(view.shown.get(first)?.text).toBe('Send the USDT today');
    expect(view.shown.has(usdt)).toBe(false);
  });

  test('a message removed while its request is out gets no warning', async () => {
    loadFixture('telegram-k', 'scam.html');
    const m = manualAnalyzer();
    const s = startScanner(tk, defaultSettings(), fakeAnalyzeThread, { analyze: m.analyze });
    await flush(s);
    const last = Array.from(document.querySelectorAll('.bubble[data-mid]')).at(-1)!;
    last.remove();
    await flush(s);
    m.answer();
    await flush(s);
    expect(view.shown.has(last)).toBe(false);
    expect(view.shown.size).toBe(2);
    expect(s.state().scanned).toBe(7);
  });

  test('an answer arriving while the tab is hidden is rendered only once it is visible', async () => {
    loadFixture('telegram-k', 'scam.html');
    const m = manualAnalyzer();
    const s = startScanner(tk, defaultSettings(), fakeAnalyzeThread, { analyze: m.analyze });
    await flush(s);
    hidden = true;
    m.answer();
    await flush(s);
    expect(view.shown.size).toBe(0);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await flush(s);
    expect(view.shown.size).toBe(3);
    expect(s.busy()).toBe(false);
  });

  test('background unreachable: status error, page untouched; it recovers when the background answers', async () => {
    loadFixture('telegram-k', 'scam.html');
    const before = document.body.innerHTML;
    let fail = 2;
    const working = deferredAnalyzer(fakeAnalyzeThread);
    const flaky: Analyzer = (items, ctx) => {
      if (fail > 0) {
        fail -= 1;
        return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      }
      return working(items, ctx);
    };
    const s = startScanner(tk, defaultSettings(), fakeAnalyzeThread, { analyze: flaky, retryMs: 20 });
    await flush(s);
    expect(s.stats.failedRequests).toBe(1);
    expect(s.state().status).toBe('error');
    expect(states.at(-1)?.status).toBe('error');
    expect(view.shown.size).toBe(0);
    expect(document.body.innerHTML).toBe(before);
    // Tried again after 20 ms, then 40 ms: the third request is answered.
    await tick(90);
    await settle(s);
    expect(s.stats.failedRequests).toBe(2);
    expect(s.state().status).toBe('scanning');
    expect(view.shown.size).toBe(3);
    await tick(5);
    expect(states.at(-1)?.status).toBe('scanning');
  });

  test('an analyzer that throws at once is a failed request, not a broken page', async () => {
    loadFixture('telegram-k', 'scam.html');
    const throwing: Analyzer = () => {
      throw new Error('Extension context invalidated.');
    };
    const s = startScanner(tk, defaultSettings(), fakeAnalyzeThread, { analyze: throwing, retryMs: 1000 });
    await flush(s);
    expect(s.state().status).toBe('error');
    expect(s.stats.failedRequests).toBe(1);
    expect(view.shown.size).toBe(0);
  });

  test('answers to requests made before a sensitivity change are dropped', async () => {
    loadFixture('telegram-k', 'scam.html');
    const m = manualAnalyzer();
    const settings = defaultSettings();
    const s = startScanner(tk, settings, fakeAnalyzeThread, { analyze: m.analyze });
    await flush(s);
    s.updateSettings({ ...settings, sensitivity: 'high' });
    await flush(s);
    expect(m.pending.length).toBe(2);
    expect(m.pending[1]!.ctx.sensitivity).toBe('high');
    m.answer(); // the old one
    await flush(s);
    expect(view.shown.size).toBe(0);
    expect(s.stats.lateDropped).toBe(8);
    m.answer();
    await flush(s);
    expect(view.shown.size).toBe(3);
  });
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
