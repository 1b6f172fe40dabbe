// The Net Promoter Score, defined once: every report, export and figure of the module computes it here.
// THL's national model: promoters answered 9–10, detractors 0–6, passives 7–8; n counts only those who
// answered the recommendation question (a skip, null, is never a zero).

export interface NetPromoterScore {
  /** 100 × (promoters − detractors) / n, −100…100; undefined when no one answered. */
  score: number | undefined;
  /** Those who answered (skips excluded). */
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Those who skipped the question (null). */
  skipped: number;
  /** The adjusted-Wald 95 % interval of the score, clamped to −100…100; undefined when n is 0. */
  interval95: { low: number; high: number } | undefined;
}

/** The counts a score rests on; a report adds these up over groups before scoring them. */
export interface NetPromoterCounts {
  promoters: number;
  passives: number;
  detractors: number;
  skipped: number;
}

const z95 = 1.96;

function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** The score and its interval from the counts (a report's sum over months, units or channels). */
export function netPromoterScoreOfCounts(counts: NetPromoterCounts): NetPromoterScore {
  const { promoters, passives, detractors, skipped } = counts;
  if (![promoters, passives, detractors, skipped].every(isCount))
    throw new RangeError('NPS counts are whole numbers of at least 0');
  const n = promoters + passives + detractors;
  if (n === 0)
    return { score: undefined, n, promoters, passives, detractors, skipped, interval95: undefined };
  const score = (100 * (promoters - detractors)) / n;
  // Adjusted Wald: n' = n + 3, p' = (promoters + 0.75)/n', d' = (detractors + 0.75)/n',
  // SE = sqrt((p' + d' − (p' − d')²)/n'), CI = 100 × (p' − d' ± 1.96 SE).
  const adjustedN = n + 3;
  const p = (promoters + 0.75) / adjustedN;
  const d = (detractors + 0.75) / adjustedN;
  const se = Math.sqrt((p + d - (p - d) ** 2) / adjustedN);
  const clamp = (value: number) => Math.min(100, Math.max(-100, value));
  return {
    score,
    n,
    promoters,
    passives,
    detractors,
    skipped,
    interval95: { low: clamp(100 * (p - d - z95 * se)), high: clamp(100 * (p - d + z95 * se)) },
  };
}

/** Tallies answers to the 0–10 question into the NPS parts; throws RangeError on anything but 0–10 or null. */
export function netPromoterCounts(answers: readonly (number | null)[]): NetPromoterCounts {
  const counts: NetPromoterCounts = { promoters: 0, passives: 0, detractors: 0, skipped: 0 };
  for (const answer of answers) {
    if (answer === null) counts.skipped += 1;
    else if (!Number.isInteger(answer) || answer < 0 || answer > 10)
      throw new RangeError('A recommendation answer is a whole number from 0 to 10, or null when skipped');
    else if (answer >= 9) counts.promoters += 1;
    else if (answer >= 7) counts.passives += 1;
    else counts.detractors += 1;
  }
  return counts;
}

/** The NPS of answers to the recommendation question; null is a skip. Throws RangeError on a value off 0–10. */
export function netPromoterScore(answers: readonly (number | null)[]): NetPromoterScore {
  return netPromoterScoreOfCounts(netPromoterCounts(answers));
}
