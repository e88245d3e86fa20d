/**
 * DOM reading helpers shared by the site adapters. Everything here reads; nothing writes.
 * Text is taken from text nodes (like textContent), never through innerHTML, so markup inside a
 * message stays text.
 */

/** Tag name of our own warning host; adapters and text extraction skip it. */
export const WARNING_TAG = 'lurewatch-warning';

/** First element matching any of the alternatives, tried in order. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    const found = root.querySelector(sel);
    if (found) return found;
  }
  return null;
}

/** All elements for the first alternative that matches anything (alternatives are not mixed). */
export function queryAll(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const sel of selectors) {
    const found = root.querySelectorAll(sel);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** Message elements inside `root`, including `root` itself, for the first matching alternative. */
export function messagesIn(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const sel of selectors) {
    const out: Element[] = [];
    if (isElement(root) && root.matches(sel)) out.push(root);
    for (const el of Array.from(root.querySelectorAll(sel))) out.push(el);
    if (out.length > 0) return out;
  }
  return [];
}

/** Closest ancestor-or-self of `node` matching any alternative. */
export function closestOf(node: Node, selectors: readonly string[]): Element | null {
  const el = isElement(node) ? node : node.parentElement;
  if (!el) return null;
  for (const sel of selectors) {
    const found = el.closest(sel);
    if (found) return found;
  }
  return null;
}

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/** Elements that break lines, by `localName` (lower case for HTML and SVG alike). */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'div',
  'dl',
  'dt',
  'dd',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', WARNING_TAG]);

/** Alternatives joined into one selector list, once per list. */
const joined = new WeakMap<readonly string[], string>();
function selectorList(alternatives: readonly string[]): string {
  let sel = joined.get(alternatives);
  if (sel === undefined) {
    sel = alternatives.join(',');
    joined.set(alternatives, sel);
  }
  return sel;
}

/**
 * Plain text of an element, innerText-like (line breaks at <br> and block boundaries) without
 * needing layout, skipping subtrees that match `exclude` (quoted replies, signatures, metadata).
 * Emoji images contribute their alt text.
 */
export function plainText(
  el: Element,
  exclude: readonly string[] = [],
  stopAt: readonly string[] = [],
): string {
  const excludeSel = selectorList(exclude);
  const stopSel = selectorList(stopAt);
  const parts: string[] = [];
  // Some clients put the quoted earlier mail AFTER a marker, not inside it (Outlook's
  // #divRplyFwdMsg): everything from the marker on is left out.
  let stopped = false;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && !stopped; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? '');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const e = child as Element;
      const tag = e.localName;
      if (SKIP.has(tag)) continue;
      if (stopSel && e.matches(stopSel)) {
        stopped = true;
        return;
      }
      if (excludeSel && e.matches(excludeSel)) continue;
      if (e.getAttribute('aria-hidden') === 'true' && !e.querySelector('img[alt]')) continue;
      if (tag === 'br') {
        parts.push('\n');
        continue;
      }
      if (tag === 'img') {
        // WhatsApp and others render emoji as images; keep the emoji as text.
        const plain = e.getAttribute('data-plain-text');
        const alt = e.getAttribute('alt');
        if (plain) parts.push(plain);
        else if (alt && isEmojiLike(alt)) parts.push(alt);
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) parts.push('\n');
      walk(e);
      if (block) parts.push('\n');
    }
  };
  walk(el);
  return normaliseSpace(parts.join(''));
}

function isEmojiLike(s: string): boolean {
  return s.length <= 8 && /\p{Extended_Pictographic}/u.test(s);
}

/** Collapse runs of spaces, keep single line breaks, trim. */
export function normaliseSpace(s: string): string {
  // Most messages have nothing to fold: only the trim then.
  if (!/[\u00a0\t\f\v\r\n]| {2}/.test(s)) return s.trim();
  return foldSpace(s);
}

/** The whole folding of `normaliseSpace`, without its shortcut (exported for its test). */
export function foldSpace(s: string): string {
  return s
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\f\v\r]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Short text of the first matching element (title attribute preferred when asked). */
export function textOf(root: ParentNode, selectors: readonly string[], preferAttr?: string): string {
  const el = queryFirst(root, selectors);
  if (!el) return '';
  if (preferAttr) {
    const v = el.getAttribute(preferAttr);
    if (v?.trim()) return v.trim();
  }
  return normaliseSpace(el.textContent ?? '');
}

/** 32-bit FNV-1a hash as 8 hex digits: cheap, stable, enough to tell texts apart on one page. */
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Id of a message without a site id: hash of where it is and what it says. */
export function fallbackId(threadKey: string, sender: string, text: string): string {
  return `h${hash(`${threadKey}\u0000${sender}\u0000${text}`)}`;
}

/**
 * Page-level facts (chat title, signed-in account, thread id) are the same for every message read
 * in one pass; looking them up per message would scan the whole document each time. The scanner
 * calls `newReadPass()` before each time slice; within a pass each fact is looked up once.
 */
let pass = 0;
const memo = new WeakMap<Document, { pass: number; values: Map<string, unknown> }>();

export function newReadPass(): void {
  pass += 1;
}

export function pageFact<T>(doc: Document, key: string, compute: () => T): T {
  let entry = memo.get(doc);
  if (!entry || entry.pass !== pass) {
    entry = { pass, values: new Map() };
    memo.set(doc, entry);
  }
  if (entry.values.has(key)) return entry.values.get(key) as T;
  const v = compute();
  entry.values.set(key, v);
  return v;
}
