import { addCalendarDays, helsinkiDateOf, startOfHelsinkiDay } from '@asiointi/platform-time';

/**
 * Where a booking horizon of n days ends (exclusive): the Helsinki midnight after the n-th calendar day
 * from today. Counted in calendar days, not 24-hour blocks, so a DST change does not move it by an hour,
 * and a 90-day horizon shows whole days (today plus 90 more).
 */
export function horizonEnd(now: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`Horizon days are a whole number ≥ 0, got ${days}`);
  return startOfHelsinkiDay(addCalendarDays(helsinkiDateOf(now), days + 1));
}

/** Whether an instant lies from now (inclusive) up to the horizon's end (exclusive). */
export function isWithinHorizon(instant: Date, now: Date, days: number): boolean {
  const at = instant.getTime();
  return at >= now.getTime() && at < horizonEnd(now, days).getTime();
}
