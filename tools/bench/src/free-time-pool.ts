// The times the throughput run books. freeTimes.first answers one time per unit, so the pool of thousands of
// distinct free times comes from the same domain rule the service validates with (generateFreeTimes), over
// the seeded templates and bookings, read before the service starts (PGlite has one opener at a time).
import type { BookingDb } from '@asiointi/booking-data';
import { generateFreeTimes, type WeeklyScheduleTemplate } from '@asiointi/booking-domain';
import { addCalendarDays, helsinkiDateOf, startOfHelsinkiDay } from '@asiointi/platform-time';
import { selectRows } from '@asiointi/platform-db';
import { sql } from 'drizzle-orm';

export interface PoolTime {
  serviceTypeId: string;
  unitId: string;
  resourceId: string;
  start: string;
}

interface ServiceRow extends Record<string, unknown> {
  id: string;
  unit_id: string;
  duration_minutes: number;
  buffer_before_minutes: number;
  buffer_after_minutes: number;
  booking_horizon_days: number;
  required_skill: string;
}

/**
 * Free times of the service `code` in every unit, from `firstDay` to `lastDay` days ahead (Helsinki days),
 * shuffled with a fixed seed so the clients spread over units and resources as residents would.
 */
export async function freeTimePool(
  db: BookingDb,
  code: string,
  options: { now: Date; firstDay: number; lastDay: number; size: number },
): Promise<PoolTime[]> {
  const today = helsinkiDateOf(options.now);
  const from = startOfHelsinkiDay(addCalendarDays(today, options.firstDay));
  const until = startOfHelsinkiDay(addCalendarDays(today, options.lastDay + 1));
  const services = await selectRows<ServiceRow>(
    db,
    sql`select id, unit_id, duration_minutes, buffer_before_minutes, buffer_after_minutes, booking_horizon_days,
               required_skill
        from booking.service_types where code = ${code} and self_bookable and not requires_booking_right`,
  );
  const pool: PoolTime[] = [];
  for (const service of services) {
    const templates = await selectRows<{
      resource_id: string;
      valid_from: string;
      valid_until: string | null;
      working_periods: WeeklyScheduleTemplate['workingPeriods'];
    }>(
      db,
      sql`select t.resource_id, t.valid_from::text as valid_from, t.valid_until::text as valid_until, t.working_periods
          from booking.schedule_templates t join booking.resources r on r.id = t.resource_id
          where r.unit_id = ${service.unit_id} and r.active and ${service.required_skill} = any(r.skills)`,
    );
    const booked = await selectRows<{
      resource_id: string;
      occupied_from: string | Date;
      occupied_until: string | Date;
    }>(
      db,
      sql`select b.resource_id, b.occupied_from, b.occupied_until from booking.bookings b
          where b.unit_id = ${service.unit_id} and b.status <> 'cancelled'
            and b.occupied_until > ${from.toISOString()} and b.occupied_from < ${until.toISOString()}`,
    );
    const freeTimes = generateFreeTimes({
      templates: templates.map((row) => ({
        resourceId: row.resource_id,
        validFrom: row.valid_from as WeeklyScheduleTemplate['validFrom'],
        validUntil: (row.valid_until ?? undefined) as WeeklyScheduleTemplate['validUntil'],
        workingPeriods: row.working_periods,
      })),
      existingBookings: booked.map((row) => ({
        resourceId: row.resource_id,
        start: new Date(row.occupied_from),
        end: new Date(row.occupied_until),
      })),
      serviceType: {
        durationMinutes: service.duration_minutes,
        bufferBeforeMinutes: service.buffer_before_minutes,
        bufferAfterMinutes: service.buffer_after_minutes,
      },
      from,
      until,
      now: options.now,
      horizonDays: service.booking_horizon_days,
    });
    for (const free of freeTimes) {
      pool.push({
        serviceTypeId: service.id,
        unitId: service.unit_id,
        resourceId: free.resourceId,
        start: free.start.toISOString(),
      });
    }
  }
  return seededShuffle(pool).slice(0, options.size);
}

/** Fisher–Yates with a small fixed-seed generator: the same data set gives the same order. */
export function seededShuffle<T>(items: readonly T[], seed = 20_260_101): T[] {
  const shuffled = [...items];
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other] as T, shuffled[index] as T];
  }
  return shuffled;
}
