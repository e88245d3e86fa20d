import { describe, expect, it } from 'vitest';
import { analyze, RULES } from '../../../src/engine/index.ts';
import { joinLines } from '../../../src/engine/score.ts';

describe('analyze', () => {
  it('returns none for ordinary messages', () => {
    for (const t of [
      'See you at 7 for dinner?',
      'I love you babe, sleep well',
      'BTC dipped again today lol',
      '',
    ]) {
      const v = analyze(t);
      expect(v.level, t).toBe('none');
    }
  });

  it('flags a crypto pitch with its reasons and spans in the original text', () => {
    const text =
      'My uncle is an analyst with insider signals. Guaranteed profit 3% per day on USDT, add me on WhatsApp';
    const v = analyze(text);
    expect(v.level).toBe('danger');
    expect(v.families).toContain('investment');
    expect(v.families).toContain('platform_move');
    for (const r of v.reasons) {
      expect(r.text.length).toBeGreaterThan(10);
      if (r.span) expect(text.slice(r.span.start, r.span.end)).toBe(r.span.excerpt);
    }
  });

  it('reports spans in the original text even when the text was de-obfuscated', () => {
    const text = 'ＡＤＤ me on W h a t s A p p please';
    const v = analyze(text);
    const r = v.reasons.find((x) => x.ruleId === 'PLATFORM_MOVE_REQUEST');
    expect(r?.span).toBeDefined();
    expect(text.slice(r?.span?.start, r?.span?.end)).toContain('W h a t s A p p');
  });

  it('sensitivity moves the thresholds', () => {
    const text = 'Sorry, wrong number. Nice to meet you anyway, add me on Telegram';
    const low = analyze(text, { sensitivity: 'low' });
    const std = analyze(text, { sensitivity: 'standard' });
    const high = analyze(text, { sensitivity: 'high' });
    expect(low.score).toBe(std.score);
    const rank = { none: 0, caution: 1, danger: 2 } as const;
    expect(rank[low.level]).toBeLessThanOrEqual(rank[std.level]);
    expect(rank[std.level]).toBeLessThanOrEqual(rank[high.level]);
    expect(rank[high.level]).toBeGreaterThan(rank[low.level]);
  });

  it('never flags outgoing messages', () => {
    const v = analyze('Invest now: guaranteed 5% daily, send USDT to TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', {
      direction: 'out',
    });
    expect(v).toEqual({ level: 'none', score: 0, families: [], reasons: [], indicators: [] });
  });

  it('keeps talk ABOUT scams quiet', () => {
    for (const t of [
      'Beware: a woman added me on WhatsApp and then asked me to invest in a crypto platform. It was a scam, I blocked her.',
      'PSA: scammers promise guaranteed returns of 3% per day. Never send money to people you met online.',
      'She told me to download an app and deposit USDT, then they asked for a withdrawal fee. I got scammed.',
      '警方提醒：谨防冒充客服诈骗，不要轻信陌生人的转账要求',
    ]) {
      expect(analyze(t).level, t).toBe('none');
    }
  });

  it('a carrier notice linking only to the carrier is not phishing; the same text with another domain is', () => {
    expect(analyze('Your parcel is on the way, track it at https://www.ups.com/track?id=1Z999').level).toBe(
      'none',
    );
    expect(
      analyze('Your parcel is on the way, track it at https://ups-track-parcel.top/1Z999').level,
    ).not.toBe('none');
  });

  it("a bank's safety notice stays quiet", () => {
    expect(
      analyze('We will never ask you to share your OTP or to verify your account through a link.').level,
    ).toBe('none');
  });

  it('a testimonial that narrates doubt or an introduction is still a lure; a warning that names the account is not', () => {
    const lure =
      'i honestly thought that it was a scam until i gave it a try with just $400 and i got $5,100 with @nina_wells_trades';
    const intro = 'i was introduced to @marco.fx_signals and my life took a better turn, all thanks to him';
    expect(analyze(lure).level).not.toBe('none');
    expect(analyze(intro).level).not.toBe('none');
    const warning =
      'beware of @marco.fx_signals, they scammed me: i was introduced to them and my life took a turn for the worse';
    expect(analyze(warning).level).toBe('none');
  });

  it('flags recovery offers but not a victim asking whether money can come back', () => {
    expect(
      analyze('our team can help you recover the funds you lost to the fake platform, message us').level,
    ).not.toBe('none');
    expect(
      analyze('we have traced your stolen usdt; pay the release fee of $900 to get it back').level,
    ).not.toBe('none');
    expect(
      analyze('is there any way to get my money back after the scam? the police could not help').level,
    ).toBe('none');
  });

  it('news and warnings that describe the script stay quiet', () => {
    for (const t of [
      'Police warned that scammers tell victims they must pay a 20% tax before they can withdraw their profits.',
      'Recovery scams target people who already lost money: fake law firms claim they have traced the stolen funds and ask for a fee.',
      'Reminder from your bank: we will never ask you to pay a fee to release your funds or to move money to a safe account.',
    ])
      expect(analyze(t).level, t).toBe('none');
  });

  it('a lure that says "not a scam" is still a lure', () => {
    const v = analyze(
      'This is not a scam! I invested $500 and got $7,000 in 3 days thanks to @anna_fx_trades, contact her now',
    );
    expect(v.level).not.toBe('none');
  });

  it('one family alone does not reach danger at standard sensitivity', () => {
    const v = analyze(
      'Hello my darling, you are my soulmate. I am a widower working on an oil rig, my camera is broken so I cannot video call',
    );
    expect(v.families).toEqual(['romance']);
    expect(v.level).not.toBe('danger');
  });

  it('is deterministic', () => {
    const t = 'Your account is frozen, pay the withdrawal tax of 20% within 24 hours or lose everything';
    expect(JSON.stringify(analyze(t))).toBe(JSON.stringify(analyze(t)));
  });

  it('restricting languages turns off other packs but keeps language-independent signals', () => {
    const t = '您好，我是公安局的警官，你的银行卡涉嫌洗钱，请转账到安全账户';
    expect(analyze(t).level).not.toBe('none');
    expect(analyze(t, { languages: ['en'] }).level).toBe('none');
    const wallet = analyze('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', { languages: ['en'] });
    expect(wallet.indicators[0]?.kind).toBe('tron_address');
  });

  it('scores a 1 MB input within 50 ms (after warm-up) and still sees what matters in it', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(19_000);
    const text = `${filler} send the USDT to TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t ${filler}`.slice(0, 1 << 20);
    analyze(text);
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      analyze(text);
      best = Math.min(best, performance.now() - t0);
    }
    expect(best).toBeLessThan(50);
    expect(analyze(text).indicators.some((i) => i.kind === 'tron_address')).toBe(true);
  });

  it('exposes every rule', () => {
    expect(RULES.length).toBeGreaterThan(100);
  });
});

describe('line breaks inside a message', () => {
  const wrapped: [string, string][] = [
    [
      'Dana tunai cepat cair 3 hari, bunga ringan. Syarat KTP.\nhub Ibu Yani 0812 1898 6001',
      'LOAN_SMS_OFFER_ID',
    ],
    ['To withdraw your balance you need to pay a $900\nclearance fee first', 'ADVANCE_FEE_FEE'],
    ['To withdraw your balance you need to pay a $900\r\nclearance fee first', 'ADVANCE_FEE_FEE'],
  ];
  it('reads a sentence wrapped by its sender as one line, and points at the original text', () => {
    for (const [text, id] of wrapped) {
      const v = analyze(text);
      expect(v.level, text).not.toBe('none');
      const r = v.reasons.find((x) => x.ruleId === id);
      expect(r, text).toBeDefined();
      // the span is an offset into the input as given, line break included
      expect(text.slice(r!.span!.start, r!.span!.end)).toBe(r!.span!.excerpt);
      expect(r!.span!.excerpt).toMatch(/\n/);
    }
  });
  it('a blank line still ends the paragraph', () => {
    const v = analyze('To withdraw your balance you need to pay a $900\n\nclearance fee first');
    expect(v.reasons.some((r) => r.ruleId === 'ADVANCE_FEE_FEE')).toBe(false);
  });
  it('joinLines keeps the length, so every offset stays valid', () => {
    for (const t of ['a\nb', 'a\r\nb', 'a\n\nb', '\n', 'no break', 'x\r\n\r\ny\nz']) {
      expect(joinLines(t)).toHaveLength(t.length);
    }
    expect(joinLines('a\nb\n\nc\r\nd')).toBe('a b\n\nc  d');
  });
});
