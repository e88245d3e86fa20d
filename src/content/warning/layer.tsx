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
  /** How the styles reached this root (tests, e2e). */
  styles: 'adopted' | 'element';
  /**
   * The message has come within reach of the screen (or was revealed): its warning is rendered
   * and placed. Until then a warning far off screen is only remembered (see `offscreen`).
   */
  near: boolean;
  /** The anchor being watched for nearness, if any. */
  watched: Element | null;
}

/** The part of IntersectionObserver the layer uses (injectable for tests). */
export interface NearObserver {
  observe(target: Element): void;
  unobserve(target: Element): void;
  disconnect(): void;
}
export type NearObserverFactory = (
  callback: (entries: readonly { target: Element; isIntersecting: boolean }[]) => void,
  margin: string,
) => NearObserver;

/** How warnings get their styles: one shared constructed sheet where allowed, or a <style> each. */
export type StyleMode = 'auto' | 'element';

/** Options of the layer (defaults: what the content script uses). */
export interface LayerOptions {
  /**
   * Insert new warnings in animation frames instead of at once (off in unit tests that read the
   * DOM right after show()).
   */
  batchPlacement?: boolean;
  /**
   * Placing time per frame (ms). Warnings nearest the viewport go first; the rest wait for the
   * next frames, so one answer with many warnings never makes one long frame.
   */
  frameBudgetMs?: number;
  styles?: StyleMode;
  /** First estimate of the time to place one warning (ms); learned from each frame after. */
  placeMs?: number;
  now?: () => number;
  /**
   * What happens to the warning of a message far off screen: 'place' renders and inserts it at
   * once; 'defer' renders and inserts it only when the message comes within `nearMargin` of the
   * visible part of its scroller (or is revealed). Every warning inserted shifts all of the page
   * below it, which on a long chat costs the page a layout of everything that follows; deferred,
   * the first scan pays only for the warnings around the screen. Default 'place'; 'defer' needs
   * IntersectionObserver (or `nearObserver`), else it places.
   */
  offscreen?: 'place' | 'defer';
  /** How far from the visible part of a scroller a message counts as near (CSS margin). */
  nearMargin?: string;
  /** Makes the nearness observer (tests); default: the window's IntersectionObserver. */
  nearObserver?: NearObserverFactory;
}

/** The window's IntersectionObserver, watching the viewport and every scroller with a margin. */
function intersectionObserver(win: (Window & typeof globalThis) | null): NearObserverFactory | null {
  const IO = win?.IntersectionObserver;
  if (typeof IO !== 'function') return null;
  return (callback, margin) =>
    new IO(callback, {
      // rootMargin widens the viewport; scrollMargin (Baseline 2025) widens each scroller a chat
      // lives in, where most messages are clipped. A browser without it just ignores the field:
      // warnings then land as their message scrolls into view.
      rootMargin: margin,
      scrollMargin: margin,
      threshold: 0,
    } as IntersectionObserverInit);
}

/**
 * The warning's stylesheet, parsed once per document and shared by every warning's shadow root
 * (`adoptedStyleSheets`). With a <style> element in each root, the browser parsed the sheet again
 * for every warning when it was inserted (~1 ms each on the 2,000-message page, in the frame that
 * placed them). Null where constructable sheets are not available to the content script.
 */
function constructSheet(doc: Document): CSSStyleSheet | null {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (typeof Sheet !== 'function') return null;
    const sheet = new Sheet();
    if (typeof sheet.replaceSync !== 'function') return null;
    sheet.replaceSync(CSS);
    return sheet;
  } catch {
    return null;
  }
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
  private readonly byHost = new WeakMap<HTMLElement, Slot>();
  private readonly guard: MutationObserver;
  private readonly batchPlacement: boolean;
  private readonly frameBudgetMs: number;
  private readonly now: () => number;
  /** The shared sheet; undefined until first needed, null when not usable (then <style>). */
  private sheet: CSSStyleSheet | null | undefined;
  /** Called when the last queued warning has been placed (the scanner counts it as its work). */
  private placedListener: (() => void) | null = null;
  /** Estimated main-thread time to place one warning (ms), learned from the frames so far. */
  private msPerPlace: number;
  /** Figures for tests and the benchmark: frames that placed warnings, and the longest one. */
  readonly stats = { frames: 0, placed: 0, longestFrameMs: 0, lastPlacedAt: 0 };
  /** Watches deferred warnings' anchors; null when every warning is placed at once. */
  private readonly near: NearObserver | null;
  /** Deferred slots by the anchor being watched. */
  private readonly watching = new Map<Element, Set<Slot>>();
  /**
   * Anchors watched whose first report has not come yet (the observer reports every new target
   * once, near or not, after the next frame). Counted as queued: the scanner is not idle before
   * it knows which warnings land now.
   */
  private readonly unreported = new Set<Element>();

  constructor(
    private readonly doc: Document,
    private readonly actions: WarningActions,
    private readonly tr: Translate,
    private readonly testHooks = false,
    o: LayerOptions = {},
  ) {
    this.batchPlacement = o.batchPlacement ?? true;
    this.frameBudgetMs = o.frameBudgetMs ?? 8;
    this.now = o.now ?? (() => performance.now());
    this.msPerPlace = o.placeMs ?? 0.25;
    if (o.styles === 'element') this.sheet = null;
    const factory =
      o.offscreen === 'defer' && this.batchPlacement
        ? (o.nearObserver ?? intersectionObserver(doc.defaultView as (Window & typeof globalThis) | null))
        : null;
    this.near = factory ? factory((entries) => this.onNear(entries), o.nearMargin ?? '100% 0px') : null;
    this.guard = new MutationObserver((records) => {
      for (const r of records) {
        const host = r.target as HTMLElement;
        this.restoreAttributes(host);
      }
    });
  }

  /** Give each new shadow root its styles: the shared sheet, or a <style> element. */
  private styleRoot(root: ShadowRoot): Slot['styles'] {
    if (this.sheet === undefined) this.sheet = constructSheet(this.doc);
    if (this.sheet) {
      try {
        // Firefox refuses sheets constructed in a content script's compartment for page roots
        // (Xray): then this throws or leaves the list empty, and we fall back for good.
        root.adoptedStyleSheets = [this.sheet];
        if (root.adoptedStyleSheets.length === 1) return 'adopted';
      } catch {
        // fall through
      }
      this.sheet = null;
    }
    const style = this.doc.createElement('style');
    style.textContent = CSS;
    root.append(style);
    return 'element';
  }

  /** Warnings shown but not placed yet (they land in the next animation frames). */
  get queued(): number {
    return this.pending.size + this.unreported.size;
  }

  /** Called whenever the queue of warnings to place runs empty (null: nobody listens). */
  onPlaced(fn: (() => void) | null): void {
    this.placedListener = fn;
  }

  show(msg: PageMessage, finding: Finding): void {
    let slot = this.slots.get(msg.element);
    if (!slot) {
      const host = this.doc.createElement(WARNING_TAG);
      const root = host.attachShadow({ mode: 'closed' });
      const styles = this.styleRoot(root);
      slot = { host, root, msg, finding, flash: false, styles, near: this.near === null, watched: null };
      this.slots.set(msg.element, slot);
      this.byHost.set(host, slot);
      if (this.testHooks) this.installTestHook(slot);
    }
    slot.msg = msg;
    slot.finding = finding;
    if (!slot.near && !slot.host.isConnected) {
      // Far off screen, as far as we know: rendered and placed when it comes near.
      this.watch(slot, msg.anchor);
      return;
    }
    this.paint(slot);
    if (this.batchPlacement && !slot.host.isConnected) this.queuePlacement(slot);
    else {
      this.restoreAttributes(slot.host);
      this.place(slot);
    }
    // Once queued: the layer's queue never looks empty in between.
    this.unwatch(slot);
  }

  /** Watch a deferred slot's anchor (again, if the message's anchor changed). */
  private watch(slot: Slot, anchor: Element): void {
    if (slot.watched === anchor || !this.near) return;
    this.unwatch(slot);
    slot.watched = anchor;
    let set = this.watching.get(anchor);
    if (!set) {
      set = new Set();
      this.watching.set(anchor, set);
      this.unreported.add(anchor);
      this.near.observe(anchor);
    }
    set.add(slot);
  }

  private unwatch(slot: Slot): void {
    const anchor = slot.watched;
    if (!anchor) return;
    slot.watched = null;
    const set = this.watching.get(anchor);
    set?.delete(slot);
    if (set && set.size === 0) {
      this.watching.delete(anchor);
      this.near?.unobserve(anchor);
      this.reported(anchor);
    }
  }

  /** An anchor's first report came (or it is no longer watched). */
  private reported(anchor: Element): void {
    if (this.unreported.delete(anchor) && this.queued === 0) this.placedListener?.();
  }

  /** Warnings waiting for their message to come near the screen (tests, the benchmark). */
  get deferred(): number {
    let n = 0;
    for (const set of this.watching.values()) n += set.size;
    return n;
  }

  /** Deferred messages came near the screen: render their warnings and queue them for placing. */
  private onNear(entries: readonly { target: Element; isIntersecting: boolean }[]): void {
    for (const e of entries) {
      const set = this.watching.get(e.target);
      if (set && e.isIntersecting) {
        for (const slot of Array.from(set)) {
          if (this.slots.get(slot.msg.element) !== slot) {
            this.unwatch(slot);
            continue;
          }
          slot.near = true;
          this.show(slot.msg, slot.finding);
        }
      }
      // After the near ones were queued: the queue is not seen empty in between.
      this.reported(e.target);
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
      this.flushHandle = win.requestAnimationFrame(() => this.placeQueued(this.frameBudgetMs));
    } else {
      this.flushHandle = win?.setTimeout(() => this.placeQueued(this.frameBudgetMs), 50) ?? null;
    }
  }

  /** Insert every queued warning now (reveal, tests). */
  flush(): void {
    this.placeQueued(Number.POSITIVE_INFINITY);
  }

  /**
   * One animation frame of placing: first read where the waiting messages are (all layout reads
   * before any write, so the frame lays the page out once), then insert those nearest the
   * viewport until the frame's budget is spent; the rest wait for the next frame.
   */
  private placeQueued(budgetMs: number): void {
    this.flushHandle = null;
    const start = this.now();
    const slots: Slot[] = [];
    for (const slot of this.pending) {
      if (this.slots.get(slot.msg.element) !== slot || !slot.msg.element.isConnected) {
        this.pending.delete(slot);
        continue;
      }
      slots.push(slot);
    }
    // Order only matters when not all of them fit in this frame; reading positions can force a
    // layout (when the page changed since the last frame), so it is done only then.
    if (slots.length > 1 && slots.length * this.msPerPlace > budgetMs) {
      const vh = this.doc.defaultView?.innerHeight ?? 0;
      const dist = new Map<Slot, number>();
      for (const slot of slots) {
        const r = slot.msg.anchor.getBoundingClientRect();
        dist.set(slot, r.bottom < 0 ? -r.bottom : r.top > vh ? r.top - vh : 0);
      }
      slots.sort((x, y) => dist.get(x)! - dist.get(y)!);
    }
    let placed = 0;
    for (const slot of slots) {
      // At least one per frame, so placing always progresses.
      if (placed > 0 && this.now() - start >= budgetMs) break;
      this.pending.delete(slot);
      // Attributes first, while the host is out of the page and unobserved: no mutation records
      // for the guard, no style invalidation after insertion.
      this.restoreAttributes(slot.host);
      this.place(slot);
      placed += 1;
    }
    if (placed > 0) {
      const ms = this.now() - start;
      // Running estimate of the cost of placing one warning (reads included).
      this.msPerPlace = 0.7 * this.msPerPlace + 0.3 * (ms / placed);
      this.stats.frames += 1;
      this.stats.placed += placed;
      this.stats.lastPlacedAt = this.now();
      if (ms > this.stats.longestFrameMs) this.stats.longestFrameMs = ms;
    }
    if (this.pending.size > 0) {
      if (!this.held) this.scheduleFlush();
    } else if (this.queued === 0) this.placedListener?.();
  }

  hide(el: Element): void {
    const slot = this.slots.get(el);
    if (!slot) return;
    this.slots.delete(el);
    this.unwatch(slot);
    const wasQueued = this.pending.delete(slot);
    render(null, slot.root);
    slot.host.remove();
    if (wasQueued && this.queued === 0) this.placedListener?.();
  }

  /** Hide every warning whose finding matches (used right after "Not a scam" / "Trust"). */
  hideWhere(pred: (f: Finding) => boolean): void {
    for (const [el, slot] of this.slots) if (pred(slot.finding)) this.hide(el);
  }

  clear(): void {
    for (const el of Array.from(this.slots.keys())) this.hide(el);
    this.guard.disconnect();
    this.near?.disconnect();
    this.watching.clear();
    this.unreported.clear();
  }

  reveal(msg: PageMessage): void {
    const slot = this.slots.get(msg.element);
    if (slot && !slot.near) {
      // Asked for (popup): render and place it now, wherever it is (show() keeps the slot).
      slot.near = true;
      this.show(slot.msg, slot.finding);
    }
    this.flush();
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
    const slot = this.byHost.get(host);
    if (!slot || this.slots.get(slot.msg.element) !== slot) return;
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
      const styled = section ? getComputedStyle(section).borderLeftWidth === '4px' : false;
      slot.host.setAttribute(
        'data-lw-test',
        JSON.stringify({
          text: section?.textContent ?? '',
          role: section?.getAttribute('role'),
          live: section?.getAttribute('aria-live'),
          styles: slot.styles,
          // The styles really apply (whichever way they came): the border the sheet gives.
          styled,
          buttons,
        }),
      );
    });
  }
}
