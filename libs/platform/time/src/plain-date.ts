import { parseCalendarDate } from './calendar-date-parts';

/** A calendar date in Helsinki, "2026-03-29": schedules, holidays and deadlines are about days. */
export type PlainDate = `${number}-${number}-${number}`;

export const DAY_MS = 86_400_000;

/** Whether a string is a real calendar day written "YYYY-MM-DD" (2026-02-30 and 2026-2-3 are not). */
export function isPlainDate(value: string): value is PlainDate {
  return parseCalendarDate(value) !== undefined;
}

// Calendar arithmetic on plain dates runs on a UTC midnight, which has no DST to trip over.
// Formatting a date is slow next to the arithmetic around it; each day is formatted once.
const plainDatesByUtcMidnight = new Map<number, PlainDate>();

/** The plain date of a UTC midnight (epoch milliseconds). */
export function plainDateFromUtcMidnight(ms: number): PlainDate {
  let date = plainDatesByUtcMidnight.get(ms);
  if (date === undefined) {
    date = new Date(ms).toISOString().slice(0, 10) as PlainDate;
    if (plainDatesByUtcMidnight.size > 10_000) plainDatesByUtcMidnight.clear();
    plainDatesByUtcMidnight.set(ms, date);
  }
  return date;
}

// Slot generation converts every grid time of a day; parse each date once.
const utcMidnights = new Map<string, number>();

/** The UTC midnight (epoch milliseconds) of a plain date; a string that is no real date is refused. */
export function utcMidnightOf(date: PlainDate): number {
  let midnight = utcMidnights.get(date);
  if (midnight === undefined) {
    const parts = parseCalendarDate(date);
    if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
    // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
    midnight = new Date(0).setUTCFullYear(parts.year, parts.month - 1, parts.day);
    if (utcMidnights.size > 10_000) utcMidnights.clear();
    utcMidnights.set(date, midnight);
  }
  return midnight;
}

export function addCalendarDays(date: PlainDate, days: number): PlainDate {
  return plainDateFromUtcMidnight(utcMidnightOf(date) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: PlainDate, to: PlainDate): number {
  return Math.round((utcMidnightOf(to) - utcMidnightOf(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, as Date.getDay(). */
export function dayOfWeek(date: PlainDate): number {
  return new Date(utcMidnightOf(date)).getUTCDay();
}

/** The Monday of the week a day falls in (Finnish weeks start on Monday). */
export function mondayOf(date: PlainDate): PlainDate {
  return addCalendarDays(date, -((dayOfWeek(date) + 6) % 7));
}

/** The seven days of the week starting on `monday`. */
export function daysOfWeek(monday: PlainDate): PlainDate[] {
  return Array.from({ length: 7 }, (_, index) => addCalendarDays(monday, index));
}
