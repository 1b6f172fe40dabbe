import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureSchema, measuredFigure, shareFigure } from '../../src/index';
import { daysDescription, scope, shareDescription } from './figure-fixtures';

describe('shareFigure', () => {
  it('is numerator / denominator with n the denominator, and carries what the figure is', () => {
    const figure = shareFigure(shareDescription, scope, { numerator: 3, denominator: 4 });
    expect(figure).toEqual({
      ...shareDescription,
      ...scope,
      value: 0.75,
      numerator: 3,
      denominator: 4,
      n: 4,
      status: 'ok',
    });
    expect(figureSchema.parse(figure)).toEqual(figure);
  });

  it('has no value, not zero, when there is nothing to divide by', () => {
    expect(shareFigure(shareDescription, scope, { numerator: 0, denominator: 0 })).toMatchObject({
      value: null,
      n: 0,
      status: 'no-data',
    });
  });

  it('is always within 0–1, or null without a denominator, and always a valid figure', () => {
    fc.assert(
      fc.property(
        fc
          .nat({ max: 1_000_000 })
          .chain((denominator) =>
            fc.record({ denominator: fc.constant(denominator), numerator: fc.nat({ max: denominator }) }),
          ),
        (counts) => {
          const figure = shareFigure(shareDescription, scope, counts);
          if (counts.denominator === 0) expect(figure.value).toBeNull();
          else {
            expect(figure.value).toBeGreaterThanOrEqual(0);
            expect(figure.value).toBeLessThanOrEqual(1);
          }
          expect(figureSchema.safeParse(figure).success).toBe(true);
        },
      ),
    );
  });

  it('refuses counts that cannot make a share', () => {
    expect(() => shareFigure(shareDescription, scope, { numerator: 5, denominator: 4 })).toThrow(RangeError);
    expect(() => shareFigure(shareDescription, scope, { numerator: -1, denominator: 4 })).toThrow(RangeError);
    expect(() => shareFigure(shareDescription, scope, { numerator: 0.5, denominator: 4 })).toThrow(
      RangeError,
    );
  });

  it('keeps a target only when one is given', () => {
    const target = { value: 0.8, source: { fi: 'Suunnitelma', sv: 'Plan', en: 'Plan' } };
    expect(
      shareFigure(shareDescription, { ...scope, target }, { numerator: 1, denominator: 1 }).target,
    ).toEqual(target);
    expect('target' in shareFigure(shareDescription, scope, { numerator: 1, denominator: 1 })).toBe(false);
  });
});

describe('measuredFigure', () => {
  it('is ok with a value and no data without one; it has no numerator or denominator', () => {
    expect(measuredFigure(daysDescription, scope, { value: 3, n: 25 })).toMatchObject({
      value: 3,
      n: 25,
      numerator: null,
      denominator: null,
      status: 'ok',
    });
    const none = measuredFigure(daysDescription, scope, { value: null, n: 2 });
    expect(none).toMatchObject({ value: null, n: 2, status: 'no-data' });
    expect(figureSchema.safeParse(none).success).toBe(true);
  });
});
