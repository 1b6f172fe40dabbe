import { bookableServiceSchema, unitSchema } from '@asiointi/booking-contract';
import { bookingDatabaseDefinition, demoUnitIds, seedBookingDemoData } from '@asiointi/booking-data';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { ApiError } from '@asiointi/platform-service';
import { TRPCError } from '@trpc/server';
import { beforeAll, expect, it } from 'vitest';
import { bookingCaller } from './booking-caller';

describeOnDatabases('bookingRouter', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);
  beforeAll(async () => {
    await seedBookingDemoData(database().db);
  });

  it('lists units in the contract shape, by municipality then name', async () => {
    const list = await bookingCaller(database().db).units.list();
    expect(list.map((unit) => unitSchema.parse(unit))).toEqual(list);
    expect(list.map((unit) => unit.name.fi)).toEqual([
      'Kuusamon sosiaali- ja terveysasema',
      'Kaijonharjun hyvinvointikeskus',
      'Tuiran hammashoitola',
      'Raahen terveysasema',
    ]);
    expect(list[3]).toEqual({
      id: demoUnitIds.raahe,
      name: { fi: 'Raahen terveysasema', sv: 'Brahestads hälsostation', en: 'Raahe Health Centre' },
      municipality: 'Raahe',
      streetAddress: 'Rantakatu 4',
      phone: '+358 8 5584 3000',
      openingHours: expect.objectContaining({ mon: [{ start: '08:00', end: '16:00' }] }),
      accessibility: expect.objectContaining({ sv: expect.stringContaining('hörslinga') }),
    });
  });

  it("lists a unit's services self-bookable first, by name in the caller's language", async () => {
    const fi = await bookingCaller(database().db, 'fi').services.listByUnit({
      unitId: demoUnitIds.kaijonharju,
    });
    expect(fi.map((service) => service.name.fi)).toEqual([
      'Influenssarokotus',
      'Sairaanhoitajan vastaanotto',
      'Sosiaaliohjaus',
      'Lääkärin vastaanotto',
      'Verinäytteenotto',
    ]);
    expect(fi.every((service) => bookableServiceSchema.safeParse(service).success)).toBe(true);

    const en = await bookingCaller(database().db, 'en').services.listByUnit({
      unitId: demoUnitIds.kaijonharju,
    });
    expect(en.map((service) => service.name.en)).toEqual([
      'Flu vaccination',
      'Nurse appointment',
      'Social counselling',
      'Blood sample',
      "Doctor's appointment",
    ]);
  });

  it('answers an unknown unit with NOT_FOUND and the code UNIT_NOT_FOUND', async () => {
    const failure = await bookingCaller(database().db)
      .services.listByUnit({ unitId: '00000000-0000-4000-8000-000000000000' })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'NOT_FOUND', errorCode: 'UNIT_NOT_FOUND' });
  });

  it('refuses a unit id that is not a UUID before touching the database', async () => {
    const failure = await bookingCaller(database().db)
      .services.listByUnit({ unitId: 'kaijonharju' })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(TRPCError);
    expect(failure).toMatchObject({ code: 'BAD_REQUEST' });
    expect((failure as TRPCError).cause).toMatchObject({
      issues: [{ path: ['unitId'], code: 'invalid_format' }],
    });
  });
});
