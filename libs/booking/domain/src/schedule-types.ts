import type { PlainDate, WallClockPeriod } from '@asiointi/platform-time';
import type { InstantRange } from './instant-range';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** Weekday keys in Date.getDay() order (0 = Sunday). */
export const weekdaysByDayOfWeek: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * A resource's usual week: working periods per weekday in Helsinki wall-clock time, valid on the Helsinki
 * calendar days validFrom–validUntil (both inclusive; no validUntil = until further notice).
 */
export interface WeeklyScheduleTemplate {
  resourceId: string;
  validFrom: PlainDate;
  validUntil?: PlainDate;
  workingPeriods: Partial<Record<Weekday, readonly WallClockPeriod[]>>;
}

/**
 * A change to one resource's schedule on one Helsinki calendar date.
 * - absence: the whole day (no period) or one period off; it wins over everything else that day.
 * - extraOpening: periods added to the day (no periods = the template's usual hours for that weekday); it
 *   also opens a public holiday, which free-time generation otherwise skips.
 */
export type ScheduleException =
  | { kind: 'absence'; resourceId: string; date: PlainDate; period?: WallClockPeriod }
  | { kind: 'extraOpening'; resourceId: string; date: PlainDate; periods?: readonly WallClockPeriod[] };

/** Time a resource cannot be booked (training, a meeting), as instants. */
export interface BlockedPeriod extends InstantRange {
  resourceId: string;
}

/** An active booking of a resource, its range already widened by the buffers it was booked with. */
export interface OccupiedRange extends InstantRange {
  resourceId: string;
}

/** What free-time generation needs to know of a service type. */
export interface ServiceTiming {
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
}

/**
 * A bookable time: start–end is the appointment the resident sees; occupied adds the buffers and is the
 * range to store for the no-double-booking constraint.
 */
export interface FreeTime extends InstantRange {
  resourceId: string;
  occupied: InstantRange;
}
