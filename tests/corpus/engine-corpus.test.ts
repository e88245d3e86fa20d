import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, loadRows } from '../../src/cli/corpus.ts';
import {
  MARKETING,
  OTHER_FRAUD,
  PERSONAL_HAM,
  type Scored,
  scoreRows,
  twoSidedHam,
} from '../../src/cli/eval.ts';

/**
 * The targets on ../shared/corpus/dev. Targets that are met are asserted as they are.
 * Targets not met yet are written with `it.fails` and the figure reached, so the suite says plainly
 * which ones are missing (and turns red, asking to be promoted, the day they are met); each of
 * those also has a regression floor at the level reached now. See STATISTICS.md.
 */
const DIR = resolve(__dirname, '../../../shared/corpus/dev');
const present = existsSync(DIR);
if (!present)
  console.warn(`\n*** corpus tests SKIPPED: ${DIR} not found (the dev corpus lives outside the repo) ***\n`);

describe.skipIf(!present)('engine on the dev corpus', () => {
  const rows = present ? listFiles([DIR]).flatMap(loadRows) : [];
  const scored: Scored[] = scoreRows(rows);
  const flagged = (s: Scored) => s.v.level !== 'none';
  const rate = (cat: string, label: 'scam' | 'ham') => {
    const a = scored.filter((s) => s.row.category === cat && s.row.label === label);
    return a.length ? a.filter(flagged).length / a.length : Number.NaN;
  };
  const present_ = (cat: string) => scored.some((s) => s.row.category === cat);

  // --- per-message recall, script categories (target >= 90%) ---
  it('fake_platform, deposit_pressure and withdrawal_fee recall >= 90%', () => {
    for (const c of ['fake_platform', 'deposit_pressure', 'withdrawal_fee'])
      expect(rate(c, 'scam'), c).toBeGreaterThanOrEqual(0.9);
  });
  it('recovery_scam recall >= 90% (when the category exists)', () => {
    if (present_('recovery_scam')) expect(rate('recovery_scam', 'scam')).toBeGreaterThanOrEqual(0.9);
  });
  it.fails('crypto_investment recall >= 90% (reached: 504/589 = 85.6% on 2 Dec)', () => {
    expect(rate('crypto_investment', 'scam')).toBeGreaterThanOrEqual(0.9);
  });
  it('task_scam recall >= 90%', () => {
    expect(rate('task_scam', 'scam')).toBeGreaterThanOrEqual(0.9);
  });
  it.fails('investment_pitch recall >= 90% (reached: 11/13 = 85%)', () => {
    expect(rate('investment_pitch', 'scam')).toBeGreaterThanOrEqual(0.9);
  });
  it('regression floors for the script categories not yet at target', () => {
    expect(rate('crypto_investment', 'scam')).toBeGreaterThanOrEqual(0.85);
    expect(rate('investment_pitch', 'scam')).toBeGreaterThanOrEqual(0.84);
  });

  // --- other fraud (average >= 70%) ---
  it('mean recall over the other fraud categories >= 70%', () => {
    const cats = [
      ...new Set(
        scored
          .filter((s) => s.row.label === 'scam' && OTHER_FRAUD.has(s.row.category))
          .map((s) => s.row.category),
      ),
    ];
    expect(cats.length).toBeGreaterThan(3);
    const mean = cats.reduce((a, c) => a + rate(c, 'scam'), 0) / cats.length;
    expect(mean).toBeGreaterThanOrEqual(0.7);
  });

  // --- quoted scam conversations (>= 90% warned) ---
  const convs = () => {
    const m = new Map<string, Scored[]>();
    for (const s of scored.filter((x) => x.row.file === 'quoted_scam_lures' && x.row.thread)) {
      const k = s.row.thread as string;
      m.set(k, [...(m.get(k) ?? []), s]);
    }
    return [...m.values()];
  };
  it('>= 90% of quoted scam conversations get a warning on an incoming message', () => {
    const c = convs();
    expect(c.filter((a) => a.some(flagged)).length / c.length).toBeGreaterThanOrEqual(0.9);
  });
  // reached 25/25 on 1 Dec; the floor leaves one conversation of slack
  it('regression floor: >= 96% of quoted scam conversations warned', () => {
    const c = convs();
    expect(c.length).toBeGreaterThan(10);
    expect(c.filter((a) => a.some(flagged)).length / c.length).toBeGreaterThanOrEqual(0.96);
  });

  // --- false positives ---
  it('FP <= 0.5% on every personal-chat category', () => {
    for (const c of PERSONAL_HAM) if (present_(c)) expect(rate(c, 'ham'), c).toBeLessThanOrEqual(0.005);
  });
  it('FP <= 1% on finance talk, talk about scams, business e-mail, work chat and normal Chinese SMS', () => {
    for (const c of ['finance_talk', 'scam_discussion', 'work_email', 'work_chat', 'normal_sms']) {
      if (present_(c)) expect(rate(c, 'ham'), c).toBeLessThanOrEqual(0.01);
    }
  });
  it.fails('FP <= 1% on crypto_talk (reached: 8/170 = 4.7% on 2 Dec; the 8 read as scam comments labelled ham: handles shilling traders, profit testimonials)', () => {
    expect(rate('crypto_talk', 'ham')).toBeLessThanOrEqual(0.01);
  });
  // 6% on 22 Nov, 5.3% (9/170) on 1 Dec, 4.7% (8/170) on 2 Dec
  it('regression ceiling: crypto_talk FP <= 5%', () => {
    expect(rate('crypto_talk', 'ham')).toBeLessThanOrEqual(0.05);
  });

  // The engine reads the user's own first replies ("wrong number"); the corpus has no directions,
  // so its ham conversations are scored again as two-sided chats (see twoSidedHam in eval.ts).
  it('ham conversations as two-sided chats: FP within the same targets', () => {
    const two = twoSidedHam(rows);
    expect(two.size).toBeGreaterThan(2);
    for (const [cat, c] of two) {
      expect(c.n, cat).toBeGreaterThan(100);
      expect(c.fp / c.n, cat).toBeLessThanOrEqual(PERSONAL_HAM.has(cat) ? 0.005 : 0.01);
    }
  });

  it('marketing spam is reported apart and never counted as fraud or ham', () => {
    for (const c of MARKETING) expect(OTHER_FRAUD.has(c)).toBe(false);
  });

  it('outgoing messages are never flagged', () => {
    expect(scored.filter((s) => s.row.direction === 'out' && flagged(s))).toEqual([]);
  });
});
