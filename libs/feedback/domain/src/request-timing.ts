// When a feedback request goes out and until when its link works. Sent a delay after the visit (default two
// hours), never at night in Helsinki (a time in the quiet hours moves to the morning), and valid until the
// end of the Helsinki day a number of days after it was sent (default 14). Wall-clock rules, DST-safe.
import {
  addCalendarDays,
  helsinkiDateOf,
  helsinkiMinutesOfDay,
  instantAtWallClock,
  minutesOfWallTime,
  startOfHelsinkiDay,
  type WallTime,
} from '@asiointi/platform-time';

export interface RequestTimingRules {
  /** Minutes after the visit (or after it was marked attended, whichever is later). Default 120. */
  delayMinutes: number;
  /** Helsinki wall-clock night during which nothing is sent (default 21:00–08:00). */
  quietFrom: WallTime;
  quietUntil: WallTime;
  /** Whole days the link works after it was sent. Default 14. */
  validDays: number;
}

export const defaultRequestTimingRules: RequestTimingRules = {
  delayMinutes: 120,
  quietFrom: '21:00',
  quietUntil: '08:00',
  validDays: 14,
};

export interface RequestTiming {
  sendAt: Date;
  expiresAt: Date;
}

/** The first instant at or after `instant` that is outside the Helsinki quiet hours. */
export function outsideQuietHours(
  instant: Date,
  rules: Pick<RequestTimingRules, 'quietFrom' | 'quietUntil'>,
): Date {
  const minutes = helsinkiMinutesOfDay(instant);
  const from = minutesOfWallTime(rules.quietFrom);
  const until = minutesOfWallTime(rules.quietUntil);
  const day = helsinkiDateOf(instant);
  if (from > until) {
    // The night spans midnight (21:00–08:00).
    if (minutes >= from) return instantAtWallClock(addCalendarDays(day, 1), until);
    if (minutes < until) return instantAtWallClock(day, until);
    return instant;
  }
  if (minutes >= from && minutes < until) return instantAtWallClock(day, until);
  return instant;
}

/**
 * @param visitedAt when the visit began (the event's visitedAt)
 * @param completedAt when it was marked attended (the event's occurredAt)
 */
export function requestTiming(
  visitedAt: Date,
  completedAt: Date,
  rules: RequestTimingRules = defaultRequestTimingRules,
): RequestTiming {
  const base = Math.max(visitedAt.getTime(), completedAt.getTime());
  const sendAt = outsideQuietHours(new Date(base + rules.delayMinutes * 60_000), rules);
  const expiresAt = startOfHelsinkiDay(addCalendarDays(helsinkiDateOf(sendAt), rules.validDays + 1));
  return { sendAt, expiresAt };
}

/** The month an answer or a service event is filed under: the first day of its Helsinki month, YYYY-MM-01. */
export function helsinkiMonthOf(instant: Date): string {
  return `${helsinkiDateOf(instant).slice(0, 7)}-01`;
}
