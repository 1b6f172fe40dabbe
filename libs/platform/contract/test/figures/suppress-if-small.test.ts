import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSuppressionThreshold, figureSchema, shareFigure, suppressIfSmall } from '../../src/index';
import { scope, shareDescription } from './figure-fixtures';

const threshold = fc.integer({ min: 2, max: 100 });

/** Counts of a small group: 1 ≤ denominator < threshold. */
const smallCounts = (below: number) =>
  fc
    .integer({ min: 1, max: below - 1 })
    .chain((denominator) =>
      fc.record({ denominator: fc.constant(denominator), numerator: fc.nat({ max: denominator }) }),
    );

describe('suppressIfSmall', () => {
  it('withholds value, numerator, denominator and n below the threshold, and names the threshold', () => {
    const figure = suppressIfSmall(shareFigure(shareDescription, scope, { numerator: 1, denominator: 4 }), 5);
    expect(figure).toMatchObject({
      value: null,
      numerator: null,
      denominator: null,
      n: 0,
      status: 'suppressed',
      suppression: { threshold: 5 },
    });
    expect(figureSchema.safeParse(figure).success).toBe(true);
  });

  it('leaves nothing that depends on the counts: any two small groups look the same', () => {
    fc.assert(
      fc.property(
        threshold.chain((t) => fc.tuple(fc.constant(t), smallCounts(t), smallCounts(t))),
        ([t, a, b]) => {
          const first = suppressIfSmall(shareFigure(shareDescription, scope, a), t);
          const second = suppressIfSmall(shareFigure(shareDescription, scope, b), t);
          expect(first).toEqual(second);
          // Whatever the counts were, the only number left in the figure's own fields is the threshold.
          const numbers = [first.value, first.numerator, first.denominator, first.n];
          expect(numbers).toEqual([null, null, null, 0]);
          expect(figureSchema.safeParse(first).success).toBe(true);
        },
      ),
    );
  });

  it('shows every figure at or over the threshold, and one resting on no one, unchanged', () => {
    fc.assert(
      fc.property(
        threshold.chain((t) =>
          fc.tuple(
            fc.constant(t),
            fc
              .integer({ min: t, max: 10_000 })
              .chain((denominator) =>
                fc.record({ denominator: fc.constant(denominator), numerator: fc.nat({ max: denominator }) }),
              ),
          ),
        ),
        ([t, counts]) => {
          const figure = shareFigure(shareDescription, scope, counts);
          expect(suppressIfSmall(figure, t)).toBe(figure);
        },
      ),
    );
    const empty = shareFigure(shareDescription, scope, { numerator: 0, denominator: 0 });
    expect(suppressIfSmall(empty, defaultSuppressionThreshold)).toBe(empty);
  });

  it('suppresses groups of 1–4 by default', () => {
    const of = (denominator: number) =>
      suppressIfSmall(
        shareFigure(shareDescription, scope, { numerator: 0, denominator }),
        defaultSuppressionThreshold,
      ).status;
    expect([1, 4, 5].map(of)).toEqual(['suppressed', 'suppressed', 'ok']);
  });

  it('refuses a threshold that is not a whole number of at least 1', () => {
    const figure = shareFigure(shareDescription, scope, { numerator: 1, denominator: 2 });
    expect(() => suppressIfSmall(figure, 0)).toThrow(RangeError);
    expect(() => suppressIfSmall(figure, 2.5)).toThrow(RangeError);
  });
});
