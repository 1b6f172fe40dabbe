import Holidays from 'date-holidays';
import { dayOfWeek, toPlainDate, type DayInput, type PlainDate } from './helsinki-time';

const finnishCalendar = new Holidays('FI');
const publicHolidaysByYear = new Map<number, Set<string>>();

function publicHolidaysOf(year: number): Set<string> {
  let days = publicHolidaysByYear.get(year);
  if (!days) {
    // Only statutory holidays ('public'); date-holidays also lists bank closing days and observances.
    days = new Set(
      finnishCalendar
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
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
  return publicHolidaysOf(Number(day.slice(0, 4))).has(day);
}

/**
 * Midsummer Eve (the Friday between 19 and 25 June) and Christmas Eve (24 December). They are not public
 * holidays, but public offices and health centres close on them, collective agreements make them days off,
 * and the Act on the Calculation of Statutory Time Limits (150/1930, section 5) moves a deadline falling on
 * them to the next working day, as it does for holidays. So they never count as working days here.
 * New Year's Eve (a bank closing day in date-holidays) stays a working day.
 */
export function isFinnishEveDayOff(date: DayInput): boolean {
  const day = toPlainDate(date);
  const monthDay = day.slice(5);
  if (monthDay === '12-24') return true;
  return monthDay >= '06-19' && monthDay <= '06-25' && dayOfWeek(day) === 5;
}

/** A day a Finnish public office is closed although it is not a weekend. */
export function isFinnishDayOff(date: DayInput): boolean {
  return isFinnishPublicHoliday(date) || isFinnishEveDayOff(date);
}

/** Monday to Friday, neither a public holiday nor Midsummer or Christmas Eve (Helsinki calendar). */
export function isWorkingDay(date: DayInput): boolean {
  const day: PlainDate = toPlainDate(date);
  const weekday = dayOfWeek(day);
  return weekday !== 0 && weekday !== 6 && !isFinnishDayOff(day);
}
