import type { Family, Lang, Stage } from '../../../src/engine/types.ts';

/** The languages that live in rule packs, with the id suffix each pack uses. */
export const PACK_LANGS = ['th', 'vi', 'id', 'tl', 'es', 'ja', 'ko', 'hi'] as const satisfies readonly Lang[];
export type PackLang = (typeof PACK_LANGS)[number];

export const FAMILY_PREFIX: Record<Family, string> = {
  opener: 'OPENER',
  romance: 'ROMANCE',
  platform_move: 'PLATFORM',
  investment: 'INVEST',
  payment: 'PAYMENT',
  task: 'TASK',
  recovery: 'RECOVERY',
  impersonation: 'IMPERSONATION',
  advance_fee: 'ADVANCE_FEE',
  prize: 'PRIZE',
  phishing: 'PHISHING',
  loan: 'LOAN',
};

export const STAGES: readonly Stage[] = ['opener', 'rapport', 'platform', 'pitch', 'payment', 'related'];

/** The scam-compound script families every pack must cover. */
export const SCRIPT_FAMILIES: readonly Family[] = [
  'opener',
  'romance',
  'platform_move',
  'investment',
  'payment',
  'task',
  'recovery',
];
export const RELATED_FAMILIES: readonly Family[] = [
  'impersonation',
  'advance_fee',
  'prize',
  'phishing',
  'loan',
];

/**
 * The part of the engine's normalisation that pack examples rely on (NFKC, lower case, zero-width
 * characters removed). Lookalike/leet folding is the engine's and is exercised by the engine tests.
 */
export function basicNormalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, '')
    .toLowerCase();
}
