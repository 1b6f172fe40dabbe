// The staff catalogue's queries against the real constraints: the database, not the code, refuses an
// overlapping template or a second service with the same code, and the errors are recognised as such.
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { beforeAll, expect, it } from 'vitest';
import {
  bookingDatabaseDefinition,
  demoResourceIds,
  demoScheduleTemplateIdOf,
  demoUnitIds,
  findScheduleEntryOwner,
  insertScheduleTemplate,
  insertServiceType,
  isScheduleOverlap,
  isServiceCodeTaken,
  listResourcesOfUnit,
  listServiceTypesOfUnit,
  listUsableBookingRightsOfPerson,
  insertAssessedBookingRight,
  removeScheduleEntry,
  seedBookingDemoData,
  updateResource,
} from '../src/index';

async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
  return work().then(
    () => undefined,
    (error: unknown) => error,
  );
}

describeOnDatabases('staff catalogue queries', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);
  beforeAll(async () => {
    await seedBookingDemoData(database().db);
  });

  it('recognises an overlapping template by the exclusion constraint', async () => {
    const overlap = await failureOf(() =>
      insertScheduleTemplate(database().db, {
        id: crypto.randomUUID(),
        resourceId: demoResourceIds.tuiraDentist,
        validFrom: '2030-01-01',
        validUntil: null,
        workingPeriods: {},
      }),
    );
    expect(isScheduleOverlap(overlap)).toBe(true);
    expect(isServiceCodeTaken(overlap)).toBe(false);
  });

  it('recognises a service code already in the unit by the unique index', async () => {
    const [existing] = await listServiceTypesOfUnit(database().db, demoUnitIds.tuira);
    const { id: _id, createdAt: _createdAt, ...copy } = existing!;
    const taken = await failureOf(() =>
      insertServiceType(database().db, { ...copy, id: crypto.randomUUID() }),
    );
    expect(isServiceCodeTaken(taken)).toBe(true);
    expect(isScheduleOverlap(taken)).toBe(false);
    expect(isServiceCodeTaken(new Error('something else'))).toBe(false);
  });

  it('updates a resource only in its own unit', async () => {
    const [resource] = await listResourcesOfUnit(database().db, demoUnitIds.tuira);
    const values = {
      kind: resource!.kind,
      titleFi: 'Hammaslääkäri',
      titleSv: 'Tandläkare',
      titleEn: 'Dentist',
      name: 'Renamed',
      skills: [],
      languages: ['fi' as const],
      active: true,
    };
    expect(
      await updateResource(database().db, { id: resource!.id, unitId: demoUnitIds.raahe }, values),
    ).toBeUndefined();
    expect(
      await updateResource(database().db, { id: resource!.id, unitId: demoUnitIds.tuira }, values),
    ).toMatchObject({
      titleSv: 'Tandläkare',
      name: 'Renamed',
    });
  });

  it('finds a schedule entry’s unit and removes it only with its own resource', async () => {
    const entry = { kind: 'template' as const, id: demoScheduleTemplateIdOf(demoResourceIds.raaheNurse) };
    expect(await findScheduleEntryOwner(database().db, entry)).toEqual({
      resourceId: demoResourceIds.raaheNurse,
      unitId: demoUnitIds.raahe,
    });
    expect(
      await removeScheduleEntry(database().db, { ...entry, resourceId: demoResourceIds.tuiraDentist }),
    ).toBe(false);
    expect(
      await removeScheduleEntry(database().db, { ...entry, resourceId: demoResourceIds.raaheNurse }),
    ).toBe(true);
    expect(await findScheduleEntryOwner(database().db, entry)).toBeUndefined();
  });

  it('lists a person’s usable rights with the service’s name', async () => {
    const terms = {
      unitId: demoUnitIds.raahe,
      serviceCode: 'physiotherapy',
      validFrom: '2027-01-01',
      usesAllowed: 1,
      grantedBySubject: 'nurse',
      personSubject: 'person-1',
      needAssessedAt: new Date('2027-01-01T08:00:00Z'),
    };
    await insertAssessedBookingRight(database().db, {
      ...terms,
      id: crypto.randomUUID(),
      validUntil: '2027-03-31',
    });
    await insertAssessedBookingRight(database().db, {
      ...terms,
      id: crypto.randomUUID(),
      validUntil: '2027-02-28',
    });
    const usable = await listUsableBookingRightsOfPerson(database().db, {
      personSubject: 'person-1',
      today: '2027-03-01',
    });
    expect(usable.map((row) => [row.right.validUntil, row.service?.nameEn])).toEqual([
      ['2027-03-31', 'Physiotherapy appointment'],
    ]);
  });
});
