/**
 * Round marks: instead of clearing a typed array before each round (a message, a segment, a
 * scan), an entry counts as set in this round when it holds this round's number. 0 is never a
 * round's number, so fresh arrays read as unset. Numbers wrap before 2^32; on the wrap the arrays
 * are cleared once, so that an entry left from an earlier round can never pass for the current one.
 */
export function nextMark(counter: { n: number }, arrays: readonly Uint32Array[]): number {
  counter.n = counter.n >= 0xffff_fffe ? 1 : counter.n + 1;
  if (counter.n === 1) for (const a of arrays) a.fill(0);
  return counter.n;
}
