import { describe, expect, it } from 'vitest';
import { isMessage } from '../../../src/shared/messages.ts';

describe('isMessage', () => {
  it('accepts every message type of the union', () => {
    for (const type of [
      'content/state',
      'popup/get-tab-state',
      'content/reveal',
      'report/open',
      'report/get',
      'engine/analyze',
      'ping',
    ]) {
      expect(isMessage({ type })).toBe(true);
    }
  });

  it('rejects anything else at the boundary', () => {
    for (const value of [
      null,
      undefined,
      'ping',
      42,
      {},
      { type: 7 },
      { type: 'PING' },
      { type: 'content/unknown' },
      [],
    ]) {
      expect(isMessage(value)).toBe(false);
    }
  });
});
