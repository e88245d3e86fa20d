// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { ADAPTERS, adapterById, adapterFor } from '../../../src/content/sites/index.ts';
import type { PageMessage, SiteAdapter } from '../../../src/content/sites/types.ts';
import { HAM, SCAM } from '../../fixtures/sites/generate.mjs';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/sites');

/** Where each adapter's fixtures pretend to live, and the names the fixtures use. */
const CASES: Record<string, { url: string; them: string; hamThem: string; me: string | null }> = {
  gmail: {
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz',
    them: 'Amy Tan <amy.tan.1987@example.org>',
    hamThem: 'Jo Rivera <jo.rivera@example.com>',
    me: 'Sam Carter <sam.carter@example.net>',
  },
  outlook: {
    url: 'https://outlook.live.com/mail/0/inbox/id/AAQk',
    them: 'Amy Tan <amy.tan.1987@example.org>',
    hamThem: 'Jo Rivera <jo.rivera@example.com>',
    me: 'Sam Carter <sam.carter@example.net>',
  },
  'yahoo-mail': {
    url: 'https://mail.yahoo.com/d/folders/1/messages/123',
    them: 'Amy Tan <amy.tan.1987@example.org>',
    hamThem: 'Jo Rivera <jo.rivera@example.com>',
    me: 'Sam Carter <sam.carter@example.net>',
  },
  whatsapp: { url: 'https://web.whatsapp.com/', them: 'Amy Tan', hamThem: 'Jo Rivera', me: 'Sam Carter' },
  'telegram-k': {
    url: 'https://web.telegram.org/k/#5012345678',
    them: 'Amy Tan',
    hamThem: 'Jo Rivera',
    me: '',
  },
  'telegram-a': {
    url: 'https://web.telegram.org/a/#5012345678',
    them: 'Amy Tan',
    hamThem: 'Jo Rivera',
    me: '',
  },
  messenger: {
    url: 'https://www.messenger.com/t/100089123456789/',
    them: 'Amy Tan',
    hamThem: 'Jo Rivera',
    me: '',
  },
  instagram: {
    url: 'https://www.instagram.com/direct/t/340282366841710300/',
    them: 'Amy Tan',
    hamThem: 'Jo Rivera',
    me: '',
  },
  linkedin: {
    url: 'https://www.linkedin.com/messaging/thread/2-MTc0/',
    them: 'Amy Tan',
    hamThem: 'Jo Rivera',
    me: 'Sam Carter',
  },
  discord: {
    url: 'https://discord.com/channels/@me/1350000000000000001',
    them: 'amy_tan',
    hamThem: 'jo_rivera',
    me: 'samc',
  },
};

function load(site: string, file: string, url: string): Document {
  const win = new Window({ url });
  win.document.write(fs.readFileSync(path.join(FIXTURES, site, file), 'utf8'));
  return win.document as unknown as Document;
}

function readAll(adapter: SiteAdapter, doc: Document): PageMessage[] {
  const container = adapter.container(doc);
  expect(container, `${adapter.id}: container`).not.toBeNull();
  const out: PageMessage[] = [];
  for (const el of adapter.messageElements(container!)) {
    const m = adapter.read(el, doc);
    if (m) out.push(m);
  }
  return out;
}

test('every adapter has fixtures and a test case', () => {
  expect(ADAPTERS.map((a) => a.id).sort()).toEqual(Object.keys(CASES).sort());
  for (const a of ADAPTERS) {
    expect(fs.existsSync(path.join(FIXTURES, a.id, 'scam.html')), a.id).toBe(true);
    expect(fs.existsSync(path.join(FIXTURES, a.id, 'ham.html')), a.id).toBe(true);
  }
});

describe.each(Object.entries(CASES))('%s adapter on its fixtures', (id, c) => {
  const adapter = adapterById(id)!;

  test('is chosen for its site address', () => {
    const u = new URL(c.url);
    expect(adapterFor({ hostname: u.hostname, pathname: u.pathname, hash: u.hash })?.id).toBe(id);
  });

  test('reads the scam conversation: text, direction, sender, thread, anchor', () => {
    const doc = load(id, 'scam.html', c.url);
    const msgs = readAll(adapter, doc);
    expect(msgs.map((m) => m.text)).toEqual(SCAM.map(([, text]) => text));
    expect(msgs.map((m) => m.direction)).toEqual(SCAM.map(([dir]) => dir));
    for (const m of msgs) {
      if (m.direction === 'in') expect(m.sender).toBe(c.them);
      else if (c.me !== null) expect(m.sender).toBe(c.me);
      // The anchor is part of the message, so the warning lands next to it.
      expect(m.element.contains(m.anchor)).toBe(true);
      expect(m.id).toMatch(/\S/);
    }
    expect(new Set(msgs.map((m) => m.threadKey)).size).toBe(1);
    expect(msgs[0]!.threadKey).not.toBe('');
    expect(new Set(msgs.map((m) => m.id)).size).toBe(msgs.length);
  });

  test('reads ordinary messages; markup in a message stays text', () => {
    const doc = load(id, 'ham.html', c.url);
    const msgs = readAll(adapter, doc);
    expect(msgs.map((m) => m.text)).toEqual(HAM.map(([, text]) => text));
    expect(msgs.map((m) => m.direction)).toEqual(HAM.map(([dir]) => dir));
    const markup = msgs.find((m) => m.text.includes('onerror'));
    expect(markup?.text).toContain('<img src=x onerror=alert(1)>');
    // The fixture holds it as text; no element was created from it.
    expect(doc.querySelector('img[onerror]')).toBeNull();
    for (const m of msgs.filter((x) => x.direction === 'in')) expect(m.sender).toBe(c.hamThem);
    // A different conversation has a different key.
    const scamKey = readAll(adapter, load(id, 'scam.html', c.url))[0]!.threadKey;
    // (Meta, LinkedIn and Telegram A name the thread from the address, the same in both loads here.)
    if (!['messenger', 'instagram', 'linkedin', 'telegram-a'].includes(id))
      expect(msgs[0]!.threadKey).not.toBe(scamKey);
  });

  test('ids are stable across page loads', () => {
    const a = readAll(adapter, load(id, 'scam.html', c.url)).map((m) => m.id);
    const b = readAll(adapter, load(id, 'scam.html', c.url)).map((m) => m.id);
    expect(a).toEqual(b);
  });

  test('an empty or foreign page: no container, nothing read, no throw', () => {
    const win = new Window({ url: c.url });
    win.document.write('<!doctype html><html><body><p>Loading…</p></body></html>');
    const doc = win.document as unknown as Document;
    const container = adapter.container(doc);
    const found = container ? adapter.messageElements(container) : [];
    expect(found.map((el) => adapter.read(el, doc)).filter(Boolean)).toEqual([]);
  });
});

test('Gmail skips a collapsed mail and leaves out quoted replies and signatures', () => {
  const doc = load('gmail', 'scam.html', CASES.gmail!.url);
  const adapter = adapterById('gmail')!;
  const els = adapter.messageElements(adapter.container(doc)!);
  expect(els.length).toBe(SCAM.length + 1);
  expect(adapter.read(els[0]!, doc)).toBeNull();
  const reply = adapter.read(els[2]!, doc)!;
  expect(reply.text).not.toContain('wrote:');
  expect(reply.text).not.toContain('Sent from my phone');
  expect(reply.time).toMatch(/10 Mar 2026/);
});

test('WhatsApp takes time and sender from data-pre-plain-text', () => {
  const doc = load('whatsapp', 'scam.html', CASES.whatsapp!.url);
  const adapter = adapterById('whatsapp')!;
  const [first] = readAll(adapter, doc);
  expect(first!.time).toBe('09:02, 3/10/2026');
  expect(first!.id).toMatch(/^whatsapp:false_6581234567@c\.us_/);
});

test('LinkedIn and Discord inherit the sender of a message group', () => {
  for (const id of ['linkedin', 'discord']) {
    const doc = load(id, 'scam.html', CASES[id]!.url);
    const msgs = readAll(adapterById(id)!, doc);
    // Messages 5, 6, 7 follow message 4 from the same sender without their own header.
    expect(msgs[5]!.sender).toBe(CASES[id]!.them);
    expect(msgs[7]!.sender).toBe(CASES[id]!.them);
  }
});

test('Messenger on facebook.com only inside /messages; Telegram A vs K by path', () => {
  expect(adapterFor({ hostname: 'www.facebook.com', pathname: '/messages/t/1/', hash: '' })?.id).toBe(
    'messenger',
  );
  expect(adapterFor({ hostname: 'www.facebook.com', pathname: '/groups/x', hash: '' })).toBeUndefined();
  expect(adapterFor({ hostname: 'www.instagram.com', pathname: '/reels/', hash: '' })).toBeUndefined();
  expect(adapterFor({ hostname: 'web.telegram.org', pathname: '/a/', hash: '' })?.id).toBe('telegram-a');
  expect(adapterFor({ hostname: 'web.telegram.org', pathname: '/k/', hash: '' })?.id).toBe('telegram-k');
  for (const h of ['outlook.office.com', 'outlook.office365.com']) {
    expect(adapterFor({ hostname: h, pathname: '/mail/', hash: '' })?.id).toBe('outlook');
  }
  expect(adapterFor({ hostname: 'example.com', pathname: '/', hash: '' })).toBeUndefined();
});

describe('Messenger and Instagram in a UI that is not in English', () => {
  /**
   * happy-dom lays nothing out: give rows and bubbles the rectangles a browser would (a row
   * 0–800 px; a bubble of 300 px at the start, or at the end when its wrapper is justified to
   * the end as in the fixtures' CSS). The real layout is checked in the e2e tests.
   */
  const rect = (left: number, width: number) =>
    ({ left, right: left + width, width, top: 0, bottom: 20, height: 20, x: left, y: 0 }) as DOMRect;
  /** Give each element of this document its rectangle (own property: no other test sees it). */
  function layOut(doc: Document, where: (el: Element) => DOMRect): void {
    for (const el of Array.from(doc.querySelectorAll('*')))
      Object.defineProperty(el, 'getBoundingClientRect', { value: () => where(el) });
  }
  function laidOut(doc: Document): void {
    layOut(doc, (el) => {
      if (el.getAttribute('role') === 'row') return rect(0, 800);
      if (el.getAttribute('dir') === 'auto' && el.parentElement?.classList.contains('x1cy8zhl'))
        return el.parentElement.classList.contains('x13a6bvl') ? rect(490, 300) : rect(10, 300);
      return rect(0, 0);
    });
  }

  test('Messenger in Spanish: direction from where the bubble sits ("Enviaste" is not read)', () => {
    const doc = load('messenger', 'scam-es.html', 'https://www.messenger.com/t/100089123456790/');
    laidOut(doc);
    const msgs = readAll(adapterById('messenger')!, doc);
    // The fixture's conversation: the scam script, then the user repeating the pitch back.
    expect(msgs.map((m) => m.direction)).toEqual([...SCAM.map(([dir]) => dir), 'out']);
    // The other person's messages carry the chat title as sender; the user's own none.
    for (const m of msgs) expect(m.sender).toBe(m.direction === 'in' ? 'Amy Tan' : '');
  });

  test('a right-to-left UI mirrors it; no layout (hidden chat) leaves direction unknown', () => {
    const doc = load('messenger', 'scam-es.html', 'https://www.messenger.com/t/100089123456790/');
    laidOut(doc);
    doc.documentElement.setAttribute('dir', 'rtl');
    const adapter = adapterById('messenger')!;
    expect(readAll(adapter, doc).map((m) => m.direction)).toEqual(
      [...SCAM.map(([dir]) => dir), 'out'].map((dir) => (dir === 'in' ? 'out' : 'in')),
    );
    const flat = load('messenger', 'scam-es.html', 'https://www.messenger.com/t/100089123456790/');
    expect(new Set(readAll(adapter, flat).map((m) => m.direction))).toEqual(new Set(['unknown']));
  });

  test('English headings still decide first, whatever the layout says', () => {
    const doc = load('messenger', 'scam.html', 'https://www.messenger.com/t/100089123456789/');
    // Every bubble pretends to sit at the end: the headings win.
    layOut(doc, (el) => (el.getAttribute('role') === 'row' ? rect(0, 800) : rect(490, 300)));
    expect(readAll(adapterById('messenger')!, doc).map((m) => m.direction)).toEqual(SCAM.map(([dir]) => dir));
  });
});

test('WhatsApp direction: the data-id prefix first, the bubble class when the id says nothing', () => {
  const win = new Window({ url: 'https://web.whatsapp.com/' });
  const row = (id: string | null, bubble: string) =>
    `<div role="row"><div${id === null ? ' data-testid="msg-container"' : ` data-id="${id}"`}><div class="${bubble}"><div class="copyable-text" data-pre-plain-text="[09:02, 3/10/2026] Jo: "><span data-testid="msg-text"><span>hello</span></span></div></div></div></div>`;
  win.document.write(
    `<!doctype html><html><body><div id="main"><header><span title="Jo">Jo</span></header><div data-testid="conversation-panel-body">${[
      row('true_447700900123@c.us_A1', 'message-in'),
      row('false_447700900123@c.us_A2', 'message-out'),
      row('447700900123@c.us_A3', 'message-out'),
      row('447700900123@c.us_A4', 'message-in'),
      row('447700900123@c.us_A5', 'focusable-list-item'),
    ].join('')}</div></div></body></html>`,
  );
  const doc = win.document as unknown as Document;
  const msgs = readAll(adapterById('whatsapp')!, doc);
  expect(msgs.map((m) => m.direction)).toEqual(['out', 'in', 'out', 'in', 'unknown']);
});
