/**
 * Text normalisation for rule matching.
 *
 * Folds the tricks scammers use to slip past keyword filters (zero-width characters, full-width
 * forms, Cyrillic/Greek lookalikes inside Latin words, leetspeak, spaced-out letters, emoji used as
 * separators) while leaving ordinary Chinese, Thai, Russian or Vietnamese text alone. Diacritics are
 * kept (Vietnamese and Spanish rules rely on them). Everything is lower-cased.
 *
 * Every output UTF-16 unit remembers the span of the original text it came from, so reasons can
 * point at what the user actually sees.
 */
import { foldHanChar } from './han.ts';

export interface Normalized {
  /** The folded text that rules run against. */
  text: string;
  /** For output unit i, the original UTF-16 offset where its source starts (null: identity). */
  start: Int32Array | null;
  /** For output unit i, the original UTF-16 offset just after its source (null: identity). */
  end: Int32Array | null;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ASCII_LEET = /[a-z][0-9@$!|]+[a-z]/i;
const ASCII_SPACED = /(?:^|[^a-z0-9])[a-z][ ._*-][a-z][ ._*-][a-z](?![a-z0-9])/i;

// Removed outright: zero-width space/joiners, word joiner, BOM, soft hyphen, variation selectors,
// invisible operators, Mongolian vowel separator, combining grapheme joiner, bidi controls.
function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x206f) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x180e ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

/** Cyrillic and Greek letters (lower-cased) that look like Latin ones. Only applied inside words
 * that also contain Latin letters, so real Russian or Greek words are left as they are. */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  с: 'c',
  ԁ: 'd',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  т: 't',
  у: 'y',
  х: 'x',
  ԝ: 'w',
  г: 'r',
  п: 'n',
  и: 'u',
  л: 'n',
  ɡ: 'g',
  ɠ: 'g',
  ɾ: 'r',
  ɩ: 'i',
  ı: 'i',
  є: 'e',
  α: 'a',
  β: 'b',
  γ: 'y',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ͳ: 't',
  ϲ: 'c',
  ϳ: 'j',
  ѵ: 'v',
  ʀ: 'r',
  ʙ: 'b',
  ʜ: 'h',
  ɪ: 'i',
  ʟ: 'l',
  ɴ: 'n',
  ᴏ: 'o',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ᴍ: 'm',
  ᴛ: 't',
  ᴜ: 'u',
  ᴡ: 'w',
  ᴋ: 'k',
  ᴘ: 'p',
  ꜱ: 's',
  ᴀ: 'a',
  ᴠ: 'v',
  ᴢ: 'z',
  ɢ: 'g',
  ꜰ: 'f',
  ʏ: 'y',
  ᴊ: 'j',
};

/** Small capitals (phonetic letters that no language writes words in): folded even in words
 * without an ASCII letter, since "ᴘʀᴏꜰɪᴛ" is only ever Latin in disguise. */
const SMALL_CAPS = new Set([
  'ʀ',
  'ʙ',
  'ʜ',
  'ɪ',
  'ʟ',
  'ɴ',
  'ᴏ',
  'ᴄ',
  'ᴅ',
  'ᴇ',
  'ᴍ',
  'ᴛ',
  'ᴜ',
  'ᴡ',
  'ᴋ',
  'ᴘ',
  'ꜱ',
  'ᴀ',
  'ᴠ',
  'ᴢ',
  'ɢ',
  'ꜰ',
  'ʏ',
  'ᴊ',
]);

/** Symbols that stand in for a character and that NFKC leaves alone: the heavy dollar sign and the
 * negative squared letters (🅿 for "p"). */
function symbolFold(cp: number): string | undefined {
  if (cp === 0x1f4b2) return '$';
  if (cp >= 0x1f170 && cp <= 0x1f189) return String.fromCharCode(0x61 + cp - 0x1f170);
  return undefined;
}

/** Leetspeak digits and symbols, folded only when sandwiched between Latin letters. */
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};

const isLatinLetter = (c: string): boolean => {
  const cp = c.charCodeAt(0);
  return (
    (cp >= 0x61 && cp <= 0x7a) ||
    (cp >= 0x41 && cp <= 0x5a) ||
    (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) ||
    (cp >= 0x1e00 && cp <= 0x1eff)
  );
};

const LETTER_RE = /\p{L}/u;
const isLetter = (c: string): boolean => c.length > 0 && (isLatinLetter(c) || LETTER_RE.test(c));

// Emoji and pictographs, dingbats, arrows, misc symbols and box drawing: used as separators inside
// words ("Tele🔥gram", "What'sapp✙"). Not letters, so removing them never merges two scripts.
function isSeparatorSymbol(cp: number): boolean {
  return (
    (cp >= 0x1f000 && cp <= 0x1faff) ||
    (cp >= 0x2190 && cp <= 0x21ff) ||
    (cp >= 0x2300 && cp <= 0x23ff) ||
    (cp >= 0x2500 && cp <= 0x27bf) ||
    (cp >= 0x2b00 && cp <= 0x2bff) ||
    cp === 0x00b7 ||
    cp === 0x2022 ||
    cp === 0x30fb
  );
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Typographic quotes and apostrophes fold to ASCII so "I’m" matches rules written with "I'm". */
const QUOTES: Record<number, string> = {
  8216: "'",
  8217: "'",
  8219: "'",
  8242: "'",
  700: "'",
  180: "'",
  96: "'",
  8220: '"',
  8221: '"',
  8222: '"',
  8243: '"',
  171: '"',
  187: '"',
};

/**
 * Normalise `input` for matching. Linear in the input length.
 */
export function normalize(input: string): Normalized {
  // Fast path: plain ASCII with nothing to fold but case keeps offsets as they are.
  if (ASCII_ONLY.test(input) && !ASCII_LEET.test(input) && !ASCII_SPACED.test(input)) {
    return { text: input.toLowerCase(), start: null, end: null };
  }
  const n = input.length;
  // Pass 1: per code point NFKC (only when the text is not already NFKC), invisible removal,
  // lower-casing. chars[i] is one output unit (a UTF-16 string of length 1 or 2).
  const chars: string[] = [];
  const st: number[] = [];
  const en: number[] = [];
  const needNfkc = NON_ASCII.test(input) && input.normalize('NFKC') !== input;
  for (let i = 0; i < n; ) {
    const cp = input.codePointAt(i) as number;
    const len = cp > 0xffff ? 2 : 1;
    const next = i + len;
    if (cp < 0x80) {
      chars.push(cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : (input[i] as string));
      st.push(i);
      en.push(next);
      i = next;
      continue;
    }
    // Caseless scripts with no compatibility forms: copy as they are (fast path for CJK, Thai, Hangul).
    if ((cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x0e00 && cp <= 0x0e7f)) {
      // Traditional Chinese to Simplified, one for one (han.ts); the rules are folded the same way.
      chars.push(foldHanChar(input[i] as string));
      st.push(i);
      en.push(next);
      i = next;
      continue;
    }
    if (isInvisible(cp)) {
      i = next;
      continue;
    }
    const q = QUOTES[cp] ?? symbolFold(cp);
    if (q !== undefined) {
      chars.push(q);
      st.push(i);
      en.push(next);
      i = next;
      continue;
    }
    let s = input.slice(i, next);
    if (needNfkc) s = s.normalize('NFKC');
    s = s.toLowerCase();
    for (const ch of s) {
      if (isInvisible(ch.codePointAt(0) as number)) continue;
      chars.push(ch);
      st.push(i);
      en.push(next);
    }
    i = next;
  }

  // Pass 2: within each word (maximal run of letters, digits and leet symbols), fold confusables
  // and leet only when the word contains at least one ASCII Latin letter.
  const m = chars.length;
  let w = 0;
  while (w < m) {
    const c = chars[w] as string;
    if (!isWordish(c)) {
      w++;
      continue;
    }
    let e = w;
    let hasAsciiLatin = false;
    while (e < m && isWordish(chars[e] as string)) {
      const ch = chars[e] as string;
      if ((ch.length === 1 && ch >= 'a' && ch <= 'z') || SMALL_CAPS.has(ch)) hasAsciiLatin = true;
      e++;
    }
    if (hasAsciiLatin) {
      for (let k = w; k < e; k++) {
        const ch = chars[k] as string;
        const conf = CONFUSABLES[ch];
        if (conf !== undefined) chars[k] = conf;
      }
      for (let k = w + 1; k < e - 1; k++) {
        const ch = chars[k] as string;
        const leet = LEET[ch];
        if (leet === undefined) continue;
        const prev = chars[k - 1] as string;
        const nxt = chars[k + 1] as string;
        if (isLatinLetter(prev) && (isLatinLetter(nxt) || LEET[nxt] !== undefined)) chars[k] = leet;
      }
    }
    w = e;
  }

  // Pass 3: drop emoji/symbol separators between Latin letters ("tele🔥gram") and join spaced-out
  // single letters ("u s d t", "w.h.a.t.s.a.p.p") when there are at least three of them.
  const keep = new Uint8Array(m).fill(1);
  for (let k = 1; k < m - 1; k++) {
    const ch = chars[k] as string;
    if (!isSeparatorSymbol(ch.codePointAt(0) as number)) continue;
    // allow a run of symbols: find the letters around the run
    let a = k - 1;
    while (a >= 0 && isSeparatorSymbol((chars[a] as string).codePointAt(0) as number)) a--;
    let b = k + 1;
    while (b < m && isSeparatorSymbol((chars[b] as string).codePointAt(0) as number)) b++;
    if (a >= 0 && b < m && isLatinLetter(chars[a] as string) && isLatinLetter(chars[b] as string)) {
      for (let x = a + 1; x < b; x++) keep[x] = 0;
    }
    k = b - 1;
  }
  let k = 0;
  while (k < m) {
    if (!isSingleLetterAt(chars, keep, k, m)) {
      k++;
      continue;
    }
    // collect a run: letter (sep letter)+ where sep is one space, '.', '-', '_', '*' or removed symbols
    const letters: number[] = [k];
    let p = k + 1;
    for (;;) {
      let q = p;
      let seps = 0;
      while (q < m && (keep[q] === 0 || isSpacer(chars[q] as string)) && seps < 3) {
        if (keep[q] === 1) seps++;
        q++;
      }
      if (seps === 0 || q >= m || !isSingleLetterAt(chars, keep, q, m)) break;
      letters.push(q);
      p = q + 1;
    }
    if (letters.length >= 3) {
      for (let j = 0; j + 1 < letters.length; j++) {
        for (let x = (letters[j] as number) + 1; x < (letters[j + 1] as number); x++) keep[x] = 0;
      }
    }
    k = (letters[letters.length - 1] as number) + 1;
  }

  let out = '';
  let units = 0;
  for (let x = 0; x < m; x++) if (keep[x] === 1) units += (chars[x] as string).length;
  const start = new Int32Array(units);
  const end = new Int32Array(units);
  let o = 0;
  for (let x = 0; x < m; x++) {
    if (keep[x] === 0) continue;
    const ch = chars[x] as string;
    out += ch;
    for (let u = 0; u < ch.length; u++) {
      start[o] = st[x] as number;
      end[o] = en[x] as number;
      o++;
    }
  }
  return { text: out, start: start.subarray(0, o), end: end.subarray(0, o) };
}

function isWordish(c: string): boolean {
  if (c.length === 1) {
    const cp = c.charCodeAt(0);
    if (cp >= 0x3400 && cp <= 0x9fff) return true;
    if (cp === 0x20 || (cp >= 0x2c && cp <= 0x2f) || cp === 0x0a || cp === 0xff0c || cp === 0x3002)
      return false;
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) return true;
    if (LEET[c] !== undefined) return true;
  }
  return CONFUSABLES[c] !== undefined || isLetter(c);
}

function isSpacer(c: string): boolean {
  return c === ' ' || c === '.' || c === '-' || c === '_' || c === '*';
}

/** A lone Latin letter: a letter whose neighbours (ignoring removed units) are not letters. */
function isSingleLetterAt(chars: string[], keep: Uint8Array, i: number, m: number): boolean {
  if (keep[i] === 0 || !isLatinLetter(chars[i] as string)) return false;
  let a = i - 1;
  while (a >= 0 && keep[a] === 0) a--;
  let b = i + 1;
  while (b < m && keep[b] === 0) b++;
  const before = a >= 0 ? (chars[a] as string) : ' ';
  const after = b < m ? (chars[b] as string) : ' ';
  return !isWordish(before) && !isWordish(after);
}

/** Map a span of the normalised text back to the original text. */
export function originalSpan(
  norm: Normalized,
  s: number,
  e: number,
): { start: number; end: number } | undefined {
  const len = norm.text.length;
  if (e <= s || s >= len) return undefined;
  if (!norm.start || !norm.end) return { start: s, end: Math.min(e, len) };
  const last = Math.min(e, len) - 1;
  return { start: norm.start[s] as number, end: norm.end[last] as number };
}
