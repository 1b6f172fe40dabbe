import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { count } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  bookingDatabaseDefinition,
  bookingRights,
  demoInvitation,
  hashBookingRightCode,
  resources,
  scheduleTemplates,
  seedBookingDemoData,
  serviceTypes,
  units,
  type BookingDb,
} from '../src/index';

async function counts(db: BookingDb) {
  const [unitCount] = await db.select({ n: count() }).from(units);
  const [serviceCount] = await db.select({ n: count() }).from(serviceTypes);
  const [resourceCount] = await db.select({ n: count() }).from(resources);
  const [templateCount] = await db.select({ n: count() }).from(scheduleTemplates);
  const [rightCount] = await db.select({ n: count() }).from(bookingRights);
  return {
    units: unitCount?.n,
    services: serviceCount?.n,
    resources: resourceCount?.n,
    templates: templateCount?.n,
    rights: rightCount?.n,
  };
}

const seeded = { units: 4, services: 15, resources: 12, templates: 12, rights: 1 };

describeOnDatabases('seedBookingDemoData', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);

  it('fills empty tables with demo units, services, resources, schedules and an invitation', async () => {
    expect(await counts(database().db)).toEqual({
      units: 0,
      services: 0,
      resources: 0,
      templates: 0,
      rights: 0,
    });
    expect(await seedBookingDemoData(database().db)).toEqual({ seeded: true });
    expect(await counts(database().db)).toEqual(seeded);
  });

  it('gives every service a resource of its unit with the skill it requires', async () => {
    const services = await database().db.select().from(serviceTypes);
    const staff = await database().db.select().from(resources);
    for (const service of services) {
      const givers = staff.filter(
        (resource) => resource.unitId === service.unitId && resource.skills.includes(service.requiredSkill),
      );
      expect(givers.length, service.code).toBeGreaterThan(0);
    }
    const swedishUnits = new Set(staff.filter((r) => r.languages.includes('sv')).map((r) => r.unitId));
    expect(swedishUnits.size).toBeGreaterThanOrEqual(2);
    expect(services.some((service) => service.sensitive)).toBe(true);
  });

  it('stores the demo invitation code only as its hash', async () => {
    const [right] = await database().db.select().from(bookingRights);
    expect(right).toMatchObject({
      source: 'invitation',
      codeHash: hashBookingRightCode(demoInvitation.code),
      personSubject: null,
      serviceCode: demoInvitation.serviceCode,
    });
    expect(JSON.stringify(right)).not.toContain('KUTS');
  });

  it('leaves tables that already hold data alone', async () => {
    expect(await seedBookingDemoData(database().db)).toEqual({ seeded: false });
    expect(await counts(database().db)).toEqual(seeded);
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
    expect(await counts(database().db)).toEqual(seeded);
  });
});
