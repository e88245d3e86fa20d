import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Reason, Stage, Verdict } from '../../../src/engine/types.ts';
import {
  CONTEXT_FLAGGED,
  CONTEXT_TAIL,
  contextIndexes,
  hasOwnFlags,
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
