import { describe, expect, test } from 'vitest';
import { handleAnalyze } from '../../../src/background/engine.ts';
import { analyzeThread } from '../../../src/engine/index.ts';
import {
  ANALYZE_LIMITS,
  type AnalyzeRequest,
  isAnalyzeRequest,
  isAnalyzeResponse,
  type WireMessage,
} from '../../../src/shared/messages.ts';
import { defaultSettings } from '../../../src/shared/settings.ts';

const msg = (text: string, direction: WireMessage['direction'] = 'in'): WireMessage => ({
  text,
  direction,
});
const ctx = { sensitivity: 'standard' as const, languages: defaultSettings().ruleLanguages };
const LURE = 'My uncle is an analyst: guaranteed 3% per day, deposit 500 USDT to start';

describe('background engine (content script requests)', () => {
  test('verdicts only for the messages of each item, scored after their context, as analyzeThread does', () => {
    const context = [msg('Hi, is this Daniel? Sorry, wrong number'), msg('Add me on WhatsApp +65 8123 4567')];
    const messages = [msg(LURE), msg('ok', 'out'), msg('See you on Friday')];
    const req: AnalyzeRequest = {
      type: 'engine/analyze',
      ctx,
      items: [
        { context, messages },
        { context: [], messages: [msg('Thanks for the photos')] },
      ],
    };
    expect(isAnalyzeRequest(req)).toBe(true);
    const res = handleAnalyze(req);
    expect(isAnalyzeResponse(res, req)).toBe(true);
    expect(res.verdicts.map((v) => v.length)).toEqual([3, 1]);
    const local = analyzeThread([...context, ...messages], ctx).slice(2);
    expect(res.verdicts[0]![0]).toEqual(local[0]);
    expect(res.verdicts[0]![0]!.level).toBe('danger');
    // 'none' verdicts without reasons travel as null.
    expect(res.verdicts[0]![1]).toBeNull();
    expect(res.verdicts[1]).toEqual([null]);
    expect(res.engineMs).toBeGreaterThanOrEqual(0);
    // Stateless: the same request gives the same answer (nothing is kept between requests).
    expect(handleAnalyze(req).verdicts).toEqual(res.verdicts);
    // The response survives structured cloning (runtime messaging).
    expect(structuredClone(res).verdicts).toEqual(res.verdicts);
  });

  test('malformed or oversized requests are refused at the boundary', () => {
    const ok: AnalyzeRequest = {
      type: 'engine/analyze',
      ctx,
      items: [{ context: [], messages: [msg('hi')] }],
    };
    expect(isAnalyzeRequest(ok)).toBe(true);
    const bad: unknown[] = [
      { ...ok, type: 'ping' },
      { ...ok, ctx: { ...ctx, sensitivity: 'extreme' } },
      { ...ok, ctx: { ...ctx, languages: ['en', 'xx'] } },
      { ...ok, ctx: null },
      { ...ok, items: 'x' },
      {
        ...ok,
        items: [{ context: [], messages: [{ text: '<b>hi</b>', direction: 'sideways' }] }],
      },
      { ...ok, items: [{ context: [], messages: [{ text: 7, direction: 'in' }] }] },
      { ...ok, items: [{ context: [], messages: [{ text: 'x' }] }] },
      // Nothing but text and direction: a sender name (or any other field) is refused.
      { ...ok, items: [{ context: [], messages: [{ text: 'x', direction: 'in', sender: 'Amy Tan' }] }] },
      { ...ok, items: [{ messages: [msg('x')] }] },
      { ...ok, items: [{ context: [], messages: [msg('x'.repeat(ANALYZE_LIMITS.textChars + 1))] }] },
      {
        ...ok,
        items: Array.from({ length: ANALYZE_LIMITS.items + 1 }, () => ({ context: [], messages: [] })),
      },
      {
        ...ok,
        items: [
          { context: [], messages: Array.from({ length: ANALYZE_LIMITS.messages + 1 }, () => msg('x')) },
        ],
      },
    ];
    for (const b of bad) expect(isAnalyzeRequest(b)).toBe(false);
  });

  test('the content side refuses answers that do not fit its request', () => {
    const req: AnalyzeRequest = {
      type: 'engine/analyze',
      ctx,
      items: [{ context: [], messages: [msg('a'), msg('b')] }],
    };
    expect(isAnalyzeResponse({ ok: true, verdicts: [[null, null]], engineMs: 1 }, req)).toBe(true);
    expect(isAnalyzeResponse({ ok: true, verdicts: [[null]], engineMs: 1 }, req)).toBe(false);
    expect(isAnalyzeResponse({ ok: true, verdicts: [], engineMs: 1 }, req)).toBe(false);
    expect(isAnalyzeResponse({ error: 'malformed analyze request' }, req)).toBe(false);
    expect(isAnalyzeResponse(undefined, req)).toBe(false);
    expect(isAnalyzeResponse({ ok: true, verdicts: [[null, { level: 'danger' }]], engineMs: 1 }, req)).toBe(
      false,
    );
  });
});
