import type { Message } from './messages.ts';

/**
 * A long-lived runtime port between a content script and the background, for the messages a
 * content script sends often (`engine/analyze`, `content/state`).
 *
 * Why: every `runtime.sendMessage` opens a new message channel. Profiled in Chromium on the
 * 2,000-message page, one sendMessage cost the page 1.5-2.4 ms of main-thread time when it was
 * the first call of a task (the usual case: one new chat message), whatever its size, which was
 * almost all of the scanner's time per appended message; a `postMessage` on an open port cost
 * 0.002-0.04 ms. The protocol stays stateless: each request is answered on its own, as before.
 *
 * The port is opened on first use and closed after `idleMs` without traffic (the background may
 * then sleep). If it disconnects (service worker stopped, extension reloaded), requests in flight
 * reject and the next one opens a new port; the caller's retry (the scanner's) does the rest.
 */
export const CONTENT_PORT = 'lurewatch-content';

/** Content -> background over the port: a message, with an id when an answer is expected. */
export interface PortRequest {
  id: number;
  message: Message;
}

/** Background -> content over the port: the answer to request `id`. */
export interface PortAnswer {
  id: number;
  answer: unknown;
}

/** The part of a runtime.Port this module uses (the polyfill's and Chrome's ports both fit). */
export interface PortLike {
  name: string;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

export function isPortRequest(value: unknown): value is PortRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { id } = value as { id?: unknown };
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 && 'message' in value;
}

function isPortAnswer(value: unknown): value is PortAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const { id } = value as { id?: unknown };
  return typeof id === 'number' && 'answer' in value;
}

interface Waiter {
  resolve(answer: unknown): void;
  reject(error: Error): void;
}

export class PortChannel {
  private port: PortLike | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiter>();
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  /** Ports opened so far (tests). */
  opened = 0;

  constructor(
    private readonly connect: () => PortLike,
    private readonly idleMs = 20_000,
  ) {}

  /** A port is open now (the next message goes to the same background as the last one). */
  get connected(): boolean {
    return this.port !== null;
  }

  /** Send a message and wait for its answer. Rejects if the port cannot be opened or goes away. */
  request(message: Message): Promise<unknown> {
    return new Promise((resolve, reject) => {
      let port: PortLike;
      try {
        port = this.open();
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
        return;
      }
      const id = this.nextId++;
      this.waiting.set(id, { resolve, reject });
      try {
        port.postMessage({ id, message } satisfies PortRequest);
      } catch (e) {
        this.waiting.delete(id);
        this.drop();
        reject(e instanceof Error ? e : new Error(String(e)));
      }
      this.touch();
    });
  }

  /** Send a message whose answer nobody waits for (id 0). Returns false if it could not be sent. */
  post(message: Message): boolean {
    try {
      this.open().postMessage({ id: 0, message } satisfies PortRequest);
      this.touch();
      return true;
    } catch {
      this.drop();
      return false;
    }
  }

  /** Close the port; requests in flight reject. */
  close(): void {
    if (this.port) {
      try {
        this.port.disconnect();
      } catch {
        // already gone
      }
    }
    this.drop();
  }

  private open(): PortLike {
    if (this.port) return this.port;
    const port = this.connect();
    this.opened += 1;
    this.port = port;
    port.onMessage.addListener((raw) => {
      if (this.port !== port || !isPortAnswer(raw)) return;
      const w = this.waiting.get(raw.id);
      if (!w) return;
      this.waiting.delete(raw.id);
      w.resolve(raw.answer);
      this.touch();
    });
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.drop();
    });
    return port;
  }

  private drop(): void {
    this.port = null;
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const waiting = Array.from(this.waiting.values());
    this.waiting.clear();
    for (const w of waiting) w.reject(new Error('the background port closed'));
  }

  /**
   * Note traffic: the port closes after `idleMs` with nothing waiting or sent. One timer runs
   * for the whole quiet period and re-arms itself for the time left, instead of a clearTimeout
   * and a new setTimeout on every message (a chat sends one per new message).
   */
  private touch(): void {
    this.lastUse = Date.now();
    if (this.idleTimer === null) this.arm(this.idleMs);
  }

  private lastUse = 0;

  private arm(ms: number): void {
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      const quiet = Date.now() - this.lastUse;
      if (quiet < this.idleMs) this.arm(this.idleMs - quiet);
      else if (this.waiting.size === 0) this.close();
      else this.touch();
    }, ms);
  }
}
