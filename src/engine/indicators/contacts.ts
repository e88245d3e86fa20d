import type { Indicator } from '../types.ts';

const APP_WORDS: [RegExp, string][] = [
  [/telegram|telegrm|\btg\b|\btele\b/i, 'telegram'],
  [/whats\s?app|watsapp|whatsap|\bwa\b/i, 'whatsapp'],
  [/signal/i, 'signal'],
  [/\bline\b/i, 'line'],
  [/wechat|weixin|微信/i, 'wechat'],
  [/\bkik\b/i, 'kik'],
  [/snap(?:chat)?/i, 'snapchat'],
  [/instagram|\big\b|\bdm\b|inbox|message|contact|reach|text|write/i, 'direct_message'],
];

// @handle: starts a word, 3-32 handle characters.
export const HANDLE_RE = /(?<![\w@.])@([a-z0-9_](?:[a-z0-9_.]{1,31}))/gi;
// International numbers: + country code then 7-14 more digits with common separators.
export const PHONE_RE = /(?<![\w+])\+\d[\d \-().]{6,20}\d(?!\d)/g;
// Numbers right after a messenger name or "call/text": "WhatsApp: 12134001320".
export const APP_PHONE_RE =
  /(?:whats\s?app|telegram|signal|viber|\bwa\b|\bline\b|call|text|contact)\W{0,4}(\+?\d[\d \-().]{7,18}\d)(?!\d)/gi;
export const EMAIL_RE = /(?<![\w.+-])[a-z0-9][a-z0-9._+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}/gi;

function digitCount(s: string): number {
  let n = 0;
  for (const c of s) if (c >= '0' && c <= '9') n++;
  return n;
}

/** @handles (kind messenger_handle, detail.app = the app named near it or "unknown"), phone numbers
 * and e-mail addresses in the original text. */
export function findContacts(text: string): Indicator[] {
  const out: Indicator[] = [];
  let guard = 0;
  EMAIL_RE.lastIndex = 0;
  const emailSpans: [number, number][] = [];
  for (let m = EMAIL_RE.exec(text); m !== null && guard++ < 100; m = EMAIL_RE.exec(text)) {
    out.push({ kind: 'email_address', value: m[0], span: { start: m.index, end: m.index + m[0].length } });
    emailSpans.push([m.index, m.index + m[0].length]);
  }
  guard = 0;
  HANDLE_RE.lastIndex = 0;
  let lastEnd = 0;
  for (let m = HANDLE_RE.exec(text); m !== null && guard++ < 100; m = HANDLE_RE.exec(text)) {
    const at = m.index;
    if (emailSpans.some(([s, e]) => at >= s && at < e)) continue;
    // the app named since the previous handle (within 40 characters) belongs to this handle
    const before = text.slice(Math.max(lastEnd, at - 40), at);
    lastEnd = at + m[0].length;
    let app = 'unknown';
    for (const [re, name] of APP_WORDS) {
      if (re.test(before)) {
        app = name;
        break;
      }
    }
    out.push({
      kind: 'messenger_handle',
      value: m[0].replace(/\.+$/, ''),
      detail: { app },
      span: { start: at, end: at + m[0].length },
    });
  }
  const seen: [number, number][] = [];
  guard = 0;
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(text); m !== null && guard++ < 100; m = PHONE_RE.exec(text)) {
    const d = digitCount(m[0]);
    if (d < 8 || d > 15) continue;
    seen.push([m.index, m.index + m[0].length]);
    out.push({
      kind: 'phone_number',
      value: m[0],
      detail: { international: 'yes' },
      span: { start: m.index, end: m.index + m[0].length },
    });
  }
  guard = 0;
  APP_PHONE_RE.lastIndex = 0;
  for (let m = APP_PHONE_RE.exec(text); m !== null && guard++ < 100; m = APP_PHONE_RE.exec(text)) {
    const num = m[1] as string;
    const start = m.index + m[0].length - num.length;
    if (seen.some(([s, e]) => start < e && start + num.length > s)) continue;
    const d = digitCount(num);
    if (d < 8 || d > 15) continue;
    out.push({
      kind: 'phone_number',
      value: num,
      detail: { app_context: 'yes' },
      span: { start, end: start + num.length },
    });
  }
  return out;
}
