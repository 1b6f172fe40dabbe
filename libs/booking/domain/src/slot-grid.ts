import { firstInstantMsAtWallClock, instantAtWallClock, type PlainDate } from '@asiointi/platform-time';
import type { InstantRange } from './instant-range';
import type { MinutePeriod } from './working-periods-of-day';

const MINUTE_MS = 60_000;

/**
 * The day's grid of occupied ranges (buffer before + appointment + buffer after), as instants: within each
 * working period the ranges follow each other from the period's start on the Helsinki wall clock, and the
 * last must end by the period's end. Depends on the schedule only, never on bookings.
 *
 * DST rule (wall-clock slots): grid times are wall-clock times; a range lasts its real minutes.
 * - Spring forward (last Sunday of March, 03:00–03:59 does not exist): a grid time in the gap is skipped,
 *   and so is one that would start before the previous range ends (real time is an hour shorter there).
 * - Fall back (last Sunday of October, 03:00–03:59 happens twice): a repeated grid time is offered once,
 *   at its first occurrence; the second pass of that hour gets no grid times. A period bound in the
 *   repeated hour also means its first occurrence; one in the gap means the moment the clocks jump.
 * A period clear of 03:00–04:00 (any day shift) has the same grid at the same wall-clock times as on any
 * other day.
 */
export function slotGridOfDay(
  date: PlainDate,
  periods: readonly MinutePeriod[],
  stepMinutes: number,
): InstantRange[] {
  const flat = slotGridMsOfDay(date, periods, stepMinutes);
  const grid: InstantRange[] = [];
  for (let index = 0; index < flat.length; index += 2) {
    grid.push({ start: new Date(flat[index]!), end: new Date(flat[index + 1]!) });
  }
  return grid;
}

/**
 * slotGridOfDay as epoch milliseconds, flat: [start0, end0, start1, end1, ...]. Free-time generation walks
 * the grids of thousands of resource-days and keeps few of them; Dates are made only for those it keeps.
 */
export function slotGridMsOfDay(
  date: PlainDate,
  periods: readonly MinutePeriod[],
  stepMinutes: number,
): number[] {
  const stepMs = stepMinutes * MINUTE_MS;
  const grid: number[] = [];
  let previousEnd = -Infinity;
  for (const period of periods) {
    const periodEnd = instantAtWallClock(date, period.end).getTime();
    for (let wall = period.start; wall + stepMinutes <= period.end; wall += stepMinutes) {
      const start = firstInstantMsAtWallClock(date, wall);
      if (start === undefined) continue; // in the spring-forward gap
      if (start < previousEnd || start + stepMs > periodEnd) continue;
      previousEnd = start + stepMs;
      grid.push(start, previousEnd);
    }
  }
  return grid;
}
