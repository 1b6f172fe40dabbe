// T3 for many service types with as little free-time generation as possible: most services have three free
// times today or tomorrow, so search those first, then two weeks, then widen by doubling only for the types
// still short of three, up to their horizon. Generating two weeks for every type of a unit at once costs
// about four times as much as two days on the benchmark's region.
import type { BookingDb, ServiceTypeRow } from '@asiointi/booking-data';
import { horizonEnd, t3Days, type Measured } from '@asiointi/booking-domain';
import { findFreeTimesByServiceType } from '../free-times/find-free-times';

/** Horizon days of each round: today and tomorrow, two weeks, then doubling. */
function nextWindowDays(days: number): number {
  return days < 14 ? 14 : days * 2;
}

/**
 * T3 (days to the third next free time) per service type id. One free-time search per widening round
 * covers all the service types still short of three (pass one unit's types together: one call per unit),
 * each round searching only the days after the previous one. A figure's n is the free times found up to
 * where the search stopped (at most three a resource), not all of them up to the horizon. Every type given
 * has an entry.
 */
export async function t3ByServiceType(
  db: BookingDb,
  serviceTypes: readonly ServiceTypeRow[],
  now: Date,
): Promise<Map<string, Measured>> {
  const figures = new Map<string, Measured>();
  const starts = new Map<string, { start: Date }[]>(serviceTypes.map((type) => [type.id, []]));
  let pending = [...serviceTypes];
  let from = now;
  let days = 1;
  while (pending.length > 0) {
    const until = horizonEnd(now, days);
    // findFreeTimes cuts each type at its own horizon; those already past it find nothing more. The third
    // next free time of a type is among its resources' first three each.
    const byType = await findFreeTimesByServiceType(db, {
      serviceTypes: pending,
      from,
      until,
      now,
      maxPerResource: 3,
    });
    for (const [serviceTypeId, freeTimes] of byType) {
      const list = starts.get(serviceTypeId);
      if (list) for (const free of freeTimes) list.push(free);
    }
    pending = pending.filter((type) => {
      const found = starts.get(type.id) ?? [];
      const done = found.length >= 3 || days >= type.bookingHorizonDays;
      if (done) figures.set(type.id, t3Days({ now, freeTimes: found }));
      return !done;
    });
    from = until;
    days = nextWindowDays(days);
  }
  return figures;
}
