// Fills a freshly migrated booking schema with the benchmark's region, batch by batch, then VACUUM ANALYZE.
import type { BookingDb } from '@asiointi/booking-data';
import { selectRows } from '@asiointi/platform-db';
import { sql } from 'drizzle-orm';
import type { DataSetSize } from '../bench-options';
import {
  bookingBatches,
  bookingBatchSql,
  resourcesSql,
  scheduleTemplatesSql,
  serviceTypesSql,
  unitsSql,
  workingDaysSql,
} from './seed-sql';

/** Working days per insert: about 80,000 bookings, small enough to keep either engine's memory flat. */
const daysPerBatch = 10;

export interface SeedReport {
  bookings: number;
  seconds: number;
}

const rowsOf = <T extends Record<string, unknown>>(db: BookingDb, statement: string) =>
  selectRows<T>(db, sql.raw(statement));

export async function seedRegion(
  db: BookingDb,
  size: DataSetSize,
  progress: (message: string) => void,
): Promise<SeedReport> {
  const started = performance.now();
  for (const statement of [
    unitsSql(size),
    serviceTypesSql(size),
    resourcesSql(size),
    scheduleTemplatesSql(size),
  ]) {
    await db.execute(sql.raw(statement));
  }
  const days = (await rowsOf<{ day: string }>(db, workingDaysSql(size))).map((row) => row.day);
  let inserted = 0;
  for (const batch of bookingBatches(days, size.bookings, daysPerBatch)) {
    await db.execute(sql.raw(bookingBatchSql(size, batch)));
    inserted += batch.count;
    progress(`seeded ${inserted.toLocaleString('en')} / ${size.bookings.toLocaleString('en')} bookings`);
  }
  const [counted] = await rowsOf<{ n: number | string }>(db, 'select count(*) as n from booking.bookings');
  // A region's database is measured in its steady state, not straight after a bulk load: VACUUM sets the
  // visibility map and leaves autovacuum nothing to do on the million new rows during the measurements.
  await db.execute(sql.raw('vacuum (analyze)'));
  return { bookings: Number(counted?.n ?? 0), seconds: (performance.now() - started) / 1000 };
}
