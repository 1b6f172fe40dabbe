import { weekFreeTimesSchema, type WallClockPeriodText } from '@asiointi/booking-contract';
import { bookingDatabaseDefinition } from '@asiointi/booking-data';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { ApiError } from '@asiointi/platform-service';
import { expect, it } from 'vitest';
import { findFreeTimes } from '../../src/index';
import { callerAt, scheduleFixture, startsOf } from './schedule-fixture';

const now = new Date('2027-03-01T06:00:00Z');

// Mornings on weekdays plus a night shift on Sundays across the hour the clocks change (03:00–04:00).
const night: WallClockPeriodText[] = [{ start: '01:00', end: '06:00' }];
const withSundayNights = {
  ...Object.fromEntries(
    (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => [day, [{ start: '08:00', end: '12:00' }]]),
  ),
  sun: night,
};

describeOnDatabases('freeTimes.week', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);

  async function dstFixture() {
    const { db } = database();
    const fixture = scheduleFixture(db);
    const unitId = await fixture.unit();
    const visit = await fixture.serviceType(unitId, { bookingHorizonDays: 365 });
    const nurse = await fixture.resource(unitId, {}, withSundayNights);
    return { db, fixture, unitId, visit, nurse };
  }

  it('shows the week around the spring change (Easter 2027) without missing or repeated times', async () => {
    const { db, fixture, visit, nurse } = await dstFixture();
    // Easter Sunday 28 March is a holiday: an extra opening keeps the night shift.
    await fixture.exception(nurse, '2027-03-28', 'extraOpening', night);
    const caller = callerAt(db, now);

    const before = await caller.freeTimes.week({ serviceTypeId: visit.id, weekStart: '2027-03-22' });
    expect(weekFreeTimesSchema.parse(before)).toEqual(before);
    const sunday = before.freeTimes.filter((time) => time.start >= '2027-03-27T22:00:00.000Z');
    // 01:00 and 02:00 winter time, 03:00 does not exist, 04:00 and 05:00 summer time.
    expect(startsOf(sunday)).toEqual([
      '2027-03-27T23:00:00.000Z',
      '2027-03-28T00:00:00.000Z',
      '2027-03-28T01:00:00.000Z',
      '2027-03-28T02:00:00.000Z',
    ]);
    // Mon–Thu mornings (Good Friday closed) and the Sunday night.
    expect(before.freeTimes).toHaveLength(4 * 4 + 4);

    const after = await caller.freeTimes.week({ serviceTypeId: visit.id, weekStart: '2027-03-29' });
    // Easter Monday closed; Tuesday 08:00 is 05:00Z in summer time.
    expect(after.freeTimes[0]?.start).toBe('2027-03-30T05:00:00.000Z');

    // The two weeks together are exactly the fortnight: nothing lost or doubled at the week boundary.
    const fortnight = await findFreeTimes(db, {
      serviceTypes: [visit],
      from: new Date('2027-03-21T22:00:00Z'),
      until: new Date('2027-04-04T21:00:00Z'),
      now,
    });
    const weeks = [...startsOf(before.freeTimes), ...startsOf(after.freeTimes)];
    expect(weeks).toEqual(startsOf(fortnight));
    expect(new Set(weeks).size).toBe(weeks.length);
  });

  it('shows the week around the autumn change with the repeated hour offered once', async () => {
    const { db, visit } = await dstFixture();
    const caller = callerAt(db, new Date('2027-10-01T06:00:00Z'));

    const week = await caller.freeTimes.week({ serviceTypeId: visit.id, weekStart: '2027-10-25' });
    const sunday = week.freeTimes.filter((time) => time.start >= '2027-10-30T21:00:00.000Z');
    // 01:00, 02:00 and the first 03:00 in summer time; 04:00 and 05:00 in winter time.
    expect(startsOf(sunday)).toEqual([
      '2027-10-30T22:00:00.000Z',
      '2027-10-30T23:00:00.000Z',
      '2027-10-31T00:00:00.000Z',
      '2027-10-31T02:00:00.000Z',
      '2027-10-31T03:00:00.000Z',
    ]);
    expect(week.freeTimes).toHaveLength(5 * 4 + 5);
    // The week ends at Monday's midnight in winter time (22:00Z): Monday's times belong to the next one.
    expect(week.freeTimes.every((time) => time.start < '2027-10-31T22:00:00.000Z')).toBe(true);
    const next = await caller.freeTimes.week({ serviceTypeId: visit.id, weekStart: '2027-11-01' });
    expect(next.freeTimes[0]?.start).toBe('2027-11-01T06:00:00.000Z');
  });

  it('answers with the service, its unit and the free times of the chosen language', async () => {
    const { db, fixture, unitId, visit } = await dstFixture();
    const swedish = await fixture.resource(unitId, {
      titleFi: 'Sairaanhoitaja',
      titleSv: 'Sjukskötare',
      titleEn: 'Nurse',
      name: 'Karin Sjöberg',
      languages: ['sv'],
    });
    const caller = callerAt(db, now, 'sv');

    const week = await caller.freeTimes.week({
      serviceTypeId: visit.id,
      weekStart: '2027-03-08',
      language: 'sv',
    });
    expect(week.service).toMatchObject({ id: visit.id, unitId, name: { sv: 'Sjukskötarmottagning' } });
    expect(week.unit.id).toBe(unitId);
    expect(week.freeTimes).toHaveLength(5 * 4);
    expect(week.freeTimes[0]).toEqual({
      serviceTypeId: visit.id,
      unitId,
      resourceId: swedish,
      // The professional's title in every language, so the page shows the one it is read in.
      resourceName: {
        fi: 'Sairaanhoitaja Karin Sjöberg',
        sv: 'Sjukskötare Karin Sjöberg',
        en: 'Nurse Karin Sjöberg',
      },
      start: '2027-03-08T06:00:00.000Z',
      end: '2027-03-08T07:00:00.000Z',
      changeableUntil: '2027-03-07T06:00:00.000Z',
      changeableOnline: true,
    });
  });

  it('on a Thursday evening marks Friday morning’s times as no longer changeable online, with the cut-off', async () => {
    const { db, fixture, unitId } = await dstFixture();
    const visit = await fixture.serviceType(unitId, { code: 'lab-visit', cancellationCutOffHours: 24 });
    // Thursday 4 March 2027, 19:00 in Helsinki (EET).
    const thursdayEvening = new Date('2027-03-04T17:00:00Z');
    const week = await callerAt(db, thursdayEvening).freeTimes.week({
      serviceTypeId: visit.id,
      weekStart: '2027-03-01',
    });
    // Friday 08:00–11:00: each could have been changed until 24 h before, Thursday morning: gone.
    const friday = week.freeTimes.filter(({ start }) => start < '2027-03-05T22:00:00.000Z');
    expect(
      friday.map(({ start, changeableUntil, changeableOnline }) => ({
        start,
        changeableUntil,
        changeableOnline,
      })),
    ).toEqual([
      {
        start: '2027-03-05T06:00:00.000Z',
        changeableUntil: '2027-03-04T06:00:00.000Z',
        changeableOnline: false,
      },
      {
        start: '2027-03-05T07:00:00.000Z',
        changeableUntil: '2027-03-04T07:00:00.000Z',
        changeableOnline: false,
      },
      {
        start: '2027-03-05T08:00:00.000Z',
        changeableUntil: '2027-03-04T08:00:00.000Z',
        changeableOnline: false,
      },
      {
        start: '2027-03-05T09:00:00.000Z',
        changeableUntil: '2027-03-04T09:00:00.000Z',
        changeableOnline: false,
      },
    ]);
    // Sunday night's times are more than 24 h away: still changeable online once booked.
    const sunday = week.freeTimes.slice(friday.length);
    expect(sunday.length).toBeGreaterThan(0);
    expect(sunday.every(({ changeableOnline }) => changeableOnline)).toBe(true);
    const next = await callerAt(db, thursdayEvening).freeTimes.week({
      serviceTypeId: visit.id,
      weekStart: '2027-03-08',
    });
    expect(next.freeTimes[0]).toMatchObject({
      start: '2027-03-08T06:00:00.000Z',
      changeableUntil: '2027-03-07T06:00:00.000Z',
      changeableOnline: true,
    });
  });

  it('shows the times of a service residents cannot book themselves (the booking step decides)', async () => {
    const { db, fixture, unitId } = await dstFixture();
    const byRight = await fixture.serviceType(unitId, {
      code: 'memory-assessment',
      selfBookable: true,
      requiresBookingRight: true,
    });
    const staffOnly = await fixture.serviceType(unitId, { code: 'home-visit', selfBookable: false });
    const caller = callerAt(db, now);
    for (const service of [byRight, staffOnly]) {
      const week = await caller.freeTimes.week({ serviceTypeId: service.id, weekStart: '2027-03-08' });
      expect(week.freeTimes).toHaveLength(5 * 4 + 5);
    }
  });

  it('answers an unknown service type with NOT_FOUND and SERVICE_TYPE_NOT_FOUND', async () => {
    const failure = await callerAt(database().db, now)
      .freeTimes.week({ serviceTypeId: '00000000-0000-4000-8000-000000000000', weekStart: '2027-03-08' })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'NOT_FOUND', errorCode: 'SERVICE_TYPE_NOT_FOUND' });
  });
});
