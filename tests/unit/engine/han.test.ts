import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldHan, foldHanChar, foldHanRegExp } from '../../../src/engine/han.ts';
import { analyze, RULES } from '../../../src/engine/index.ts';
import { normalize } from '../../../src/engine/normalize.ts';

describe('Traditional Chinese folded to Simplified', () => {
  it('maps Traditional forms and leaves Simplified, Latin and kana alone', () => {
    expect(foldHan('帳戶凍結，請繳稅後提領')).toBe('账户冻结，请缴税后提领');
    expect(foldHan('账户冻结')).toBe('账户冻结');
    expect(foldHan('USDT 帳號 ok')).toBe('USDT 账号 ok');
    expect(foldHan('お金を振り込んで')).toBe('お金を振り込んで');
    expect(foldHanChar('錢')).toBe('钱');
    expect(foldHanChar('钱')).toBe('钱');
  });

  it('is one character for one, so offsets and spans stay the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(foldHan(s).length).toBe(s.length);
      }),
      { numRuns: 300 },
    );
    const text = '親愛的會員，您的帳戶需先繳交稅金才能提領';
    const n = normalize(text);
    // NFKC also folds the full-width comma; the length is what matters here.
    expect(n.text).toBe('亲爱的会员,您的账户需先缴交税金才能提领');
    expect(n.text.length).toBe(text.length);
  });

  it('folds a pattern without touching its syntax', () => {
    const re = foldHanRegExp(/(?:帳戶|账户)[^\n]{0,4}凍結/u);
    expect(re.source).toBe('(?:账户|账户)[^\\n]{0,4}冻结');
    expect(re.flags).toBe('u');
    expect(re.test('账户已冻结')).toBe(true);
    const plain = /abc/i;
    expect(foldHanRegExp(plain)).toBe(plain);
  });

  it('a Traditional lure warns like its Simplified twin, and a Traditional warning stays quiet', () => {
    const pairs: [string, string][] = [
      [
        '您的帳戶提現需先繳納個人所得稅20%，完成後三個工作日內到賬',
        '您的账户提现需先缴纳个人所得税20%，完成后三个工作日内到账',
      ],
      ['老師說明天的內幕消息一定要跟，穩賺不賠', '老师说明天的内幕消息一定要跟，稳赚不赔'],
    ];
    for (const [hant, hans] of pairs) {
      const a = analyze(hant);
      const b = analyze(hans);
      expect(a.level, hant).not.toBe('none');
      expect(a.level).toBe(b.level);
      expect(a.reasons.map((r) => r.ruleId)).toEqual(b.reasons.map((r) => r.ruleId));
    }
    expect(analyze('警方提醒：凡是要求先繳稅才能提領的，都是詐騙').level).toBe('none');
  });

  it('every rule still compiles after folding', () => {
    for (const r of RULES)
      if (r.pattern) expect(() => new RegExp(foldHan(r.pattern?.source ?? ''), 'u')).not.toThrow();
  });
});
