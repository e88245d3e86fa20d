import { COMPILED_SIGNALS, type CompiledRule, compileRules, scriptsOf } from './compile.ts';
import { DAMPENERS } from './dampeners.ts';
import { foldHanRegExp } from './han.ts';
import { findIndicators, findWallets } from './indicators/index.ts';
import { indicatorFacts } from './indicators/signals.ts';
import { nextMark } from './marks.ts';
import { type Normalized, normalize, originalSpan } from './normalize.ts';
import { FactorIndex, necessaryFactors } from './prefilter.ts';
import type {
  AnalyzeContext,
  Family,
  Indicator,
  Level,
  Reason,
  Rule,
  Sensitivity,
  Verdict,
} from './types.ts';
import { DAMPENER_FACTOR, DAMPENER_FACTOR_STRONG, FAMILY_CAPS, THRESHOLDS } from './weights.ts';

/** A single line break inside a paragraph (an SMS or a chat message wrapped by its sender, an
 * e-mail wrapped at 72 columns) does not end a sentence: rules read across it as across a space.
 * Blank lines still end a paragraph, so a signature or a quoted block stays apart. Same length, so
 * every offset into the original text stays valid. */
const LONE_BREAK = /(?<![\r\n])(?:\r\n|\n)(?![\r\n])/g;
export function joinLines(text: string): string {
  if (!text.includes('\n')) return text;
  return text.replace(LONE_BREAK, (m) => (m.length === 2 ? '  ' : ' '));
}

/** Longest stretch of text the rules read in one piece; longer inputs are read as a head and a
 * tail window (where greetings, pitches and signatures sit). Indicators scan further. */
export const RULE_WINDOW_HEAD = 12_000;
export const RULE_WINDOW_TAIL = 4_000;
/** Indicators (wallets, links, handles) scan at most this much of the head and tail. */
export const INDICATOR_WINDOW = 256_000;
/** Beyond this length a message that talks about scams is read as a post about them. */
export const LONG_POST = 600;

/** A meta rule's references as slot numbers (see `Engine.slots`). */
interface MetaSlots {
  all: Int32Array;
  any: Int32Array;
  minAny: number;
  none: Int32Array;
}

/** A compiled rule set, built once. */
export interface Engine {
  rules: readonly CompiledRule[];
  patternRules: readonly CompiledRule[];
  metaRules: readonly CompiledRule[];
  byId: ReadonlyMap<string, CompiledRule>;
  dampeners: readonly { id: string; re: RegExp; scripts: number }[];
  /** Aho-Corasick index over every pattern rule's necessary literal factors. */
  index: FactorIndex;
  /** For pattern rule i: the factor ids of which at least one must occur, or null (always run). */
  ruleFactors: readonly (Uint32Array | null)[];
  /** factor id -> indexes of the pattern rules (scored and building blocks) that need it */
  factorRules: readonly Int32Array[];
  /** per pattern rule: stamp of the last segment where one of its factors occurred */
  candidate: Uint32Array;
  /** scratch list of the candidate pattern rules of one segment (each rule at most once) */
  todo: Int32Array;
  /** scored pattern rules without literal factors: they always run */
  alwaysRun: readonly number[];
  stamp: { n: number };
  /**
   * Every id a meta rule can ask about (rules, indicator signals, dampeners and any other name a
   * meta rule refers to) has a slot number, so that one message's "fired" and "tested" state are
   * two byte arrays rather than string sets. `slots[i]` is the rule of slot i, if it is one.
   */
  slots: readonly (CompiledRule | undefined)[];
  slotOf: ReadonlyMap<string, number>;
  /** slot -> its meta rule's references as slots */
  metaSlots: readonly (MetaSlots | undefined)[];
  /** slot -> index in patternRules, or -1 */
  patternOfSlot: Int32Array;
  /** slots of the scored meta rules, in rule order */
  scoredMetaSlots: Int32Array;
  /**
   * One message's state, marked with that message's number (`message.n`), so that nothing is
   * allocated or cleared per message: slot -> fired, slot -> tested, and pattern rule -> one of its
   * literal factors occurred in some segment.
   */
  firedSlot: Uint32Array;
  testedSlot: Uint32Array;
  factorSeen: Uint32Array;
  message: { n: number };
}

export function buildEngine(rules: readonly Rule[]): Engine {
  const compiled = compileRules(rules);
  const byId = new Map<string, CompiledRule>();
  for (const c of [...compiled, ...COMPILED_SIGNALS]) byId.set(c.id, c);
  const dampenerRules = compileRules(
    DAMPENERS.map((d) => ({
      id: d.id,
      family: 'phishing',
      stage: 'related',
      languages: d.languages,
      pattern: d.pattern,
      description: d.description,
      reason: 'reason_suspicious_link',
      examples: d.examples,
    })),
  );
  const patternRules = compiled.filter((c) => c.re);
  const perRule = patternRules.map((r) => necessaryFactors((r.re as RegExp).source));
  const index = new FactorIndex(perRule.flatMap((f) => f ?? []));
  const idOf = new Map(index.factors.map((f, i) => [f, i]));
  const ruleFactors = perRule.map((f) => (f ? Uint32Array.from(f.map((x) => idOf.get(x) as number)) : null));
  const byFactor: number[][] = index.factors.map(() => []);
  ruleFactors.forEach((f, k) => {
    if (f) for (const id of f) (byFactor[id] as number[]).push(k);
  });
  const dampeners = dampenerRules.map((d) => ({ id: d.id, re: d.re as RegExp, scripts: d.scripts }));
  const metaRules = compiled.filter((c) => c.meta);

  const slots: (CompiledRule | undefined)[] = [];
  const slotOf = new Map<string, number>();
  const slot = (id: string, rule?: CompiledRule): number => {
    let i = slotOf.get(id);
    if (i === undefined) {
      i = slots.length;
      slotOf.set(id, i);
      slots.push(rule);
    }
    return i;
  };
  for (const c of byId.values()) slot(c.id, c);
  for (const d of dampeners) slot(d.id);
  const metaSlots: (MetaSlots | undefined)[] = [];
  for (const r of metaRules) {
    const m = r.meta as NonNullable<CompiledRule['meta']>;
    const toSlots = (ids: readonly string[]) => Int32Array.from(ids, (id) => slot(id));
    metaSlots[slot(r.id)] = {
      all: toSlots(m.all),
      any: toSlots(m.any),
      minAny: m.minAny,
      none: toSlots(m.none),
    };
  }
  const patternIndex = new Map(patternRules.map((r, k) => [r.id, k]));
  const patternOfSlot = Int32Array.from(slots, (r) => (r ? (patternIndex.get(r.id) ?? -1) : -1));

  return {
    index,
    ruleFactors,
    factorRules: byFactor.map((a) => Int32Array.from(a)),
    candidate: new Uint32Array(patternRules.length),
    todo: new Int32Array(patternRules.length),
    alwaysRun: ruleFactors.flatMap((f, k) =>
      f === null && (patternRules[k] as CompiledRule).scored ? [k] : [],
    ),
    stamp: { n: 0 },
    rules: compiled,
    patternRules,
    metaRules,
    byId,
    dampeners,
    slots,
    slotOf,
    metaSlots,
    patternOfSlot,
    scoredMetaSlots: Int32Array.from(
      metaRules.filter((r) => r.scored).map((r) => slotOf.get(r.id) as number),
    ),
    firedSlot: new Uint32Array(slots.length),
    testedSlot: new Uint32Array(slots.length),
    factorSeen: new Uint32Array(patternRules.length),
    message: { n: 0 },
  };
}

/** What fired in one message, before thresholds. */
export interface MessageHits {
  /** rule id -> reason (scored rules and signals only) */
  reasons: Map<string, Reason>;
  /** every id that fired so far, including building blocks and indicator facts */
  fired: Set<string>;
  /** did this rule, building block or fact fire? (evaluates building blocks on demand) */
  check: (id: string) => boolean;
  indicators: Indicator[];
  dampened: boolean;
  /** multiplier applied to this message's weights (1 unless dampened) */
  factor: number;
  /** score after family caps and dampening */
  score: number;
}

function langAllowed(rule: CompiledRule, ctx: AnalyzeContext | undefined): boolean {
  if (!ctx?.languages) return true;
  return rule.languages.some((l) => l === 'any' || (ctx.languages as readonly string[]).includes(l));
}

interface Segment {
  norm: Normalized;
  offset: number;
  scripts: number;
}

function recordSpan(
  norm: Normalized,
  offset: number,
  original: string,
  m: RegExpExecArray,
  id: string,
  spans: Map<string, { start: number; end: number; excerpt: string }>,
): void {
  const sp = originalSpan(norm, m.index, m.index + m[0].length);
  if (!sp) return;
  const start = sp.start + offset;
  const end = sp.end + offset;
  spans.set(id, { start, end, excerpt: original.slice(start, Math.min(end, start + 200)) });
}

/** Where a clause ends, in Chinese or (after normalisation folds full-width forms) ASCII. */
const CLAUSE_END = new Set(['，', '。', '！', '？', '；', ',', '.', '!', '?', ';', '\n']);
/** "(We) will never ask / have / get you to…" in Chinese. */
const NEVER_ASK_ZH = foldHanRegExp(
  /(?:不会|不會|绝不|絕不|从不|從不|从来不|從來不|决不|決不)(?:会|會)?(?:主动)?(?:要求|让|讓|叫|请|請|向|通过|通過|以任何)/,
);

/**
 * A Chinese rule's match said as something nobody will ask of the reader, in the same clause
 * ("我们不会要求您缴纳任何费用来解冻资金", "也不会让您把钱转到安全账户"): a bank's or the police's
 * safety notice, or a scammer's reassurance, but not the ask itself. Such a match does not
 * count; red flags elsewhere in the message still do.
 */
function negatedZh(r: CompiledRule, text: string, index: number): boolean {
  if (!r.languages.includes('zh')) return false;
  let start = index;
  const limit = Math.max(0, index - 30);
  while (start > limit && !CLAUSE_END.has(text[start - 1] as string)) start--;
  return start < index && NEVER_ASK_ZH.test(text.slice(start, index));
}

/** A rule's first non-empty match in `text`, unless it is a negated Chinese ask (see above). */
function matchOf(r: CompiledRule, text: string): RegExpExecArray | null {
  const m = (r.re as RegExp).exec(text);
  return m === null || m[0].length === 0 || negatedZh(r, text, m.index) ? null : m;
}

/** One message's state while its rules run: what fired (by id, in order) and the number that
 * marks this message in the engine's per-slot arrays. */
interface MessageState {
  fired: Set<string>;
  mark: number;
}

function fire(engine: Engine, st: MessageState, id: string): void {
  st.fired.add(id);
  const i = engine.slotOf.get(id);
  if (i !== undefined) engine.firedSlot[i] = st.mark;
}

/** Run the scored pattern rules whose literal factors occur (building blocks wait until a meta
 * rule asks for them), and note every pattern rule whose factor occurred. */
function matchSegment(
  engine: Engine,
  seg: Segment,
  original: string,
  ctx: AnalyzeContext | undefined,
  st: MessageState,
  spans: Map<string, { start: number; end: number; excerpt: string }>,
): void {
  const text = seg.norm.text;
  const scripts = seg.scripts;
  const stamp = nextMark(engine.stamp, [engine.candidate]);
  const hits: number[] = [];
  engine.index.scan(text, hits);
  // Candidate scored rules: those with a factor present (collected from the factor hits, not by
  // walking every rule), in rule order.
  const candidate = engine.candidate;
  const seen = engine.factorSeen;
  const rules = engine.patternRules;
  const buf = engine.todo;
  let n = 0;
  for (let h = 0; h < hits.length; h++) {
    const rs = engine.factorRules[hits[h] as number] as Int32Array;
    for (let j = 0; j < rs.length; j++) {
      const k = rs[j] as number;
      if (candidate[k] !== stamp) {
        candidate[k] = stamp;
        seen[k] = st.mark;
        if ((rules[k] as CompiledRule).scored) buf[n++] = k;
      }
    }
  }
  for (const k of engine.alwaysRun) buf[n++] = k;
  // A typed array sorts numbers natively (no comparator call per pair): this runs for every message.
  const todo = buf.subarray(0, n).sort();
  const fired = st.fired;
  for (let t = 0; t < todo.length; t++) {
    const r = rules[todo[t] as number] as CompiledRule;
    if ((r.scripts & scripts) === 0 || fired.has(r.id)) continue;
    if (!langAllowed(r, ctx)) continue;
    const m = matchOf(r, text);
    if (m === null) continue;
    fire(engine, st, r.id);
    recordSpan(seg.norm, seg.offset, original, m, r.id, spans);
  }
}

/** Run every rule over one message and collect what fired. */
export function collectHits(engine: Engine, input: string, ctx?: AnalyzeContext): MessageHits {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const fired = new Set<string>();
  const mark = nextMark(engine.message, [engine.firedSlot, engine.testedSlot, engine.factorSeen]);
  const st: MessageState = { fired, mark };
  const spans = new Map<string, { start: number; end: number; excerpt: string }>();

  // Indicators on the original text (addresses are case-sensitive).
  let indicators: Indicator[];
  if (text.length <= 2 * INDICATOR_WINDOW) {
    indicators = findIndicators(text);
  } else {
    // Huge input: every indicator in the head and the tail; in the middle only wallet addresses
    // (the strongest signal, and the cheapest scan).
    const tailStart = text.length - INDICATOR_WINDOW;
    const shift = (list: Indicator[], by: number) =>
      list.map((i) => (i.span ? { ...i, span: { start: i.span.start + by, end: i.span.end + by } } : i));
    indicators = [
      ...findIndicators(text.slice(0, INDICATOR_WINDOW)),
      ...shift(findWallets(text.slice(INDICATOR_WINDOW - 64, tailStart + 64)), INDICATOR_WINDOW - 64),
      ...shift(findIndicators(text.slice(tailStart)), tailStart),
    ];
    const seen = new Set<string>();
    indicators = indicators.filter((i) => {
      const k = `${i.kind}:${i.span?.start}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }
  const facts = indicatorFacts(indicators);
  for (const [id, ind] of facts) {
    fire(engine, st, id);
    if (ind.span) spans.set(id, { ...ind.span, excerpt: text.slice(ind.span.start, ind.span.end) });
  }

  const segments: Segment[] = [];
  const addSegment = (part: string, offset: number) => {
    const norm = normalize(joinLines(part));
    segments.push({ norm, offset, scripts: scriptsOf(norm.text) });
  };
  if (text.length <= RULE_WINDOW_HEAD + RULE_WINDOW_TAIL) addSegment(text, 0);
  else {
    addSegment(text.slice(0, RULE_WINDOW_HEAD), 0);
    addSegment(text.slice(text.length - RULE_WINDOW_TAIL), text.length - RULE_WINDOW_TAIL);
  }
  for (const seg of segments) matchSegment(engine, seg, text, ctx, st, spans);

  // Building blocks and meta rules are evaluated on demand and remembered. A building block none
  // of whose necessary literal factors occurred (the scan above tells) is skipped without running
  // its regex.
  const { slots, metaSlots, patternOfSlot, ruleFactors, firedSlot, testedSlot, factorSeen } = engine;
  const checkSlot = (i: number): boolean => {
    if (firedSlot[i] === mark) return true;
    if (testedSlot[i] === mark) return false;
    testedSlot[i] = mark;
    const r = slots[i];
    if (r === undefined || !langAllowed(r, ctx)) return false;
    if (r.re && !r.scored) {
      const k = patternOfSlot[i] as number;
      if (k >= 0 && ruleFactors[k] !== null && factorSeen[k] !== mark) return false;
      for (const seg of segments) {
        if ((r.scripts & seg.scripts) === 0) continue;
        const m = matchOf(r, seg.norm.text);
        if (m !== null) {
          fire(engine, st, r.id);
          recordSpan(seg.norm, seg.offset, text, m, r.id, spans);
          return true;
        }
      }
      return false;
    }
    const meta = metaSlots[i];
    if (meta === undefined) return false;
    for (let j = 0; j < meta.all.length; j++) if (!checkSlot(meta.all[j] as number)) return false;
    let n = 0;
    for (let j = 0; j < meta.any.length && n < meta.minAny; j++) if (checkSlot(meta.any[j] as number)) n++;
    if (n < meta.minAny) return false;
    for (let j = 0; j < meta.none.length; j++) if (checkSlot(meta.none[j] as number)) return false;
    fire(engine, st, r.id);
    // The meta rule's span is that of its first fired part that has one.
    const m = r.meta as NonNullable<CompiledRule['meta']>;
    const spanOf = (ids: readonly string[], at: Int32Array): boolean => {
      for (let j = 0; j < ids.length; j++) {
        const sp = firedSlot[at[j] as number] === mark ? spans.get(ids[j] as string) : undefined;
        if (sp) {
          spans.set(r.id, sp);
          return true;
        }
      }
      return false;
    };
    if (!spanOf(m.all, meta.all)) spanOf(m.any, meta.any);
    return true;
  };
  // Asked after the engine has read another message (whose marks replaced this one's), the
  // message is read again: the engine is deterministic, so the answers are the same.
  let again: MessageHits | undefined;
  const check = (id: string): boolean => {
    if (engine.message.n !== mark) {
      again ??= collectHits(engine, text, ctx);
      return again.check(id);
    }
    const i = engine.slotOf.get(id);
    return i === undefined ? fired.has(id) : checkSlot(i);
  };
  // Scored meta rules, in order.
  for (let j = 0; j < engine.scoredMetaSlots.length; j++) checkSlot(engine.scoredMetaSlots[j] as number);
  // A delivery notice whose every link is a carrier's or shop's own domain (and no broken link
  // text) is a real notice.
  if (fired.has('PHISHING_DELIVERY')) {
    const urls = indicators.filter((i) => i.kind === 'url');
    if (
      urls.length > 0 &&
      urls.every((u) => u.detail?.official === 'yes') &&
      !/https?:? \/\/|hxxp/i.test(text)
    ) {
      fired.delete('PHISHING_DELIVERY');
      firedSlot[engine.slotOf.get('PHISHING_DELIVERY') as number] = 0;
    }
  }

  const reasons = new Map<string, Reason>();
  for (const id of fired) {
    const r = engine.byId.get(id);
    if (!r?.scored) continue;
    const reason: Reason = {
      ruleId: r.id,
      family: r.family,
      stage: r.stage,
      key: r.reason,
      text: r.reasonText,
      weight: r.weight,
    };
    const sp = spans.get(id);
    if (sp) reason.span = sp;
    reasons.set(id, reason);
  }
  // Talk about scams (only worth reading when something fired): one dampener is overridden by a
  // call to action (a lure that mentions scams, "not a scam, contact her"); two or more dampen
  // unless it is a handle promotion. Long posts that name scams are discussions even when they
  // quote a call to action.
  let nDamp = 0;
  if (reasons.size > 0) {
    for (const d of engine.dampeners) {
      if (segments.some((seg) => (d.scripts & seg.scripts) !== 0 && d.re.test(seg.norm.text))) {
        fire(engine, st, d.id);
        nDamp++;
      }
    }
  }
  const cta = nDamp > 0 && check('__CALL_TO_ACTION');
  const promo = cta && (fired.has('__IND_HANDLE') || check('__PROMO_HANDLE'));
  // A single dampener is also overridden by the lures that narrate or name the scam as a matter of
  // script (which ones is data: the __DAMPENER_OVERRIDE building block).
  const scripted = nDamp === 1 && !cta && check('__DAMPENER_OVERRIDE');
  const longPost = text.length > LONG_POST;
  // A few scripts always tell a scam story (the recovery-agent shill): no dampener silences them.
  // Some others tell one in a short comment only (a recovery credited to a handle): no dampener
  // silences them there, but a long post that names them is a discussion.
  const shill = nDamp > 0 && (check('__SHILL_OVERRIDE') || (!longPost && check('__SHILL_OVERRIDE_SHORT')));
  const dampened =
    !shill && (nDamp >= 2 ? !promo || longPost : nDamp === 1 && (!(cta || scripted) || longPost));
  let score = familyScore(reasons.values());
  const factor = dampened ? (nDamp >= 2 ? DAMPENER_FACTOR_STRONG : DAMPENER_FACTOR) : 1;
  score *= factor;
  return { reasons, fired, check, indicators, dampened, factor, score };
}

/** Score of a set of reasons: each reason key counts once (its strongest rule: the same red flag
 * matched by several rules or language packs does not stack), then per-family caps. */
export function familyScore(reasons: Iterable<{ family: Family; weight: number; key: string }>): number {
  const perKey = new Map<string, { family: Family; weight: number }>();
  for (const r of reasons) {
    const k = `${r.family}|${r.key}`;
    const prev = perKey.get(k);
    if (!prev || prev.weight < r.weight) perKey.set(k, { family: r.family, weight: r.weight });
  }
  const perFamily = new Map<Family, number>();
  for (const r of perKey.values()) perFamily.set(r.family, (perFamily.get(r.family) ?? 0) + r.weight);
  let s = 0;
  for (const [f, v] of perFamily) s += Math.min(v, FAMILY_CAPS[f]);
  return s;
}

export function levelFor(score: number, sensitivity: Sensitivity = 'standard'): Level {
  const t = THRESHOLDS[sensitivity] ?? THRESHOLDS.standard;
  if (score >= t.danger) return 'danger';
  if (score >= t.caution) return 'caution';
  return 'none';
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Reasons for display: strongest first, one per reason key (several rules may share a key). */
export function displayReasons(reasons: Iterable<Reason>): Reason[] {
  const sorted = [...reasons].sort(
    (a, b) =>
      b.weight - a.weight ||
      (a.fromMessage ?? 1e9) - (b.fromMessage ?? 1e9) ||
      (a.ruleId < b.ruleId ? -1 : 1),
  );
  const seen = new Set<string>();
  const out: Reason[] = [];
  for (const r of sorted) {
    if (seen.has(r.key)) continue;
    seen.add(r.key);
    out.push(r);
  }
  return out;
}

export function familiesOf(reasons: Iterable<Reason>): Family[] {
  const w = new Map<Family, number>();
  for (const r of reasons) w.set(r.family, (w.get(r.family) ?? 0) + r.weight);
  return [...w.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
}

/** Score one message. */
export function analyzeWith(engine: Engine, text: string, ctx?: AnalyzeContext): Verdict {
  if (ctx?.direction === 'out') return { level: 'none', score: 0, families: [], reasons: [], indicators: [] };
  const hits = collectHits(engine, text, ctx);
  const reasons = [...hits.reasons.values()];
  return {
    level: levelFor(hits.score, ctx?.sensitivity),
    score: round2(hits.score),
    families: familiesOf(reasons),
    reasons: displayReasons(reasons),
    indicators: hits.indicators,
  };
}
