import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { beforeAll, expect, it } from 'vitest';
import {
  bookingDatabaseDefinition,
  demoUnitIds,
  findUnits,
  listServicesOfUnit,
  listUnits,
  seedBookingDemoData,
  units,
} from '../src/index';

describeOnDatabases('booking queries', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);
  beforeAll(async () => {
    await seedBookingDemoData(database().db);
  });

  it('lists units by municipality and name', async () => {
    const rows = await listUnits(database().db);
    expect(rows.map((row) => [row.municipality, row.nameFi])).toEqual([
      ['Kuusamo', 'Kuusamon sosiaali- ja terveysasema'],
      ['Oulu', 'Kaijonharjun hyvinvointikeskus'],
      ['Oulu', 'Tuiran hammashoitola'],
      ['Raahe', 'Raahen terveysasema'],
    ]);
    expect(rows[0]?.createdAt).toBeInstanceOf(Date);
  });

  it('finds the booking units among given ids, passing over ids booking does not hold', async () => {
    const notInBooking = 'b0a00000-0000-4000-8000-000000000003';
    const rows = await findUnits(database().db, [demoUnitIds.raahe, notInBooking, demoUnitIds.kaijonharju]);
    expect(rows.map((row) => row.id).sort()).toEqual([demoUnitIds.kaijonharju, demoUnitIds.raahe].sort());
    expect(await findUnits(database().db, [])).toEqual([]);
  });

  it('lists the services of a unit with their channels as an array', async () => {
    const services = await listServicesOfUnit(database().db, demoUnitIds.raahe);
    expect(services?.map((service) => service.code)).toEqual([
      'doctor-appointment',
      'nurse-appointment',
      'physiotherapy',
      'work-ability-assessment',
    ]);
    expect(services?.find((service) => service.code === 'nurse-appointment')).toMatchObject({
      unitId: demoUnitIds.raahe,
      category: 'health',
      nameSv: 'Sjukskötarmottagning',
      durationMinutes: 20,
      channels: ['onSite', 'phone'],
      selfBookable: true,
      requiresBookingRight: false,
    });
  });

  it('tells an unknown unit (undefined) from a unit without services (empty list)', async () => {
    expect(await listServicesOfUnit(database().db, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
    const [empty] = await database()
      .db.insert(units)
      .values({
        nameFi: 'Uusi yksikkö',
        nameSv: 'Ny enhet',
        nameEn: 'New unit',
        municipality: 'Ii',
        streetAddress: 'Piisilta 1',
      })
      .returning({ id: units.id });
    expect(await listServicesOfUnit(database().db, empty?.id ?? '')).toEqual([]);
  });
});
