import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeThread } from '../../../src/engine/index.ts';
import type { Reason, Stage, ThreadMessage, Verdict } from '../../../src/engine/types.ts';
import {
  CONTEXT_FLAGGED,
  CONTEXT_TAIL,
  contextIndexes,
  hasOwnFlags,
  replyPins,
  scoreInBlocks,
} from '../../../src/shared/thread-context.ts';

const STAGES: Stage[] = ['opener', 'rapport', 'platform', 'pitch', 'payment'];

function reason(ruleId: string, stage: Stage, fromMessage?: number): Reason {
  return {
    ruleId,
    family: 'investment',
    stage,
    key: 'reason_x',
    text: ruleId,
    weight: 1,
    ...(fromMessage === undefined ? {} : { fromMessage }),
  };
}

function verdict(reasons: Reason[]): Verdict {
  return {
    level: reasons.length ? 'caution' : 'none',
    score: reasons.length,
    families: [],
    reasons,
    indicators: [],
  };
}

/** A verdict per message: unscored, no flags, own flags, or only flags carried from earlier. */
const verdictArb = fc.oneof(
  fc.constant(undefined),
  fc.constant(verdict([])),
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom(...STAGES)), {
      minLength: 1,
      maxLength: 3,
    })
    .map((rs) => verdict(rs.map(([r, st]) => reason(`R${r}`, st)))),
  fc.constant(verdict([reason('R1', 'pitch', 0), reason('THREAD_PROGRESSION', 'pitch')])),
);

describe('contextIndexes', () => {
  test('walks back to the messages with own flags that add a rule or a stage, then the tail', () => {
    const vs: (Verdict | undefined)[] = [
      verdict([reason('A', 'platform')]), // 0
      verdict([]), // 1
      verdict([reason('A', 'platform')]), // 2: same rule and stage as 0, newer: taken, 0 is not
      verdict([reason('B', 'pitch')]), // 3
      undefined, // 4
      verdict([]), // 5 tail
      verdict([]), // 6 tail
    ];
    expect(contextIndexes(7, (i) => vs[i])).toEqual([2, 3, 5, 6]);
    expect(contextIndexes(7, (i) => vs[i], CONTEXT_TAIL, CONTEXT_FLAGGED, [0, 2, 3])).toEqual([2, 3, 5, 6]);
    expect(contextIndexes(1, (i) => vs[i])).toEqual([0]);
    expect(contextIndexes(0, (i) => vs[i])).toEqual([]);
  });

  test('with the list of flagged indexes the result is the same as walking every message', () => {
    fc.assert(
      fc.property(
        fc.array(verdictArb, { maxLength: 80 }),
        fc.nat(),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 10 }),
        (vs, f, tail, max) => {
          const from = vs.length === 0 ? 0 : f % (vs.length + 1);
          const at = (i: number) => vs[i];
          const flagged = vs.flatMap((v, i) => (v && hasOwnFlags(v) ? [i] : []));
          // The list may reach past `from` (the scanner's does): only earlier entries count.
          expect(contextIndexes(from, at, tail, max, flagged)).toEqual(contextIndexes(from, at, tail, max));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the user\u2019s first replies stay in the context', () => {
  test('replyPins: the first two outgoing messages and the message each answered', () => {
    const dirs = ['in', 'out', 'in', 'in', 'out', 'out', 'in', 'out'] as const;
    expect(replyPins(8, (i) => dirs[i])).toEqual([0, 1, 3, 4]);
    expect(replyPins(3, (i) => dirs[i])).toEqual([0, 1]);
    expect(replyPins(1, (i) => dirs[i])).toEqual([]);
    // an outgoing message first has nothing before it to pin
    expect(replyPins(3, (i) => (['out', 'in', 'out'] as const)[i])).toEqual([0, 1, 2]);
    expect(replyPins(50, () => 'in')).toEqual([]);
  });

  test('contextIndexes adds the pins, in page order and without repeats, only in a stranger\u2019s thread', () => {
    const stranger = verdict([reason('THREAD_OPENER_CONTINUES', 'opener', 0)]);
    const vs: (Verdict | undefined)[] = [
      verdict([]),
      verdict([]),
      verdict([reason('A', 'pitch')]),
      stranger,
      verdict([]),
      verdict([]),
      verdict([]),
    ];
    const at = (i: number) => vs[i];
    const pins = (p: number[]) => () => p;
    expect(contextIndexes(7, at, CONTEXT_TAIL, CONTEXT_FLAGGED, undefined, pins([0, 1]))).toEqual([
      0, 1, 2, 3, 5, 6,
    ]);
    expect(contextIndexes(7, at, CONTEXT_TAIL, CONTEXT_FLAGGED, undefined, pins([1, 2]))).toEqual([
      1, 2, 3, 5, 6,
    ]);
    // pins inside the tail are the tail's
    expect(contextIndexes(7, at, CONTEXT_TAIL, CONTEXT_FLAGGED, undefined, pins([5, 6]))).toEqual([
      2, 3, 5, 6,
    ]);
    // the mark in the tail counts too
    expect(contextIndexes(5, at, CONTEXT_TAIL, CONTEXT_FLAGGED, undefined, pins([0, 1]))).toEqual([
      0, 1, 2, 3, 4,
    ]);
    // no stranger's mark: no pins, and the walk to them is never made
    const plain = vs.map((v) => (v === stranger ? verdict([]) : v));
    let asked = false;
    const lazy = () => {
      asked = true;
      return [0, 1];
    };
    expect(contextIndexes(7, (i) => plain[i], CONTEXT_TAIL, CONTEXT_FLAGGED, undefined, lazy)).toEqual([
      2, 5, 6,
    ]);
    expect(asked).toBe(false);
  });

  /** "Is this David?", the user's replies, a stranger who goes on, small talk, then a soft pitch. */
  const strangerThread = (replies: string[], smallTalk: number): ThreadMessage[] => [
    { text: "Hi, is this David? It's Amy from the yoga class", direction: 'in' },
    ...replies.map((text): ThreadMessage => ({ text, direction: 'out' })),
    {
      text: "Oh sorry! You seem kind though. I'm from Singapore, I work in fashion. What do you do?",
      direction: 'in',
    },
    ...Array.from(
      { length: smallTalk },
      (_, k): ThreadMessage => ({
        text: `haha yes, the weather here is lovely today, day ${k}`,
        direction: k % 2 ? 'out' : 'in',
      }),
    ),
    {
      text: 'She is an analyst and she taught me to trade gold contracts, today I earned a bit',
      direction: 'in',
    },
  ];

  test('a soft pitch far down a stranger\u2019s thread warns when scored in bounded blocks', () => {
    const convo = strangerThread(['wrong number sorry'], 30);
    const last = convo.length - 1;
    expect(analyzeThread(convo)[last]?.level).not.toBe('none');
    // blocks of 4: the pitch is scored after a bounded context that must still hold the reply
    const bounded = scoreInBlocks((m) => analyzeThread(m), [], convo, 4);
    expect(bounded[last]?.level).not.toBe('none');
    // without the pins the state would be lost: the pitch alone is quiet
    expect(analyzeThread([convo[last] as ThreadMessage])[0]?.level).toBe('none');
  });

  test('two replies in a row ("no?", then "wrong number") before the stranger goes on, in bounded blocks', () => {
    const convo = strangerThread(['no?', 'I think you have the wrong number'], 20);
    const last = convo.length - 1;
    expect(analyzeThread(convo)[last]?.level).not.toBe('none');
    // blocks of one message: the stranger's first message is scored after the two replies only
    const bounded = scoreInBlocks((m) => analyzeThread(m), [], convo, 1);
    expect(bounded[3]?.reasons.map((r) => r.ruleId)).toContain('THREAD_OPENER_CONTINUES');
    expect(bounded[last]?.level).not.toBe('none');
  });
});
