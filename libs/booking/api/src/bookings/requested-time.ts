// Is the requested start a real free time of the resource right now? The domain's rules decide past, too
// soon, horizon and "on offer"; a time that is not on offer because someone booked it is TIME_TAKEN.
import {
  isTimeTaken,
  type BookingDb,
  type QualifiedResource,
  type ServiceTypeRow,
} from '@asiointi/booking-data';
import { validateRequestedTime } from '@asiointi/booking-domain';
import { findFreeTimes, type FoundFreeTime } from '../free-times/find-free-times';
import { requestedTimeRefused, timeTaken } from './booking-errors';

export interface RequestedTime {
  serviceType: ServiceTypeRow;
  resourceId: string;
  start: Date;
  now: Date;
  /** The resource, when the caller has checked already that it gives the service (saves a query). */
  qualifiedResource?: QualifiedResource;
}

/** The free time at exactly that start on that resource, or a typed refusal. */
export async function requireFreeTime(db: BookingDb, requested: RequestedTime): Promise<FoundFreeTime> {
  const { serviceType, resourceId, start, now } = requested;
  // Searching [start, start + 1 ms) finds only a free time that begins exactly then.
  const freeTimes = Number.isNaN(start.getTime())
    ? []
    : await findFreeTimes(db, {
        serviceTypes: [serviceType],
        from: start,
        until: new Date(start.getTime() + 1),
        now,
        resourceIds: [resourceId],
        ...(requested.qualifiedResource ? { qualified: [requested.qualifiedResource] } : {}),
      });
  const verdict = validateRequestedTime({
    slotStart: start,
    resourceId,
    now,
    horizonDays: serviceType.bookingHorizonDays,
    freeTimes,
  });
  if (verdict.ok) {
    const found = freeTimes.find(
      (free) => free.resourceId === resourceId && free.start.getTime() === start.getTime(),
    );
    if (found) return found;
  } else if (verdict.problem !== 'NOT_A_FREE_TIME') {
    throw requestedTimeRefused(verdict.problem);
  }
  // Not on offer: taken by someone (a race lost a moment ago, or a stale page) or never offered at all.
  const occupiedFrom = new Date(start.getTime() - serviceType.bufferBeforeMinutes * 60_000);
  const occupiedUntil = new Date(
    start.getTime() + (serviceType.durationMinutes + serviceType.bufferAfterMinutes) * 60_000,
  );
  if (await isTimeTaken(db, { resourceId, from: occupiedFrom, until: occupiedUntil })) throw timeTaken();
  throw requestedTimeRefused('NOT_A_FREE_TIME');
}
