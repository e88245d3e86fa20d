import { FIRST_REPLIES } from '../engine/replies.ts';
import type { Direction, ThreadMessage, Verdict } from '../engine/types.ts';
import type { AnalyzeItem } from './messages.ts';

/**
 * Bounded thread context, shared by the content script (which picks the context a request
 * starts with) and the background (which scores a request's messages in blocks with it).
 *
 * The engine's thread analysis carries forward only what earlier messages flagged (reasons,
 * stages reached), so harmless older messages add cost but no information: each block of
 * messages is analysed after the `CONTEXT_TAIL` messages right before it plus up to
 * `CONTEXT_FLAGGED` earlier messages that raised red flags of their own, and, in a stranger's
 * conversation, the user's first replies with the messages they answered (`replyPins`: the one
 * thing the engine reads from the user's own messages is a "wrong number" there). This bounds
 * the cost of a message however long the thread is.
 */
export const CONTEXT_TAIL = 2;
export const CONTEXT_FLAGGED = 8;
/** The engine reads the user's first FIRST_REPLIES outgoing messages of a thread, and only
 * those, for "wrong number" (src/engine/thread.ts): whoever keeps writing after that is a
 * stranger. Those replies and the message each answered are always part of the context. */
export { FIRST_REPLIES };
/** Messages scored per engine call in the background. */
export const BLOCK = 24;

/** The engine's mark on a stranger's message after a "wrong number" (src/engine/thread.ts). */
const STRANGER = 'THREAD_OPENER_CONTINUES';

/** Whether a verdict has red flags of the message's own (not carried from earlier messages), or
 * is a stranger's message that keeps a "wrong number" conversation going: either is context the
 * engine needs again for later messages. */
export function hasOwnFlags(v: Verdict): boolean {
  return coverageKeys(v).length > 0;
}

/**
 * Whether a verdict is about this message and not only an echo of earlier ones. In a thread that
 * has already been flagged, the engine keeps every later message at 'caution' through carried
 * reasons; repeating the warning under each "ok" and "see you" would bury the one that matters,
 * so a warning is shown only where the message adds a red flag of its own or is the one that
 * tips the thread (the engine marks that with THREAD_OPENER_CONTINUES). The tipping message
 * carries the whole story in its reasons. (Every verdict with own flags also raises one.)
 */
export function raisesOwnFlag(v: Verdict): boolean {
  return v.reasons.some(
    (r) =>
      (r.fromMessage === undefined && r.ruleId !== 'THREAD_PROGRESSION') ||
      r.ruleId === 'THREAD_OPENER_CONTINUES',
  );
}

/** Verdicts are not changed once made: the rules and stages each one brings, worked out once. */
const keysOf = new WeakMap<Verdict, readonly string[]>();

/** The rules and script stages a verdict's own red flags bring, and 'stranger' for the engine's
 * mark (empty: nothing the engine needs again). */
function coverageKeys(v: Verdict): readonly string[] {
  let keys = keysOf.get(v);
  if (keys === undefined) {
    const out: string[] = [];
    for (const r of v.reasons) {
      if (r.ruleId === STRANGER) out.push('stranger');
      if (r.fromMessage !== undefined || r.ruleId.startsWith('THREAD_')) continue;
      out.push(`r:${r.ruleId}`, `s:${r.stage}`);
    }
    keys = out;
    keysOf.set(v, keys);
  }
  return keys;
}

/**
 * The pinned context before `from`: the thread's first FIRST_REPLIES outgoing messages and the
 * message right before each (ascending). `directionAt` gives each message's direction.
 */
export function replyPins(from: number, directionAt: (i: number) => Direction | undefined): number[] {
  const pins: number[] = [];
  let seen = 0;
  for (let i = 0; i < from && seen < FIRST_REPLIES; i++) {
    if (directionAt(i) !== 'out') continue;
    seen += 1;
    // the last pin is an earlier reply, so the message before this one is never pinned twice
    if (i > 0 && directionAt(i - 1) !== 'out') pins.push(i - 1);
    pins.push(i);
  }
  return pins;
}

/**
 * Indexes of the context for a block that starts at `from` in a list whose verdicts are known
 * (`verdictAt`; undefined when not scored): the earlier messages with red flags of their own,
 * newest first, each only if it brings a rule or a script stage not already covered (that is
 * all the engine carries forward), then the tail right before `from`. In page order.
 *
 * `flagged`, when given, lists (ascending) every index whose verdict has red flags of its own,
 * at least up to `from`: the walk then visits only those instead of every earlier message. A
 * caller that keeps such a list as verdicts arrive (the scanner, whose threads hold thousands
 * of messages) pays for the flagged messages, not for the length of the thread. The result is
 * the same with or without it.
 */
export function contextIndexes(
  from: number,
  verdictAt: (i: number) => Verdict | undefined,
  tail = CONTEXT_TAIL,
  maxFlagged = CONTEXT_FLAGGED,
  flagged?: readonly number[],
  pinsFor?: () => readonly number[],
): number[] {
  const tailStart = Math.max(0, from - tail);
  const picked: number[] = [];
  const covered = new Set<string>();
  const consider = (i: number): void => {
    const v = verdictAt(i);
    if (!v) return;
    let adds = false;
    for (const k of coverageKeys(v)) {
      if (!covered.has(k)) {
        covered.add(k);
        adds = true;
      }
    }
    if (adds) picked.push(i);
  };
  if (flagged) {
    // The last listed index before the tail, then backwards through the list.
    let lo = 0;
    let hi = flagged.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (flagged[mid]! < tailStart) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && picked.length < maxFlagged; k--) consider(flagged[k]!);
  } else {
    for (let i = tailStart - 1; i >= 0 && picked.length < maxFlagged; i--) consider(i);
  }
  picked.reverse();
  // A stranger's conversation (a picked or tail message carries the engine's mark): the user's
  // first replies and the messages they answered come too, in page order, since the engine reads
  // the "wrong number" there. Other threads do not pay for them.
  if (pinsFor && (covered.has('stranger') || tailHasStranger(tailStart, from, verdictAt))) {
    const merged = new Set(picked);
    for (const p of pinsFor()) if (p < tailStart) merged.add(p);
    picked.splice(0, picked.length, ...[...merged].sort((x, y) => x - y));
  }
  for (let i = tailStart; i < from; i++) picked.push(i);
  return picked;
}

function tailHasStranger(start: number, end: number, verdictAt: (i: number) => Verdict | undefined): boolean {
  for (let i = start; i < end; i++) {
    const v = verdictAt(i);
    if (v && coverageKeys(v).includes('stranger')) return true;
  }
  return false;
}

/**
 * Score `messages` that follow `context` in one thread, in blocks of `block`, each block after
 * its bounded context (see above) taken from the whole sequence scored so far. The verdicts of
 * the context messages are those they get as the prefix of the first block. Pure: the same input
 * gives the same verdicts, so requests need no state between them.
 */
export function scoreInBlocks(
  analyzeThread: (messages: ThreadMessage[]) => Verdict[],
  context: readonly ThreadMessage[],
  messages: readonly ThreadMessage[],
  block = BLOCK,
): Verdict[] {
  const seq = [...context, ...messages];
  const verdicts: Array<Verdict | undefined> = new Array(seq.length);
  for (let from = context.length; from < seq.length; from += block) {
    const to = Math.min(seq.length, from + block);
    const ctx =
      from === context.length
        ? context.map((_, i) => i)
        : contextIndexes(
            from,
            (i) => verdicts[i],
            CONTEXT_TAIL,
            CONTEXT_FLAGGED,
            undefined,
            () => replyPins(from, (i) => seq[i]?.direction),
          );
    const out = analyzeThread([...ctx.map((i) => seq[i]!), ...seq.slice(from, to)]);
    if (from === context.length) for (let k = 0; k < ctx.length; k++) verdicts[ctx[k] as number] = out[k];
    for (let i = from; i < to; i++) verdicts[i] = out[ctx.length + i - from];
  }
  return verdicts.slice(context.length) as Verdict[];
}

/**
 * The answer to an analyze request's items: each item's messages scored in blocks (above), and a
 * verdict that raises no red flag of the message's own travels as null (most messages: harmless
 * ones, and the echoes of earlier red flags that later messages of a flagged thread carry). The
 * page shows nothing for those and does not use them as context, so it parses less. Used by the
 * background and by the scanner's local analyzer for tests, so both answer alike.
 */
export function scoreItems(
  analyzeThread: (messages: ThreadMessage[]) => Verdict[],
  items: readonly AnalyzeItem[],
): Array<Array<Verdict | null>> {
  return items.map((item) =>
    scoreInBlocks(analyzeThread, item.context, item.messages).map((v) => (raisesOwnFlag(v) ? v : null)),
  );
}
