import type { Rule } from '../../types.ts';

/**
 * Rule packs for languages beyond English and Chinese (th, vi, id, tl, es, ja, ko, hi).
 * One file per language beside this one; this index only gathers them.
 */
export const PACK_RULES: readonly Rule[] = [];
