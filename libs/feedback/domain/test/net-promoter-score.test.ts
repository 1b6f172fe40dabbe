import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netPromoterScore } from '../src/net-promoter-score';

describe('netPromoterScore', () => {
  it('counts promoters 9–10, passives 7–8 and detractors 0–6 of those who answered, a skip not as a zero', () => {
    // promoters 10, 9 = 2; passives 8, 7 = 2; detractors 6, 0 = 2; one skip; n = 6.
    // score = 100 × (2 − 2) / 6 = 0.
    // n' = 9, p' = d' = 2.75 / 9 = 0.305556; SE = sqrt((0.611111 − 0) / 9) = 0.260579;
    // CI = 100 × (0 ± 1.96 × 0.260579) = ±51.0735.
    const nps = netPromoterScore([10, 9, 8, 7, 6, 0, null]);
    expect(nps).toMatchObject({ score: 0, n: 6, promoters: 2, passives: 2, detractors: 2, skipped: 1 });
    expect(nps.interval95?.low).toBeCloseTo(-51.0735, 3);
    expect(nps.interval95?.high).toBeCloseTo(51.0735, 3);
  });

  it('computes the adjusted-Wald interval around a positive score', () => {
    // 10, 10, 10, 9 promoters (4); 8 passive (1); 3 detractor (1); n = 6; score = 100 × 3 / 6 = 50.
    // n' = 9, p' = 4.75 / 9 = 0.527778, d' = 1.75 / 9 = 0.194444; p' − d' = 0.333333, p' + d' = 0.722222;
    // SE = sqrt((0.722222 − 0.111111) / 9) = sqrt(0.067901) = 0.260579;
    // CI = 100 × (0.333333 ± 0.510735) = −17.7402 … 84.4068.
    const nps = netPromoterScore([10, 10, 10, 9, 8, 3]);
    expect(nps.score).toBe(50);
    expect(nps.interval95?.low).toBeCloseTo(-17.7402, 3);
    expect(nps.interval95?.high).toBeCloseTo(84.4068, 3);
  });

  it('clamps the interval to −100…100', () => {
    // 20 × 10: n' = 23, p' = 20.75 / 23 = 0.902174, d' = 0.75 / 23 = 0.032609; p' − d' = 0.869565;
    // SE = sqrt((0.934783 − 0.756144) / 23) = 0.088130; CI = 100 × (0.869565 ± 0.172735) = 69.683 … 104.230,
    // the upper end clamped to 100.
    const nps = netPromoterScore(Array.from({ length: 20 }, () => 10));
    expect(nps.score).toBe(100);
    expect(nps.interval95?.low).toBeCloseTo(69.683, 2);
    expect(nps.interval95?.high).toBe(100);
  });

  it('has no score and no interval when no one answered', () => {
    expect(netPromoterScore([])).toEqual({
      score: undefined,
      n: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      skipped: 0,
      interval95: undefined,
    });
    expect(netPromoterScore([null, null])).toMatchObject({ score: undefined, n: 0, skipped: 2 });
  });

  it('refuses values off the 0–10 scale and non-integers', () => {
    for (const value of [-1, 11, 4.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => netPromoterScore([5, value])).toThrow(RangeError);
  });

  const answer = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant(null));

  it('keeps the score within −100…100 and the interval ordered, within bounds and near the score', () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 300 }), (answers) => {
        const nps = netPromoterScore(answers);
        if (nps.n === 0) {
          expect(nps.score).toBeUndefined();
          return;
        }
        const { score, interval95 } = nps;
        expect(score).toBeGreaterThanOrEqual(-100);
        expect(score).toBeLessThanOrEqual(100);
        expect(interval95!.low).toBeLessThanOrEqual(interval95!.high);
        expect(interval95!.low).toBeGreaterThanOrEqual(-100);
        expect(interval95!.high).toBeLessThanOrEqual(100);
        // The interval is centred on 100 × (P − D)/(n + 3), which differs from the score by at most
        // 100 × |P − D| × 3/(n(n + 3)) ≤ 300/(n + 3).
        const slack = 300 / (nps.n + 3) + 1e-9;
        expect(score!).toBeGreaterThanOrEqual(interval95!.low - slack);
        expect(score!).toBeLessThanOrEqual(interval95!.high + slack);
        expect(nps.promoters + nps.passives + nps.detractors).toBe(nps.n);
      }),
    );
  });

  it('is unchanged by skips, apart from their count, and by the order of answers', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 100 }), fc.nat({ max: 20 }))
          .chain(([answered, skips]) =>
            fc.tuple(
              fc.constant(answered),
              fc.constant(skips),
              fc.shuffledSubarray([...answered, ...Array.from({ length: skips }, () => null)], {
                minLength: answered.length + skips,
              }),
            ),
          ),
        ([answered, skips, shuffled]) => {
          expect(netPromoterScore(shuffled)).toEqual({ ...netPromoterScore(answered), skipped: skips });
        },
      ),
    );
  });

  it('never lowers the score when a promoter is added', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 100 }), (answers) => {
        expect(netPromoterScore([...answers, 10]).score!).toBeGreaterThanOrEqual(
          netPromoterScore(answers).score!,
        );
      }),
    );
  });
});
