import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { count } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  bookingDatabaseDefinition,
  seedBookingDemoData,
  serviceTypes,
  units,
  type BookingDb,
} from '../src/index';

async function counts(db: BookingDb) {
  const [unitCount] = await db.select({ n: count() }).from(units);
  const [serviceCount] = await db.select({ n: count() }).from(serviceTypes);
  return { units: unitCount?.n, services: serviceCount?.n };
}

describeOnDatabases('seedBookingDemoData', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);

  it('fills empty tables with demo units and services', async () => {
    expect(await counts(database().db)).toEqual({ units: 0, services: 0 });
    expect(await seedBookingDemoData(database().db)).toEqual({ seeded: true });
    expect(await counts(database().db)).toEqual({ units: 4, services: 14 });
  });

  it('leaves tables that already hold data alone', async () => {
    expect(await seedBookingDemoData(database().db)).toEqual({ seeded: false });
    expect(await counts(database().db)).toEqual({ units: 4, services: 14 });
  });
});

describeOnDatabases('seedBookingDemoData started twice at once', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);

  it('seeds once', async () => {
    const results = await Promise.all([
      seedBookingDemoData(database().db),
      seedBookingDemoData(database().db),
    ]);
    expect(results.map((result) => result.seeded).sort()).toEqual([false, true]);
    expect(await counts(database().db)).toEqual({ units: 4, services: 14 });
  });
});
