import type { BookingDb } from '@asiointi/booking-data';
import {
  byStartThenResource,
  FreeTimeSources,
  type FoundFreeTime,
  type FreeTimeSourcesQuery,
} from './free-time-sources';

export type { FoundFreeTime } from './free-time-sources';

export interface FreeTimeSearch extends FreeTimeSourcesQuery {
  /** Only each resource's earliest this many free times (see FreeTimeSources.generate). */
  maxPerResource?: number;
}

/**
 * Free times of the service types, sorted by start, then resource (then service type). Respects each
 * service type's horizon (bookingHorizonDays), public holidays, exceptions, blocked times, buffers and
 * active bookings. A resource qualified for several of the types gets free times for each: the resident
 * picks one. Two statements, read at the same time, whatever the number of units and resources (see
 * FreeTimeSources).
 */
export async function findFreeTimes(db: BookingDb, search: FreeTimeSearch): Promise<FoundFreeTime[]> {
  const perType = [...(await findFreeTimesByServiceType(db, search)).values()];
  // Each type's list is sorted already; only a search of several types needs a merge.
  return perType.length === 1 ? perType[0]! : perType.flat().sort(byStartThenResource);
}

/**
 * The same free times kept apart per service type id (each list sorted): for callers that look at each
 * type on its own, such as T3, which would otherwise sort a region's free times only to split them again.
 */
export async function findFreeTimesByServiceType(
  db: BookingDb,
  search: FreeTimeSearch,
): Promise<Map<string, FoundFreeTime[]>> {
  const sources = await FreeTimeSources.load(db, search);
  return new Map(
    sources.windows.map((window) => [window.serviceType.id, sources.generate(window, search.maxPerResource)]),
  );
}
