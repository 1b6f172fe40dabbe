import type { ServiceLanguage } from '@asiointi/booking-contract';
import type { BookingDb, QualifiedResource, ServiceTypeRow } from '@asiointi/booking-data';
import { byStartThenResource, FreeTimeSources, type FoundFreeTime } from './free-time-sources';

export type { FoundFreeTime } from './free-time-sources';

export interface FreeTimeSearch {
  /** May span many units; each type's free times come from its own unit's qualified resources. */
  serviceTypes: readonly ServiceTypeRow[];
  /** Free times starting in [from, until) (and not before now) are returned. */
  from: Date;
  until: Date;
  now: Date;
  /** Only resources speaking it. */
  language?: ServiceLanguage;
  /** Restrict to these resources. */
  resourceIds?: readonly string[];
  /** Resources already known to give the service types: skips asking the database (see FreeTimeSources). */
  qualified?: readonly QualifiedResource[];
  /** Only each resource's earliest this many free times (see FreeTimeSources.generate). */
  maxPerResource?: number;
}

/**
 * Free times of the service types, sorted by start, then resource (then service type). Respects each
 * service type's horizon (bookingHorizonDays), public holidays, exceptions, blocked times, buffers and
 * active bookings. A resource qualified for several of the types gets free times for each: the resident
 * picks one. Two round trips whatever the number of units and resources (see FreeTimeSources).
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
