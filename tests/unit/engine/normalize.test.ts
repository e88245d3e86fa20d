import { describe, expect, it } from 'vitest';
import { normalize, originalSpan } from '../../../src/engine/normalize.ts';

const n = (s: string) => normalize(s).text;

describe('normalize', () => {
  it('lower-cases and keeps plain text as it is', () => {
    expect(n('Hello World')).toBe('hello world');
  });
  it('removes zero-width characters and soft hyphens', () => {
    expect(n('U\u200bS\u200cD\u200dT\u2060 and wh\u00adats\ufeffapp')).toBe('usdt and whatsapp');
  });
  it('folds full-width forms (NFKC)', () => {
    expect(n('ＵＳＤＴ ＴＲＣ２０ ｗｈａｔｓａｐｐ')).toBe('usdt trc20 whatsapp');
  });
  it('folds Cyrillic and Greek lookalikes inside Latin words only', () => {
    expect(n('Тelеgram bіtcоin')).toBe('telegram bitcoin');
    expect(n('Привет, как дела?')).toBe('привет, как дела?');
    expect(n('Καλημέρα')).toBe('καλημέρα');
  });
  it('folds leetspeak between letters but not in numbers or amounts', () => {
    expect(n('b1tc0in wh@tsapp t3legram')).toBe('bitcoin whatsapp telegram');
    expect(n('send $100 to 5k in 24/7 2024')).toBe('send $100 to 5k in 24/7 2024');
  });
  it('joins spaced-out letters and dotted letters', () => {
    expect(n('send U S D T now')).toBe('send usdt now');
    expect(n('w h a t s a p p me')).toBe('whatsapp me');
    expect(n('w.h.a.t.s.a.p.p')).toBe('whatsapp');
    expect(n('e.g. U.S. a.m.')).toBe('e.g. u.s. a.m.');
  });
  it('drops emoji separators inside Latin words', () => {
    expect(n('Tele🔥gram')).toBe('telegram');
    expect(n('I love you ❤️ so much')).toBe('i love you ❤ so much');
  });
  it('folds words written wholly in small capitals, and stand-in symbols', () => {
    expect(n('ꜱᴛᴀʀᴛ ᴍᴀᴋɪɴɢ ɢᴏᴏᴅ ᴘʀᴏꜰɪᴛ')).toBe('start making good profit');
    expect(n('I’m 🅿️aying 💲5,000')).toBe("i'm paying $5,000");
    // the heavy dollar sign alone, and an ordinary emoji beside it, stay readable
    expect(n('💲💲 🎉')).toBe('$$ 🎉');
  });
  it('folds typographic apostrophes and quotes', () => {
    expect(n('I’m “fine”')).toBe('i\'m "fine"');
  });
  it('keeps diacritics (Vietnamese, Spanish)', () => {
    expect(n('Tiếng Việt có dấu')).toBe('tiếng việt có dấu');
    expect(n('Año de inversión')).toBe('año de inversión');
  });
  it('leaves Chinese, Thai and Korean text intact (full-width punctuation folds)', () => {
    expect(n('你好，我是公安局的警官')).toBe('你好,我是公安局的警官');
    expect(n('สวัสดีครับ')).toBe('สวัสดีครับ');
    expect(n('안녕하세요')).toBe('안녕하세요');
  });
  it('maps spans back to the original text', () => {
    const original = 'Add me on W h a t s A p p: @anna';
    const norm = normalize(original);
    const i = norm.text.indexOf('whatsapp');
    const span = originalSpan(norm, i, i + 'whatsapp'.length);
    expect(span).toBeDefined();
    expect(original.slice(span?.start, span?.end)).toBe('W h a t s A p p');
  });
  it('maps spans across removed zero-width characters and surrogate pairs', () => {
    const original = '🔥🔥 Т\u200beleg𝐫am';
    const norm = normalize(original);
    const i = norm.text.indexOf('telegram');
    expect(i).toBeGreaterThanOrEqual(0);
    const span = originalSpan(norm, i, i + 8);
    expect(original.slice(span?.start, span?.end)).toBe('Т\u200beleg𝐫am');
  });
  it('is linear on hostile input', () => {
    const big = 'a b '.repeat(100_000);
    const t = performance.now();
    normalize(big);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
