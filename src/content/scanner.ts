import { NONE } from '../engine/none.ts';
import type { AnalyzeContext, ThreadMessage, Verdict } from '../engine/types.ts';
import { type Finding, findingsKey, type PageStatus } from '../shared/findings.ts';
import {
  ANALYZE_LIMITS,
  type AnalyzeItem,
  type AnalyzeRequest,
  type WireMessage,
} from '../shared/messages.ts';
import { isDismissed, isTrusted, type Settings } from '../shared/settings.ts';
import {
  CONTEXT_FLAGGED,
  CONTEXT_TAIL,
  contextIndexes,
  hasOwnFlags,
  raisesOwnFlag,
  replyPins,
  scoreItems,
} from '../shared/thread-context.ts';
import { hash, isElement, newReadPass, WARNING_TAG } from './sites/dom.ts';
import type { PageMessage, SiteAdapter } from './sites/types.ts';

export type AnalyzeThread = (messages: ThreadMessage[], ctx?: AnalyzeContext) => Verdict[];

/** What the analyzer answers: per item, one verdict per message (`null`: level 'none', no reasons). */
export interface AnalyzeResult {
  verdicts: Array<Array<Verdict | null>>;
  /** Time the engine took, where it ran (the background), in ms. */
  engineMs?: number;
}

/**
 * Scores batches of thread items somewhere else than in the scanner's time slices: in the
 * extension, the background (src/content/index.ts sends them there). May reject (background
 * unreachable): the scanner then reports 'error' and tries again later.
 */
export type Analyzer = (items: AnalyzeItem[], ctx: AnalyzeRequest['ctx']) => Promise<AnalyzeResult>;

/**
 * An Analyzer around a local `analyzeThread` that answers in a later task and scores as the
 * background does (src/background/engine.ts): unit tests, tools.
 */
export function deferredAnalyzer(analyzeThread: AnalyzeThread, delayMs = 0): Analyzer {
  return (items, ctx) =>
    new Promise((resolve, reject) => {
      setTimeout(() => {
        try {
          resolve({ verdicts: scoreItems((m) => analyzeThread(m, ctx), items) });
        } catch (e) {
          reject(e);
        }
      }, delayMs);
    });
}

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
  /** Optional: keep new warnings back until release() (one page layout for a whole answer). */
  hold?(): void;
  release?(): void;
  /**
   * Optional: warnings shown but still waiting to be placed in the page (placed over several
   * animation frames); the scanner is not idle until they are all placed, and `onPlaced`'s
   * listener is called when the queue runs empty.
   */
  readonly queued?: number;
  onPlaced?(fn: (() => void) | null): void;
}

export interface ScanState {
  status: PageStatus;
  scanned: number;
  findings: Finding[];
}

export interface ScannerOptions {
  adapter: SiteAdapter;
  doc: Document;
  analyze: Analyzer;
  settings: Settings;
  view: WarningView;
  /** Called (debounced) whenever the page status or the set of findings changes. */
  onState: (state: ScanState) => void;
  signal: AbortSignal;
  /** Longest stretch of work before yielding to the page (ms). */
  sliceMs?: number;
  /** Delay before reporting state to the background when findings or status changed (ms). */
  reportDelayMs?: number;
  /**
   * When only the count of messages read changed, reports go at most this often (ms): a busy chat
   * would otherwise cost a message-port post every `reportDelayMs` for a number in the popup.
   */
  countReportMs?: number;
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
  /**
   * Messages of one thread per analyzer item (context not counted). The background scores them
   * in blocks of its own; a whole thread in one item means one answer, so the page lays out the
   * new warnings once.
   */
  blockSize?: number;
  /** Messages per analyzer request, context included. */
  batchMessages?: number;
  /**
   * Characters of text per analyzer request (context included; each message counts
   * `WIRE_OVERHEAD` more), at least one message. Measured in Chromium (several runs, from the
   * extension's isolated world): posting 1,000 short chat messages (~100 KB as JSON) on the port
   * took 0.2-4 ms, 2,000 (~200 KB) 5-39 ms; a few smaller requests cost far less than one large.
   */
  batchChars?: number;
  /** Requests in flight at once. */
  maxInFlight?: number;
  /**
   * A request for new work (not the next block of a chat already being scored) leaves no sooner
   * than this after the previous request (ms): messages that arrive in quick succession share a
   * request, and each request costs the page a port post and an answer task.
   */
  requestGapMs?: number;
  /** First delay before trying again after a failed request (ms); doubles up to 30 s. */
  retryMs?: number;
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
  /** A block of this job is with the analyzer. */
  inflight: boolean;
  /** A block of this job has been sent (its next ones continue it). */
  sent?: boolean;
  /** A block of this job has been answered and more are to come (its warnings wait for them). */
  partly?: boolean;
}

/** One block of a job in a request: messages `from`..`to` of the job, with their hashes when sent. */
interface SentBlock {
  job: Job;
  from: number;
  to: number;
  hashes: string[];
}

const RETRY_MAX_MS = 30_000;
/** What a message adds to a request besides its text (JSON keys, direction, punctuation). */
const WIRE_OVERHEAD = 32;
/** Answers with at most this many verdicts have them applied in the answer's task (see receive). */
const APPLY_IN_ANSWER = 8;
/** Longest time scored messages wait for the rest of their chat's verdicts before being shown. */
const APPLY_WAIT_MAX_MS = 1000;

/**
 * One timer that fires at the earliest time asked of it: asking for a later time while it is set
 * changes nothing, asking for an earlier one moves it.
 */
class EarliestTimer {
  private handle: ReturnType<typeof setTimeout> | null = null;
  private dueAt = Number.POSITIVE_INFINITY;

  constructor(
    private readonly now: () => number,
    private readonly fire: () => void,
  ) {}

  in(ms: number): void {
    const due = this.now() + ms;
    if (this.handle !== null) {
      if (due >= this.dueAt) return;
      clearTimeout(this.handle);
    }
    this.dueAt = due;
    this.handle = setTimeout(() => {
      this.handle = null;
      this.dueAt = Number.POSITIVE_INFINITY;
      this.fire();
    }, ms);
  }

  cancel(): void {
    if (this.handle !== null) clearTimeout(this.handle);
    this.handle = null;
    this.dueAt = Number.POSITIVE_INFINITY;
  }
}

/**
 * Watches the site's message container and scores what the user sees, off the critical path:
 *  - the MutationObserver callback only records which nodes changed; all reading and scoring
 *    happens later in time slices of `sliceMs`, yielding to the page in between;
 *  - a message is read again only when its node changed, and re-scored only when its text did
 *    (WeakMap node -> text hash), so virtualised lists that recycle nodes are handled and
 *    unchanged messages are never rescored;
 *  - messages are grouped by thread and sent in batches to the analyzer (the engine in the
 *    extension's background), each block with the bounded context it needs; the answers come
 *    back in a task of their own and the warnings are rendered in time slices again. Answers
 *    for nodes whose text changed meanwhile, or that arrive after `signal` aborted, are dropped;
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
  /**
   * Message elements of a large added subtree (the first scan: the whole container) still to be
   * read, from `toReadAt` on. They are known to be messages: no adapter lookup per element.
   */
  private toRead: Element[] = [];
  private toReadAt = 0;
  /** Nodes changed inside (text edits, recycled rows): their enclosing message is re-read. */
  private readonly changedInside = new Set<Node>();
  private readonly removed = new Set<Node>();
  private readonly dirty = new Map<string, Set<Element>>();
  private jobs: Job[] = [];
  /** Scored messages whose warning is still to be shown or hidden. */
  private readonly toApply = new Set<Rec>();
  /** Requests with the analyzer. */
  private inflight = 0;
  /** Bumped when settings change what a verdict means: older answers are dropped. */
  private scoreGen = 0;
  private failing = false;
  private retryDelay = 0;
  private retryAt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly pumpTimer: EarliestTimer;
  private readonly reportTimer: EarliestTimer;
  /** Wakes the scanner when a wait is over (the request gap, warnings held for the rest of a chat). */
  private readonly wakeTimer: EarliestTimer;
  private safetyTimer: ReturnType<typeof setInterval> | null = null;
  private hostRemoved = false;
  private factsAt = Number.NEGATIVE_INFINITY;
  private readErrors = 0;
  private fatal = false;
  private stopped = false;
  private lastReported = '';
  /** Bumped whenever a message's finding, or the order of messages, may have changed. */
  private findingsVersion = 0;
  private findingsCache: { version: number; enabled: boolean; findings: Finding[]; key: string } | null =
    null;
  private reported = { version: -1, status: '' as PageStatus | '', at: Number.NEGATIVE_INFINITY };
  private idleWaiters: Array<() => void> = [];
  /** Main-thread time spent in slices (ms) and slice count: read by tests and the benchmark. */
  readonly stats = {
    /** Time in slices (`pump`). With `observerMs` and `answerMs`: all the time our code ran. */
    busyMs: 0,
    /** Time in the MutationObserver callback (it runs inside the page's own task). */
    observerMs: 0,
    /** Time handling answers (`receive`, including warnings applied there). */
    answerMs: 0,
    /** Engine time the analyzer reported (in the background, not on this thread). */
    analyzeMs: 0,
    /** Time per kind of work, and the longest single step (one unit of work) with its kind. */
    phaseMs: { removed: 0, read: 0, apply: 0, dispatch: 0, plan: 0 },
    longestStep: { ms: 0, phase: '' as string },
    slices: 0,
    longestSliceMs: 0,
    reads: 0,
    /** Messages sent to the analyzer, context included. */
    analyses: 0,
    /** The user's own messages, given the empty verdict without a request (see settleOutgoing). */
    localVerdicts: 0,
    requests: 0,
    failedRequests: 0,
    /** Wall time from sending a request to its answer, summed and longest. */
    roundTripMs: 0,
    longestRoundTripMs: 0,
    /** Verdicts dropped: the message's text changed (or it left) meanwhile / the scanner stopped. */
    staleDropped: 0,
    lateDropped: 0,
    /** `now()` when the scanner last ran out of work (all warnings shown), and the last such times. */
    idleAt: 0,
    idleTimes: [] as number[],
    sliceMs: [] as number[],
  };

  constructor(options: ScannerOptions) {
    this.o = {
      sliceMs: 4,
      reportDelayMs: 250,
      countReportMs: 2000,
      safetyNetMs: 2000,
      threadWindow: 16,
      contextTail: CONTEXT_TAIL,
      contextFlagged: CONTEXT_FLAGGED,
      blockSize: 2000,
      batchMessages: ANALYZE_LIMITS.messages,
      batchChars: 64_000,
      maxInFlight: 2,
      requestGapMs: 250,
      retryMs: 500,
      now: () => performance.now(),
      ...options,
    };
    this.settings = options.settings;
    this.pumpTimer = new EarliestTimer(this.o.now, () => this.pump());
    this.reportTimer = new EarliestTimer(this.o.now, () => {
      if (!this.stopped) this.report();
    });
    this.wakeTimer = new EarliestTimer(this.o.now, () => this.schedule());
  }

  start(): this {
    const { signal, doc } = this.o;
    if (signal.aborted) return this;
    signal.addEventListener('abort', () => this.stop(), { once: true });
    // Warnings land in the page over animation frames: idle (all shown) when the last one did.
    this.o.view.onPlaced?.(() => {
      if (!this.stopped) this.settleIdle();
    });
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
      // Answers to requests made under the old settings no longer count.
      this.scoreGen += 1;
      this.jobs = [];
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
    return { status: this.status(), scanned: this.live.size, findings: this.findings().findings };
  }

  private status(): PageStatus {
    if (!this.settings.sites[this.o.adapter.site]) return 'disabled';
    if (this.fatal || this.failing || (this.readErrors > 0 && this.live.size === 0)) return 'error';
    if (this.container && this.live.size > 0) return 'scanning';
    return 'unrecognised';
  }

  /** Findings in page order, worked out again only when one may have changed. */
  private findings(): { findings: Finding[]; key: string } {
    const enabled = Boolean(this.settings.sites[this.o.adapter.site]);
    const c = this.findingsCache;
    if (c && c.version === this.findingsVersion && c.enabled === enabled) return c;
    const findings: Finding[] = [];
    if (enabled) {
      for (const el of this.ordered()) {
        const f = this.recs.get(el)?.finding;
        if (f) findings.push(f);
      }
    }
    const key = findingsKey(findings);
    this.findingsCache = { version: this.findingsVersion, enabled, findings, key };
    return this.findingsCache;
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
    this.pumpTimer.cancel();
    this.reportTimer.cancel();
    this.wakeTimer.cancel();
    if (this.safetyTimer) clearInterval(this.safetyTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.o.view.onPlaced?.(null);
    this.o.view.clear();
    this.live.clear();
    this.invalidateOrder();
    this.touched.clear();
    this.clearToRead();
    this.changedInside.clear();
    this.removed.clear();
    this.dirty.clear();
    this.jobs = [];
    this.toApply.clear();
    this.o.view.release?.();
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
    this.readNow = true;
    this.schedule();
  }

  /** The observer callback: only notes what changed. All work happens in `pump`. */
  private onMutations(records: MutationRecord[]): void {
    const t0 = this.o.now();
    this.noteMutations(records);
    this.schedule();
    this.stats.observerMs += this.o.now() - t0;
  }

  private noteMutations(records: MutationRecord[]): void {
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
  }

  private isOwn(n: Node): boolean {
    if (isElement(n)) return n.localName === WARNING_TAG || n.closest(WARNING_TAG) !== null;
    return n.parentElement?.closest(WARNING_TAG) != null;
  }

  // ------------------------------------------------------------------ work loop

  /** Work queued here or with the analyzer. */
  private hasWork(): boolean {
    return this.hasLocalWork() || this.inflight > 0 || this.jobs.length > 0 || (this.o.view.queued ?? 0) > 0;
  }

  /** Work a slice can do now (not: waiting for answers, or for the retry time). */
  private hasLocalWork(): boolean {
    return (
      this.touched.size > 0 ||
      this.toReadAt < this.toRead.length ||
      this.changedInside.size > 0 ||
      this.removed.size > 0 ||
      this.mayApply() ||
      this.dirty.size > 0 ||
      this.canDispatch()
    );
  }

  private canDispatch(): boolean {
    const now = this.o.now();
    if (this.inflight >= this.o.maxInFlight || now < this.retryAt) return false;
    const jobs = this.nextJobs(ANALYZE_LIMITS.items);
    if (jobs.length === 0) return false;
    const wait = this.gapLeft();
    if (wait === 0 || jobs.some((j) => j.sent)) return true;
    // New work only, and a request just left: wait for the gap (more may arrive meanwhile).
    this.wakeTimer.in(wait);
    return false;
  }

  private lastRequestAt = Number.NEGATIVE_INFINITY;

  /**
   * Milliseconds until a request for new work may leave (`requestGapMs` after the last one), 0
   * when it may now. Timers may fire a fraction of a millisecond early by `now()`: within 1 ms
   * the time has come (else the slice woken for the gap would end and a second one would send).
   */
  private gapLeft(): number {
    const wait = this.lastRequestAt + this.o.requestGapMs - this.o.now();
    return wait <= 1 ? 0 : Math.min(this.o.requestGapMs, wait);
  }

  /** Up to `max` jobs that can send a block now: not in flight, and no block of their thread is. */
  private nextJobs(max: number): Job[] {
    const busy = new Set<string>();
    for (const j of this.jobs) if (j.inflight) busy.add(j.thread);
    const out: Job[] = [];
    for (const j of this.jobs) {
      if (out.length >= max) break;
      if (busy.has(j.thread)) continue;
      busy.add(j.thread);
      out.push(j);
    }
    return out;
  }

  private settleIdle(): void {
    if (this.hasWork()) return;
    this.stats.idleAt = this.o.now();
    if (this.stats.idleTimes.at(-1) !== this.stats.idleAt) {
      this.stats.idleTimes.push(this.stats.idleAt);
      if (this.stats.idleTimes.length > 1000) this.stats.idleTimes.shift();
    }
    for (const w of this.idleWaiters.splice(0)) w();
  }

  private schedule(): void {
    if (this.stopped) return;
    if (!this.hasLocalWork()) return;
    if (this.o.doc.hidden) return; // resumed by visibilitychange
    this.pumpTimer.in(this.pumpDelay());
  }

  /**
   * When the only work is reading nodes that changed (new chat messages) and a request left
   * recently, reading waits until the next request may leave (`requestGapMs`): messages that
   * arrive in quick succession are then read in one slice and sent in one request, instead of
   * one slice each. A new container (chat switched, first scan) is read at once.
   */
  private pumpDelay(): number {
    if (this.readNow) return 0;
    if (this.toReadAt < this.toRead.length || this.toApply.size > 0 || this.dirty.size > 0) return 0;
    if (this.jobs.length > 0) return 0;
    return this.gapLeft();
  }

  /** Set while a new container waits for its first read. */
  private readNow = false;

  private pump(): void {
    if (this.stopped || this.o.doc.hidden) return;
    this.readNow = false;
    if (!this.settings.sites[this.o.adapter.site]) {
      this.touched.clear();
      this.clearToRead();
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
        } else if (this.touched.size > 0 || this.toReadAt < this.toRead.length) {
          phase = 'read';
          this.processTouched(deadline);
        } else if (this.changedInside.size > 0) {
          phase = 'read';
          this.processChangedInside(deadline);
        } else if (this.mayApply()) {
          phase = 'apply';
          changed = this.processApply(deadline) || changed;
        } else if (this.dirty.size > 0) {
          phase = 'plan';
          this.planJobs();
        } else if (this.canDispatch()) {
          phase = 'dispatch';
          this.dispatch();
        } else break;
        this.notePhase(phase, now() - t0);
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
    if (this.hasLocalWork()) this.schedule();
    else this.settleIdle();
  }

  /** Time one step of work took, by phase, and the longest step (tests and the benchmark). */
  private notePhase(phase: keyof Scanner['stats']['phaseMs'], ms: number): void {
    this.stats.phaseMs[phase] += ms;
    if (ms > this.stats.longestStep.ms) this.stats.longestStep = { ms, phase };
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

  private clearToRead(): void {
    this.toRead = [];
    this.toReadAt = 0;
  }

  private processTouched(deadline: number): void {
    const { adapter } = this.o;
    const now = this.o.now;
    let i = 0;
    while (this.toReadAt < this.toRead.length) {
      const el = this.toRead[this.toReadAt++]!;
      if (el.isConnected) this.read(el);
      if ((++i & 7) === 0 && now() >= deadline) return;
    }
    if (this.toRead.length > 0) this.clearToRead();
    for (const n of this.touched) {
      this.touched.delete(n);
      if (n.isConnected) {
        let els: Element[] = [];
        if (isElement(n)) els = adapter.messageElements(n);
        if (els.length === 0) {
          const c = adapter.closestMessage(n);
          if (c) els = [c];
        }
        for (let k = 0; k < els.length; k++) {
          this.read(els[k]!);
          if ((++i & 7) === 0 && now() >= deadline && els.length > 8) {
            // Large subtree: the rest of it is read in the next slices.
            for (let j = k + 1; j < els.length; j++) this.toRead.push(els[j]!);
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
        this.setFinding(prev, undefined);
      }
      if (prev.msg.threadKey !== msg.threadKey) this.invalidateOrder();
      if (prev.msg.id !== msg.id) prev.seenAt = Date.now();
      prev.msg = msg;
      prev.hash = h;
      prev.verdict = undefined;
      this.setOwn(prev, undefined);
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
    if (rec?.finding) {
      this.o.view.hide(el);
      this.setFinding(rec, undefined);
    }
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
    this.findingsVersion += 1;
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
      // A job of this thread still waiting to be sent (or between two blocks) takes the new range:
      // messages that arrive one by one go in one request.
      const waiting = this.jobs.find((j) => j.thread === thread && j.recs === recs && !j.inflight);
      if (waiting) {
        waiting.next = Math.min(waiting.next, first);
        waiting.end = Math.max(waiting.end, end);
      } else this.jobs.push({ thread, recs, next: first, end, inflight: false });
    }
    this.dirty.clear();
    // The user's own messages need no request: settled now, not after a request gap.
    for (const job of this.nextJobs(ANALYZE_LIMITS.items)) this.settleOutgoing(job);
  }

  /** The context a job's next request starts with (see src/shared/thread-context.ts). */
  private contextFor(job: Job, from: number): Rec[] {
    return contextIndexes(
      from,
      (i) => {
        const rec = job.recs[i]!;
        return rec.own ? rec.verdict : undefined;
      },
      this.o.contextTail,
      this.o.contextFlagged,
      this.flaggedIn(job.recs, from),
      // only in a stranger's conversation: a walk to the user's first replies, which come early
      () => replyPins(from, (i) => job.recs[i]?.msg.direction),
    ).map((i) => job.recs[i]!);
  }

  /**
   * Per thread list: the indexes of its messages with red flags of their own, ascending, known
   * as far as `upTo`. Valid while no message's own-flags mark changed (`ownVersion`); lists only
   * grow at the end (a new message) or are replaced (`invalidateOrder`), so a new message extends
   * the list instead of walking the whole thread again for every request.
   */
  private readonly flaggedCache = new WeakMap<Rec[], { upTo: number; version: number; idx: number[] }>();
  private ownVersion = 0;

  private flaggedIn(recs: Rec[], from: number): number[] {
    let c = this.flaggedCache.get(recs);
    if (!c || c.version !== this.ownVersion) {
      c = { upTo: 0, version: this.ownVersion, idx: [] };
      this.flaggedCache.set(recs, c);
    }
    for (; c.upTo < from; c.upTo++) if (recs[c.upTo]?.own) c.idx.push(c.upTo);
    return c.idx;
  }

  /** Set (or clear) a message's finding; the findings reported are worked out again. */
  private setFinding(rec: Rec, finding: Finding | undefined): void {
    rec.finding = finding;
    this.findingsVersion += 1;
  }

  /** Set a message's own-flags mark; a change to or from "flagged" invalidates the lists above. */
  private setOwn(rec: Rec, own: boolean | undefined): void {
    if (Boolean(rec.own) !== Boolean(own)) this.ownVersion += 1;
    rec.own = own;
  }

  /**
   * Send one request: the next block of every job that may send one (one block per thread at a
   * time, since a block's context depends on the verdicts before it), within the batch bounds.
   * The answer arrives in a task of its own (`receive`).
   */
  private dispatch(): void {
    const blocks: SentBlock[] = [];
    const items: AnalyzeItem[] = [];
    let total = 0;
    let chars = 0;
    const size = (r: Rec) => Math.min(r.msg.text.length, ANALYZE_LIMITS.textChars) + WIRE_OVERHEAD;
    for (const job of this.nextJobs(ANALYZE_LIMITS.items)) {
      if (this.settleOutgoing(job)) continue;
      const from = job.next;
      const room = this.o.batchMessages - total;
      const context = this.contextFor(job, from);
      let to = Math.min(job.end, from + this.o.blockSize, from + Math.max(1, room - context.length));
      if (blocks.length > 0 && context.length + (to - from) > room) break;
      // Within the character budget too (a block has at least one message).
      let used = chars;
      for (const c of context) used += size(c);
      let fit = from;
      while (fit < to && (fit === from || used + size(job.recs[fit]!) <= this.o.batchChars)) {
        used += size(job.recs[fit]!);
        fit += 1;
      }
      if (blocks.length > 0 && used > this.o.batchChars) break;
      to = fit;
      chars = used;
      const recs = job.recs.slice(from, to);
      job.inflight = true;
      job.sent = true;
      blocks.push({ job, from, to, hashes: recs.map((r) => r.hash) });
      items.push({ context: context.map(wire), messages: recs.map(wire) });
      total += context.length + recs.length;
    }
    if (blocks.length === 0) return;
    const ctx: AnalyzeRequest['ctx'] = {
      sensitivity: this.settings.sensitivity,
      languages: [...this.settings.ruleLanguages],
    };
    const gen = this.scoreGen;
    const sentAt = this.o.now();
    this.lastRequestAt = sentAt;
    this.inflight += 1;
    this.stats.requests += 1;
    this.stats.analyses += total;
    let answer: Promise<AnalyzeResult>;
    try {
      answer = this.o.analyze(items, ctx);
    } catch (e) {
      answer = Promise.reject(e);
    }
    answer.then(
      (res) => this.receive(blocks, gen, sentAt, res),
      () => this.failed(blocks, gen),
    );
  }

  /**
   * The user's own messages at the start of a job get their verdict here, without a request: the
   * engine never flags an outgoing message and never takes red flags from one (src/engine/
   * thread.ts), so its verdict is the empty one whatever came before. They still go to the engine
   * as context of the messages after them. Half of a chat is the user's own messages, and each
   * request costs the page a message-port post and an answer task. True when the job is done.
   */
  private settleOutgoing(job: Job): boolean {
    while (job.next < job.end && job.recs[job.next]!.msg.direction === 'out') {
      const rec = job.recs[job.next]!;
      rec.verdict = NONE;
      this.setOwn(rec, false);
      this.queueApply(rec);
      this.stats.localVerdicts += 1;
      job.next += 1;
    }
    if (job.next < job.end) return false;
    this.jobs = this.jobs.filter((j) => j !== job);
    return true;
  }

  /** An answer: keep verdicts that still fit their message, queue the warnings to render. */
  private receive(blocks: SentBlock[], gen: number, sentAt: number, res: AnalyzeResult): void {
    const t0 = this.o.now();
    try {
      this.take(blocks, gen, sentAt, res);
    } finally {
      this.stats.answerMs += this.o.now() - t0;
    }
  }

  /** The work of `receive` (which times it). */
  private take(blocks: SentBlock[], gen: number, sentAt: number, res: AnalyzeResult): void {
    if (this.stopped) {
      this.stats.lateDropped += messagesIn(blocks);
      return;
    }
    this.inflight -= 1;
    const rt = this.o.now() - sentAt;
    this.stats.roundTripMs += rt;
    if (rt > this.stats.longestRoundTripMs) this.stats.longestRoundTripMs = rt;
    this.stats.analyzeMs += res.engineMs ?? 0;
    if (this.failing) {
      this.failing = false;
      this.queueReport();
    }
    this.retryDelay = 0;
    if (gen !== this.scoreGen) {
      // Settings changed meanwhile: everything is being scored again.
      this.stats.lateDropped += messagesIn(blocks);
    } else {
      blocks.forEach((b, k) => {
        const verdicts = res.verdicts[k] ?? [];
        for (let i = b.from; i < b.to; i++) {
          const rec = b.job.recs[i]!;
          const v = verdicts[i - b.from];
          if (v === undefined || rec.hash !== b.hashes[i - b.from] || !this.live.has(rec.msg.element)) {
            // Changed or gone meanwhile: its new text is (or was) queued on its own.
            this.stats.staleDropped += 1;
            continue;
          }
          rec.verdict = v ?? NONE;
          this.setOwn(rec, hasOwnFlags(rec.verdict));
          this.queueApply(rec);
        }
        b.job.inflight = false;
        b.job.next = b.to;
        b.job.partly = b.job.next < b.job.end;
        if (!b.job.partly) this.jobs = this.jobs.filter((j) => j !== b.job);
      });
    }
    // A few verdicts (a new chat message, the usual answer after the first scan): shown from this
    // task, the answer's own, instead of one more task for a slice. Many go through the slices.
    if (this.toApply.size <= APPLY_IN_ANSWER && this.mayApply() && !this.o.doc.hidden) {
      const now = this.o.now;
      const t0 = now();
      const changed = this.processApply(t0 + this.o.sliceMs);
      this.notePhase('apply', now() - t0);
      if (changed || this.live.size > 0) this.queueReport();
    }
    this.schedule();
    this.settleIdle();
  }

  /** The analyzer failed (background unreachable): report 'error', try again later. */
  private failed(blocks: SentBlock[], gen: number): void {
    if (this.stopped) return;
    this.inflight -= 1;
    this.stats.failedRequests += 1;
    if (gen === this.scoreGen) for (const b of blocks) b.job.inflight = false;
    this.failing = true;
    this.queueReport();
    this.retryDelay = Math.min(RETRY_MAX_MS, this.retryDelay ? this.retryDelay * 2 : this.o.retryMs);
    this.retryAt = this.o.now() + this.retryDelay;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      // Timers may fire a fraction of a millisecond early by `now()`: the time has come.
      this.retryAt = 0;
      this.schedule();
    }, this.retryDelay);
  }

  private queueApply(rec: Rec): void {
    if (this.toApply.size === 0) {
      this.o.view.hold?.();
      this.applyWaitSince = this.o.now();
    }
    this.toApply.add(rec);
  }

  /**
   * Whether scored messages may be shown now. Not while a chat is partly scored (its next blocks,
   * in requests bounded by `batchChars`, are still to come): each round of new warnings costs the
   * page a layout, so one chat's warnings land together, as with a single request. New messages
   * do not hold anything back, and no verdict waits longer than APPLY_WAIT_MAX_MS.
   */
  private mayApply(): boolean {
    if (this.toApply.size === 0) return false;
    if (!this.jobs.some((j) => j.partly)) return true;
    if (this.o.now() - this.applyWaitSince >= APPLY_WAIT_MAX_MS) return true;
    // Woken by the next answer, or at the latest when the wait is over.
    this.wakeTimer.in(Math.max(0, this.applyWaitSince + APPLY_WAIT_MAX_MS - this.o.now()));
    return false;
  }

  private applyWaitSince = Number.POSITIVE_INFINITY;

  /**
   * Show or hide the warnings of scored messages, until the deadline; the held warnings are
   * released once none is left. True when a finding changed.
   */
  private processApply(deadline: number): boolean {
    let changed = false;
    let i = 0;
    for (const rec of this.toApply) {
      this.toApply.delete(rec);
      if (this.live.has(rec.msg.element)) changed = this.apply(rec) || changed;
      if ((++i & 3) === 0 && this.o.now() >= deadline) break;
    }
    if (this.toApply.size === 0) this.o.view.release?.();
    return changed;
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
        this.setFinding(rec, undefined);
        this.o.view.hide(msg.element);
        return true;
      }
      return false;
    }
    const finding = toFinding(msg, v, site, rec.seenAt);
    this.setFinding(rec, finding);
    this.o.view.show(msg, finding);
    return !had || had.level !== finding.level || had.reasons.length !== finding.reasons.length;
  }

  /**
   * Report the state soon: after `reportDelayMs` when findings or the status changed, and when
   * only the count of messages read did, no sooner than `countReportMs` after the last report.
   */
  private queueReport(): void {
    if (this.stopped) return;
    const now = this.o.now();
    const urgent = this.findingsVersion !== this.reported.version || this.status() !== this.reported.status;
    const delay = urgent
      ? this.o.reportDelayMs
      : Math.max(this.o.reportDelayMs, this.reported.at + this.o.countReportMs - now);
    this.reportTimer.in(delay);
  }

  private report(): void {
    const status = this.status();
    const { findings, key: findingsKey } = this.findings();
    const key = `${status}|${this.live.size}|${findingsKey}`;
    this.reported = { version: this.findingsVersion, status, at: this.o.now() };
    if (key === this.lastReported) return;
    this.lastReported = key;
    this.o.onState({ status, scanned: this.live.size, findings });
  }
}

/** Messages of the request (context not counted). */
function messagesIn(blocks: readonly SentBlock[]): number {
  return blocks.reduce((n, b) => n + b.to - b.from, 0);
}

/** A message as the analyzer gets it (plain text, bounded). */
function wire(rec: Rec): WireMessage {
  const { text, direction } = rec.msg;
  return {
    text: text.length > ANALYZE_LIMITS.textChars ? text.slice(0, ANALYZE_LIMITS.textChars) : text,
    direction,
  };
}

export { raisesOwnFlag };

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
