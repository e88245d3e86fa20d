import { afterEach, describe, expect, test, vi } from 'vitest';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../ui/fake-browser.ts')).default }));

import { servePort } from '../../../src/background/index.ts';
import type { AnalyzeRequest } from '../../../src/shared/messages.ts';
import { CONTENT_PORT, PortChannel, type PortLike } from '../../../src/shared/port-channel.ts';
import { defaultSettings } from '../../../src/shared/settings.ts';

type Listener = (m: unknown) => void;

/** Two connected ends of a runtime port; messages are delivered in a later task, cloned. */
function portPair(name = CONTENT_PORT) {
  const make = () => {
    const msg: Listener[] = [];
    const dis: Array<() => void> = [];
    return { msg, dis };
  };
  const a = make();
  const b = make();
  let connected = true;
  const sent: unknown[] = [];
  const end = (self: ReturnType<typeof make>, other: ReturnType<typeof make>, log: boolean) => ({
    name,
    postMessage(m: unknown) {
      if (!connected) throw new Error('Attempting to use a disconnected port object');
      if (log) sent.push(m);
      const copy = structuredClone(m);
      setTimeout(() => {
        if (connected) for (const l of other.msg) l(copy);
      }, 0);
    },
    disconnect() {
      if (!connected) return;
      connected = false;
      // As in browsers: only the other end hears the disconnect.
      setTimeout(() => {
        for (const l of other.dis) l();
      }, 0);
    },
    onMessage: { addListener: (fn: Listener) => self.msg.push(fn) },
    onDisconnect: { addListener: (fn: () => void) => self.dis.push(fn) },
  });
  const content = end(a, b, true);
  const background = end(b, a, false);
  return {
    content: content as PortLike,
    background: background as PortLike,
    sent,
    /** The other side goes away (service worker stopped). */
    kill() {
      connected = false;
      setTimeout(() => {
        for (const l of a.dis) l();
      }, 0);
    },
  };
}

const request: AnalyzeRequest = {
  type: 'engine/analyze',
  ctx: { sensitivity: 'standard', languages: defaultSettings().ruleLanguages },
  items: [{ context: [], messages: [{ text: 'Thanks for the photos', direction: 'in' }] }],
};

afterEach(() => {
  vi.useRealTimers();
});

describe('PortChannel (content side)', () => {
  test('answers are matched to their requests by id, over one port', async () => {
    const pairs: ReturnType<typeof portPair>[] = [];
    const ch = new PortChannel(() => {
      const p = portPair();
      pairs.push(p);
      // An echo server that answers the second request first.
      const held: Array<{ id: number; message: unknown }> = [];
      p.background.onMessage.addListener((raw) => {
        held.push(raw as { id: number; message: unknown });
        if (held.length === 2)
          for (const r of [held[1]!, held[0]!]) p.background.postMessage({ id: r.id, answer: r.message });
      });
      return p.content;
    });
    const [x, y] = await Promise.all([ch.request({ type: 'ping' }), ch.request(request)]);
    expect(x).toEqual({ type: 'ping' });
    expect(y).toEqual(request);
    expect(ch.opened).toBe(1);
    expect(pairs[0]!.sent).toHaveLength(2);
    ch.close();
  });

  test('a disconnect rejects what is in flight; the next request opens a new port', async () => {
    const pairs: ReturnType<typeof portPair>[] = [];
    const ch = new PortChannel(() => {
      const p = portPair();
      pairs.push(p);
      p.background.onMessage.addListener((raw) => {
        const { id } = raw as { id: number };
        if (pairs.length > 1) p.background.postMessage({ id, answer: 'ok' });
      });
      return p.content;
    });
    const first = ch.request({ type: 'ping' });
    await new Promise((r) => setTimeout(r, 5));
    pairs[0]!.kill();
    await expect(first).rejects.toThrow(/port closed/);
    await expect(ch.request({ type: 'ping' })).resolves.toBe('ok');
    expect(ch.opened).toBe(2);
    ch.close();
  });

  test('a port that cannot be opened rejects the request (the scanner retries later)', async () => {
    const ch = new PortChannel(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(ch.request({ type: 'ping' })).rejects.toThrow(/invalidated/);
    expect(ch.post({ type: 'ping' })).toBe(false);
  });

  test('steady traffic keeps the port open; it closes a quiet period after the last message', async () => {
    vi.useFakeTimers();
    const pairs: ReturnType<typeof portPair>[] = [];
    const ch = new PortChannel(() => {
      const p = portPair();
      pairs.push(p);
      return p.content;
    }, 1000);
    // A message every 400 ms for 4 s: one port all along.
    for (let i = 0; i < 10; i++) {
      expect(ch.post({ type: 'ping' })).toBe(true);
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(ch.opened).toBe(1);
    expect(ch.connected).toBe(true);
    // 400 ms after the last one; 999 ms: still open; 1000 ms: closed.
    await vi.advanceTimersByTimeAsync(599);
    expect(ch.connected).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(ch.connected).toBe(false);
    expect(ch.post({ type: 'ping' })).toBe(true);
    expect(ch.opened).toBe(2);
    expect(pairs.length).toBe(2);
    ch.close();
  });

  test('the port closes after a quiet period, never while an answer is awaited', async () => {
    vi.useFakeTimers();
    const pairs: ReturnType<typeof portPair>[] = [];
    let answer: ((id: number) => void) | null = null;
    const ch = new PortChannel(() => {
      const p = portPair();
      pairs.push(p);
      p.background.onMessage.addListener((raw) => {
        const { id } = raw as { id: number };
        answer = (i) => p.background.postMessage({ id: i, answer: 'late' });
        void id;
      });
      return p.content;
    }, 1000);
    const slow = ch.request({ type: 'ping' });
    await vi.advanceTimersByTimeAsync(5);
    const id = (pairs[0]!.sent[0] as { id: number }).id;
    await vi.advanceTimersByTimeAsync(2500);
    // Still open: the answer is awaited.
    answer!(id);
    await vi.advanceTimersByTimeAsync(5);
    await expect(slow).resolves.toBe('late');
    await vi.advanceTimersByTimeAsync(1001);
    // Quiet now: closed; a post opens a new one.
    expect(ch.post({ type: 'ping' })).toBe(true);
    expect(ch.opened).toBe(2);
    ch.close();
  });
});

describe('servePort (background side)', () => {
  test('routes analyze requests like runtime messages and answers with the same id', async () => {
    const p = portPair();
    servePort(Object.assign(p.background, { sender: { id: 'test-id' } }), 'test-id');
    const ch = new PortChannel(() => p.content);
    const answer = (await ch.request(request)) as { ok: boolean; verdicts: unknown[][] };
    expect(answer.ok).toBe(true);
    expect(answer.verdicts).toEqual([[null]]);
    // Malformed requests are refused, with an error the content script can tell from an answer.
    const bad = (await ch.request({ ...request, items: 'x' } as unknown as AnalyzeRequest)) as {
      error?: string;
    };
    expect(bad.error).toMatch(/malformed/);
    ch.close();
  });

  test('types a content script has no business sending over the port get no answer', async () => {
    vi.useFakeTimers();
    const p = portPair();
    servePort(Object.assign(p.background, { sender: { id: 'test-id' } }), 'test-id');
    const ch = new PortChannel(() => p.content, 60_000);
    let settled = false;
    void ch
      .request({ type: 'report/get', reportId: 'x' })
      .then(() => {
        settled = true;
      })
      .catch(() => {
        settled = true;
      });
    await vi.advanceTimersByTimeAsync(100);
    expect(settled).toBe(false);
    ch.close();
  });

  test('ports of other names or other extensions are closed at once', () => {
    for (const [name, id] of [
      ['other', 'test-id'],
      [CONTENT_PORT, 'someone-else'],
    ] as const) {
      const p = portPair(name);
      const disconnect = vi.spyOn(p.background, 'disconnect');
      servePort(Object.assign(p.background, { sender: { id } }), 'test-id');
      expect(disconnect).toHaveBeenCalled();
    }
  });
});
