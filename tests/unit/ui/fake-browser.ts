// A small in-memory stand-in for webextension-polyfill, for UI unit tests. i18n reads the real
// locale files (src/locales/<locale>/*.json) so tests see the shipped strings.
import fs from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';

const LOCALES = path.resolve(import.meta.dirname, '../../../src/locales');

type Msg = { message: string; placeholders?: Record<string, { content: string }> };

export function loadMessages(locale: string): Record<string, Msg> {
  const dir = path.join(LOCALES, locale);
  const out: Record<string, Msg> = {};
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    Object.assign(out, JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
  }
  return out;
}

/** Chrome's substitution rules: $NAME$ placeholders whose content is $1..$9. */
export function format(msg: Msg, subs?: string | string[]): string {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  const sub = (s: string) => s.replace(/\$(\d)/g, (_, n) => list[Number(n) - 1] ?? '');
  return msg.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const ph = msg.placeholders?.[name.toLowerCase()];
    return ph ? sub(ph.content) : '';
  });
}

export function memoryArea() {
  const data = new Map<string, unknown>();
  return {
    data,
    get: vi.fn(async (keys?: string | string[] | null) => {
      if (keys === undefined || keys === null) return Object.fromEntries(data);
      const list = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(
        list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]),
      );
    }),
    set: vi.fn(async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    }),
    remove: vi.fn(async (keys: string | string[]) => {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    }),
    clear: vi.fn(async () => data.clear()),
  };
}

export const state = { locale: 'en', messages: loadMessages('en') };

export function setLocale(locale: string) {
  state.locale = locale;
  state.messages = loadMessages(locale);
}

const fake = {
  i18n: {
    getMessage: (key: string, subs?: string | string[]) => {
      const m = state.messages[key];
      return m ? format(m, subs) : '';
    },
    getUILanguage: () => state.locale.replace('_', '-'),
  },
  storage: { local: memoryArea(), session: memoryArea() },
  runtime: {
    id: 'test-id',
    getURL: (p: string) => `chrome-extension://test-id/${p.replace(/^\//, '')}`,
    sendMessage: vi.fn(),
    openOptionsPage: vi.fn(),
    onInstalled: { addListener: vi.fn() },
    onMessage: { addListener: vi.fn() },
    onConnect: { addListener: vi.fn() },
  },
  tabs: {
    create: vi.fn(async (o: unknown) => o),
    query: vi.fn(async () => []),
    sendMessage: vi.fn(),
    onRemoved: { addListener: vi.fn() },
    onUpdated: { addListener: vi.fn() },
  },
  contextMenus: {
    create: vi.fn(),
    removeAll: vi.fn(async () => undefined),
    onClicked: { addListener: vi.fn() },
  },
};

export default fake;
