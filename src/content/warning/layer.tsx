import { render } from 'preact';
import type { Finding } from '../../shared/findings.ts';
import type { WarningView } from '../scanner.ts';
import { WARNING_TAG } from '../sites/dom.ts';
import type { PageMessage } from '../sites/types.ts';
import type { Translate } from './strings.ts';
import { CSS, HOST_STYLE } from './styles.ts';
import { Warning, type WarningActions } from './Warning.tsx';

interface Slot {
  host: HTMLElement;
  root: ShadowRoot;
  msg: PageMessage;
  finding: Finding;
  flash: boolean;
}

/** Attributes the page could use to hide or restyle our host; the tamper guard restores them. */
const GUARDED = ['style', 'hidden', 'class', 'inert', 'aria-hidden'];

/**
 * Renders warnings next to messages. Each warning is a `<lurewatch-warning>` host with a CLOSED
 * shadow root (the page cannot read or restyle what is inside), `all: initial` inline on the host,
 * and a tamper guard: if the page changes the host's attributes they are put back; if it removes
 * the host, the scanner calls show() again and it is re-inserted.
 */
export class WarningLayer implements WarningView {
  private readonly slots = new Map<Element, Slot>();
  private readonly guard: MutationObserver;

  constructor(
    private readonly doc: Document,
    private readonly actions: WarningActions,
    private readonly tr: Translate,
    private readonly testHooks = false,
    /**
     * Insert new warnings once per animation frame instead of at once: a long page is laid out
     * again after each insertion, so a scan that finds many messages pays one layout per frame,
     * not one per time slice. Off in unit tests that read the DOM right after show().
     */
    private readonly batchPlacement = true,
  ) {
    this.guard = new MutationObserver((records) => {
      for (const r of records) {
        const host = r.target as HTMLElement;
        this.restoreAttributes(host);
      }
    });
  }

  show(msg: PageMessage, finding: Finding): void {
    let slot = this.slots.get(msg.element);
    if (!slot) {
      const host = this.doc.createElement(WARNING_TAG);
      const root = host.attachShadow({ mode: 'closed' });
      const style = this.doc.createElement('style');
      style.textContent = CSS;
      root.append(style);
      slot = { host, root, msg, finding, flash: false };
      this.slots.set(msg.element, slot);
      if (this.testHooks) this.installTestHook(slot);
    }
    slot.msg = msg;
    slot.finding = finding;
    this.paint(slot);
    if (this.batchPlacement && !slot.host.isConnected) this.queuePlacement(slot);
    else {
      this.place(slot);
      this.restoreAttributes(slot.host);
    }
  }

  private readonly pending = new Set<Slot>();
  private flushHandle: number | null = null;

  private held = false;

  /**
   * Keep new warnings out of the page until release(): the scanner renders the warnings of one
   * answer over several time slices, and each frame that inserts some lays the long page out
   * again; held, they all land in one frame.
   */
  hold(): void {
    this.held = true;
  }

  release(): void {
    this.held = false;
    if (this.pending.size > 0) this.scheduleFlush();
  }

  private queuePlacement(slot: Slot): void {
    this.pending.add(slot);
    if (this.held) return;
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.flushHandle !== null) return;
    const win = this.doc.defaultView;
    // Animation frames do not run in hidden tabs; the scanner does not run there either, but a
    // warning re-shown by the tamper guard should still land: fall back to a timer.
    if (win?.requestAnimationFrame && !this.doc.hidden) {
      this.flushHandle = win.requestAnimationFrame(() => this.flush());
    } else {
      this.flushHandle = win?.setTimeout(() => this.flush(), 50) ?? null;
    }
  }

  /** Insert every queued warning now. */
  flush(): void {
    this.flushHandle = null;
    const slots = Array.from(this.pending);
    this.pending.clear();
    for (const slot of slots) {
      if (this.slots.get(slot.msg.element) !== slot || !slot.msg.element.isConnected) continue;
      this.place(slot);
      this.restoreAttributes(slot.host);
    }
  }

  hide(el: Element): void {
    const slot = this.slots.get(el);
    if (!slot) return;
    this.slots.delete(el);
    this.pending.delete(slot);
    render(null, slot.root);
    slot.host.remove();
  }

  /** Hide every warning whose finding matches (used right after "Not a scam" / "Trust"). */
  hideWhere(pred: (f: Finding) => boolean): void {
    for (const [el, slot] of this.slots) if (pred(slot.finding)) this.hide(el);
  }

  clear(): void {
    for (const el of Array.from(this.slots.keys())) this.hide(el);
    this.guard.disconnect();
  }

  reveal(msg: PageMessage): void {
    this.flush();
    const slot = this.slots.get(msg.element);
    const target = slot?.host ?? msg.element;
    const reduced = this.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    target.scrollIntoView?.({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    if (!slot) return;
    slot.flash = true;
    this.paint(slot);
    slot.root.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
    setTimeout(() => {
      slot.flash = false;
      if (this.slots.get(msg.element) === slot) this.paint(slot);
    }, 2500);
  }

  /** Number of warnings on the page (tests). */
  get size(): number {
    return this.slots.size;
  }

  private place(slot: Slot): void {
    const { anchor, placement } = slot.msg;
    const host = slot.host;
    const wantedParent = anchor.parentNode;
    if (!wantedParent) return;
    const inPlace =
      host.parentNode === wantedParent &&
      (placement === 'before' ? host.nextSibling === anchor : anchor.nextSibling === host);
    if (inPlace) return;
    if (placement === 'before') anchor.before(host);
    else anchor.after(host);
    this.guard.observe(host, { attributes: true, attributeFilter: GUARDED });
  }

  private restoreAttributes(host: HTMLElement): void {
    const slot = Array.from(this.slots.values()).find((s) => s.host === host);
    if (!slot) return;
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    for (const a of ['hidden', 'class', 'inert', 'aria-hidden'])
      if (host.hasAttribute(a)) host.removeAttribute(a);
    if (host.getAttribute('data-testid') !== 'lurewatch-warning')
      host.setAttribute('data-testid', 'lurewatch-warning');
    if (host.getAttribute('data-level') !== slot.finding.level)
      host.setAttribute('data-level', slot.finding.level);
  }

  private paint(slot: Slot): void {
    render(
      <Warning finding={slot.finding} actions={this.actions} tr={this.tr} flash={slot.flash} />,
      slot.root,
    );
  }

  /**
   * Test build only: the closed root cannot be read by test code, so on a
   * `lurewatch-test-query` event the host publishes its visible text and the on-screen centre of
   * each button in `data-lw-test` (JSON). Tests then click those points with real mouse events.
   */
  private installTestHook(slot: Slot): void {
    // Compile-time false in shipped builds: the minifier drops the rest of this method.
    if (import.meta.env.LUREWATCH_TEST !== true) return;
    slot.host.addEventListener('lurewatch-test-query', () => {
      // Bring the warning on screen so the published points can be clicked.
      const r0 = slot.host.getBoundingClientRect();
      const vh = this.doc.defaultView?.innerHeight ?? 0;
      if (r0.top < 0 || r0.bottom > vh) slot.host.scrollIntoView({ block: 'center' });
      const buttons: Record<string, { x: number; y: number }> = {};
      for (const b of Array.from(slot.root.querySelectorAll<HTMLElement>('button[data-action]'))) {
        const r = b.getBoundingClientRect();
        buttons[b.dataset.action ?? ''] = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      const section = slot.root.querySelector('section');
      slot.host.setAttribute(
        'data-lw-test',
        JSON.stringify({
          text: section?.textContent ?? '',
          role: section?.getAttribute('role'),
          live: section?.getAttribute('aria-live'),
          buttons,
        }),
      );
    });
  }
}
