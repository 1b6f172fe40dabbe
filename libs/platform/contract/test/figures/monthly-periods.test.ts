import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, monthlyPeriods, periodLength, type FigurePeriod } from '../../src/index';

const dayText = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const periods = fc
  .tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 800 }))
  .map(([start, days]): FigurePeriod => {
    const from = Date.UTC(2000, 0, 1) + start * 86_400_000;
    return { from: dayText(from), until: dayText(from + days * 86_400_000) };
  });

describe('monthlyPeriods', () => {
  it('cuts at month ends, clipping the first and last month', () => {
    expect(monthlyPeriods({ from: '2027-01-15', until: '2027-03-10' })).toEqual([
      { from: '2027-01-15', until: '2027-01-31' },
      { from: '2027-02-01', until: '2027-02-28' },
      { from: '2027-03-01', until: '2027-03-10' },
    ]);
    expect(monthlyPeriods({ from: '2027-12-31', until: '2028-01-01' })).toEqual([
      { from: '2027-12-31', until: '2027-12-31' },
      { from: '2028-01-01', until: '2028-01-01' },
    ]);
    expect(monthlyPeriods({ from: '2028-02-01', until: '2028-02-29' })).toEqual([
      { from: '2028-02-01', until: '2028-02-29' },
    ]);
  });

  it('covers the period exactly, in order, one month a part', () => {
    fc.assert(
      fc.property(periods, (period) => {
        const parts = monthlyPeriods(period);
        expect(parts[0]?.from).toBe(period.from);
        expect(parts.at(-1)?.until).toBe(period.until);
        expect(parts.reduce((sum, part) => sum + periodLength(part), 0)).toBe(periodLength(period));
        parts.forEach((part, index) => {
          expect(part.from.slice(0, 7)).toBe(part.until.slice(0, 7));
          const next = parts[index + 1];
          if (next) expect(daysBetween(part.until, next.from)).toBe(1);
        });
      }),
    );
  });

  it('is empty for a period ending before it starts', () => {
    expect(monthlyPeriods({ from: '2027-02-02', until: '2027-02-01' })).toEqual([]);
  });
});
