// What staff may record about a visit, and when: on the Helsinki wall clock, so a mark follows the
// appointment as the unit lives it. A resident must never read "attended" for a visit still ahead,
// and the no-show figure must never count one.
import type { BookingStatusValue } from '@asiointi/booking-contract';
import { helsinkiDateOf } from '@asiointi/platform-time';

export type VisitMark = 'arrived' | 'attended' | 'noShow';

export const visitMarks: readonly VisitMark[] = ['arrived', 'attended', 'noShow'];

/** The statuses each mark may replace. */
const markableFrom: Record<VisitMark, readonly BookingStatusValue[]> = {
  arrived: ['booked'],
  attended: ['booked', 'arrived'],
  noShow: ['booked'],
};

export interface VisitMarkQuery {
  status: BookingStatusValue;
  /** The appointment's start. */
  start: Date;
  now: Date;
}

/** Why a mark cannot be made now: the status does not allow it, or the appointment is not far enough on. */
export type VisitMarkProblem = 'NOT_MARKABLE' | 'TOO_EARLY';

/** The statuses a mark may replace (for the database's guarded update). */
export function statusesMarkableAs(mark: VisitMark): readonly BookingStatusValue[] {
  return markableFrom[mark];
}

/**
 * Arrived from the appointment's Helsinki day on; attended and no-show from its start, since neither can
 * be known before.
 */
export function visitMarkProblem(
  mark: VisitMark,
  { status, start, now }: VisitMarkQuery,
): VisitMarkProblem | undefined {
  if (!markableFrom[mark].includes(status)) return 'NOT_MARKABLE';
  const opens =
    mark === 'arrived' ? helsinkiDateOf(now) >= helsinkiDateOf(start) : now.getTime() >= start.getTime();
  return opens ? undefined : 'TOO_EARLY';
}

/** The marks that can be made now, in the order the day list offers them. */
export function visitMarksAllowed(query: VisitMarkQuery): VisitMark[] {
  return visitMarks.filter((mark) => visitMarkProblem(mark, query) === undefined);
}

export interface UndoMarkQuery {
  status: BookingStatusValue;
  /** When the current status was set; null when it never changed. */
  statusChangedAt: Date | null;
  now: Date;
}

/** A mark made by mistake can be taken back on the Helsinki day it was made, and only then. */
export function canUndoVisitMark({ status, statusChangedAt, now }: UndoMarkQuery): boolean {
  if (!(visitMarks as readonly string[]).includes(status) || !statusChangedAt) return false;
  return helsinkiDateOf(statusChangedAt) === helsinkiDateOf(now);
}

/** A booking belongs to the past once its time is over or its visit has been marked attended or no-show. */
export function isVisitOver({
  status,
  end,
  now,
}: {
  status: BookingStatusValue;
  end: Date;
  now: Date;
}): boolean {
  return status === 'attended' || status === 'noShow' || end.getTime() <= now.getTime();
}
