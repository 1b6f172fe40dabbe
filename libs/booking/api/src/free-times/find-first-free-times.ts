import type { BookingDb } from '@asiointi/booking-data';
import type { FreeTimeSearch } from './find-free-times';
import { byStartThenResource, FreeTimeSources, type FoundFreeTime } from './free-time-sources';

const HOUR_MS = 3_600_000;

/**
 * Hours after the search's start at which a stage ends. In working hours most units have a free time
 * within the first six, and a stage's cost is mostly the bookings it reads (a region's day is thousands);
 * out of hours the first stage finds nothing and costs one small round trip.
 */
const stageEndsInHours = [6, 24, 72, 168, 336, 720];

/**
 * The earliest free time of each service type in the search (a unit has one type per code), earliest first,
 * at most `limit`. Searched stage by stage (see stageEndsInHours), each stage loading only its own slice of
 * bookings and only for the types still without a time, and stopping once `limit` are found: a later stage
 * cannot give an earlier time. Usually one or two stages: hours of bookings instead of the whole window's.
 */
export async function findFirstFreeTimes(
  db: BookingDb,
  search: FreeTimeSearch & { limit: number },
): Promise<FoundFreeTime[]> {
  const found: FoundFreeTime[] = [];
  let pending = search.serviceTypes;
  const start = Math.max(search.from.getTime(), search.now.getTime());
  let stageFrom = start;
  for (const hours of [...stageEndsInHours, Infinity]) {
    if (pending.length === 0 || found.length >= search.limit) break;
    const stageUntil = Math.min(start + hours * HOUR_MS, search.until.getTime());
    if (stageUntil <= stageFrom) continue;
    const sources = await FreeTimeSources.load(db, {
      ...search,
      serviceTypes: pending,
      from: new Date(stageFrom),
      until: new Date(stageUntil),
    });
    const firsts = sources.windows.flatMap((window) => sources.generate(window, 1).slice(0, 1));
    const foundTypes = new Set(firsts.map((first) => first.serviceTypeId));
    pending = pending.filter((serviceType) => !foundTypes.has(serviceType.id));
    found.push(...firsts.sort(byStartThenResource));
    stageFrom = stageUntil;
  }
  return found.slice(0, search.limit);
}
