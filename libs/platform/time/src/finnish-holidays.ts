import { easterSunday } from './easter';
import { toPlainDate, type DayInput } from './helsinki-day';
import { addCalendarDays, dayOfWeek, type PlainDate } from './plain-date';

// Finland's public holidays, computed here rather than read from a holiday package, so that browsers can
// use working days without bundling one. test/finnish-holidays-match-date-holidays.test.ts proves the
// list equal to date-holidays' public holidays for Finland in every year from 1950 to 2150.

/** The first `weekday` (0 = Sunday … 6 = Saturday) on or after a date. */
function weekdayOnOrAfter(date: PlainDate, weekday: number): PlainDate {
  return addCalendarDays(date, (weekday - dayOfWeek(date) + 7) % 7);
}

const SATURDAY = 6;

/**
 * The days that are Finnish public holidays in a year, in date order, each once (Ascension Day falls on
 * May Day when Easter is on 23 March, as in 2008 and 2160): New Year's Day, Epiphany, Good Friday, Easter
 * Sunday, Easter Monday, May Day, Ascension Day (Easter + 39), Whit Sunday (Easter + 49), Midsummer Day
 * (the Saturday from 20 to 26 June), All Saints' Day (the Saturday from 31 October to 6 November),
 * Independence Day, Christmas Day and St Stephen's Day (Boxing Day).
 */
export function finnishPublicHolidaysOf(year: number): PlainDate[] {
  const easter = easterSunday(year);
  const fixed = (monthDay: string) => `${String(year).padStart(4, '0')}-${monthDay}` as PlainDate;
  const days = [
    fixed('01-01'),
    fixed('01-06'),
    addCalendarDays(easter, -2),
    easter,
    addCalendarDays(easter, 1),
    fixed('05-01'),
    addCalendarDays(easter, 39),
    addCalendarDays(easter, 49),
    weekdayOnOrAfter(fixed('06-20'), SATURDAY),
    weekdayOnOrAfter(fixed('10-31'), SATURDAY),
    fixed('12-06'),
    fixed('12-25'),
    fixed('12-26'),
  ];
  return [...new Set(days)].sort();
}

const publicHolidaysByYear = new Map<number, Set<string>>();

function publicHolidaySetOf(year: number): Set<string> {
  let days = publicHolidaysByYear.get(year);
  if (!days) {
    if (publicHolidaysByYear.size > 1_000) publicHolidaysByYear.clear();
    days = new Set(finnishPublicHolidaysOf(year));
    publicHolidaysByYear.set(year, days);
  }
  return days;
}

/**
 * A Finnish public holiday (New Year's Day, Epiphany, Good Friday, Easter, Easter Monday, May Day, Ascension,
 * Whitsun, Midsummer Day, All Saints' Day, Independence Day, Christmas Day, Boxing Day), on the Helsinki
 * calendar. Midsummer Eve and Christmas Eve are not public holidays: see isFinnishEveDayOff.
 */
export function isFinnishPublicHoliday(date: DayInput): boolean {
  const day = toPlainDate(date);
  return publicHolidaySetOf(Number(day.slice(0, 4))).has(day);
}
