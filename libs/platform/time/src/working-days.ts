import { isFinnishPublicHoliday } from './finnish-holidays';
import { toPlainDate, type DayInput } from './helsinki-day';
import { dayOfWeek, type PlainDate } from './plain-date';

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
