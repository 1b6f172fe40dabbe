import { postgresErrorCode, PgErrorCode, selectRows } from '@asiointi/platform-db';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { bookingDatabaseDefinition, resources, serviceTypes, units } from '../src/index';

const unitId = '0b8f5a52-3c1f-4d0e-9a57-6a1f0f2b9c11';
const valid = {
  unitId,
  code: 'dental-check-up',
  category: 'oralHealth' as const,
  nameFi: 'Suun terveystarkastus',
  nameSv: 'Munhälsokontroll',
  nameEn: 'Dental check-up',
  durationMinutes: 45,
  channels: ['onSite' as const],
};

describeOnDatabases('booking schema', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);
  beforeAll(async () => {
    await database().db.insert(units).values({
      id: unitId,
      nameFi: 'Yksikkö',
      nameSv: 'Enhet',
      nameEn: 'Unit',
      municipality: 'Oulu',
      streetAddress: 'Katu 1',
    });
    await database().db.insert(serviceTypes).values(valid);
  });

  async function codeOfInsert(values: Record<string, unknown>) {
    const failure = await database()
      .db.insert(serviceTypes)
      .values({ ...valid, ...values })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    return postgresErrorCode(failure);
  }

  it('lives in the booking schema with its migrations table beside it', async () => {
    const tables = await selectRows<{ table_name: string }>(
      database().db,
      sql`select table_name from information_schema.tables where table_schema = 'booking' order by table_name`,
    );
    expect(tables.map((table) => table.table_name)).toEqual([
      '__drizzle_migrations',
      'audit_log',
      'blocked_times',
      'booking_rights',
      'bookings',
      'notification_log',
      'notification_outbox',
      'outbox',
      'resident_preferences',
      'resources',
      'schedule_exceptions',
      'schedule_templates',
      'service_types',
      'units',
    ]);
  });

  it('keeps service codes unique within a unit', async () => {
    expect(await codeOfInsert({})).toBe(PgErrorCode.uniqueViolation);
  });

  it('accepts only the categories and channels of the contract', async () => {
    expect(await codeOfInsert({ code: 'a', category: 'astrology' })).toBe(PgErrorCode.checkViolation);
    expect(await codeOfInsert({ code: 'b', channels: [] })).toBe(PgErrorCode.checkViolation);
    expect(await codeOfInsert({ code: 'c', channels: ['onSite', 'fax'] })).toBe(PgErrorCode.checkViolation);
  });

  it('keeps the booking horizon within a year and the cancellation cut-off within 30 days', async () => {
    expect(await codeOfInsert({ code: 'f', bookingHorizonDays: 1_000_000_000 })).toBe(PgErrorCode.checkViolation);
    expect(await codeOfInsert({ code: 'g', cancellationCutOffHours: 721 })).toBe(PgErrorCode.checkViolation);
    expect(await codeOfInsert({ code: 'h', bookingHorizonDays: 365, cancellationCutOffHours: 720 })).toBeUndefined();
  });

  it('refuses a duration that is not positive and a unit that does not exist', async () => {
    expect(await codeOfInsert({ code: 'd', durationMinutes: 0 })).toBe(PgErrorCode.checkViolation);
    expect(await codeOfInsert({ code: 'e', unitId: '00000000-0000-4000-8000-000000000000' })).toBe(
      PgErrorCode.foreignKeyViolation,
    );
  });

  it('keeps a resource’s title in every language or in none', async () => {
    const insertResource = (titles: { titleFi?: string; titleSv?: string; titleEn?: string }) =>
      database()
        .db.insert(resources)
        .values({ unitId, kind: 'person', name: 'Laura Virtanen', ...titles })
        .then(
          () => undefined,
          (error: unknown) => postgresErrorCode(error),
        );
    expect(await insertResource({ titleFi: 'Sairaanhoitaja', titleEn: 'Nurse' })).toBe(
      PgErrorCode.checkViolation,
    );
    expect(
      await insertResource({ titleFi: 'Sairaanhoitaja', titleSv: 'Sjukskötare', titleEn: 'Nurse' }),
    ).toBe(undefined);
    expect(await insertResource({})).toBe(undefined);
  });
});
