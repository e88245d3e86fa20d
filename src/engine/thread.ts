import { REASONS } from './reasons.ts';
import { FIRST_REPLIES } from './replies.ts';
import {
  collectHits,
  displayReasons,
  type Engine,
  familiesOf,
  familyScore,
  levelFor,
  round2,
} from './score.ts';
import type { AnalyzeContext, Level, Reason, Stage, ThreadMessage, Verdict } from './types.ts';
import { STAGE_PROGRESSION_BONUS, THREAD_CARRY } from './weights.ts';

const SCRIPT_STAGES: readonly Stage[] = ['opener', 'rapport', 'platform', 'pitch', 'payment'];

/** Building blocks that show a stranger who "reached the wrong person" is still chatting. */
const CONTINUES_CHAT = ['__RAPPORT_SMALLTALK', '__OPENER_SELF_INTRO'];
const OPENER_KEYS = new Set(['reason_opener_wrong_number', 'reason_opener_contact_saved']);

/** Read in the user's own messages only ("wrong number"), and only in their first FIRST_REPLIES
 * messages of the conversation: the bounded context of the extension always includes those
 * (src/shared/thread-context.ts replyPins), so a later message sees the same state. */
const USER_SAYS_STRANGER = '__USER_SAYS_STRANGER';

/** After the user said "wrong number", does this incoming message keep the conversation going (a
 * question, or more than a short "sorry, bye")? Counts words, or letters in scripts written
 * without spaces (Chinese, Japanese, Thai). */
export function keepsTalking(text: string): boolean {
  if (/[?？]/.test(text)) return true;
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words >= 7) return true;
  const dense = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu);
  return (dense?.length ?? 0) >= 14;
}

const DOWNGRADE: Record<Level, Level> = { danger: 'caution', caution: 'none', none: 'none' };
const RANK: Record<Level, number> = { none: 0, caution: 1, danger: 2 };

/**
 * Score a conversation in order. Each verdict uses the thread up to and including that message.
 * Outgoing messages (the user's own) are never flagged and never add red flags.
 */
export function analyzeThreadWith(
  engine: Engine,
  messages: readonly ThreadMessage[],
  ctx?: AnalyzeContext,
): Verdict[] {
  const sensitivity = ctx?.sensitivity ?? 'standard';
  // strongest earlier reason per rule id (already dampened where the message was)
  const carried = new Map<string, Reason>();
  const stagesSeen = new Set<Stage>();
  let openerAt = -1;
  // the user told the sender they have the wrong person (set from an outgoing message)
  let userSaidStranger = false;
  let lastIncoming = -1;
  let replies = 0;
  const out: Verdict[] = [];
  for (let i = 0; i < messages.length; i++) {
    const msg = messages[i] as ThreadMessage;
    const dir = msg?.direction ?? ctx?.direction ?? 'unknown';
    if (dir === 'out') {
      // The user's own words are never flagged and add no red flag; only "wrong number" (not "who
      // is this?") is read, to know that whoever keeps writing is a stranger.
      replies += 1;
      if (replies <= FIRST_REPLIES && openerAt < 0 && typeof msg?.text === 'string') {
        if (collectHits(engine, msg.text, ctx).check(USER_SAYS_STRANGER)) {
          // the message it answered; in a bounded context that starts with the user's replies
          // (two in a row, then the stranger), the reply itself
          openerAt = lastIncoming >= 0 ? lastIncoming : i;
          userSaidStranger = true;
        }
      }
      out.push({ level: 'none', score: 0, families: [], reasons: [], indicators: [] });
      continue;
    }
    lastIncoming = i;
    const text = typeof msg?.text === 'string' ? msg.text : '';
    const hits = collectHits(engine, text, ctx);
    if (hits.reasons.size === 0 && carried.size === 0 && !(userSaidStranger && openerAt < i)) {
      // nothing so far in this conversation, nothing here
      out.push({ level: 'none', score: 0, families: [], reasons: [], indicators: hits.indicators });
      continue;
    }
    const factor = hits.factor;
    const own = [...hits.reasons.values()].map((r) => ({ ...r, weight: r.weight * factor }));
    const ownLevel = levelFor(hits.score, sensitivity);

    // Thread score: own reasons at full weight, earlier ones at THREAD_CARRY, family caps, plus
    // a bonus for each script stage reached.
    const combined = new Map<string, Reason>();
    for (const [id, r] of carried) combined.set(id, { ...r, weight: r.weight * THREAD_CARRY });
    for (const r of own) {
      const prev = combined.get(r.ruleId);
      if (!prev || prev.weight <= r.weight) combined.set(r.ruleId, r);
    }
    const stagesNow = new Set(stagesSeen);
    if (!hits.dampened) for (const r of own) if (SCRIPT_STAGES.includes(r.stage)) stagesNow.add(r.stage);
    // A stranger who "reached the wrong person" and keeps building rapport (after the user said so
    // themself: any message that keeps the conversation going).
    const continues =
      CONTINUES_CHAT.some((id) => hits.check(id)) ||
      own.some((r) => r.stage === 'rapport' || r.stage === 'opener') ||
      (userSaidStranger && keepsTalking(text));
    const strangerGoesOn = openerAt >= 0 && openerAt < i && continues && !hits.dampened;
    if (strangerGoesOn) stagesNow.add('opener');

    let threadScore = familyScore(combined.values());
    const bonus = STAGE_PROGRESSION_BONUS[Math.min(stagesNow.size, STAGE_PROGRESSION_BONUS.length - 1)] ?? 0;
    const extra: Reason[] = [];
    if (bonus > 0 && !hits.dampened) {
      threadScore += bonus;
      const top = [...stagesNow].sort(
        (a, b) => SCRIPT_STAGES.indexOf(b) - SCRIPT_STAGES.indexOf(a),
      )[0] as Stage;
      const fam = [...combined.values()].find((r) => r.stage === top)?.family ?? 'opener';
      extra.push({
        ruleId: 'THREAD_PROGRESSION',
        family: fam,
        stage: top,
        key: 'reason_thread_progression',
        text: REASONS.reason_thread_progression,
        weight: bonus,
      });
    }
    if (strangerGoesOn) {
      threadScore += 1.5;
      extra.push({
        ruleId: 'THREAD_OPENER_CONTINUES',
        family: 'opener',
        stage: 'opener',
        key: userSaidStranger ? 'reason_opener_told_wrong_number' : 'reason_opener_wrong_number',
        text: userSaidStranger ? REASONS.reason_opener_told_wrong_number : REASONS.reason_opener_wrong_number,
        weight: 1.5,
        fromMessage: openerAt,
      });
    }

    const threadLevel = levelFor(threadScore, sensitivity);
    const ownSignal =
      own.some((r) => r.weight > 0) || extra.some((r) => r.ruleId === 'THREAD_OPENER_CONTINUES');
    // A message with no red flag of its own shows the thread's level one step lower, except that
    // once the conversation has followed the script through two or more stages, every incoming
    // message keeps at least a caution.
    let level: Level = ownSignal ? threadLevel : DOWNGRADE[threadLevel];
    if (!ownSignal && threadLevel !== 'none' && stagesNow.size >= 2 && level === 'none') level = 'caution';
    if (RANK[ownLevel] > RANK[level]) level = ownLevel;

    const shown = [...combined.values(), ...extra];
    out.push({
      level,
      score: round2(Math.max(hits.score, threadScore)),
      families: familiesOf(shown),
      reasons: displayReasons(shown),
      indicators: hits.indicators,
    });

    for (const r of own) {
      const prev = carried.get(r.ruleId);
      if (!prev || prev.weight < r.weight) carried.set(r.ruleId, { ...r, fromMessage: i });
    }
    for (const s of stagesNow) stagesSeen.add(s);
    if (
      openerAt < 0 &&
      !hits.dampened &&
      (hits.check('__OPENER_MISTAKE') || own.some((r) => OPENER_KEYS.has(r.key)))
    ) {
      openerAt = i;
    }
  }
  return out;
}
