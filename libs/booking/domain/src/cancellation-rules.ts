const HOUR_MS = 3_600_000;

export interface CutOffQuery {
  /** The booked appointment's start. */
  start: Date;
  now: Date;
  /** The service type's cut-off, e.g. 24: a resident can act until 24 real hours before the start. */
  cutOffHours: number;
}

/**
 * The last moment a resident may cancel or move a booking themselves. Counted in real hours on instants,
 * so across a DST change "24 h before" is 23 or 25 wall-clock hours; after it, the page says whom to call.
 */
export function residentCutOff(start: Date, cutOffHours: number): Date {
  if (!(cutOffHours >= 0)) throw new RangeError(`A cut-off is ≥ 0 hours, got ${cutOffHours}`);
  return new Date(start.getTime() - cutOffHours * HOUR_MS);
}

/** A resident may cancel up to and including the cut-off moment. */
export function canResidentCancel({ start, now, cutOffHours }: CutOffQuery): boolean {
  return now.getTime() <= residentCutOff(start, cutOffHours).getTime();
}

/**
 * Moving a booking cancels the old time, so it has the same cut-off; the new time is checked on its own
 * with validateRequestedTime.
 */
export function canReschedule(query: CutOffQuery): boolean {
  return canResidentCancel(query);
}
