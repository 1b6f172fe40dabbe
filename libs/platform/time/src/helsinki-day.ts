import type { CalendarDateParts } from './calendar-date-parts';
import { helsinkiOffsetMs, MINUTE_MS } from './helsinki-offset';
import { DAY_MS, plainDateFromUtcMidnight, utcMidnightOf, type PlainDate } from './plain-date';

/** The instant as a UTC timestamp showing Helsinki wall-clock time (for date and time-of-day arithmetic). */
function helsinkiWallAsUtc(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Not a valid instant');
  return ms + helsinkiOffsetMs(ms);
}

/** The Helsinki calendar date an instant falls on. */
export function helsinkiDateOf(instant: Date): PlainDate {
  const wall = helsinkiWallAsUtc(instant);
  return plainDateFromUtcMidnight(wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS));
}

/** Minutes since midnight on the Helsinki wall clock (0–1439). */
export function helsinkiMinutesOfDay(instant: Date): number {
  const wall = helsinkiWallAsUtc(instant);
  return Math.floor((((wall % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS);
}

/** The calendar date in Europe/Helsinki at an instant, as numbers (ages, mandate windows). */
export function helsinkiDatePartsAt(instant: Date): CalendarDateParts {
  const date = helsinkiDateOf(instant);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Today in Helsinki. */
export function helsinkiToday(now: Date = new Date()): PlainDate {
  return helsinkiDateOf(now);
}

/** A date given either as a Helsinki calendar date or as an instant (read on the Helsinki calendar). */
export type DayInput = PlainDate | Date;

export function toPlainDate(date: DayInput): PlainDate {
  if (date instanceof Date) return helsinkiDateOf(date);
  utcMidnightOf(date); // validates (once per date: it is cached)
  return date;
}
