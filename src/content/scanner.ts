import type { AnalyzeContext, ThreadMessage, Verdict } from '../engine/types.ts';
import type { Finding, PageStatus } from '../shared/findings.ts';
import { isDismissed, isTrusted, type Settings } from '../shared/settings.ts';
import { hash, isElement, newReadPass, WARNING_TAG } from './sites/dom.ts';
import type { PageMessage, SiteAdapter } from './sites/types.ts';

export type AnalyzeThread = (messages: ThreadMessage[], ctx?: AnalyzeContext) => Verdict[];

/** What the scanner needs from the inline warning layer (src/content/warning). */
export interface WarningView {
  /** Show, or update in place, the warning for a message. Idempotent; re-inserts a removed host. */
  show(msg: PageMessage, finding: Finding): void;
  /** Remove the warning of a message element, if any. */
  hide(el: Element): void;
  /** Remove every warning. */
  clear(): void;
  /** Scroll to the message and highlight it. */
  reveal(msg: PageMessage): void;
}

export interface ScanState {
  status: PageStatus;
  scanned: number;
  findings: Finding[];
}

export interface ScannerOptions {
  adapter: SiteAdapter;
  doc: Document;
  analyzeThread: AnalyzeThread;
  settings: Settings;
  view: WarningView;
  /** Called (debounced) whenever the page status or the set of findings changes. */
  onState: (state: ScanState) => void;
  signal: AbortSignal;
  /** Longest stretch of work before yielding to the page (ms). */
  sliceMs?: number;
  /** Delay before reporting state to the background (ms). */
  reportDelayMs?: number;
  /** How often to check that the message container is still the one we observe (ms). */
  safetyNetMs?: number;
  /**
   * How far a change reaches: when a message changes, this many later messages of its thread are
   * re-scored with it.
   */
  threadWindow?: number;
  /**
   * Context each verdict sees: the `contextTail` messages right before it, plus up to
   * `contextFlagged` earlier messages that raised red flags of their own. The engine's thread
   * analysis carries forward only what earlier messages flagged (reasons, stages reached), so
   * harmless older messages add cost but no information; this bounds the cost of a new message
   * however long the thread is.
   */
  contextTail?: number;
  contextFlagged?: number;
  now?: () => number;
}

interface Rec {
  msg: PageMessage;
  hash: string;
  seenAt: number;
  verdict?: Verdict;
  /** The verdict has red flags of the message's own (cached: read for every context lookup). */
  own?: boolean;
  finding?: Finding;
}

interface Job {
  thread: string;
  recs: Rec[];
  next: number;
  end: number;
}

const BLOCK = 24;

/**
 * Watches the site's message container and scores what the user sees, off the critical path:
 *  - the MutationObserver callback only records which nodes changed; all reading and scoring
 *    happens later in time slices of `sliceMs`, yielding to the page in between;
 *  - a message is read again only when its node changed, and re-scored only when its text did
 *    (WeakMap node -> text hash), so virtualised lists that recycle nodes are handled and
 *    unchanged messages are never rescored;
 *  - messages are grouped by thread and scored with the engine's conversation analysis;
 *  - nothing runs while the tab is hidden; everything stops when `signal` aborts.
 */
export class Scanner {
  private readonly o: Required<Omit<ScannerOptions, 'signal'>> & { signal: AbortSignal };
  private settings: Settings;
  private container: Element | null = null;
  private observer: MutationObserver | null = null;
  private readonly recs = new WeakMap<Element, Rec>();
  private readonly live = new Set<Element>();
  /** Added nodes: messages themselves, or subtrees holding messages. */
  private readonly touched = new Set<Node>();
  /** Nodes changed inside (text edits, recycled rows): their enclosing message is re-read. */
  private readonly changedInside = new Set<Node>();
  private readonly removed = new Set<Node>();
  private readonly dirty = new Map<string, Set<Element>>();
  private jobs: Job[] = [];
  private pumpTimer: ReturnType<typeof setTimeout> | null = null;
  private reportTimer: ReturnType<typeof setTimeout> | null = null;
  private safetyTimer: ReturnType<typeof setInterval> | null = null;
  private hostRemoved = false;
  private factsAt = Number.NEGATIVE_INFINITY;
  private readErrors = 0;
  private fatal = false;
  private stopped = false;
  private lastReported = '';
  private idleWaiters: Array<() => void> = [];
  /** Main-thread time spent in slices (ms) and slice count: read by tests and the benchmark. */
  readonly stats = {
    busyMs: 0,
    analyzeMs: 0,
    /** Time per kind of work, and the longest single step (one unit of work) with its kind. */
    phaseMs: { removed: 0, read: 0, score: 0, plan: 0 },
    longestStep: { ms: 0, phase: '' as string },
    slices: 0,
    longestSliceMs: 0,
    reads: 0,
    analyses: 0,
    sliceMs: [] as number[],
  };

  constructor(options: ScannerOptions) {
    this.o = {
      sliceMs: 4,
      reportDelayMs: 250,
      safetyNetMs: 2000,
      threadWindow: 16,
      contextTail: 2,
      contextFlagged: 8,
      now: () => performance.now(),
      ...options,
    };
    this.settings = options.settings;
  }

  start(): this {
    const { signal, doc } = this.o;
    if (signal.aborted) return this;
    signal.addEventListener('abort', () => this.stop(), { once: true });
    const onVisibility = () => {
      if (!doc.hidden) this.schedule();
    };
    doc.addEventListener('visibilitychange', onVisibility, { signal });
    this.attach();
    this.safetyTimer = setInterval(() => {
      if (!doc.hidden) this.attach();
    }, this.o.safetyNetMs);
    this.queueReport();
    return this;
  }

  /** New settings (from storage): re-apply trust/dismissal at once; re-score if scoring inputs changed. */
  updateSettings(next: Settings): void {
    const prev = this.settings;
    this.settings = next;
    if (this.stopped) return;
    if (!next.sites[this.o.adapter.site]) {
      this.o.view.clear();
      this.queueReport();
      return;
    }
    const rescore =
      prev.sensitivity !== next.sensitivity ||
      prev.ruleLanguages.join() !== next.ruleLanguages.join() ||
      !prev.sites[this.o.adapter.site];
    if (rescore) {
      for (const el of this.live) this.markDirty(this.recs.get(el)!);
      this.schedule();
    } else {
      for (const el of this.live) this.apply(this.recs.get(el)!);
    }
    this.queueReport();
  }

  /** Scroll to a flagged message. */
  reveal(findingId: string): boolean {
    for (const el of this.live) {
      const rec = this.recs.get(el);
      if (rec?.msg.id === findingId && el.isConnected) {
        this.o.view.reveal(rec.msg);
        return true;
      }
    }
    return false;
  }

  /** Current state (what is reported to the background). */
  state(): ScanState {
    const enabled = this.settings.sites[this.o.adapter.site];
    const findings: Finding[] = [];
    if (enabled) {
      for (const el of this.ordered()) {
        const f = this.recs.get(el)?.finding;
        if (f) findings.push(f);
      }
    }
    let status: PageStatus;
    if (!enabled) status = 'disabled';
    else if (this.fatal || (this.readErrors > 0 && this.live.size === 0)) status = 'error';
    else if (this.container && this.live.size > 0) status = 'scanning';
    else status = 'unrecognised';
    return { status, scanned: this.live.size, findings };
  }

  /** Whether work is queued (tests and the benchmark). */
  busy(): boolean {
    return !this.stopped && this.hasWork();
  }

  /** Resolves when all queued work is done (tests and the benchmark). */
  idle(): Promise<void> {
    if (!this.hasWork()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.observer?.disconnect();
    if (this.pumpTimer) clearTimeout(this.pumpTimer);
    if (this.reportTimer) clearTimeout(this.reportTimer);
    if (this.safetyTimer) clearInterval(this.safetyTimer);
    this.o.view.clear();
    this.live.clear();
    this.invalidateOrder();
    this.touched.clear();
    this.changedInside.clear();
    this.removed.clear();
    this.dirty.clear();
    this.jobs = [];
    for (const w of this.idleWaiters.splice(0)) w();
  }

  // ------------------------------------------------------------------ observing

  /** Find (or re-find) the container and observe it. Cheap when nothing changed. */
  private attach(): void {
    if (this.stopped) return;
    let found: Element | null;
    try {
      found = this.o.adapter.container(this.o.doc);
    } catch {
      this.fatal = true;
      this.queueReport();
      return;
    }
    if (found === this.container && found?.isConnected) return;
    this.observer?.disconnect();
    this.container = found;
    if (!found) {
      this.queueReport();
      return;
    }
    newReadPass();
    this.factsAt = this.o.now();
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(found, { childList: true, subtree: true, characterData: true });
    // A new container (chat switched, app re-rendered): everything in it is new to us.
    for (const el of this.live) if (!found.contains(el)) this.drop(el);
    this.touched.add(found);
    this.schedule();
  }

  /** The observer callback: only notes what changed. All work happens in `pump`. */
  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (this.isOwn(r.target)) continue;
      if (r.type === 'characterData') {
        this.changedInside.add(r.target);
        continue;
      }
      let foreign = false;
      for (const n of Array.from(r.addedNodes)) {
        if (this.isOwn(n)) continue;
        foreign = true;
        // Elements may be (or hold) new messages; a new text node only changes its message.
        if (isElement(n)) this.touched.add(n);
      }
      for (const n of Array.from(r.removedNodes)) {
        if (isElement(n) && n.localName === WARNING_TAG) this.hostRemoved = true;
        else foreign = true;
        this.removed.add(n);
      }
      // Only our own warning came or went: nothing to re-read.
      if (foreign) this.changedInside.add(r.target);
    }
    this.schedule();
  }

  private isOwn(n: Node): boolean {
    if (isElement(n)) return n.localName === WARNING_TAG || n.closest(WARNING_TAG) !== null;
    return n.parentElement?.closest(WARNING_TAG) != null;
  }

  // ------------------------------------------------------------------ work loop

  private hasWork(): boolean {
    return (
      this.touched.size > 0 ||
      this.changedInside.size > 0 ||
      this.removed.size > 0 ||
      this.dirty.size > 0 ||
      this.jobs.length > 0
    );
  }

  private schedule(): void {
    if (this.stopped || this.pumpTimer !== null) return;
    if (!this.hasWork()) return;
    if (this.o.doc.hidden) return; // resumed by visibilitychange
    this.pumpTimer = setTimeout(() => {
      this.pumpTimer = null;
      this.pump();
    }, 0);
  }

  private pump(): void {
    if (this.stopped || this.o.doc.hidden) return;
    if (!this.settings.sites[this.o.adapter.site]) {
      this.touched.clear();
      this.changedInside.clear();
      this.removed.clear();
      return;
    }
    const now = this.o.now;
    const start = now();
    const deadline = start + this.o.sliceMs;
    // Page facts (chat title, account) are looked up again at most once a second, and whenever
    // the container changes (see attach): a failing document-wide lookup per message would cost
    // more than reading the message.
    if (start - this.factsAt > 1000) {
      newReadPass();
      this.factsAt = start;
    }
    let changed = false;
    try {
      while (now() < deadline) {
        const t0 = now();
        let phase: keyof Scanner['stats']['phaseMs'];
        if (this.removed.size > 0) {
          phase = 'removed';
          this.processRemoved();
          changed = true;
        } else if (this.touched.size > 0) {
          phase = 'read';
          this.processTouched(deadline);
        } else if (this.changedInside.size > 0) {
          phase = 'read';
          this.processChangedInside(deadline);
        } else if (this.jobs.length > 0) {
          phase = 'score';
          changed = this.runJobBlock() || changed;
        } else if (this.dirty.size > 0) {
          phase = 'plan';
          this.planJobs();
        } else break;
        const dt = now() - t0;
        this.stats.phaseMs[phase] += dt;
        if (dt > this.stats.longestStep.ms) this.stats.longestStep = { ms: dt, phase };
      }
    } catch {
      // An adapter or the engine threw on something unexpected: stop quietly, page untouched.
      this.fatal = true;
      this.stop();
      this.o.onState(this.state());
      return;
    }
    const spent = now() - start;
    this.stats.busyMs += spent;
    this.stats.slices += 1;
    if (this.stats.sliceMs.length < 10_000) this.stats.sliceMs.push(spent);
    if (spent > this.stats.longestSliceMs) this.stats.longestSliceMs = spent;
    if (changed || this.live.size > 0) this.queueReport();
    if (this.hasWork()) this.schedule();
    else for (const w of this.idleWaiters.splice(0)) w();
  }

  private processRemoved(): void {
    const nodes = Array.from(this.removed);
    this.removed.clear();
    for (const n of nodes) {
      if (!isElement(n) || n.localName === WARNING_TAG) continue;
      // A node left (or moved): the page order may have changed.
      this.invalidateOrder();
      for (const el of this.o.adapter.messageElements(n)) if (!el.isConnected) this.drop(el);
    }
    if (this.hostRemoved) {
      // The page removed one of our warnings (tamper guard): show() puts it back while the
      // message is still there.
      this.hostRemoved = false;
      for (const el of this.live) {
        const rec = this.recs.get(el);
        if (rec?.finding && el.isConnected) this.o.view.show(rec.msg, rec.finding);
      }
    }
  }

  private processChangedInside(deadline: number): void {
    const seen = new Set<Element>();
    for (const n of this.changedInside) {
      this.changedInside.delete(n);
      if (!n.isConnected) continue;
      const el = this.o.adapter.closestMessage(n);
      if (el && !seen.has(el)) {
        seen.add(el);
        this.read(el);
      }
      if (this.o.now() >= deadline) return;
    }
  }

  private processTouched(deadline: number): void {
    const { adapter } = this.o;
    const now = this.o.now;
    let i = 0;
    for (const n of this.touched) {
      this.touched.delete(n);
      if (n.isConnected) {
        let els: Element[] = [];
        if (isElement(n)) els = adapter.messageElements(n);
        if (els.length === 0) {
          const c = adapter.closestMessage(n);
          if (c) els = [c];
        }
        for (const el of els) {
          this.read(el);
          if ((++i & 7) === 0 && now() >= deadline && els.length > 8) {
            // Large subtree: queue the rest of it as individual messages.
            for (const rest of els.slice(els.indexOf(el) + 1)) this.touched.add(rest);
            return;
          }
        }
      }
      if (now() >= deadline) return;
    }
  }

  private read(el: Element): void {
    let msg: PageMessage | null;
    try {
      msg = this.o.adapter.read(el, this.o.doc);
    } catch {
      this.readErrors += 1;
      return;
    }
    this.stats.reads += 1;
    const prev = this.recs.get(el);
    if (!msg) {
      if (prev) this.drop(el);
      return;
    }
    const h = hash(`${msg.threadKey}\u0000${msg.direction}\u0000${msg.sender}\u0000${msg.text}`);
    if (prev && prev.hash === h && this.live.has(el)) {
      prev.msg = msg; // anchor elements may have been replaced; text is the same
      return;
    }
    if (prev && this.live.has(el)) {
      // A recycled node with new content: same record, new message. (Records are kept in the
      // per-thread lists, so they are updated in place.)
      if (prev.finding) {
        this.o.view.hide(el);
        prev.finding = undefined;
      }
      if (prev.msg.threadKey !== msg.threadKey) this.invalidateOrder();
      if (prev.msg.id !== msg.id) prev.seenAt = Date.now();
      prev.msg = msg;
      prev.hash = h;
      prev.verdict = undefined;
      prev.own = undefined;
      this.markDirty(prev);
      return;
    }
    const rec: Rec = { msg, hash: h, seenAt: Date.now() };
    this.recs.set(el, rec);
    this.live.add(el);
    this.noteAdded(el, rec);
    this.markDirty(rec);
  }

  private drop(el: Element): void {
    const rec = this.recs.get(el);
    if (rec?.finding) this.o.view.hide(el);
    this.recs.delete(el);
    if (this.live.delete(el)) this.invalidateOrder();
  }

  private markDirty(rec: Rec): void {
    let set = this.dirty.get(rec.msg.threadKey);
    if (!set) {
      set = new Set();
      this.dirty.set(rec.msg.threadKey, set);
    }
    set.add(rec.msg.element);
  }

  /**
   * Live message elements in page order. Kept between passes: a message appended after the last
   * one (the usual case in a chat) is added at the end; anything else re-reads the order.
   */
  private order: Element[] | null = null;

  private ordered(): Element[] {
    if (!this.container) return [];
    if (this.order && this.order.length === this.live.size) return this.order;
    let all: Element[];
    try {
      all = this.o.adapter.messageElements(this.container);
    } catch {
      return [];
    }
    this.order = all.filter((el) => this.live.has(el));
    return this.order;
  }

  /** Messages of each thread in page order; kept with `order`. */
  private threadRecs: Map<string, Rec[]> | null = null;

  private invalidateOrder(): void {
    this.order = null;
    this.threadRecs = null;
  }

  private noteAdded(el: Element, rec: Rec): void {
    const order = this.order;
    if (!order) return;
    const last = order[order.length - 1];
    // DOCUMENT_POSITION_FOLLOWING = 4: `el` comes after the last known message.
    if (order.length === this.live.size - 1 && (!last || last.compareDocumentPosition(el) & 4)) {
      order.push(el);
      if (this.threadRecs) {
        const list = this.threadRecs.get(rec.msg.threadKey);
        if (list) list.push(rec);
        else this.threadRecs.set(rec.msg.threadKey, [rec]);
      }
    } else this.invalidateOrder();
  }

  private threadLists(): Map<string, Rec[]> {
    if (this.threadRecs && this.order && this.order.length === this.live.size) return this.threadRecs;
    const byThread = new Map<string, Rec[]>();
    for (const el of this.ordered()) {
      const rec = this.recs.get(el)!;
      let list = byThread.get(rec.msg.threadKey);
      if (!list) {
        list = [];
        byThread.set(rec.msg.threadKey, list);
      }
      list.push(rec);
    }
    this.threadRecs = byThread;
    return byThread;
  }

  /** Turn dirty threads into jobs: re-score from the first changed message to the end of its influence. */
  private planJobs(): void {
    const byThread = this.threadLists();
    for (const [thread, els] of this.dirty) {
      const recs = byThread.get(thread);
      if (!recs) continue;
      // From the end: new messages are usually the last ones, so this stops early.
      let first = -1;
      let last = -1;
      let found = 0;
      for (let i = recs.length - 1; i >= 0 && found < els.size; i--) {
        if (els.has(recs[i]!.msg.element)) {
          if (last < 0) last = i;
          first = i;
          found++;
        }
      }
      if (first < 0) continue;
      // A changed message is context for the next `threadWindow` messages.
      const end = Math.min(recs.length, last + 1 + this.o.threadWindow);
      this.jobs.push({ thread, recs, next: first, end });
    }
    this.dirty.clear();
  }

  /** Score one block of a thread job; true when some finding changed. */
  private runJobBlock(): boolean {
    const job = this.jobs[0]!;
    const from = job.next;
    const to = Math.min(job.end, from + this.blockSize());
    const tailStart = Math.max(0, from - this.o.contextTail);
    // Earlier messages with red flags of their own, newest first, each only if it brings a rule
    // or a script stage not already covered: that is all the engine carries forward.
    const flagged: Rec[] = [];
    const covered = new Set<string>();
    for (let i = tailStart - 1; i >= 0 && flagged.length < this.o.contextFlagged; i--) {
      const rec = job.recs[i]!;
      const v = rec.verdict;
      if (!v || !rec.own) continue;
      let adds = false;
      for (const r of v.reasons) {
        if (r.fromMessage !== undefined || r.ruleId.startsWith('THREAD_')) continue;
        for (const k of [`r:${r.ruleId}`, `s:${r.stage}`]) {
          if (!covered.has(k)) {
            covered.add(k);
            adds = true;
          }
        }
      }
      if (adds) flagged.push(rec);
    }
    flagged.reverse();
    const context = [...flagged, ...job.recs.slice(tailStart, from)];
    const input: ThreadMessage[] = [...context, ...job.recs.slice(from, to)].map((r) => ({
      text: r.msg.text,
      direction: r.msg.direction,
      sender: r.msg.sender,
    }));
    const t0 = this.o.now();
    const verdicts = this.o.analyzeThread(input, {
      sensitivity: this.settings.sensitivity,
      languages: this.settings.ruleLanguages,
    });
    this.stats.analyzeMs += this.o.now() - t0;
    this.stats.analyses += input.length;
    let changed = false;
    for (let i = from; i < to; i++) {
      const rec = job.recs[i]!;
      const v = verdicts[context.length + i - from];
      if (!v || !this.live.has(rec.msg.element)) continue;
      rec.verdict = v;
      rec.own = hasOwnFlags(v);
      changed = this.apply(rec) || changed;
    }
    job.next = to;
    if (job.next >= job.end) this.jobs.shift();
    return changed;
  }

  /**
   * Messages per engine call: as many as fit in one slice at the engine speed seen so far (so one
   * call stays within the slice budget), between 4 and BLOCK.
   */
  private blockSize(): number {
    if (this.stats.analyses < 20) return 8;
    const perMessage = this.stats.analyzeMs / this.stats.analyses;
    if (perMessage <= 0) return BLOCK;
    const fit = Math.floor(this.o.sliceMs / perMessage) - this.o.contextTail;
    return Math.max(4, Math.min(BLOCK, fit));
  }

  /** Decide whether a scored message shows a warning, honouring trust and dismissal. */
  private apply(rec: Rec): boolean {
    const v = rec.verdict;
    const { msg } = rec;
    const site = this.o.adapter.site;
    const show =
      v !== undefined &&
      v.level !== 'none' &&
      msg.direction !== 'out' &&
      raisesOwnFlag(v) &&
      !isTrusted(this.settings, site, msg.sender) &&
      !isDismissed(this.settings, msg.id);
    const had = rec.finding;
    if (!show) {
      if (had) {
        rec.finding = undefined;
        this.o.view.hide(msg.element);
        return true;
      }
      return false;
    }
    const finding = toFinding(msg, v, site, rec.seenAt);
    rec.finding = finding;
    this.o.view.show(msg, finding);
    return !had || had.level !== finding.level || had.reasons.length !== finding.reasons.length;
  }

  private queueReport(): void {
    if (this.stopped || this.reportTimer !== null) return;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = null;
      if (this.stopped) return;
      const s = this.state();
      const key = `${s.status}|${s.scanned}|${s.findings.map((f) => `${f.id}:${f.level}:${f.reasons.length}`).join(',')}`;
      if (key === this.lastReported) return;
      this.lastReported = key;
      this.o.onState(s);
    }, this.o.reportDelayMs);
  }
}

/** Whether a verdict has red flags of the message's own (not carried from earlier messages). */
function hasOwnFlags(v: Verdict): boolean {
  return v.reasons.some((r) => r.fromMessage === undefined && !r.ruleId.startsWith('THREAD_'));
}

/**
 * Whether a verdict is about this message and not only an echo of earlier ones. In a thread that
 * has already been flagged, the engine keeps every later message at 'caution' through carried
 * reasons; repeating the warning under each "ok" and "see you" would bury the one that matters,
 * so a warning is shown only where the message adds a red flag of its own or is the one that
 * tips the thread (the engine marks that with THREAD_OPENER_CONTINUES). The tipping message
 * carries the whole story in its reasons.
 */
export function raisesOwnFlag(v: Verdict): boolean {
  return v.reasons.some(
    (r) =>
      (r.fromMessage === undefined && r.ruleId !== 'THREAD_PROGRESSION') ||
      r.ruleId === 'THREAD_OPENER_CONTINUES',
  );
}

export function toFinding(msg: PageMessage, v: Verdict, site: Finding['site'], seenAt: number): Finding {
  return {
    id: msg.id,
    site,
    threadKey: msg.threadKey,
    sender: msg.sender,
    snippet: msg.text.length > 160 ? `${msg.text.slice(0, 159)}…` : msg.text,
    text: msg.text,
    level: v.level === 'danger' ? 'danger' : 'caution',
    score: v.score,
    reasons: v.reasons.map((r) => ({
      ruleId: r.ruleId,
      key: r.key,
      text: r.text,
      ...(r.span?.excerpt ? { excerpt: r.span.excerpt } : {}),
      ...(r.fromMessage !== undefined ? { fromThread: true } : {}),
    })),
    indicators: v.indicators,
    seenAt,
    ...(msg.time ? { shownTime: msg.time } : {}),
  };
}
