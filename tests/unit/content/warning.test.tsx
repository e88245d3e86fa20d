// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PageMessage } from '../../../src/content/sites/types.ts';
import { WarningLayer } from '../../../src/content/warning/layer.tsx';
import { EN, nextStepKey } from '../../../src/content/warning/strings.ts';
import type { WarningActions } from '../../../src/content/warning/Warning.tsx';
import type { Finding } from '../../../src/shared/findings.ts';

const XSS = '<img src=x onerror=alert(1)>';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    id: 'whatsapp:false_1@c.us_ABC',
    site: 'whatsapp',
    threadKey: 'Amy',
    sender: `Amy ${XSS}`,
    snippet: `Send USDT ${XSS}`,
    text: `Send USDT ${XSS}`,
    level: 'danger',
    score: 9,
    reasons: [
      { ruleId: 'INVEST_USDT', key: 'reason_invest_usdt', text: 'Talks about USDT.', excerpt: `USDT ${XSS}` },
      {
        ruleId: 'PLATFORM_MOVE',
        key: 'reason_platform_move',
        text: 'Moves to another app.',
        fromThread: true,
      },
      { ruleId: 'PAY', key: 'reason_payment_urgency', text: 'Pressure to pay.' },
      { ruleId: 'ROM', key: 'reason_romance_fast_intimacy', text: 'Fast intimacy.', fromThread: true },
    ],
    indicators: [],
    seenAt: 1,
    ...over,
  };
}

let roots: ShadowRoot[];
let modes: string[];
const orig = Element.prototype.attachShadow;
beforeEach(() => {
  roots = [];
  modes = [];
  // Capture the (closed) roots so the test can look inside; the page never can.
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    const r = orig.call(this, init);
    roots.push(r);
    modes.push(init.mode);
    return r;
  };
  document.body.innerHTML = '<div id="msg"><span id="text">hello</span></div>';
});
afterEach(() => {
  Element.prototype.attachShadow = orig;
});

function message(): PageMessage {
  const el = document.getElementById('msg')!;
  return {
    id: 'whatsapp:false_1@c.us_ABC',
    element: el,
    text: 'x',
    sender: 'Amy',
    direction: 'in',
    threadKey: 'Amy',
    anchor: document.getElementById('text')!,
  };
}

function setup(tr = (_k: string, fb: string) => fb) {
  const actions: WarningActions = {
    report: vi.fn(async () => true),
    dismiss: vi.fn(),
    trust: vi.fn(),
  };
  const layer = new WarningLayer(document, actions, tr, false, { batchPlacement: false });
  return { actions, layer };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('inline warning', () => {
  test('host next to the anchor, closed shadow root, test id and level', () => {
    const { layer } = setup();
    layer.show(message(), finding());
    const host = document.querySelector('[data-testid="lurewatch-warning"]') as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.localName).toBe('lurewatch-warning');
    expect(host.previousElementSibling?.id).toBe('text');
    expect(host.getAttribute('data-level')).toBe('danger');
    expect(modes).toEqual(['closed']);
    expect(host.shadowRoot).toBeNull();
    expect(host.getAttribute('style')).toContain('all: initial');
    // No content-visibility: a warning is placed only near the screen (offscreen: 'defer'), and
    // a skipped-then-shown host cost the first frame a second layout of the whole page.
    expect(host.getAttribute('style')).not.toContain('content-visibility');
    // Styles live in the shadow root (one shared constructed sheet), nothing in the page's head.
    const css = Array.from(roots[0]!.adoptedStyleSheets[0]!.cssRules)
      .map((r) => r.cssText)
      .join('\n');
    expect(css).toContain('prefers-color-scheme: dark');
    expect(css).toContain('prefers-reduced-motion');
    expect(document.head.querySelector('style')).toBeNull();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  test('styles: one sheet, parsed once, shared by every warning root', () => {
    document.body.innerHTML =
      '<div id="a"><span id="ta">a</span></div><div id="b"><span id="tb">b</span></div>';
    const { layer } = setup();
    const at = (id: string, t: string): PageMessage => ({
      ...message(),
      id,
      element: document.getElementById(id)!,
      anchor: document.getElementById(t)!,
    });
    layer.show(at('a', 'ta'), finding({ id: 'a' }));
    layer.show(at('b', 'tb'), finding({ id: 'b' }));
    expect(roots).toHaveLength(2);
    expect(roots[0]!.adoptedStyleSheets).toHaveLength(1);
    expect(roots[1]!.adoptedStyleSheets[0]).toBe(roots[0]!.adoptedStyleSheets[0]);
    expect(roots[0]!.querySelector('style')).toBeNull();
  });

  for (const how of ['refused by the browser (Firefox content-script Xrays)', 'turned off'] as const) {
    test(`styles fallback when shared sheets are ${how}: a <style> in each root`, () => {
      const desc = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets')!;
      if (how !== 'turned off')
        Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
          configurable: true,
          get: desc.get,
          set() {
            throw new TypeError('Accessing from Xray wrapper is not supported.');
          },
        });
      try {
        const actions: WarningActions = { report: vi.fn(async () => true), dismiss: vi.fn(), trust: vi.fn() };
        const layer = new WarningLayer(document, actions, (_k, fb) => fb, false, {
          batchPlacement: false,
          styles: how === 'turned off' ? 'element' : 'auto',
        });
        layer.show(message(), finding());
        const style = roots[0]!.querySelector('style');
        expect(style?.textContent).toContain('prefers-color-scheme: dark');
        expect(style?.textContent).toContain('prefers-reduced-motion');
        expect(roots[0]!.adoptedStyleSheets ?? []).toHaveLength(0);
        expect(document.head.querySelector('style')).toBeNull();
        // The warning itself is complete either way.
        expect(roots[0]!.querySelector('section')?.getAttribute('role')).toBe('status');
      } finally {
        Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', desc);
      }
    });
  }

  test('the collapsed warning is small; the details are built only when "Why?" is opened', async () => {
    const { layer } = setup();
    layer.show(message(), finding());
    const root = roots[0]!;
    expect(root.querySelector('.why')).toBeNull();
    expect(root.querySelectorAll('*').length).toBeLessThanOrEqual(16);
    expect(root.textContent).not.toContain(EN.content_next_payment);
    root.querySelector<HTMLButtonElement>('[data-action="why"]')!.click();
    await flush();
    expect(root.querySelector('.why')?.textContent).toContain(EN.content_next_payment);
  });

  test('page-derived text is shown as text, never parsed as HTML', () => {
    const { layer } = setup();
    layer.show(message(), finding());
    const root = roots[0]!;
    root.querySelector<HTMLButtonElement>('[data-action="why"]')!.click();
    return flush().then(() => {
      expect(root.querySelector('img')).toBeNull();
      expect(root.textContent).toContain(XSS);
      expect(document.querySelector('img')).toBeNull();
    });
  });

  test('level, top red flags, and Why? with all reasons and what comes next', async () => {
    const { layer } = setup();
    layer.show(message(), finding());
    const root = roots[0]!;
    const section = root.querySelector('section')!;
    expect(section.getAttribute('role')).toBe('status');
    expect(section.getAttribute('aria-live')).toBe('polite');
    expect(section.textContent).toContain(EN.content_level_danger);
    // Top three, own reasons first.
    const top = Array.from(root.querySelectorAll('ul.top li')).map((l) => l.textContent);
    expect(top).toEqual(['Talks about USDT.', 'Pressure to pay.', 'Moves to another app.']);
    const why = root.querySelector<HTMLButtonElement>('[data-action="why"]')!;
    expect(why.getAttribute('aria-expanded')).toBe('false');
    why.click();
    await flush();
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const all = root.querySelector('.why')!.textContent!;
    expect(all).toContain('Fast intimacy.');
    expect(all).toContain(EN.content_from_thread);
    expect(all).toContain(EN.content_next_payment);
    // Every control is a real button (keyboard reachable, in tab order).
    for (const b of Array.from(root.querySelectorAll('button'))) {
      expect(b.getAttribute('type')).toBe('button');
      expect(b.getAttribute('tabindex')).not.toBe('-1');
    }
  });

  test('strings come through the translator, English as fallback', () => {
    const tr = (k: string, fb: string) =>
      k === 'content_level_caution' ? 'Hati-hati' : k === 'reason_invest_usdt' ? 'Menyebut USDT' : fb;
    const { layer } = setup(tr);
    layer.show(message(), finding({ level: 'caution' }));
    const text = roots[0]!.textContent!;
    expect(text).toContain('Hati-hati');
    expect(text).toContain('Menyebut USDT');
    expect(text).toContain(EN.content_not_scam);
  });

  test('buttons call the right actions with the finding', async () => {
    const { layer, actions } = setup();
    const f = finding();
    layer.show(message(), f);
    const root = roots[0]!;
    root.querySelector<HTMLButtonElement>('[data-action="report"]')!.click();
    expect(actions.report).toHaveBeenCalledWith(f);
    await flush();
    await flush();
    expect(root.textContent).toContain(EN.content_report_done);
    root.querySelector<HTMLButtonElement>('[data-action="dismiss"]')!.click();
    expect(actions.dismiss).toHaveBeenCalledWith(f);
    root.querySelector<HTMLButtonElement>('[data-action="trust"]')!.click();
    expect(actions.trust).toHaveBeenCalledWith(f);
  });

  test('no "Trust this sender" when the sender is unknown', () => {
    const { layer } = setup();
    layer.show(message(), finding({ sender: '' }));
    expect(roots[0]!.querySelector('[data-action="trust"]')).toBeNull();
  });

  test('tamper guard: page restyling is undone; a removed host comes back on show()', async () => {
    const { layer } = setup();
    const msg = message();
    const f = finding();
    layer.show(msg, f);
    const host = document.querySelector('lurewatch-warning') as HTMLElement;
    host.setAttribute('style', 'display:none');
    host.setAttribute('hidden', '');
    await flush();
    expect(host.getAttribute('style')).toContain('display: block !important');
    expect(host.hasAttribute('hidden')).toBe(false);
    host.remove();
    layer.show(msg, f);
    expect(document.querySelector('lurewatch-warning')).toBe(host);
    expect(roots.length).toBe(1);
  });

  test('hide and clear remove the hosts; update in place keeps one host', () => {
    const { layer } = setup();
    const msg = message();
    layer.show(msg, finding());
    layer.show(msg, finding({ level: 'caution' }));
    expect(document.querySelectorAll('lurewatch-warning').length).toBe(1);
    expect(document.querySelector('lurewatch-warning')!.getAttribute('data-level')).toBe('caution');
    layer.hide(msg.element);
    expect(document.querySelector('lurewatch-warning')).toBeNull();
    layer.show(msg, finding());
    layer.clear();
    expect(document.querySelector('lurewatch-warning')).toBeNull();
  });

  test('batched placement: new warnings land together on the next frame (or flush)', () => {
    const actions: WarningActions = { report: vi.fn(async () => true), dismiss: vi.fn(), trust: vi.fn() };
    const layer = new WarningLayer(document, actions, (_k, fb) => fb);
    const msg = message();
    layer.show(msg, finding());
    expect(document.querySelector('lurewatch-warning')).toBeNull();
    layer.flush();
    expect(document.querySelector('lurewatch-warning')?.getAttribute('data-level')).toBe('danger');
    // Hidden before it landed: never inserted.
    layer.hide(msg.element);
    layer.show(msg, finding());
    layer.hide(msg.element);
    layer.flush();
    expect(document.querySelector('lurewatch-warning')).toBeNull();
  });

  test('placing in frames: nearest the viewport first, within the frame budget, none dropped', async () => {
    const N = 6;
    document.body.innerHTML = Array.from(
      { length: N },
      (_, i) => `<div id="m${i}"><span id="t${i}">${i}</span></div>`,
    ).join('');
    // Message i sits at y = (i - 3) * 600 on a 900 px viewport: 3 and 4 are on screen, 5 is
    // 300 px below, 2 is 580 px above, 1 and 0 further above.
    for (let i = 0; i < N; i++) {
      const top = (i - 3) * 600;
      document.getElementById(`t${i}`)!.getBoundingClientRect = () =>
        ({ top, bottom: top + 20, left: 0, right: 100, width: 100, height: 20 }) as DOMRect;
    }
    Object.defineProperty(window, 'innerHeight', { configurable: true, value: 900 });
    // Each clock read advances 3 ms: with an 8 ms budget a frame places three warnings.
    let t = 0;
    const actions: WarningActions = { report: vi.fn(async () => true), dismiss: vi.fn(), trust: vi.fn() };
    const layer = new WarningLayer(document, actions, (_k, fb) => fb, false, {
      frameBudgetMs: 8,
      placeMs: 3,
      now: () => (t += 3),
    });
    let placedCalls = 0;
    layer.onPlaced(() => {
      placedCalls += 1;
    });
    const inserted: string[] = [];
    const frameOf: number[] = [];
    const mo = new MutationObserver((records) => {
      for (const r of records)
        for (const n of Array.from(r.addedNodes))
          if ((n as Element).localName === 'lurewatch-warning') {
            inserted.push((n as Element).previousElementSibling!.id);
            frameOf.push(layer.stats.frames);
          }
    });
    mo.observe(document.body, { childList: true, subtree: true });
    const at = (i: number): PageMessage => ({
      ...message(),
      id: `m${i}`,
      element: document.getElementById(`m${i}`)!,
      anchor: document.getElementById(`t${i}`)!,
    });
    layer.hold();
    for (let i = 0; i < N; i++) layer.show(at(i), finding({ id: `m${i}` }));
    layer.release();
    expect(layer.queued).toBe(N);
    expect(document.querySelector('lurewatch-warning')).toBeNull();
    for (let f = 0; f < 20 && layer.queued > 0; f++) await new Promise((r) => setTimeout(r, 20));
    mo.disconnect();
    expect(layer.queued).toBe(0);
    // Every warning appeared, on screen first, then by distance from the viewport.
    expect(inserted).toEqual(['t3', 't4', 't5', 't2', 't1', 't0']);
    expect(document.querySelectorAll('lurewatch-warning')).toHaveLength(N);
    // Two frames of three (the budget), and the scanner hears once that all are placed.
    expect(layer.stats.frames).toBe(2);
    expect(layer.stats.placed).toBe(N);
    expect(placedCalls).toBe(1);
  });

  test('when every waiting warning fits in the frame, no positions are read (no forced layout)', async () => {
    document.body.innerHTML =
      '<div id="a"><span id="ta">a</span></div><div id="b"><span id="tb">b</span></div>';
    const reads = vi.fn(() => ({ top: 0, bottom: 10 }) as DOMRect);
    for (const id of ['ta', 'tb']) document.getElementById(id)!.getBoundingClientRect = reads;
    const actions: WarningActions = { report: vi.fn(async () => true), dismiss: vi.fn(), trust: vi.fn() };
    const layer = new WarningLayer(document, actions, (_k, fb) => fb, false, { frameBudgetMs: 8 });
    for (const [id, t] of [
      ['a', 'ta'],
      ['b', 'tb'],
    ] as const)
      layer.show(
        { ...message(), id, element: document.getElementById(id)!, anchor: document.getElementById(t)! },
        finding({ id }),
      );
    for (let i = 0; i < 20 && layer.queued > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(document.querySelectorAll('lurewatch-warning')).toHaveLength(2);
    expect(layer.stats.frames).toBe(1);
    expect(reads).not.toHaveBeenCalled();
  });

  test('a warning hidden while it waits for its frame is never inserted; flush() places all at once', () => {
    const actions: WarningActions = { report: vi.fn(async () => true), dismiss: vi.fn(), trust: vi.fn() };
    const layer = new WarningLayer(document, actions, (_k, fb) => fb, false, { frameBudgetMs: 0 });
    let placedCalls = 0;
    layer.onPlaced(() => {
      placedCalls += 1;
    });
    const msg = message();
    layer.show(msg, finding());
    expect(layer.queued).toBe(1);
    layer.hide(msg.element);
    expect(layer.queued).toBe(0);
    // The queue ran empty (by hiding): the scanner may count itself idle.
    expect(placedCalls).toBe(1);
    layer.flush();
    expect(document.querySelector('lurewatch-warning')).toBeNull();
  });

  test('off screen, deferred: a far warning is rendered and placed only when its message comes near', () => {
    document.body.innerHTML = [0, 1, 2]
      .map((i) => `<div id="m${i}"><span id="t${i}">${i}</span></div>`)
      .join('');
    // A hand-driven nearness observer: the test says which anchors came near.
    const observed = new Set<Element>();
    let report: (entries: { target: Element; isIntersecting: boolean }[]) => void = () => {};
    let margin = '';
    const actions: WarningActions = { report: vi.fn(async () => true), dismiss: vi.fn(), trust: vi.fn() };
    const layer = new WarningLayer(document, actions, (_k, fb) => fb, false, {
      offscreen: 'defer',
      nearMargin: '100% 0px',
      nearObserver: (cb, m) => {
        report = cb;
        margin = m;
        return {
          observe: (el) => observed.add(el),
          unobserve: (el) => observed.delete(el),
          disconnect: () => observed.clear(),
        };
      },
    });
    expect(margin).toBe('100% 0px');
    const at = (i: number): PageMessage => ({
      ...message(),
      id: `m${i}`,
      element: document.getElementById(`m${i}`)!,
      anchor: document.getElementById(`t${i}`)!,
    });
    const anchor = (i: number) => document.getElementById(`t${i}`)!;
    for (const i of [0, 1, 2])
      layer.show(at(i), finding({ id: `m${i}`, level: i === 2 ? 'caution' : 'danger' }));
    let placedCalls = 0;
    layer.onPlaced(() => {
      placedCalls += 1;
    });
    // Nothing rendered yet. Until the observer's first report (after the next frame) the layer
    // counts them as queued: the scanner is not idle before the near ones are placed.
    expect(roots).toHaveLength(3);
    expect(roots.filter((r) => r.querySelector('section'))).toHaveLength(0);
    expect(layer.queued).toBe(3);
    expect(layer.deferred).toBe(3);
    expect(layer.size).toBe(3);
    expect(observed).toEqual(new Set([anchor(0), anchor(1), anchor(2)]));
    // An update of a deferred warning is only remembered.
    layer.show(at(1), finding({ id: 'm1', level: 'caution' }));
    expect(layer.queued).toBe(3);
    expect(roots.filter((r) => r.querySelector('section'))).toHaveLength(0);
    // Message 1 comes near (and 0 is reported, still far): 1 is rendered, queued and placed; 2
    // has not been reported yet.
    report([
      { target: anchor(0), isIntersecting: false },
      { target: anchor(1), isIntersecting: true },
    ]);
    expect(layer.queued).toBe(2);
    expect(layer.deferred).toBe(2);
    expect(observed.has(anchor(1))).toBe(false);
    layer.flush();
    expect(layer.queued).toBe(1);
    expect(placedCalls).toBe(0);
    report([{ target: anchor(2), isIntersecting: false }]);
    // Everything near is placed and the rest is known to be far: idle.
    expect(layer.queued).toBe(0);
    expect(placedCalls).toBe(1);
    const hosts = () => Array.from(document.querySelectorAll('lurewatch-warning'));
    expect(hosts().map((h) => h.previousElementSibling?.id)).toEqual(['t1']);
    // The latest finding was rendered, not the first one.
    expect(hosts()[0]!.getAttribute('data-level')).toBe('caution');
    // Scrolled away again: a placed warning stays (removing it would shift the page once more).
    report([{ target: anchor(1), isIntersecting: false }]);
    expect(hosts()).toHaveLength(1);
    // Hidden while deferred ("Not a scam"): no longer watched, never placed.
    layer.hide(at(2).element);
    expect(observed.has(anchor(2))).toBe(false);
    report([{ target: anchor(2), isIntersecting: true }]);
    layer.flush();
    expect(hosts()).toHaveLength(1);
    // Revealed from the popup while far: placed at once, without waiting to come near.
    layer.reveal(at(0));
    expect(
      hosts()
        .map((h) => h.previousElementSibling?.id)
        .sort(),
    ).toEqual(['t0', 't1']);
    expect(layer.deferred).toBe(0);
    expect(observed.size).toBe(0);
    // A recycled node with a new anchor is watched at its new anchor.
    document.getElementById('m2')!.insertAdjacentHTML('beforeend', '<span id="t2b">b</span>');
    const moved = { ...at(2), anchor: document.getElementById('t2b')! };
    layer.show(moved, finding({ id: 'm2' }));
    expect(observed).toEqual(new Set([document.getElementById('t2b')]));
    layer.show({ ...moved, anchor: anchor(2) }, finding({ id: 'm2' }));
    expect(observed).toEqual(new Set([anchor(2)]));
    layer.clear();
    expect(observed.size).toBe(0);
    expect(hosts()).toHaveLength(0);
  });

  test('off screen, deferred, without IntersectionObserver: every warning is placed as before', () => {
    const actions: WarningActions = { report: vi.fn(async () => true), dismiss: vi.fn(), trust: vi.fn() };
    const win = document.defaultView as unknown as { IntersectionObserver?: unknown };
    const saved = win.IntersectionObserver;
    win.IntersectionObserver = undefined;
    try {
      const layer = new WarningLayer(document, actions, (_k, fb) => fb, false, { offscreen: 'defer' });
      layer.show(message(), finding());
      expect(layer.queued).toBe(1);
      expect(layer.deferred).toBe(0);
      layer.flush();
      expect(document.querySelectorAll('lurewatch-warning')).toHaveLength(1);
    } finally {
      win.IntersectionObserver = saved;
    }
  });

  test('"what comes next" follows the furthest stage reached', () => {
    expect(nextStepKey([{ ruleId: 'a', key: 'reason_opener_stranger', text: '' }])).toBe(
      'content_next_opener',
    );
    expect(
      nextStepKey([
        { ruleId: 'a', key: 'reason_opener_stranger', text: '' },
        { ruleId: 'b', key: 'reason_platform_move', text: '' },
      ]),
    ).toBe('content_next_platform_move');
    expect(nextStepKey([{ ruleId: 'x', key: 'reason_unknown', text: '' }])).toBeNull();
  });
});
