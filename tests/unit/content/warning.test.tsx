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
  const layer = new WarningLayer(document, actions, tr, false, false);
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
    // Styles live in the shadow root, nothing in the page's head.
    expect(roots[0]!.querySelector('style')?.textContent).toContain('prefers-color-scheme: dark');
    expect(roots[0]!.querySelector('style')?.textContent).toContain('prefers-reduced-motion');
    expect(document.head.querySelector('style')).toBeNull();
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
