// A calendar date as numbers. Birth dates and mandate windows are dates, not instants: carrying them as
// JavaScript Date objects invites off-by-one-day errors across time zones.
import type { PlainDate } from './plain-date';

export interface CalendarDateParts {
  year: number;
  month: number;
  day: number;
}

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidCalendarDay({ year, month, day }: CalendarDateParts): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Splits a `YYYY-MM-DD` string into its parts, or returns undefined when it is not a real date. */
export function parseCalendarDate(value: string): CalendarDateParts | undefined {
  const match = calendarDatePattern.exec(value);
  if (!match) return undefined;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidCalendarDay(parts) ? parts : undefined;
}

export function formatCalendarDate({ year, month, day }: CalendarDateParts): PlainDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as PlainDate;
}

/** Negative when `a` is before `b`, zero when equal, positive when after. */
export function compareCalendarDates(a: CalendarDateParts, b: CalendarDateParts): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
