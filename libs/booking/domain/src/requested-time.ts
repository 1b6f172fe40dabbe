import { isWithinHorizon } from './horizon';
import type { InstantRange } from './instant-range';

const MINUTE_MS = 60_000;

/** Why a requested time cannot be booked; the api maps each to a typed, translated error. */
export type RequestedTimeProblem =
  'MALFORMED_TIME' | 'IN_THE_PAST' | 'TOO_SOON' | 'OUTSIDE_HORIZON' | 'NOT_A_FREE_TIME';

export type RequestedTimeVerdict = { ok: true } | { ok: false; problem: RequestedTimeProblem };

export interface RequestedTimeQuery {
  slotStart: Date;
  /** When given, the free time must be this resource's. */
  resourceId?: string;
  now: Date;
  horizonDays: number;
  /** The service type's current free times (generateFreeTimes), the only times a resident may book. */
  freeTimes: readonly (InstantRange & { resourceId: string })[];
  minimumLeadMinutes?: number;
}

/** Checks a requested time in this order and names the first problem found. */
export function validateRequestedTime(query: RequestedTimeQuery): RequestedTimeVerdict {
  const { slotStart, now } = query;
  const at = slotStart.getTime();
  if (Number.isNaN(at)) return { ok: false, problem: 'MALFORMED_TIME' };
  if (at < now.getTime()) return { ok: false, problem: 'IN_THE_PAST' };
  if (at < now.getTime() + (query.minimumLeadMinutes ?? 0) * MINUTE_MS)
    return { ok: false, problem: 'TOO_SOON' };
  if (!isWithinHorizon(slotStart, now, query.horizonDays)) return { ok: false, problem: 'OUTSIDE_HORIZON' };
  const isFree = query.freeTimes.some(
    (free) =>
      free.start.getTime() === at && (query.resourceId === undefined || free.resourceId === query.resourceId),
  );
  return isFree ? { ok: true } : { ok: false, problem: 'NOT_A_FREE_TIME' };
}
