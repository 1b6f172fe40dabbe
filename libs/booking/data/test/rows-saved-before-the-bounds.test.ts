// Migration 0010 brings rows saved before the contract bounded its texts and lists within the bounds: the
// service checks its answers against the contract, so one such row would fail every read listing it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { accessibilitySchema, localizedTextSchema, resourceSchema } from '@asiointi/booking-contract';
import { phoneNumberSchema } from '@asiointi/platform-contract';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { bookingDatabaseDefinition, resources, serviceTypes, units } from '../src/index';

const migration = readFileSync(
  path.join(bookingDatabaseDefinition.migrationsFolder, '0010_rows_saved_before_the_bounds.sql'),
  'utf8',
);

describeOnDatabases('rows saved before the bounds', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);

  it('are brought within the contract: names one bounded line, phones phone numbers, lists without repeats', async () => {
    const { db } = database();
    const [unit] = await db
      .insert(units)
      .values({
        nameFi: ' Tuiran\nhyvinvointikeskus ',
        nameSv: 'T'.repeat(700),
        nameEn: 'Tuira\twellbeing centre',
        municipality: 'Oulu',
        streetAddress: 'Tuirantie 1',
        phone: '0'.repeat(200_000),
        accessibility: { fi: 'Porras\nhissi\u0001', sv: 'Trappa', en: 'x'.repeat(2500) },
      })
      .returning();
    const [saneUnit] = await db
      .insert(units)
      .values({
        nameFi: 'A',
        nameSv: 'B',
        nameEn: 'C',
        municipality: 'Oulu',
        streetAddress: 'Katu 1',
        phone: '+358 8 123 456',
      })
      .returning();
    const [service] = await db
      .insert(serviceTypes)
      .values({
        unitId: unit!.id,
        code: 'nurse-appointment',
        category: 'health',
        nameFi: 'Sairaanhoitajan\r\nvastaanotto',
        nameSv: 'Sjukskötarmottagning',
        nameEn: 'Nurse appointment',
        durationMinutes: 30,
        channels: ['phone', 'onSite', 'phone', 'phone', 'onSite'],
      })
      .returning();
    const [resource] = await db
      .insert(resources)
      .values({
        unitId: unit!.id,
        kind: 'person',
        name: '\tLaura Virtanen\n',
        languages: ['fi', 'sv', 'fi', 'fi'],
      })
      .returning();

    for (const statement of migration.split('--> statement-breakpoint')) await db.execute(sql.raw(statement));

    const [after] = await db.select().from(units).where(eq(units.id, unit!.id));
    expect(localizedTextSchema.parse({ fi: after!.nameFi, sv: after!.nameSv, en: after!.nameEn })).toEqual({
      fi: 'Tuiran hyvinvointikeskus',
      sv: 'T'.repeat(500),
      en: 'Tuira wellbeing centre',
    });
    expect(after!.phone).toBeNull();
    expect(accessibilitySchema.parse(after!.accessibility)).toEqual({
      fi: 'Porras\nhissi',
      sv: 'Trappa',
      en: 'x'.repeat(2000),
    });
    const [untouched] = await db.select().from(units).where(eq(units.id, saneUnit!.id));
    expect(phoneNumberSchema.parse(untouched!.phone)).toBe('+358 8 123 456');

    const [serviceAfter] = await db.select().from(serviceTypes).where(eq(serviceTypes.id, service!.id));
    expect(serviceAfter!.nameFi).toBe('Sairaanhoitajan  vastaanotto');
    expect(serviceAfter!.channels).toEqual(['phone', 'onSite']);
    const [resourceAfter] = await db.select().from(resources).where(eq(resources.id, resource!.id));
    expect(resourceSchema.shape.name.parse(resourceAfter!.name)).toBe('Laura Virtanen');
    expect(resourceAfter!.languages).toEqual(['fi', 'sv']);
  });
});
