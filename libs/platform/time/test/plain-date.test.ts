import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDaysBetween,
  dayOfWeek,
  daysOfWeek,
  helsinkiDateOf,
  isPlainDate,
  mondayOf,
  noonOf,
  toPlainDate,
} from '../src/index';
import { at, day } from '../src/testing';

describe('Helsinki calendar days', () => {
  it('gives the Helsinki day of an instant, across midnight and DST', () => {
    expect(helsinkiDateOf(at('2026-03-28T22:30:00Z'))).toBe('2026-03-29'); // 00.30 EET
    expect(helsinkiDateOf(at('2026-10-24T21:30:00Z'))).toBe('2026-10-25'); // 00.30 EEST
    expect(helsinkiDateOf(at('2026-10-25T21:59:00Z'))).toBe('2026-10-25'); // 23.59 EET
    expect(helsinkiDateOf(at('2026-03-29T21:30:00Z'))).toBe('2026-03-30'); // 00.30 EEST
  });

  it('finds the Monday of a week and its seven days', () => {
    expect(mondayOf(day('2026-03-29'))).toBe('2026-03-23'); // a Sunday
    expect(mondayOf(day('2026-03-23'))).toBe('2026-03-23');
    expect(mondayOf(day('2026-03-30'))).toBe('2026-03-30');
    expect(daysOfWeek(day('2026-12-28'))).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(addCalendarDays(day('2026-03-01'), -1)).toBe('2026-02-28');
    expect(addCalendarDays(day('2026-02-27'), 2)).toBe('2026-03-01');
  });

  it('accepts only real calendar days', () => {
    expect(isPlainDate('2026-02-28')).toBe(true);
    expect(isPlainDate('2028-02-29')).toBe(true);
    expect(isPlainDate('2026-02-29')).toBe(false);
    expect(isPlainDate('2026-02-30')).toBe(false);
    expect(isPlainDate('2026-2-3')).toBe(false);
    expect(isPlainDate('2026-03-29T00:00')).toBe(false);
    expect(() => toPlainDate(day('2026-02-30'))).toThrow(RangeError);
  });

  it('counts days in years below 100 as those years, not as 19xx', () => {
    expect(addCalendarDays(day('0050-12-31'), 1)).toBe('0051-01-01');
    expect(calendarDaysBetween(day('0050-01-01'), day('0150-01-01'))).toBe(36_524);
  });

  it('puts noon on the day itself, whatever the offset', () => {
    expect(noonOf(day('2026-01-15')).toISOString()).toBe('2026-01-15T10:00:00.000Z');
    expect(noonOf(day('2026-07-15')).toISOString()).toBe('2026-07-15T09:00:00.000Z');
  });

  it('keeps the arithmetic consistent on any day from 1900 to 2200', () => {
    const days = fc.integer({ min: -25_567, max: 84_006 }).map((n) => addCalendarDays(day('1970-01-01'), n));
    fc.assert(
      fc.property(days, fc.integer({ min: -800, max: 800 }), (date, n) => {
        const later = addCalendarDays(date, n);
        expect(isPlainDate(later)).toBe(true);
        expect(calendarDaysBetween(date, later)).toBe(n);
        expect(dayOfWeek(later)).toBe((((dayOfWeek(date) + n) % 7) + 7) % 7);
        const monday = mondayOf(date);
        expect(dayOfWeek(monday)).toBe(1);
        expect(daysOfWeek(monday)).toContain(date);
        expect(helsinkiDateOf(noonOf(date))).toBe(date);
      }),
    );
  });
});
