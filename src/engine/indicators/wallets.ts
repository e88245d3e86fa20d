import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bech32, bech32m, createBase58check } from '@scure/base';
import type { Indicator } from '../types.ts';

const b58check = createBase58check(sha256);

function b58Payload(s: string): Uint8Array | undefined {
  try {
    return b58check.decode(s);
  } catch {
    return undefined;
  }
}

/** Bitcoin legacy (P2PKH, version 0x00) or script (P2SH, 0x05) address with a valid checksum. */
export function isBtcBase58(addr: string): boolean {
  const p = b58Payload(addr);
  return p !== undefined && p.length === 21 && (p[0] === 0x00 || p[0] === 0x05);
}

/** Bitcoin segwit address: bech32 for witness v0 (20 or 32 byte program), bech32m for v1+. */
export function isBtcBech32(addr: string): boolean {
  if (addr !== addr.toLowerCase() && addr !== addr.toUpperCase()) return false;
  const a = addr.toLowerCase() as `${string}1${string}`;
  for (const coder of [bech32, bech32m]) {
    let dec: { prefix: string; words: number[] };
    try {
      dec = coder.decode(a, 90);
    } catch {
      continue;
    }
    if (dec.prefix !== 'bc' || dec.words.length === 0) continue;
    const version = dec.words[0] as number;
    if (version > 16) continue;
    if ((version === 0) !== (coder === bech32)) continue;
    let prog: Uint8Array;
    try {
      prog = coder.fromWords(dec.words.slice(1));
    } catch {
      continue;
    }
    if (prog.length < 2 || prog.length > 40) continue;
    if (version === 0 && prog.length !== 20 && prog.length !== 32) continue;
    return true;
  }
  return false;
}

/** Ethereum address. All-lower or all-upper hex is accepted (no checksum to check); mixed case
 * must satisfy EIP-55. */
export function isEthAddress(addr: string): boolean {
  if (!/^0x[0-9a-fA-F]{40}$/.test(addr)) return false;
  const hex = addr.slice(2);
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return true;
  const lower = hex.toLowerCase();
  const hash = keccak_256(new TextEncoder().encode(lower));
  for (let i = 0; i < 40; i++) {
    const c = hex[i] as string;
    if (c >= '0' && c <= '9') continue;
    const byte = hash[i >> 1] as number;
    const nibble = i % 2 === 0 ? byte >> 4 : byte & 0x0f;
    const shouldUpper = nibble >= 8;
    if (shouldUpper !== (c >= 'A' && c <= 'F')) return false;
  }
  return true;
}

/** TRON address: base58check, 21 bytes, version byte 0x41. */
export function isTronAddress(addr: string): boolean {
  const p = b58Payload(addr);
  return p !== undefined && p.length === 21 && p[0] === 0x41;
}

// Candidates: cheap shape checks first; the checksum decides. Lookbehinds keep the scan linear.
const B58 = '[1-9A-HJ-NP-Za-km-z]';
export const CANDIDATES: {
  re: RegExp;
  check: (s: string) => boolean;
  kind: Indicator['kind'];
  chain: string;
}[] = [
  {
    re: new RegExp(`(?<![0-9A-Za-z])[13]${B58}{25,34}(?![0-9A-Za-z])`, 'g'),
    check: isBtcBase58,
    kind: 'btc_address',
    chain: 'bitcoin',
  },
  {
    re: /(?<![0-9A-Za-z])(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{11,71}(?![0-9A-Za-z])/g,
    check: isBtcBech32,
    kind: 'btc_address',
    chain: 'bitcoin',
  },
  {
    re: /(?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])/g,
    check: isEthAddress,
    kind: 'eth_address',
    chain: 'ethereum',
  },
  {
    re: new RegExp(`(?<![0-9A-Za-z])T${B58}{33}(?![0-9A-Za-z])`, 'g'),
    check: isTronAddress,
    kind: 'tron_address',
    chain: 'tron',
  },
];

/** Find wallet addresses with valid checksums in `text` (original text: addresses are case-sensitive). */
export function findWallets(text: string): Indicator[] {
  const out: Indicator[] = [];
  for (const c of CANDIDATES) {
    c.re.lastIndex = 0;
    let m: RegExpExecArray | null = c.re.exec(text);
    let guard = 0;
    while (m !== null && guard++ < 200) {
      if (c.check(m[0])) {
        out.push({
          kind: c.kind,
          value: m[0],
          detail: { chain: c.chain },
          span: { start: m.index, end: m.index + m[0].length },
        });
      }
      m = c.re.exec(text);
    }
  }
  return out;
}
