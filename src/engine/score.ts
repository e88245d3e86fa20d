import { COMPILED_SIGNALS, type CompiledRule, compileRules, scriptsOf } from './compile.ts';
import { DAMPENERS } from './dampeners.ts';
import { findIndicators, findWallets } from './indicators/index.ts';
import { indicatorFacts } from './indicators/signals.ts';
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

/** Longest stretch of text the rules read in one piece; longer inputs are read as a head and a
 * tail window (where greetings, pitches and signatures sit). Indicators scan further. */
export const RULE_WINDOW_HEAD = 12_000;
export const RULE_WINDOW_TAIL = 4_000;
/** Indicators (wallets, links, handles) scan at most this much of the head and tail. */
export const INDICATOR_WINDOW = 256_000;
/** Beyond this length a message that talks about scams is read as a post about them. */
export const LONG_POST = 600;

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
  found: Uint32Array;
  /** factor id -> indexes of the pattern rules that need it */
  factorRules: readonly Int32Array[];
  /** per pattern rule: stamp of the last segment where one of its factors occurred */
  candidate: Uint32Array;
  /** scratch list of the candidate pattern rules of one segment (each rule at most once) */
  todo: Int32Array;
  /** scored pattern rules without literal factors: they always run */
  alwaysRun: readonly number[];
  /** rule id -> index in patternRules (building blocks use it to skip on a missing factor) */
  patternIndex: ReadonlyMap<string, number>;
  stamp: { n: number };
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
    if (f && (patternRules[k] as CompiledRule).scored) for (const id of f) (byFactor[id] as number[]).push(k);
  });
  return {
    index,
    ruleFactors,
    factorRules: byFactor.map((a) => Int32Array.from(a)),
    candidate: new Uint32Array(patternRules.length),
    todo: new Int32Array(patternRules.length),
    alwaysRun: ruleFactors.flatMap((f, k) =>
      f === null && (patternRules[k] as CompiledRule).scored ? [k] : [],
    ),
    found: new Uint32Array(index.factors.length),
    patternIndex: new Map(patternRules.map((r, k) => [r.id, k])),
    stamp: { n: 0 },
    rules: compiled,
    patternRules,
    metaRules: compiled.filter((c) => c.meta),
    byId,
    dampeners: dampenerRules.map((d) => ({ id: d.id, re: d.re as RegExp, scripts: d.scripts })),
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
const NEVER_ASK_ZH =
  /(?:不会|不會|绝不|絕不|从不|從不|从来不|從來不|决不|決不)(?:会|會)?(?:主动)?(?:要求|让|讓|叫|请|請|向|通过|通過|以任何)/;

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

/** Run the scored pattern rules whose literal factors occur (building blocks wait until a meta
 * rule asks for them). */
function matchSegment(
  engine: Engine,
  seg: Segment,
  original: string,
  ctx: AnalyzeContext | undefined,
  fired: Set<string>,
  spans: Map<string, { start: number; end: number; excerpt: string }>,
): void {
  const text = seg.norm.text;
  const scripts = seg.scripts;
  const stamp = ++engine.stamp.n;
  const hits: number[] = [];
  engine.index.scan(text, engine.found, stamp, hits);
  // Candidate scored rules: those with a factor present (collected from the factor hits, not by
  // walking every rule), in rule order.
  const candidate = engine.candidate;
  const buf = engine.todo;
  let n = 0;
  for (let h = 0; h < hits.length; h++) {
    const rs = engine.factorRules[hits[h] as number] as Int32Array;
    for (let j = 0; j < rs.length; j++) {
      const k = rs[j] as number;
      if (candidate[k] !== stamp) {
        candidate[k] = stamp;
        buf[n++] = k;
      }
    }
  }
  for (const k of engine.alwaysRun) buf[n++] = k;
  // A typed array sorts numbers natively (no comparator call per pair): this runs for every message.
  const todo = buf.subarray(0, n).sort();
  const rules = engine.patternRules;
  for (let t = 0; t < todo.length; t++) {
    const r = rules[todo[t] as number] as CompiledRule;
    if (!r.scored) continue;
    if ((r.scripts & scripts) === 0 || fired.has(r.id)) continue;
    if (!langAllowed(r, ctx)) continue;
    const m = matchOf(r, text);
    if (m === null) continue;
    fired.add(r.id);
    recordSpan(seg.norm, seg.offset, original, m, r.id, spans);
  }
}

/** Run every rule over one message and collect what fired. */
export function collectHits(engine: Engine, input: string, ctx?: AnalyzeContext): MessageHits {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const fired = new Set<string>();
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
    fired.add(id);
    if (ind.span) spans.set(id, { ...ind.span, excerpt: text.slice(ind.span.start, ind.span.end) });
  }

  const segments: Segment[] = [];
  const addSegment = (part: string, offset: number) => {
    const norm = normalize(part);
    segments.push({ norm, offset, scripts: scriptsOf(norm.text) });
  };
  if (text.length <= RULE_WINDOW_HEAD + RULE_WINDOW_TAIL) addSegment(text, 0);
  else {
    addSegment(text.slice(0, RULE_WINDOW_HEAD), 0);
    addSegment(text.slice(text.length - RULE_WINDOW_TAIL), text.length - RULE_WINDOW_TAIL);
  }
  for (const seg of segments) matchSegment(engine, seg, text, ctx, fired, spans);
  // With one segment, the factor scan above also tells which building blocks cannot match: a block
  // none of whose necessary literal factors occurred is skipped without running its regex. The
  // stamp guards against a later scan (another message) having overwritten `found`.
  const scanStamp = segments.length === 1 ? engine.stamp.n : -1;
  const mayMatch = (id: string): boolean => {
    if (scanStamp < 0 || engine.stamp.n !== scanStamp) return true;
    const k = engine.patternIndex.get(id);
    const factors = k === undefined ? null : engine.ruleFactors[k];
    if (!factors) return true;
    for (let j = 0; j < factors.length; j++)
      if (engine.found[factors[j] as number] === scanStamp) return true;
    return false;
  };

  // Building blocks and meta rules are evaluated on demand and remembered.
  const tested = new Set<string>();
  const check = (id: string): boolean => {
    if (fired.has(id)) return true;
    if (tested.has(id)) return false;
    tested.add(id);
    const r = engine.byId.get(id);
    if (!r || !langAllowed(r, ctx)) return false;
    if (r.re && !r.scored) {
      if (!mayMatch(id)) return false;
      for (const seg of segments) {
        if ((r.scripts & seg.scripts) === 0) continue;
        const m = matchOf(r, seg.norm.text);
        if (m !== null) {
          fired.add(id);
          recordSpan(seg.norm, seg.offset, text, m, id, spans);
          return true;
        }
      }
      return false;
    }
    if (r.meta) {
      const meta = r.meta;
      for (const a of meta.all) if (!check(a)) return false;
      let n = 0;
      for (const a of meta.any) {
        if (n >= meta.minAny) break;
        if (check(a)) n++;
      }
      if (n < meta.minAny) return false;
      for (const a of meta.none) if (check(a)) return false;
      fired.add(id);
      for (const a of [...meta.all, ...meta.any]) {
        const sp = spans.get(a);
        if (sp && fired.has(a)) {
          spans.set(id, sp);
          break;
        }
      }
      return true;
    }
    return false;
  };
  // Scored meta rules, in order.
  for (const r of engine.metaRules) if (r.scored) check(r.id);
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
        fired.add(d.id);
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
  const shill = nDamp > 0 && check('__SHILL_OVERRIDE');
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
