import { tzOffset } from '@date-fns/tz';

/** Schedules, deadlines and texts are evaluated in Finnish wall-clock time, whatever the server says. */
export const HELSINKI_TIME_ZONE = 'Europe/Helsinki';

/** A calendar date in Helsinki, "2026-03-29". */
export type PlainDate = `${number}-${number}-${number}`;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const plainDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function partsOf(date: PlainDate): [year: number, month: number, day: number] {
  const match = plainDatePattern.exec(date);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`No such calendar date: ${date}`);
  }
  return [year, month, day];
}

// Calendar arithmetic on plain dates runs on a UTC midnight, which has no DST to trip over.
// Formatting a date is slow next to the arithmetic around it; each day is formatted once.
const plainDatesByUtcMidnight = new Map<number, PlainDate>();

function plainDateFromUtcMidnight(ms: number): PlainDate {
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

function utcMidnightOf(date: PlainDate): number {
  let midnight = utcMidnights.get(date);
  if (midnight === undefined) {
    const [year, month, day] = partsOf(date);
    midnight = Date.UTC(year, month - 1, day);
    if (utcMidnights.size > 10_000) utcMidnights.clear();
    utcMidnights.set(date, midnight);
  }
  return midnight;
}

// Helsinki's clocks change on whole UTC hours (01:00 UTC since 1983, 00:00 UTC before), so the offset is
// constant within a UTC hour: one time-zone lookup per hour instead of one per call. Free-time searches
// over a region ask for hundreds of thousands of dates.
const offsetByUtcHour = new Map<number, number>();

function helsinkiOffsetMs(ms: number): number {
  const hour = Math.floor(ms / 3_600_000);
  let offset = offsetByUtcHour.get(hour);
  if (offset === undefined) {
    if (offsetByUtcHour.size > 50_000) offsetByUtcHour.clear();
    offset = tzOffset(HELSINKI_TIME_ZONE, new Date(hour * 3_600_000)) * MINUTE_MS;
    offsetByUtcHour.set(hour, offset);
  }
  return offset;
}

/** The instant as a UTC timestamp showing Helsinki wall-clock time (for date and time-of-day arithmetic). */
function helsinkiWallAsUtc(instant: Date): number {
  const ms = instant.getTime();
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

/** A date given either as a Helsinki calendar date or as an instant (read on the Helsinki calendar). */
export type DayInput = PlainDate | Date;

export function toPlainDate(date: DayInput): PlainDate {
  if (date instanceof Date) return helsinkiDateOf(date);
  utcMidnightOf(date); // validates (once per date: it is cached)
  return date;
}

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
    if (tzOffset(HELSINKI_TIME_ZONE, new Date(instant)) === offset) instants.push(instant);
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

// Helsinki's offsets a day either side of a wall time cover both offsets that can apply around a change
// (Finland changes clocks at most twice a year). Cached per hour, as slot generation asks for every slot.
const offsetsByHour = new Map<number, readonly [number, number]>();

function offsetsAround(wallAsUtc: number): readonly [number, number] {
  const hour = Math.floor(wallAsUtc / 3_600_000);
  let offsets = offsetsByHour.get(hour);
  if (!offsets) {
    if (offsetsByHour.size > 50_000) offsetsByHour.clear();
    offsets = [
      tzOffset(HELSINKI_TIME_ZONE, new Date(wallAsUtc - DAY_MS)),
      tzOffset(HELSINKI_TIME_ZONE, new Date(wallAsUtc + DAY_MS)),
    ];
    offsetsByHour.set(hour, offsets);
  }
  return offsets;
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
    if (tzOffset(HELSINKI_TIME_ZONE, new Date(middle * MINUTE_MS)) === offsetAfter) high = middle;
    else low = middle + 1;
  }
  return new Date(low * MINUTE_MS);
}

/** The instant a Helsinki calendar day begins (midnight never falls in a Finnish DST gap). */
export function startOfHelsinkiDay(date: PlainDate): Date {
  return instantAtWallClock(date, 0);
}
