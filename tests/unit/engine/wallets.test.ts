import { describe, expect, it } from 'vitest';
import {
  findWallets,
  isBtcBase58,
  isBtcBech32,
  isEthAddress,
  isTronAddress,
} from '../../../src/engine/indicators/index.ts';

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** Every single-character substitution (to the next character of the alphabet) from `from` on. */
function mutations(addr: string, alphabet: string, from: number): string[] {
  const out: string[] = [];
  for (let i = from; i < addr.length; i++) {
    const c = addr[i] as string;
    const lower = c.toLowerCase();
    const idx = alphabet.indexOf(alphabet === BECH ? lower : c);
    if (idx < 0) continue;
    let r = alphabet[(idx + 1) % alphabet.length] as string;
    if (alphabet === BECH && c !== lower) r = r.toUpperCase();
    out.push(addr.slice(0, i) + r + addr.slice(i + 1));
  }
  return out;
}

// Real addresses: Bitcoin genesis coinbase, Bitcoin wiki P2PKH/P2SH examples, BIP173/BIP86 vectors,
// EIP-55 test vectors, TRON mainnet contracts (USDT-TRC20 and others).
const BTC_BASE58 = [
  '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
  '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2',
  '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy',
];
const BTC_BECH32 = [
  'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
  'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4',
  'bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3',
  'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297',
];
const ETH = [
  '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
  '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
  '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
];
const TRON = [
  'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
  'TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7',
  'TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9',
];

describe('BTC base58check', () => {
  for (const a of BTC_BASE58) {
    it(`${a} is valid and every one-character change fails`, () => {
      expect(isBtcBase58(a)).toBe(true);
      const muts = mutations(a, B58, 1);
      expect(muts.length).toBeGreaterThan(20);
      for (const m of muts) expect(isBtcBase58(m), m).toBe(false);
    });
  }
  it('rejects other versions and garbage', () => {
    expect(isBtcBase58('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t')).toBe(false);
    expect(isBtcBase58('1111111111111111111114oLvT2')).toBe(true); // all-zero hash160, a real (burn) address
    expect(isBtcBase58('10A1zP1eP5QGefi2DMPTfTL5SLmv7Divf')).toBe(false);
  });
});

describe('BTC bech32 / bech32m', () => {
  for (const a of BTC_BECH32) {
    it(`${a} is valid and every one-character change fails`, () => {
      expect(isBtcBech32(a)).toBe(true);
      for (const m of mutations(a, BECH, 4)) expect(isBtcBech32(m), m).toBe(false);
    });
  }
  it('rejects mixed case, a v0 program encoded as bech32m and a v1 program encoded as bech32', () => {
    expect(isBtcBech32('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mDq')).toBe(false);
    // BIP350 invalid vectors
    expect(isBtcBech32('bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd')).toBe(false);
    expect(isBtcBech32('bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du')).toBe(false);
    // BIP350 valid vector: witness v2 in bech32m
    expect(isBtcBech32('bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs')).toBe(true);
  });
});

describe('ETH EIP-55', () => {
  for (const a of ETH) {
    it(`${a} is valid and flipping the case of any letter fails`, () => {
      expect(isEthAddress(a)).toBe(true);
      let flipped = 0;
      for (let i = 2; i < a.length; i++) {
        const c = a[i] as string;
        if (!/[a-fA-F]/.test(c)) continue;
        const f = c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
        expect(isEthAddress(a.slice(0, i) + f + a.slice(i + 1))).toBe(false);
        flipped++;
      }
      expect(flipped).toBeGreaterThan(5);
    });
  }
  it('mixed-case addresses with a changed hex digit fail', () => {
    // the digit change alters the hash, so the case pattern no longer fits
    expect(isEthAddress('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAee')).toBe(false);
    expect(isEthAddress('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe1')).toBe(false);
  });
  it('all-lower and all-upper addresses carry no checksum and are accepted; wrong length is not', () => {
    expect(isEthAddress('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed')).toBe(true);
    expect(isEthAddress('0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED')).toBe(true);
    expect(isEthAddress('0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea')).toBe(false);
  });
});

describe('TRON base58check', () => {
  for (const a of TRON) {
    it(`${a} is valid and every one-character change fails`, () => {
      expect(isTronAddress(a)).toBe(true);
      for (const m of mutations(a, B58, 1)) expect(isTronAddress(m), m).toBe(false);
    });
  }
});

describe('findWallets in text', () => {
  it('finds valid addresses with spans and skips invalid look-alikes', () => {
    const text = `send 100 USDT to TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t or bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq, not TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u`;
    const found = findWallets(text);
    expect(found.map((f) => f.kind).sort()).toEqual(['btc_address', 'tron_address']);
    for (const f of found) expect(text.slice(f.span?.start, f.span?.end)).toBe(f.value);
  });
  it('does not read an address out of a longer token', () => {
    expect(findWallets('xTR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t')).toEqual([]);
  });
});
