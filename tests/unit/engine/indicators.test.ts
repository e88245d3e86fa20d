import { describe, expect, it } from 'vitest';
import { editDistance, findIndicators, findUrls, lookalikeOf } from '../../../src/engine/indicators/index.ts';

describe('lookalike exchange and wallet domains', () => {
  it('never flags the real domains or their subdomains', () => {
    for (const h of [
      'binance.com',
      'www.binance.com',
      'accounts.binance.com',
      'coinbase.com',
      'okx.com',
      'kraken.com',
      'bybit.com',
      'crypto.com',
      'metamask.io',
      'trustwallet.com',
      'kucoin.com',
      'huobi.com',
      'htx.com',
      'bitget.com',
      'gate.io',
      'google.com',
      'example.org',
    ]) {
      expect(lookalikeOf(h), h).toBeUndefined();
    }
  });
  it('flags brand-in-label, brand-in-subdomain, edit distance and homoglyphs', () => {
    expect(lookalikeOf('binance-secure.xyz')).toBe('binance.com');
    expect(lookalikeOf('coinbase.com.verify-wallet.top')).toBe('coinbase.com');
    expect(lookalikeOf('binnance.com')).toBe('binance.com');
    expect(lookalikeOf('krakken.net')).toBe('kraken.com');
    expect(lookalikeOf('rnetamask.io')).toBe('metamask.io');
    expect(lookalikeOf('trustwallet-app.support')).toBe('trustwallet.com');
    expect(lookalikeOf('cryptocom-app.net')).toBe('crypto.com');
    expect(lookalikeOf('kucoin.co')).toBe('kucoin.com');
    expect(lookalikeOf('gateio-login.com')).toBe('gate.io');
    expect(lookalikeOf('bitget.vip')).toBe('bitget.com');
  });
  it('edit distance is bounded and correct', () => {
    expect(editDistance('binance', 'binnance', 2)).toBe(1);
    expect(editDistance('kraken', 'karken', 2)).toBe(1);
    expect(editDistance('coinbase', 'google', 2)).toBe(3);
  });
});

describe('URLs', () => {
  it('parses scheme, www and bare domains with the public suffix list, not file names', () => {
    const urls = findUrls(
      'see https://t.me/USERNAME and accetgrowth.ltd or www.example.co.uk/x, file.txt, e.g. this',
    ).filter((i) => i.kind === 'url');
    expect(urls.map((u) => u.detail?.domain)).toEqual(['t.me', 'accetgrowth.ltd', 'example.co.uk']);
  });
  it('marks shorteners, IP links and messenger links', () => {
    const inds = findIndicators(
      'go to bit.ly/2DtmgPT or http://188.214.30.217/x or wa.me/12134001320 or line.me/ti/p/abc',
    );
    expect(inds.some((i) => i.kind === 'url' && i.detail?.shortener === 'yes')).toBe(true);
    expect(inds.some((i) => i.kind === 'url' && i.detail?.ip === 'yes')).toBe(true);
    const apps = inds.filter((i) => i.kind === 'messenger_handle').map((i) => i.detail?.app);
    expect(apps).toEqual(['whatsapp', 'line']);
    // the digits of wa.me/... are part of the link, not a separate phone number
    expect(inds.filter((i) => i.kind === 'phone_number')).toEqual([]);
  });
  it('reports a lookalike domain with the brand it imitates', () => {
    const inds = findIndicators('log in at https://binance-verify.top/login now');
    expect(inds.find((i) => i.kind === 'lookalike_domain')?.detail?.imitates).toBe('binance.com');
  });
});

describe('handles, phone numbers, e-mail', () => {
  it('finds @handles and names the app mentioned before them', () => {
    const inds = findIndicators('find me on telegram @lena_trades, or thanks @sam');
    const handles = inds.filter((i) => i.kind === 'messenger_handle');
    expect(handles.map((h) => [h.value, h.detail?.app])).toEqual([
      ['@lena_trades', 'telegram'],
      ['@sam', 'unknown'],
    ]);
  });
  it('finds international phone numbers and app-context numbers once each', () => {
    const inds = findIndicators('WhatsApp +1 (213) 400-1320 or whatsapp: 447700900123');
    const phones = inds.filter((i) => i.kind === 'phone_number').map((i) => i.value);
    expect(phones).toEqual(['+1 (213) 400-1320', '447700900123']);
  });
  it('does not read dates, prices or short numbers as phone numbers', () => {
    const inds = findIndicators('on 12/05/2024 it cost $1,200.50, call 911');
    expect(inds.filter((i) => i.kind === 'phone_number')).toEqual([]);
  });
  it('finds e-mail addresses and does not treat them as handles', () => {
    const inds = findIndicators('write to anna.lee@gmail.com');
    expect(inds.filter((i) => i.kind !== 'url').map((i) => i.kind)).toEqual(['email_address']);
  });
});
