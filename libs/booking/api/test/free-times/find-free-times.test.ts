import { bookingDatabaseDefinition, bookings } from '@asiointi/booking-data';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { findFreeTimes } from '../../src/index';
import { scheduleFixture, startsOf } from './schedule-fixture';

// March 2027 before the DST change: Helsinki is UTC+2, so 08:00 on the wall clock is 06:00Z.
const now = new Date('2027-03-01T06:00:00Z');

describeOnDatabases('findFreeTimes', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);

  it('leaves out booked time with its buffers, blocked time and absences, and frees a cancelled time', async () => {
    const { db } = database();
    const fixture = scheduleFixture(db);
    const unitId = await fixture.unit();
    // 30 minutes + 15 after: a 45-minute grid from 08:00, the last at 11:00 (ends 11:45).
    const visit = await fixture.serviceType(unitId, { durationMinutes: 30, bufferAfterMinutes: 15 });
    const shortVisit = await fixture.serviceType(unitId, {
      code: 'short-visit',
      durationMinutes: 15,
      bufferAfterMinutes: 30,
    });
    const nurse = await fixture.resource(unitId);
    // Tue 9 March: another service's 09:00–09:15 visit occupies 09:00–09:45 with its buffer, so the 08:45
    // time and, through the buffer only, the 09:30 time are taken; 10:15–11:00 is blocked.
    await fixture.book(shortVisit, nurse, '2027-03-09T07:00:00Z');
    await fixture.block(nurse, '2027-03-09T08:15:00Z', '2027-03-09T09:00:00Z');
    // Wed 10 March off 08:00–10:00: the grid restarts at 10:00. Thu 11 March off all day.
    await fixture.exception(nurse, '2027-03-10', 'absence', [{ start: '08:00', end: '10:00' }]);
    await fixture.exception(nurse, '2027-03-11', 'absence');
    const fridayBooking = await fixture.book(visit, nurse, '2027-03-12T06:45:00Z');

    const search = {
      serviceTypes: [visit],
      from: new Date('2027-03-08T22:00:00Z'),
      until: new Date('2027-03-12T22:00:00Z'),
      now,
    };
    const tuesdayAndWednesday = [
      '2027-03-09T06:00:00.000Z',
      '2027-03-09T09:00:00.000Z',
      '2027-03-10T08:00:00.000Z',
      '2027-03-10T08:45:00.000Z',
    ];
    const found = await findFreeTimes(db, search);
    expect(startsOf(found)).toEqual([
      ...tuesdayAndWednesday,
      '2027-03-12T06:00:00.000Z',
      '2027-03-12T07:30:00.000Z',
      '2027-03-12T08:15:00.000Z',
      '2027-03-12T09:00:00.000Z',
    ]);
    expect(found[0]).toEqual({
      serviceTypeId: visit.id,
      unitId,
      resourceId: nurse,
      resourceName: { fi: 'Hoitaja', sv: 'Hoitaja', en: 'Hoitaja' },
      start: new Date('2027-03-09T06:00:00Z'),
      end: new Date('2027-03-09T06:30:00Z'),
      occupied: { start: new Date('2027-03-09T06:00:00Z'), end: new Date('2027-03-09T06:45:00Z') },
    });

    await db
      .update(bookings)
      .set({ status: 'cancelled', cancelledAt: now, cancelledBy: 'resident' })
      .where(eq(bookings.id, fridayBooking));
    expect(startsOf(await findFreeTimes(db, search))).toEqual([
      ...tuesdayAndWednesday,
      '2027-03-12T06:00:00.000Z',
      '2027-03-12T06:45:00.000Z',
      '2027-03-12T07:30:00.000Z',
      '2027-03-12T08:15:00.000Z',
      '2027-03-12T09:00:00.000Z',
    ]);
  });

  it('closes public holidays unless an extra opening opens them', async () => {
    const { db } = database();
    const fixture = scheduleFixture(db);
    const unitId = await fixture.unit();
    const visit = await fixture.serviceType(unitId);
    const nurse = await fixture.resource(unitId, { name: 'A' });
    const onCall = await fixture.resource(unitId, { name: 'B' });
    // Good Friday 26 March 2027; Easter Monday 29 March; clocks go forward on Easter Sunday.
    await fixture.exception(onCall, '2027-03-26', 'extraOpening');

    const found = await findFreeTimes(db, {
      serviceTypes: [visit],
      from: new Date('2027-03-25T22:00:00Z'),
      until: new Date('2027-03-30T21:00:00Z'),
      now,
    });
    expect(found.map((time) => [time.resourceId, time.start.toISOString()])).toEqual([
      ...['06:00', '07:00', '08:00', '09:00'].map((utc) => [onCall, `2027-03-26T${utc}:00.000Z`]),
      // Tuesday 30 March, summer time: 08:00 is 05:00Z.
      ...['05:00', '06:00', '07:00', '08:00'].flatMap((utc) =>
        [nurse, onCall].sort().map((resourceId) => [resourceId, `2027-03-30T${utc}:00.000Z`]),
      ),
    ]);
  });

  it('offers only resources that speak the language asked for, and only those asked for', async () => {
    const { db } = database();
    const fixture = scheduleFixture(db);
    const unitId = await fixture.unit();
    const visit = await fixture.serviceType(unitId);
    const finnish = await fixture.resource(unitId, { languages: ['fi'] });
    const bilingual = await fixture.resource(unitId, { languages: ['fi', 'sv'] });
    const search = {
      serviceTypes: [visit],
      from: new Date('2027-03-08T22:00:00Z'),
      until: new Date('2027-03-09T22:00:00Z'),
      now,
    };

    const all = await findFreeTimes(db, search);
    expect(new Set(all.map((time) => time.resourceId))).toEqual(new Set([finnish, bilingual]));
    expect(all).toHaveLength(8);

    const swedish = await findFreeTimes(db, { ...search, language: 'sv' });
    expect(swedish).toHaveLength(4);
    expect(swedish.every((time) => time.resourceId === bilingual)).toBe(true);

    expect(await findFreeTimes(db, { ...search, language: 'en' })).toEqual([]);
    const chosen = await findFreeTimes(db, { ...search, resourceIds: [finnish] });
    expect(chosen.map((time) => time.resourceId)).toEqual([finnish, finnish, finnish, finnish]);
    expect(await findFreeTimes(db, { ...search, resourceIds: [] })).toEqual([]);
  });

  it('cuts at the horizon and never offers a time that has begun', async () => {
    const { db } = database();
    const fixture = scheduleFixture(db);
    const unitId = await fixture.unit();
    const visit = await fixture.serviceType(unitId, { bookingHorizonDays: 2 });
    await fixture.resource(unitId);

    // Monday 8 March at 09:30: today's 08:00 and 09:00 have begun; the horizon ends when Thursday begins.
    const found = await findFreeTimes(db, {
      serviceTypes: [visit],
      from: new Date('2027-03-07T22:00:00Z'),
      until: new Date('2027-03-14T22:00:00Z'),
      now: new Date('2027-03-08T07:30:00Z'),
    });
    expect(startsOf(found)).toEqual([
      '2027-03-08T08:00:00.000Z',
      '2027-03-08T09:00:00.000Z',
      ...['09', '10'].flatMap((day) =>
        ['06', '07', '08', '09'].map((hour) => `2027-03-${day}T${hour}:00:00.000Z`),
      ),
    ]);
  });

  it("gives each service type its own unit's active resources with the required skill", async () => {
    const { db } = database();
    const fixture = scheduleFixture(db);
    const unitId = await fixture.unit();
    const otherUnitId = await fixture.unit();
    const visit = await fixture.serviceType(unitId);
    const vaccination = await fixture.serviceType(unitId, {
      code: 'flu-vaccination',
      requiredSkill: 'vaccinator',
      durationMinutes: 120,
    });
    const both = await fixture.resource(unitId, { name: 'Both', skills: ['nurse', 'vaccinator'] });
    await fixture.resource(unitId, { name: 'Inactive', active: false });
    await fixture.resource(unitId, { name: 'Doctor', skills: ['doctor'] });
    await fixture.resource(otherUnitId, { name: 'Elsewhere' });
    await fixture.resource(unitId, { name: 'No schedule' }, null);

    const found = await findFreeTimes(db, {
      serviceTypes: [visit, vaccination],
      from: new Date('2027-03-08T22:00:00Z'),
      until: new Date('2027-03-09T22:00:00Z'),
      now,
    });
    expect(found.every((time) => time.resourceId === both && time.unitId === unitId)).toBe(true);
    // At one start the order between the two types is by id: compare as sorted lists.
    const kindOf = (id: string) => (id === visit.id ? 'visit' : 'vaccination');
    expect(found.map((time) => `${time.start.toISOString()} ${kindOf(time.serviceTypeId)}`).sort()).toEqual(
      [
        ['06', 'vaccination'],
        ['06', 'visit'],
        ['07', 'visit'],
        ['08', 'vaccination'],
        ['08', 'visit'],
        ['09', 'visit'],
      ].map(([hour, kind]) => `2027-03-09T${hour}:00:00.000Z ${kind}`),
    );
    expect(startsOf(found)).toEqual([...startsOf(found)].sort());
  });
});
