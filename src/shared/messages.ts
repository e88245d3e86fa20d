import type { Direction, Lang, Sensitivity, Verdict } from '../engine/types.ts';
import type { EvidenceBundle, Finding, PageStatus, TabState } from './findings.ts';
import { ALL_RULE_LANGUAGES } from './settings.ts';
import type { SiteId } from './sites.ts';

/**
 * Every message sent between extension contexts, as one union. Receivers validate with
 * `isMessage` at the boundary: anything else is ignored.
 */
export type Message =
  /**
   * content -> background: page status and the full current set of findings for this tab.
   * `findings` may be left out when they are the same as in the last report on the same port
   * (src/shared/port-channel.ts): a new chat message changes `scanned` but rarely the findings,
   * and serialising every finding again cost the page ~2 ms per message.
   */
  | { type: 'content/state'; site: SiteId | null; status: PageStatus; scanned: number; findings?: Finding[] }
  /** popup -> background: state of a tab. Response: TabState. */
  | { type: 'popup/get-tab-state'; tabId: number }
  /** popup -> content (tabs.sendMessage): scroll to and highlight a flagged message. Response: boolean. */
  | { type: 'content/reveal'; findingId: string }
  /** content or popup -> background: open the report page for this evidence. Response: { ok: true }. */
  | { type: 'report/open'; bundle: EvidenceBundle }
  /** report page -> background: the evidence it was opened for. Response: EvidenceBundle | null. */
  | { type: 'report/get'; reportId: string }
  /**
   * content -> background: score messages with the rules engine, which runs in the background
   * (off the page's main thread). Stateless: each item carries the bounded context it needs.
   * Response: AnalyzeResponse, or { error } when the request is refused.
   */
  | AnalyzeRequest
  /** any -> background: liveness check used by tests and the popup. Response: { ok: true, version }. */
  | { type: 'ping' };

/**
 * One message as the engine needs it, and nothing more: plain text (never HTML) and whether the
 * user sent it. No sender name, id or address goes with it (the engine does not use them).
 */
export interface WireMessage {
  text: string;
  direction: Direction;
}

/**
 * Messages of one thread to score: `context` (earlier messages the content script selected) is
 * analysed first and gets no verdicts back; `messages` get one verdict each, in order, scored in
 * blocks with a bounded context (src/shared/thread-context.ts).
 */
export interface AnalyzeItem {
  context: WireMessage[];
  messages: WireMessage[];
}

export interface AnalyzeRequest {
  type: 'engine/analyze';
  ctx: { sensitivity: Sensitivity; languages: Lang[] };
  items: AnalyzeItem[];
}

/**
 * Verdicts per item, per message. `null` stands for a verdict that raises no red flag of the
 * message's own (see raisesOwnFlag in thread-context.ts; most messages): the content script
 * shows nothing for those and needs nothing else of them, so the page parses less.
 * `engineMs`: time the background spent in the engine for this request (benchmark figures).
 */
export interface AnalyzeResponse {
  ok: true;
  verdicts: Array<Array<Verdict | null>>;
  engineMs: number;
}

/** Bounds of one analyze request, checked on both sides. */
export const ANALYZE_LIMITS = {
  items: 64,
  /** Messages in one request, context included. */
  messages: 2500,
  /** Characters of one message's text (longer texts are cut by the content script). */
  textChars: 100_000,
} as const;

export type MessageType = Message['type'];

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  'content/state',
  'popup/get-tab-state',
  'content/reveal',
  'report/open',
  'report/get',
  'engine/analyze',
  'ping',
]);

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    TYPES.has((value as { type: string }).type)
  );
}

export type { TabState };

const SENSITIVITIES: ReadonlySet<string> = new Set<Sensitivity>(['low', 'standard', 'high']);
/** Languages a request may restrict the packs to: every rule language, and `any`. */
const LANGS: ReadonlySet<string> = new Set<Lang>(['any', ...ALL_RULE_LANGUAGES]);
const DIRECTIONS: ReadonlySet<string> = new Set<Direction>(['in', 'out', 'unknown']);

function isWireMessage(m: unknown): m is WireMessage {
  if (typeof m !== 'object' || m === null) return false;
  const { text, direction } = m as Record<string, unknown>;
  // Exactly these two fields: anything more (a sender, an id) is refused, not carried along.
  return (
    Object.keys(m).length === 2 &&
    typeof text === 'string' &&
    text.length <= ANALYZE_LIMITS.textChars &&
    typeof direction === 'string' &&
    DIRECTIONS.has(direction)
  );
}

/** Full validation of an analyze request (shape, enums and bounds); anything else is refused. */
export function isAnalyzeRequest(value: unknown): value is AnalyzeRequest {
  if (!isMessage(value) || value.type !== 'engine/analyze') return false;
  const { ctx, items } = value as { ctx?: unknown; items?: unknown };
  if (typeof ctx !== 'object' || ctx === null) return false;
  const { sensitivity, languages } = ctx as Record<string, unknown>;
  if (typeof sensitivity !== 'string' || !SENSITIVITIES.has(sensitivity)) return false;
  if (!Array.isArray(languages) || languages.length > LANGS.size) return false;
  if (!languages.every((l) => typeof l === 'string' && LANGS.has(l))) return false;
  if (!Array.isArray(items) || items.length > ANALYZE_LIMITS.items) return false;
  let total = 0;
  for (const item of items as unknown[]) {
    if (typeof item !== 'object' || item === null) return false;
    const { context, messages } = item as Record<string, unknown>;
    if (!Array.isArray(context) || !Array.isArray(messages)) return false;
    total += context.length + messages.length;
    if (total > ANALYZE_LIMITS.messages) return false;
    if (!context.every(isWireMessage) || !messages.every(isWireMessage)) return false;
  }
  return true;
}

/**
 * Validation of the background's answer on the content side: one verdict list per item, each as
 * long as the item's messages. Verdict contents come from our own engine; only the shape is checked.
 */
export function isAnalyzeResponse(value: unknown, request: AnalyzeRequest): value is AnalyzeResponse {
  if (typeof value !== 'object' || value === null) return false;
  const { ok, verdicts, engineMs } = value as Record<string, unknown>;
  if (ok !== true || typeof engineMs !== 'number' || !Array.isArray(verdicts)) return false;
  if (verdicts.length !== request.items.length) return false;
  return verdicts.every((list: unknown, i) => {
    if (!Array.isArray(list) || list.length !== request.items[i]!.messages.length) return false;
    return list.every(
      (v: unknown) =>
        v === null ||
        (typeof v === 'object' &&
          typeof (v as Verdict).level === 'string' &&
          typeof (v as Verdict).score === 'number' &&
          Array.isArray((v as Verdict).reasons) &&
          Array.isArray((v as Verdict).indicators) &&
          Array.isArray((v as Verdict).families)),
    );
  });
}
