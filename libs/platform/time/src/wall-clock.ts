import { helsinkiOffsetMinutes, MINUTE_MS, offsetsAround } from './helsinki-offset';
import { DAY_MS, utcMidnightOf, type PlainDate } from './plain-date';
import { minutesOfWallTime, type WallTime } from './wall-time';

// From a Helsinki date and wall-clock time to instants. Finland moves its clocks on the last Sundays of
// March (03:00 becomes 04:00: that hour does not exist) and October (04:00 becomes 03:00: it happens twice).

/**
 * Every instant at which the Helsinki wall clock shows `minutesOfDay` on `date` (1440 = the next midnight):
 * none on the spring-forward hour (it does not exist), two on the fall-back hour (it is repeated), else one.
 * Earliest first.
 */
export function instantsAtWallClock(date: PlainDate, minutesOfDay: number): Date[] {
  const wallAsUtc = utcMidnightOf(date) + minutesOfDay * MINUTE_MS;
  const [before, after] = offsetsAround(wallAsUtc);
  // Without a clock change nearby the answer is plain arithmetic (the common, fast case).
  if (before === after) return [new Date(wallAsUtc - before * MINUTE_MS)];
  const instants: number[] = [];
  for (const offset of [before, after]) {
    const instant = wallAsUtc - offset * MINUTE_MS;
    if (helsinkiOffsetMinutes(instant) === offset) instants.push(instant);
  }
  return instants.sort((a, b) => a - b).map((ms) => new Date(ms));
}

/**
 * The first instant (epoch milliseconds) at which the Helsinki wall clock shows `minutesOfDay` on `date`,
 * or undefined in the spring-forward gap: instantsAtWallClock's first, without allocating Dates. Slot
 * generation asks this for every grid time of every resource and day.
 */
export function firstInstantMsAtWallClock(date: PlainDate, minutesOfDay: number): number | undefined {
  const wallAsUtc = utcMidnightOf(date) + minutesOfDay * MINUTE_MS;
  const [before, after] = offsetsAround(wallAsUtc);
  if (before === after) return wallAsUtc - before * MINUTE_MS;
  return instantsAtWallClock(date, minutesOfDay)[0]?.getTime();
}

/**
 * The one instant a wall-clock time stands for, for bounds that must exist: a repeated time means its first
 * occurrence; a time in the spring-forward gap means the moment the clocks jump (the first time after it).
 */
export function instantAtWallClock(date: PlainDate, minutesOfDay: number): Date {
  const [first] = instantsAtWallClock(date, minutesOfDay);
  if (first) return first;
  // In the gap: binary-search the minute the offset changes between a day before and a day after.
  const wallAsUtc = utcMidnightOf(date) + minutesOfDay * MINUTE_MS;
  const offsetAfter = offsetsAround(wallAsUtc)[1];
  let low = Math.floor((wallAsUtc - DAY_MS) / MINUTE_MS);
  let high = Math.floor((wallAsUtc + DAY_MS) / MINUTE_MS);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (helsinkiOffsetMinutes(middle * MINUTE_MS) === offsetAfter) high = middle;
    else low = middle + 1;
  }
  return new Date(low * MINUTE_MS);
}

/** The instant a Helsinki calendar day begins (midnight never falls in a Finnish DST gap). */
export function startOfHelsinkiDay(date: PlainDate): Date {
  return instantAtWallClock(date, 0);
}

/**
 * The instant a person means by a Helsinki date and a typed time ("2026-03-29", "08:00"), as a clock on the
 * wall reads it: a repeated autumn time is its first occurrence; a spring time the clocks skip is read
 * with the offset before the change, so it lands as far after the jump as it was typed into the gap
 * (03:30 becomes 04:30), as JavaScript's Date and Temporal's "compatible" reading do. Bounds of periods
 * use instantAtWallClock instead, which makes every time in the gap the jump itself.
 */
export function helsinkiInstant(date: PlainDate, time: WallTime): Date {
  const minutesOfDay = minutesOfWallTime(time);
  const [first] = instantsAtWallClock(date, minutesOfDay);
  if (first) return first;
  const wallAsUtc = utcMidnightOf(date) + minutesOfDay * MINUTE_MS;
  return new Date(wallAsUtc - offsetsAround(wallAsUtc)[0] * MINUTE_MS);
}

/**
 * Noon of a Helsinki day: formatting it in Helsinki always gives that day, whatever the DST offset, so a
 * plain date can go to the portal's date formatters.
 */
export function noonOf(date: PlainDate): Date {
  return instantAtWallClock(date, 12 * 60);
}
