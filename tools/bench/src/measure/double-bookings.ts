// The proof after the run: pairs of active bookings of one resource whose occupied ranges overlap, over the
// whole table (seeded and booked), plus how many bookings the run made.
import type { BookingDb } from '@asiointi/booking-data';
import { selectRows } from '@asiointi/platform-db';
import { sql } from 'drizzle-orm';

export async function countDoubleBookings(db: BookingDb): Promise<number> {
  const [row] = await selectRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from booking.bookings a join booking.bookings b
          on b.resource_id = a.resource_id and b.id <> a.id
         and tstzrange(b.occupied_from, b.occupied_until, '[)') && tstzrange(a.occupied_from, a.occupied_until, '[)')
        where a.status <> 'cancelled' and b.status <> 'cancelled' and a.id < b.id`,
  );
  return Number(row?.n ?? -1);
}

export async function countBookingsMadeSince(db: BookingDb, since: Date): Promise<number> {
  const [row] = await selectRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from booking.bookings where created_at >= ${since.toISOString()}`,
  );
  return Number(row?.n ?? -1);
}
