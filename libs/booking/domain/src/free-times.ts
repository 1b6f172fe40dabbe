import { addCalendarDays, helsinkiDateOf } from '@asiointi/platform-time';
import { horizonEnd } from './horizon';
import { TakenTime, type InstantRange } from './instant-range';
import type {
  BlockedPeriod,
  FreeTime,
  OccupiedRange,
  ScheduleException,
  ServiceTiming,
  WeeklyScheduleTemplate,
} from './schedule-types';
import { slotGridMsOfDay } from './slot-grid';
import { workingPeriodsOfDay } from './working-periods-of-day';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export interface FreeTimeQuery {
  /** Weekly templates; free times are generated for every resource that has one. */
  templates: readonly WeeklyScheduleTemplate[];
  exceptions?: readonly ScheduleException[];
  blocked?: readonly BlockedPeriod[];
  /** Active bookings of the resources, each range already including its buffers. */
  existingBookings?: readonly OccupiedRange[];
  serviceType: ServiceTiming;
  /** Free times whose start lies in [from, until) are returned. */
  from: Date;
  until: Date;
  now: Date;
  /** A free time starts at least this long after now (default 0: anything not yet started). */
  minimumLeadMinutes?: number;
  /** Also cut at the booking horizon (see horizonEnd). */
  horizonDays?: number;
  /** Close public holidays, Midsummer Eve and Christmas Eve unless an extra opening opens them (default). */
  skipPublicHolidays?: boolean;
  /**
   * Only each resource's earliest this many free times: enough for "the first free time" (1) or T3 (3),
   * whose answers are among every resource's earliest few, and far less work than the whole window.
   */
  maxPerResource?: number;
}

function checkTiming({ durationMinutes, bufferBeforeMinutes, bufferAfterMinutes }: ServiceTiming): void {
  const whole = (n: number) => Number.isInteger(n) && n >= 0;
  if (
    !whole(durationMinutes) ||
    durationMinutes === 0 ||
    !whole(bufferBeforeMinutes) ||
    !whole(bufferAfterMinutes)
  ) {
    throw new RangeError('Duration is a whole number of minutes > 0, buffers whole numbers ≥ 0');
  }
}

/**
 * Free times of one service type, generated on the Helsinki wall clock (see slotGridOfDay for the grid and
 * its DST rule) and returned as instants, sorted by start then resource. A grid time clashing with a
 * booking, a blocked period or an absence is left out; the grid does not shift, so times stay on
 * predictable wall-clock marks.
 */
export function generateFreeTimes(query: FreeTimeQuery): FreeTime[] {
  const { serviceType } = query;
  checkTiming(serviceType);
  const before = serviceType.bufferBeforeMinutes * MINUTE_MS;
  const stepMinutes =
    serviceType.bufferBeforeMinutes + serviceType.durationMinutes + serviceType.bufferAfterMinutes;
  const earliest = Math.max(
    query.from.getTime(),
    query.now.getTime() + (query.minimumLeadMinutes ?? 0) * MINUTE_MS,
  );
  const latest = Math.min(
    query.until.getTime(),
    query.horizonDays === undefined ? Infinity : horizonEnd(query.now, query.horizonDays).getTime(),
  );
  if (earliest >= latest) return [];

  const lastDate = helsinkiDateOf(new Date(latest - 1));
  // Index once by resource: a region-wide search has thousands of resources and a million bookings.
  const templatesOf = groupByResource(query.templates);
  const exceptionsOf = groupByResource(query.exceptions ?? []);
  // Only taken time near the window can clash (a grid range lasts less than a day).
  const near = (range: InstantRange) =>
    range.end.getTime() > earliest - DAY_MS && range.start.getTime() < latest + DAY_MS;
  const takenOf = groupByResource([...(query.existingBookings ?? []), ...(query.blocked ?? [])].filter(near));

  const maxPerResource = query.maxPerResource ?? Infinity;
  const firstDate = helsinkiDateOf(new Date(earliest));
  const freeTimes: FreeTime[] = [];
  for (const [resourceId, templates] of templatesOf) {
    const taken = new TakenTime(takenOf.get(resourceId) ?? []);
    const exceptions = exceptionsOf.get(resourceId) ?? [];
    let found = 0;
    for (let date = firstDate; date <= lastDate && found < maxPerResource; date = addCalendarDays(date, 1)) {
      const periods = workingPeriodsOfDay({
        resourceId,
        date,
        templates,
        exceptions,
        skipPublicHolidays: query.skipPublicHolidays ?? true,
      });
      if (periods.length === 0) continue;
      // Numbers until a time is kept: most grid times of a busy day are taken or outside the window.
      const grid = slotGridMsOfDay(date, periods, stepMinutes);
      for (let index = 0; index < grid.length && found < maxPerResource; index += 2) {
        const occupiedStart = grid[index]!;
        const occupiedEnd = grid[index + 1]!;
        const start = occupiedStart + before;
        if (start < earliest || start >= latest) continue;
        if (taken.overlaps(occupiedStart, occupiedEnd)) continue;
        freeTimes.push({
          resourceId,
          start: new Date(start),
          end: new Date(start + serviceType.durationMinutes * MINUTE_MS),
          occupied: { start: new Date(occupiedStart), end: new Date(occupiedEnd) },
        });
        found += 1;
      }
    }
  }
  return freeTimes.sort(
    (a, b) =>
      a.start.getTime() - b.start.getTime() ||
      (a.resourceId < b.resourceId ? -1 : a.resourceId > b.resourceId ? 1 : 0),
  );
}

function groupByResource<T extends { resourceId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.resourceId);
    if (group) group.push(item);
    else groups.set(item.resourceId, [item]);
  }
  return groups;
}
