import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { beforeAll, expect, it } from 'vitest';
import {
  blockedTimes,
  bookingDatabaseDefinition,
  bookings,
  loadScheduleInputs,
  resources,
  scheduleExceptions,
  scheduleTemplates,
  serviceTypes,
  units,
} from '../src/index';

const unitId = '5f0c1b7e-8a52-4c55-9e0f-0a4f7f1c2d01';
const serviceTypeId = '5f0c1b7e-8a52-4c55-9e0f-0a4f7f1c2d02';
const nurse = '5f0c1b7e-8a52-4c55-9e0f-0a4f7f1c2d03';
const other = '5f0c1b7e-8a52-4c55-9e0f-0a4f7f1c2d04';
const morning = { start: '08:00' as const, end: '12:00' as const };

// Week of Monday 8 March 2027, Helsinki UTC+2: the window is Helsinki midnight to midnight.
const window = { from: new Date('2027-03-07T22:00:00Z'), until: new Date('2027-03-14T22:00:00Z') };

function booking(resourceId: string, start: string, end: string, status: 'booked' | 'cancelled' = 'booked') {
  const cancelled = status === 'cancelled';
  return {
    unitId,
    serviceTypeId,
    resourceId,
    personSubject: 'subject',
    personGivenName: 'Testi',
    personFamilyName: 'Henkilö',
    bookedBy: 'resident' as const,
    bookedBySubject: 'subject',
    startsAt: new Date(start),
    endsAt: new Date(end),
    occupiedFrom: new Date(start),
    occupiedUntil: new Date(end),
    channel: 'onSite' as const,
    status,
    reminderChannel: 'sms' as const,
    language: 'fi' as const,
    idempotencyKey: `${resourceId}-${start}-${status}`,
    requestFingerprint: 'fingerprint',
    cancelledAt: cancelled ? new Date('2027-03-01T00:00:00Z') : null,
    cancelledBy: cancelled ? ('resident' as const) : null,
  };
}

describeOnDatabases('loadScheduleInputs', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);
  beforeAll(async () => {
    const { db } = database();
    await db.insert(units).values({
      id: unitId,
      nameFi: 'Yksikkö',
      nameSv: 'Enhet',
      nameEn: 'Unit',
      municipality: 'Oulu',
      streetAddress: 'Katu 1',
    });
    await db.insert(serviceTypes).values({
      id: serviceTypeId,
      unitId,
      code: 'nurse-appointment',
      category: 'health',
      nameFi: 'Hoitaja',
      nameSv: 'Skötare',
      nameEn: 'Nurse',
      durationMinutes: 30,
      channels: ['onSite'],
      requiredSkill: 'nurse',
    });
    await db.insert(resources).values([
      { id: nurse, unitId, kind: 'person', name: 'Hoitaja', skills: ['nurse'] },
      { id: other, unitId, kind: 'person', name: 'Toinen', skills: ['nurse'] },
    ]);
    await db.insert(scheduleTemplates).values([
      // Ended before the window: not loaded.
      { resourceId: nurse, validFrom: '2026-01-01', validUntil: '2027-03-07', workingPeriods: {} },
      { resourceId: nurse, validFrom: '2027-03-08', workingPeriods: { mon: [morning] } },
      // Starts after the window: not loaded.
      { resourceId: other, validFrom: '2027-03-15', workingPeriods: { tue: [morning] } },
    ]);
    await db.insert(scheduleExceptions).values([
      { resourceId: nurse, date: '2027-03-09', kind: 'absence', periods: null },
      {
        resourceId: nurse,
        date: '2027-03-10',
        kind: 'absence',
        periods: [morning, { start: '13:00', end: '14:00' }],
      },
      { resourceId: nurse, date: '2027-03-13', kind: 'extraOpening', periods: null },
      { resourceId: nurse, date: '2027-03-15', kind: 'absence', periods: null },
    ]);
    await db.insert(blockedTimes).values([
      {
        resourceId: nurse,
        startsAt: new Date('2027-03-07T21:00:00Z'),
        endsAt: new Date('2027-03-07T23:00:00Z'),
      },
      {
        resourceId: nurse,
        startsAt: new Date('2027-03-06T08:00:00Z'),
        endsAt: new Date('2027-03-06T09:00:00Z'),
      },
    ]);
    await db.insert(bookings).values([
      booking(nurse, '2027-03-08T06:00:00Z', '2027-03-08T06:30:00Z'),
      booking(nurse, '2027-03-08T07:00:00Z', '2027-03-08T07:30:00Z', 'cancelled'),
      // Ends exactly when the window begins: [) ranges do not overlap.
      booking(nurse, '2027-03-07T21:30:00Z', '2027-03-07T22:00:00Z'),
      booking(other, '2027-03-09T06:00:00Z', '2027-03-09T06:30:00Z'),
    ]);
  });

  it("loads a resource's templates, exceptions, blocked times and active bookings in the window", async () => {
    const inputs = await loadScheduleInputs(database().db, { resources: [nurse], ...window });
    expect(inputs.templates).toEqual([
      { resourceId: nurse, validFrom: '2027-03-08', workingPeriods: { mon: [morning] } },
    ]);
    expect(inputs.exceptions).toEqual(
      expect.arrayContaining([
        { kind: 'absence', resourceId: nurse, date: '2027-03-09' },
        { kind: 'absence', resourceId: nurse, date: '2027-03-10', period: morning },
        { kind: 'absence', resourceId: nurse, date: '2027-03-10', period: { start: '13:00', end: '14:00' } },
        { kind: 'extraOpening', resourceId: nurse, date: '2027-03-13' },
      ]),
    );
    expect(inputs.exceptions).toHaveLength(4);
    expect(inputs.blocked).toEqual([
      { resourceId: nurse, start: new Date('2027-03-07T21:00:00Z'), end: new Date('2027-03-07T23:00:00Z') },
    ]);
    expect(inputs.occupied).toEqual([
      { resourceId: nurse, start: new Date('2027-03-08T06:00:00Z'), end: new Date('2027-03-08T06:30:00Z') },
    ]);
  });

  it('loads the resources giving a service type as it loads them by id, filters included', async () => {
    const db = database().db;
    const byService = await loadScheduleInputs(db, {
      resources: { serviceTypeIds: [serviceTypeId] },
      ...window,
    });
    const byId = await loadScheduleInputs(db, { resources: [nurse, other], ...window });
    const sorted = (inputs: typeof byId) => ({
      ...inputs,
      occupied: [...inputs.occupied].sort((a, b) => a.resourceId.localeCompare(b.resourceId)),
    });
    expect(sorted(byService)).toEqual(sorted(byId));
    expect(byService.occupied).toHaveLength(2);
    const onlyOther = await loadScheduleInputs(db, {
      resources: { serviceTypeIds: [serviceTypeId], resourceIds: [other] },
      ...window,
    });
    expect(onlyOther.occupied.map((range) => range.resourceId)).toEqual([other]);
    expect(onlyOther.templates).toEqual([]);
    const swedish = await loadScheduleInputs(db, {
      resources: { serviceTypeIds: [serviceTypeId], language: 'sv' },
      ...window,
    });
    expect(swedish).toEqual({ templates: [], exceptions: [], blocked: [], occupied: [] });
  });

  it('loads several resources at once and nothing for none', async () => {
    const inputs = await loadScheduleInputs(database().db, { resources: [nurse, other], ...window });
    expect(inputs.occupied.map((range) => range.resourceId).sort()).toEqual([nurse, other].sort());
    expect(inputs.templates.map((template) => template.resourceId)).toEqual([nurse]);
    expect(await loadScheduleInputs(database().db, { resources: [], ...window })).toEqual({
      templates: [],
      exceptions: [],
      blocked: [],
      occupied: [],
    });
  });
});
