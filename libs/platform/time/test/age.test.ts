import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageAt,
  ageOn,
  daysInMonth,
  formatCalendarDate,
  helsinkiDatePartsAt,
  parseCalendarDate,
  type CalendarDateParts,
} from '../src/index';

const arbitraryCalendarDate = (minYear: number, maxYear: number): fc.Arbitrary<CalendarDateParts> =>
  fc
    .record({
      year: fc.integer({ min: minYear, max: maxYear }),
      month: fc.integer({ min: 1, max: 12 }),
      dayIndex: fc.nat(),
    })
    .map(({ year, month, dayIndex }) => ({ year, month, day: (dayIndex % daysInMonth(year, month)) + 1 }));

const helsinkiDateAt = (instant: Date) => formatCalendarDate(helsinkiDatePartsAt(instant));

const date = (value: string) => {
  const parts = parseCalendarDate(value);
  if (!parts) throw new Error(`bad test date ${value}`);
  return parts;
};

describe('helsinkiDatePartsAt', () => {
  it('turns the date at midnight Helsinki time, not UTC', () => {
    // Winter (UTC+2): 22:00 UTC is already the next day in Helsinki.
    expect(helsinkiDateAt(new Date('2026-11-22T21:59:59Z'))).toBe('2026-11-22');
    expect(helsinkiDateAt(new Date('2026-11-22T22:00:00Z'))).toBe('2026-11-23');
    // Summer (UTC+3).
    expect(helsinkiDateAt(new Date('2026-06-30T20:59:59Z'))).toBe('2026-06-30');
    expect(helsinkiDateAt(new Date('2026-06-30T21:00:00Z'))).toBe('2026-07-01');
  });

  it('handles the DST change days', () => {
    // 29 March 2026: clocks go from 03:00 to 04:00 local; 25 October 2026: from 04:00 back to 03:00.
    expect(helsinkiDateAt(new Date('2026-03-28T21:59:59Z'))).toBe('2026-03-28');
    expect(helsinkiDateAt(new Date('2026-03-28T22:00:00Z'))).toBe('2026-03-29');
    expect(helsinkiDateAt(new Date('2026-03-29T20:59:59Z'))).toBe('2026-03-29');
    expect(helsinkiDateAt(new Date('2026-03-29T21:00:00Z'))).toBe('2026-03-30');
    expect(helsinkiDateAt(new Date('2026-10-24T20:59:59Z'))).toBe('2026-10-24');
    expect(helsinkiDateAt(new Date('2026-10-24T21:00:00Z'))).toBe('2026-10-25');
    expect(helsinkiDateAt(new Date('2026-10-25T21:59:59Z'))).toBe('2026-10-25');
    expect(helsinkiDateAt(new Date('2026-10-25T22:00:00Z'))).toBe('2026-10-26');
  });

  it('refuses an invalid instant', () => {
    expect(() => helsinkiDateAt(new Date('nope'))).toThrow(RangeError);
  });
});

describe('ageOn', () => {
  it.each([
    ['2014-11-23', '2026-11-22', 11],
    ['2014-11-23', '2026-11-23', 12],
    ['2008-02-29', '2026-02-27', 17],
    // Born on a leap day: the birthday is 28 February in other years (Act 150/1930, section 4).
    ['2008-02-29', '2026-02-28', 18],
    ['2008-02-29', '2028-02-28', 19],
    ['2008-02-29', '2028-02-29', 20],
    ['2026-11-23', '2026-11-22', -1],
  ])('someone born %s is %s years old on %s', (birth, on, age) => {
    expect(ageOn(date(birth), date(on))).toBe(age);
  });

  it('grows by exactly one on each birthday', () => {
    fc.assert(
      fc.property(arbitraryCalendarDate(1900, 2080), fc.integer({ min: 1, max: 19 }), (birth, years) => {
        const birthday = { year: birth.year + years, month: birth.month, day: birth.day };
        fc.pre(parseCalendarDate(formatCalendarDate(birthday)) !== undefined);
        const dayBefore = birthday.day > 1 ? { ...birthday, day: birthday.day - 1 } : undefined;
        return (
          ageOn(birth, birthday) === years &&
          (dayBefore === undefined || ageOn(birth, dayBefore) === years - 1)
        );
      }),
    );
  });
});

describe('ageAt', () => {
  it('counts a birthday from midnight in Helsinki', () => {
    const birth = date('2014-11-23');
    expect(ageAt(birth, new Date('2026-11-22T21:59:59Z'))).toBe(11);
    expect(ageAt(birth, new Date('2026-11-22T22:00:00Z'))).toBe(12);
  });
});

describe('calendar date parts', () => {
  it('round-trip through their "YYYY-MM-DD" form', () => {
    fc.assert(
      fc.property(arbitraryCalendarDate(1, 9999), (parts) => {
        expect(parseCalendarDate(formatCalendarDate(parts))).toEqual(parts);
      }),
    );
  });

  it('refuse days that do not exist', () => {
    expect(parseCalendarDate('2026-02-29')).toBeUndefined();
    expect(parseCalendarDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseCalendarDate('1900-02-29')).toBeUndefined();
    expect(parseCalendarDate('2026-13-01')).toBeUndefined();
    expect(parseCalendarDate('26-01-01')).toBeUndefined();
  });
});
