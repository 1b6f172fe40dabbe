import { describe, expect, it } from 'vitest';
import { figureIdSchema, figureSchema, measuredFigure, shareFigure, type Figure } from '../../src/index';
import { daysDescription, scope, shareDescription } from './figure-fixtures';

const ok = shareFigure(shareDescription, scope, { numerator: 3, denominator: 10 });
const accepts = (figure: unknown) => figureSchema.safeParse(figure).success;

describe('figure schema', () => {
  it('accepts a well-formed figure and one without dimensions (a whole region’s)', () => {
    expect(accepts(ok)).toBe(true);
    expect(accepts({ ...ok, dimensions: {} })).toBe(true);
  });

  it('refuses a suppressed figure that still carries a number', () => {
    const suppressed: Figure = {
      ...ok,
      value: null,
      numerator: null,
      denominator: null,
      n: 0,
      status: 'suppressed',
      suppression: { threshold: 5 },
    };
    expect(accepts(suppressed)).toBe(true);
    expect(accepts({ ...suppressed, value: 0.3 })).toBe(false);
    expect(accepts({ ...suppressed, numerator: 3 })).toBe(false);
    expect(accepts({ ...suppressed, denominator: 10 })).toBe(false);
    expect(accepts({ ...suppressed, n: 3 })).toBe(false);
    expect(accepts({ ...suppressed, suppression: undefined })).toBe(false);
    expect(accepts({ ...ok, suppression: { threshold: 5 } })).toBe(false);
  });

  it('keeps status and value consistent', () => {
    expect(accepts({ ...ok, value: null })).toBe(false);
    expect(accepts({ ...ok, status: 'no-data' })).toBe(false);
  });

  it('keeps shares and rates within 0–1, and days free of that limit', () => {
    expect(accepts({ ...ok, value: 1.2 })).toBe(false);
    expect(accepts({ ...ok, measure: 'rate', value: -0.1 })).toBe(false);
    expect(accepts({ ...ok, numerator: 11 })).toBe(false);
    expect(accepts(measuredFigure(daysDescription, scope, { value: 33, n: 3 }))).toBe(true);
  });

  it('refuses numbers that are not numbers, and a period ending before it starts', () => {
    expect(accepts({ ...ok, value: Number.NaN })).toBe(false);
    expect(accepts({ ...ok, value: Number.POSITIVE_INFINITY })).toBe(false);
    expect(accepts({ ...ok, n: 2.5 })).toBe(false);
    expect(accepts({ ...ok, period: { from: '2027-02-02', until: '2027-02-01' } })).toBe(false);
    expect(accepts({ ...ok, computedAt: 'yesterday' })).toBe(false);
  });

  it('needs the title and definition in every language', () => {
    expect(accepts({ ...ok, definition: { fi: 'Määritelmä', sv: 'Definition' } })).toBe(false);
  });

  it('takes stable ids of lower-case words joined by dots and hyphens', () => {
    for (const id of ['booking.t3', 'booking.care-guarantee-share', 'guidance.reached-same-day'])
      expect(figureIdSchema.safeParse(id).success).toBe(true);
    for (const id of ['Booking.T3', 'booking..t3', 'booking.t3.', '-booking', 'booking t3', 'x'.repeat(81)])
      expect(figureIdSchema.safeParse(id).success).toBe(false);
  });
});
