import { calendarDaysBetween, helsinkiDateOf } from '@asiointi/platform-time';
import type { Measured } from './figure-counts';
import type { InstantRange } from './instant-range';

export interface T3Query {
  now: Date;
  /** Free times of one service in one unit (any order); those that have started are ignored. */
  freeTimes: readonly Pick<InstantRange, 'start'>[];
}

/**
 * T3: Helsinki calendar days from today to the day of the third next free time (0 = it is today).
 * null when fewer than three free times are left; n = the free times from now on.
 */
export function t3Days({ now, freeTimes }: T3Query): Measured {
  const upcoming = freeTimes
    .map((free) => free.start.getTime())
    .filter((start) => start >= now.getTime())
    .sort((a, b) => a - b);
  const third = upcoming[2];
  return {
    value:
      third === undefined ? null : calendarDaysBetween(helsinkiDateOf(now), helsinkiDateOf(new Date(third))),
    n: upcoming.length,
  };
}
