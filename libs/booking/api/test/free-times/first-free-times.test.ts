import { randomUUID } from 'node:crypto';
import { firstFreeTimeSchema } from '@asiointi/booking-contract';
import { bookingDatabaseDefinition } from '@asiointi/booking-data';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { expect, it } from 'vitest';
import { callerAt, scheduleFixture } from './schedule-fixture';

// Monday 8 March 2027 at 08:30 in Helsinki (UTC+2).
const now = new Date('2027-03-08T06:30:00Z');

describeOnDatabases('freeTimes.first', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);

  it('answers the earliest free time in each unit, earliest first, with its filters', async () => {
    const { db } = database();
    const fixture = scheduleFixture(db);
    // A code of this test only: other tests in this database offer services too.
    const code = `first-${randomUUID().slice(0, 8)}`;

    // A: free from 09:00 today. B: today's remaining times booked, so Tuesday 08:00.
    const unitA = await fixture.unit({ municipality: 'Oulu' });
    const serviceA = await fixture.serviceType(unitA, { code });
    await fixture.resource(unitA);
    const unitB = await fixture.unit({ municipality: 'Oulu' });
    const serviceB = await fixture.serviceType(unitB, { code });
    const nurseB = await fixture.resource(unitB);
    for (const hour of ['07', '08', '09']) await fixture.book(serviceB, nurseB, `2027-03-08T${hour}:00:00Z`);
    // C (Raahe, in Swedish): works 10:00–12:00 only, so 10:00 today.
    const unitC = await fixture.unit({ municipality: 'Raahe' });
    const serviceC = await fixture.serviceType(unitC, { code });
    await fixture.resource(
      unitC,
      { languages: ['sv'] },
      { mon: [{ start: '10:00', end: '12:00' }], tue: [{ start: '10:00', end: '12:00' }] },
    );
    // D (by phone only): away Monday and Tuesday, so Wednesday 08:00.
    const unitD = await fixture.unit({ municipality: 'Oulu' });
    const serviceD = await fixture.serviceType(unitD, { code, channels: ['phone'] });
    const nurseD = await fixture.resource(unitD);
    await fixture.exception(nurseD, '2027-03-08', 'absence');
    await fixture.exception(nurseD, '2027-03-09', 'absence');
    // E: nobody gives the service yet.
    const unitE = await fixture.unit({ municipality: 'Oulu' });
    await fixture.serviceType(unitE, { code });

    const caller = callerAt(db, now);
    const first = await caller.freeTimes.first({ serviceCode: code });
    expect(first.map((entry) => firstFreeTimeSchema.parse(entry))).toEqual(first);
    expect(first.map((entry) => [entry.unit.id, entry.service.id, entry.freeTime.start])).toEqual([
      [unitA, serviceA.id, '2027-03-08T07:00:00.000Z'],
      [unitC, serviceC.id, '2027-03-08T08:00:00.000Z'],
      [unitB, serviceB.id, '2027-03-09T06:00:00.000Z'],
      [unitD, serviceD.id, '2027-03-10T06:00:00.000Z'],
    ]);
    expect(first[0]?.freeTime).toMatchObject({ serviceTypeId: serviceA.id, unitId: unitA });

    const unitsOf = async (input: Omit<Parameters<typeof caller.freeTimes.first>[0], 'serviceCode'>) =>
      (await caller.freeTimes.first({ serviceCode: code, ...input })).map((entry) => entry.unit.id);
    expect(await unitsOf({ limit: 2 })).toEqual([unitA, unitC]);
    expect(await unitsOf({ days: 1 })).toEqual([unitA, unitC, unitB]);
    expect(await unitsOf({ municipality: 'Raahe' })).toEqual([unitC]);
    expect(await unitsOf({ language: 'sv' })).toEqual([unitC]);
    expect(await unitsOf({ channel: 'phone' })).toEqual([unitD]);
    expect(await unitsOf({ unitId: unitB })).toEqual([unitB]);
    expect(await caller.freeTimes.first({ serviceCode: 'no-such-service' })).toEqual([]);
  });
});
