import { parse } from 'tldts';
import type { Indicator } from '../types.ts';

/** Real exchanges and wallets: the official registrable domains, and the name tokens that, inside
 * another domain, mean someone is borrowing the brand. Tokens are chosen to be distinctive
 * (no "crypto", "gate", "trust" alone). */
export const BRANDS: readonly { name: string; domains: readonly string[]; tokens: readonly string[] }[] = [
  {
    name: 'binance.com',
    domains: ['binance.com', 'binance.us', 'binance.info', 'binance.org', 'bnbchain.org'],
    tokens: ['binance'],
  },
  { name: 'coinbase.com', domains: ['coinbase.com', 'coinbase.us'], tokens: ['coinbase'] },
  { name: 'okx.com', domains: ['okx.com', 'okex.com'], tokens: ['okx', 'okex'] },
  { name: 'kraken.com', domains: ['kraken.com'], tokens: ['kraken'] },
  { name: 'bybit.com', domains: ['bybit.com'], tokens: ['bybit'] },
  { name: 'crypto.com', domains: ['crypto.com'], tokens: ['cryptocom', 'crypto-com'] },
  { name: 'metamask.io', domains: ['metamask.io'], tokens: ['metamask'] },
  { name: 'trustwallet.com', domains: ['trustwallet.com'], tokens: ['trustwallet', 'trust-wallet'] },
  { name: 'kucoin.com', domains: ['kucoin.com'], tokens: ['kucoin'] },
  { name: 'huobi.com', domains: ['huobi.com', 'htx.com'], tokens: ['huobi'] },
  { name: 'bitget.com', domains: ['bitget.com'], tokens: ['bitget'] },
  { name: 'gate.io', domains: ['gate.io', 'gate.com'], tokens: ['gateio', 'gate-io'] },
  { name: 'mexc.com', domains: ['mexc.com'], tokens: ['mexc'] },
  { name: 'bitfinex.com', domains: ['bitfinex.com'], tokens: ['bitfinex'] },
  { name: 'bitstamp.net', domains: ['bitstamp.net'], tokens: ['bitstamp'] },
  { name: 'gemini.com', domains: ['gemini.com'], tokens: ['geminiexchange'] },
  { name: 'blockchain.com', domains: ['blockchain.com'], tokens: ['blockchaincom', 'blockchain-com'] },
  { name: 'ledger.com', domains: ['ledger.com'], tokens: ['ledgerwallet', 'ledgerlive', 'ledger-live'] },
  { name: 'trezor.io', domains: ['trezor.io'], tokens: ['trezor'] },
  { name: 'etoro.com', domains: ['etoro.com'], tokens: ['etoro'] },
  { name: 'exodus.com', domains: ['exodus.com'], tokens: ['exoduswallet'] },
  { name: 'phantom.app', domains: ['phantom.app', 'phantom.com'], tokens: ['phantomwallet'] },
  { name: 'uniswap.org', domains: ['uniswap.org', 'app.uniswap.org'], tokens: ['uniswap'] },
  { name: 'opensea.io', domains: ['opensea.io'], tokens: ['opensea'] },
  { name: 'bitmart.com', domains: ['bitmart.com'], tokens: ['bitmart'] },
  { name: 'upbit.com', domains: ['upbit.com'], tokens: ['upbit'] },
  { name: 'bithumb.com', domains: ['bithumb.com'], tokens: ['bithumb'] },
  { name: 'coinmarketcap.com', domains: ['coinmarketcap.com'], tokens: ['coinmarketcap'] },
  { name: 'tronlink.org', domains: ['tronlink.org'], tokens: ['tronlink'] },
];

/** Brand labels used for edit-distance checks (the registrable label of the main domain). */
const BRAND_LABELS: { label: string; brand: string }[] = [];
const OFFICIAL = new Set<string>();
for (const b of BRANDS) {
  for (const d of b.domains) OFFICIAL.add(d);
  const label = (b.domains[0] as string).split('.')[0] as string;
  if (label.length >= 5) BRAND_LABELS.push({ label, brand: b.name });
}

export const MESSENGER_DOMAINS: Record<string, string> = {
  't.me': 'telegram',
  'telegram.me': 'telegram',
  'telegram.dog': 'telegram',
  'wa.me': 'whatsapp',
  'whatsapp.com': 'whatsapp',
  'line.me': 'line',
  'signal.me': 'signal',
  'signal.group': 'signal',
  'weixin.qq.com': 'wechat',
  'u.wechat.com': 'wechat',
  'kakao.com': 'kakaotalk',
  'viber.com': 'viber',
  'm.me': 'messenger',
  'discord.gg': 'discord',
  'snapchat.com': 'snapchat',
};

/** Official domains of parcel carriers and big shops: a delivery notice whose links all point here
 * is the real thing, not delivery phishing. */
export const OFFICIAL_SENDERS = new Set([
  'ups.com',
  'fedex.com',
  'dhl.com',
  'dhl.de',
  'dhl.nl',
  'usps.com',
  'royalmail.com',
  'evri.com',
  'postnl.nl',
  'bpost.be',
  'laposte.fr',
  'colissimo.fr',
  'canadapost-postescanada.ca',
  'auspost.com.au',
  'nzpost.co.nz',
  'singpost.com',
  'japanpost.jp',
  'amazon.com',
  'amazon.co.uk',
  'amazon.de',
  'ebay.com',
  'dpd.com',
  'dpd.co.uk',
  'gls-group.eu',
  'hermesworld.com',
  'correos.es',
  'poste.it',
  'posindonesia.co.id',
  'lbcexpress.com',
  'thailandpost.co.th',
  'kerryexpress.com',
  'sf-express.com',
  'jtexpress.com',
  'ninjavan.co',
  'shopee.com',
  'lazada.com',
]);

const SHORTENERS = new Set([
  'bit.ly',
  'tinyurl.com',
  'tiny.cc',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'cutt.ly',
  'rb.gy',
  'shorturl.at',
  't.co',
  'rebrand.ly',
  'bitly.com',
  'page.link',
  'linktr.ee',
  's.id',
  'v.gd',
  'shorte.st',
  'adf.ly',
  'bl.ink',
  'tiny.one',
  'urlz.fr',
  'lnkd.in',
  'qrco.de',
  'duckdns.org',
  'ngrok.io',
  'ngrok-free.app',
]);

/** Optimal string alignment distance (edits + adjacent swaps), bounded: returns max+1 early. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1).fill(0);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[m] as number;
}

/** Fold look-alike sequences used in fake domains (rn→m, vv→w, 0→o, 1→l ...). */
function foldHomoglyphs(label: string): string {
  return label
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/0/g, 'o')
    .replace(/[1|]/g, 'l')
    .replace(/3/g, 'e')
    .replace(/5/g, 's');
}

/** Is `hostname` imitating a real exchange or wallet? Returns the imitated domain, or undefined.
 * Official domains and their subdomains are never lookalikes. */
export function lookalikeOf(hostname: string): string | undefined {
  const p = parse(hostname, { allowPrivateDomains: true });
  const domain = p.domain;
  if (!domain || p.isIp) return undefined;
  if (OFFICIAL.has(domain) || OFFICIAL.has(p.hostname ?? '')) return undefined;
  const label = (p.domainWithoutSuffix ?? '').toLowerCase();
  const sub = (p.subdomain ?? '').toLowerCase();
  const host = (p.hostname ?? '').toLowerCase();
  for (const b of BRANDS) {
    for (const t of b.tokens) {
      if (label.includes(t) || sub.includes(t)) return b.name;
    }
    // "binance.com.secure-login.xyz": the whole official domain inside a foreign hostname
    for (const d of b.domains) if (host.startsWith(`${d}.`) || host.includes(`.${d}.`)) return b.name;
  }
  const folded = foldHomoglyphs(label.replace(/-/g, ''));
  for (const { label: bl, brand } of BRAND_LABELS) {
    const max = bl.length >= 8 ? 2 : 1;
    if (folded === bl || editDistance(folded, bl, max) <= max) return brand;
  }
  return undefined;
}

export interface UrlFacts {
  hostname: string;
  domain: string;
  messenger?: string;
  shortener: boolean;
  ip: boolean;
  lookalike?: string;
}

/** Classify one URL or bare host. Returns undefined when it is not a real public domain. */
export function classifyUrl(raw: string, bare: boolean): UrlFacts | undefined {
  const p = parse(raw, { allowPrivateDomains: true });
  const hostname = p.hostname ?? '';
  if (!hostname) return undefined;
  if (p.isIp) return bare ? undefined : { hostname, domain: hostname, shortener: false, ip: true };
  if (!p.domain || (p.isIcann !== true && p.isPrivate !== true)) return undefined;
  if (bare && p.isIcann !== true) return undefined;
  const domain = p.domain;
  let messenger: string | undefined = MESSENGER_DOMAINS[hostname] ?? MESSENGER_DOMAINS[domain];
  if (domain === 'whatsapp.com' && !/^(?:api|chat|wa)\./.test(hostname)) messenger = undefined;
  if (domain === 'kakao.com' && !hostname.startsWith('open.')) messenger = undefined;
  if (domain === 'viber.com' && !hostname.startsWith('invite.')) messenger = undefined;
  const shortener = SHORTENERS.has(domain) || SHORTENERS.has(hostname);
  const lookalike = lookalikeOf(hostname);
  const facts: UrlFacts = { hostname, domain, shortener, ip: false };
  if (messenger) facts.messenger = messenger;
  if (lookalike) facts.lookalike = lookalike;
  return facts;
}

// Scheme URLs, www. hosts, and bare host names with at least one dot. Lookbehinds make every match
// start at the beginning of a run, which keeps the scan linear on hostile input.
export const URL_RE =
  /(?<![\w@.-])(?:(?:https?|hxxps?):\/\/|www\.)[^\s<>"'()[\]{}]{1,2000}|(?<![\w@./-])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){1,6}(?:\/[^\s<>"'()[\]{}]{0,500})?/gi;

/** Find URLs and bare domains in `text`, classify them. */
export function findUrls(text: string): Indicator[] {
  const out: Indicator[] = [];
  URL_RE.lastIndex = 0;
  let m = URL_RE.exec(text);
  let guard = 0;
  while (m !== null && guard++ < 300) {
    let raw = m[0].replace(/[.,;:!?]+$/, '');
    const bare = !/^(?:https?|hxxps?):\/\/|^www\./i.test(raw);
    if (/^hxxp/i.test(raw)) raw = raw.replace(/^hxxp/i, 'http');
    const facts =
      bare && /^\d+(?:\.\d+)*$/.test(raw.split('/')[0] as string) ? undefined : classifyUrl(raw, bare);
    if (facts) {
      const span = { start: m.index, end: m.index + raw.length };
      const detail: Record<string, string> = { domain: facts.domain, host: facts.hostname };
      if (facts.shortener) detail.shortener = 'yes';
      if (OFFICIAL_SENDERS.has(facts.domain)) detail.official = 'yes';
      if (facts.ip) detail.ip = 'yes';
      if (facts.messenger) {
        out.push({
          kind: 'messenger_handle',
          value: raw,
          detail: { app: facts.messenger, domain: facts.domain },
          span,
        });
      }
      out.push({ kind: 'url', value: raw, detail, span });
      if (facts.lookalike) {
        out.push({
          kind: 'lookalike_domain',
          value: facts.hostname,
          detail: { imitates: facts.lookalike },
          span,
        });
      }
    }
    m = URL_RE.exec(text);
  }
  return out;
}
