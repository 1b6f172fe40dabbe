import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  dayOfWeek,
  easterSunday,
  finnishPublicHolidaysOf,
  isFinnishEveDayOff,
  isFinnishPublicHoliday,
  isWorkingDay,
} from '../src/index';
import { at, day } from '../src/testing';

describe('Finnish public holidays and working days', () => {
  it.each([
    // date, public holiday, working day, why
    ['2026-04-02', false, true, 'Maundy Thursday is a working day'],
    ['2026-04-03', true, false, 'Good Friday 2026'],
    ['2026-04-04', false, false, 'Easter Saturday is a Saturday'],
    ['2026-04-05', true, false, 'Easter Sunday 2026'],
    ['2026-04-06', true, false, 'Easter Monday 2026'],
    ['2026-04-07', false, true, 'the Tuesday after Easter'],
    ['2027-03-26', true, false, 'Good Friday 2027'],
    ['2027-03-29', true, false, 'Easter Monday 2027'],
    ['2027-03-30', false, true, 'the Tuesday after Easter 2027'],
    ['2026-05-01', true, false, 'May Day'],
    ['2026-05-14', true, false, 'Ascension Day'],
    ['2026-06-18', false, true, 'the Thursday before Midsummer'],
    ['2026-06-19', false, false, 'Midsummer Eve: not a public holiday, but a day off'],
    ['2026-06-20', true, false, 'Midsummer Day'],
    ['2027-06-25', false, false, 'Midsummer Eve 2027'],
    ['2026-12-06', true, false, 'Independence Day on a Sunday'],
    ['2026-12-07', false, true, 'no substitute day in Finland'],
    ['2026-12-23', false, true, 'the day before Christmas Eve'],
    ['2026-12-24', false, false, 'Christmas Eve: not a public holiday, but a day off'],
    ['2026-12-25', true, false, 'Christmas Day'],
    ['2026-12-26', true, false, "St Stephen's Day"],
    ['2026-12-28', false, true, 'Monday of Christmas week'],
    ['2026-12-31', false, true, "New Year's Eve is a working day"],
    ['2027-01-01', true, false, "New Year's Day"],
    ['2027-01-06', true, false, 'Epiphany'],
  ])('%s: holiday %s, working day %s (%s)', (date, holiday, working) => {
    expect(isFinnishPublicHoliday(day(date))).toBe(holiday);
    expect(isWorkingDay(day(date))).toBe(working);
  });

  it('reads an instant on the Helsinki calendar, not the UTC one', () => {
    // 00:30 on Christmas Day in Helsinki, still Christmas Eve in UTC.
    expect(isFinnishPublicHoliday(at('2026-12-24T22:30:00Z'))).toBe(true);
    // 00:30 on the Tuesday after Easter in Helsinki, still Easter Monday in UTC.
    expect(isFinnishPublicHoliday(at('2026-04-06T21:30:00Z'))).toBe(false);
    expect(isWorkingDay(at('2026-04-06T21:30:00Z'))).toBe(true);
  });
});

describe('Easter by the Gregorian computus', () => {
  it.each([
    [1961, '1961-04-02'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // the latest possible date
    [2285, '2285-03-22'], // the earliest possible date
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('is a Sunday from 22 March to 25 April in any year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        expect(dayOfWeek(easter)).toBe(0);
        expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
      }),
    );
  });
});

describe('Ascension Day on May Day', () => {
  it('is one public holiday on one day', () => {
    expect(finnishPublicHolidaysOf(2008).filter((date) => date === '2008-05-01')).toHaveLength(1);
    expect(finnishPublicHolidaysOf(2008)).toHaveLength(12);
    expect(isWorkingDay(day('2008-05-01'))).toBe(false);
  });
});

describe('the shape of a Finnish year (properties)', () => {
  const years = fc.integer({ min: 1955, max: 2500 });

  it('has thirteen public holidays, Midsummer and All Saints on their Saturdays, Eves the day before', () => {
    fc.assert(
      fc.property(years, (year) => {
        const holidays = finnishPublicHolidaysOf(year);
        // Twelve days when Ascension Day (Easter + 39) is May Day.
        const ascensionOnMayDay = addCalendarDays(easterSunday(year), 39) === `${year}-05-01`;
        expect(holidays).toHaveLength(ascensionOnMayDay ? 12 : 13);
        expect(new Set(holidays).size).toBe(holidays.length);
        expect([...holidays].sort()).toEqual(holidays);
        expect(holidays.every((date) => date.startsWith(`${year}-`))).toBe(true);
        const midsummerDay = holidays.find((date) => date >= `${year}-06-20` && date <= `${year}-06-26`);
        const allSaints = holidays.find((date) => date >= `${year}-10-31` && date <= `${year}-11-06`);
        expect(midsummerDay && dayOfWeek(midsummerDay)).toBe(6);
        expect(allSaints && dayOfWeek(allSaints)).toBe(6);
        const midsummerEve = addCalendarDays(midsummerDay!, -1);
        expect([isFinnishEveDayOff(midsummerEve), isFinnishPublicHoliday(midsummerEve)]).toEqual([
          true,
          false,
        ]);
        expect(isFinnishEveDayOff(day(`${year}-12-24`))).toBe(true);
        expect(isFinnishEveDayOff(day(`${year}-12-31`))).toBe(false);
      }),
    );
  });
});
