import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { beforeAll, expect, it } from 'vitest';
import {
  bookingDatabaseDefinition,
  findQualifiedResources,
  findServiceTypeWithUnit,
  listServiceTypesByCode,
  resources,
  searchServiceOfferings,
  serviceTypes,
  units,
} from '../src/index';

const oulu = '7a4e2d10-3b6c-4f8e-9d21-5c0b8e6f1a01';
const raahe = '7a4e2d10-3b6c-4f8e-9d21-5c0b8e6f1a02';
const ouluNurse = '7a4e2d10-3b6c-4f8e-9d21-5c0b8e6f1a11';
const ouluLab = '7a4e2d10-3b6c-4f8e-9d21-5c0b8e6f1a12';
const raaheNurse = '7a4e2d10-3b6c-4f8e-9d21-5c0b8e6f1a13';
const anna = '7a4e2d10-3b6c-4f8e-9d21-5c0b8e6f1a21';
const berit = '7a4e2d10-3b6c-4f8e-9d21-5c0b8e6f1a22';
const retired = '7a4e2d10-3b6c-4f8e-9d21-5c0b8e6f1a23';
const raili = '7a4e2d10-3b6c-4f8e-9d21-5c0b8e6f1a24';

const service = {
  category: 'health' as const,
  nameFi: 'Sairaanhoitaja',
  nameSv: 'Sjukskötare',
  nameEn: 'Nurse',
  durationMinutes: 30,
  requiredSkill: 'nurse',
};

describeOnDatabases('catalogue queries', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);
  beforeAll(async () => {
    const { db } = database();
    const unit = { nameSv: 'Enhet', nameEn: 'Unit', streetAddress: 'Katu 1' };
    await db.insert(units).values([
      { ...unit, id: oulu, nameFi: 'Oulun asema', municipality: 'Oulu' },
      { ...unit, id: raahe, nameFi: 'Raahen asema', municipality: 'Raahe' },
    ]);
    await db.insert(serviceTypes).values([
      { ...service, id: ouluNurse, unitId: oulu, code: 'nurse-appointment', channels: ['onSite', 'phone'] },
      {
        ...service,
        id: ouluLab,
        unitId: oulu,
        code: 'blood-sample',
        category: 'laboratory',
        channels: ['onSite'],
        requiredSkill: 'laboratory',
      },
      { ...service, id: raaheNurse, unitId: raahe, code: 'nurse-appointment', channels: ['onSite'] },
    ]);
    await db.insert(resources).values([
      { id: anna, unitId: oulu, kind: 'person', name: 'Anna', skills: ['nurse'], languages: ['fi'] },
      {
        id: berit,
        unitId: oulu,
        kind: 'person',
        name: 'Berit',
        skills: ['nurse', 'x'],
        languages: ['sv', 'fi'],
      },
      {
        id: retired,
        unitId: oulu,
        kind: 'person',
        name: 'Eläkkeellä',
        skills: ['nurse'],
        languages: ['en'],
        active: false,
      },
      { id: raili, unitId: raahe, kind: 'person', name: 'Raili', skills: ['nurse'], languages: ['en', 'fi'] },
    ]);
  });

  it("finds each service type's active resources of its own unit with the required skill", async () => {
    const { db } = database();
    const pairs = async (query: Parameters<typeof findQualifiedResources>[1]) =>
      (await findQualifiedResources(db, query)).map((row) => `${row.serviceTypeId}/${row.resourceId}`).sort();
    expect(await pairs({ serviceTypeIds: [ouluNurse, raaheNurse, ouluLab] })).toEqual(
      [`${ouluNurse}/${anna}`, `${ouluNurse}/${berit}`, `${raaheNurse}/${raili}`].sort(),
    );
    expect(await pairs({ serviceTypeIds: [ouluNurse, raaheNurse], language: 'sv' })).toEqual([
      `${ouluNurse}/${berit}`,
    ]);
    expect(await pairs({ serviceTypeIds: [ouluNurse, raaheNurse], resourceIds: [anna, raili] })).toEqual(
      [`${ouluNurse}/${anna}`, `${raaheNurse}/${raili}`].sort(),
    );
    expect(await pairs({ serviceTypeIds: [] })).toEqual([]);
    const [row] = await findQualifiedResources(db, { serviceTypeIds: [raaheNurse] });
    expect(row).toEqual({
      serviceTypeId: raaheNurse,
      resourceId: raili,
      unitId: raahe,
      // No title given: the name alone names her.
      titleFi: null,
      titleSv: null,
      titleEn: null,
      name: 'Raili',
      languages: ['en', 'fi'],
    });
  });

  it('lists the service types of a code with their units, by municipality, unit or channel', async () => {
    const { db } = database();
    const idsOf = async (query: Parameters<typeof listServiceTypesByCode>[1]) =>
      (await listServiceTypesByCode(db, query)).map((row) => row.service.id);
    expect(await idsOf({ code: 'nurse-appointment' })).toEqual([ouluNurse, raaheNurse]);
    expect(await idsOf({ code: 'nurse-appointment', municipality: 'Raahe' })).toEqual([raaheNurse]);
    expect(await idsOf({ code: 'nurse-appointment', unitId: oulu })).toEqual([ouluNurse]);
    expect(await idsOf({ code: 'nurse-appointment', channel: 'phone' })).toEqual([ouluNurse]);
    expect(await idsOf({ code: 'no-such-code' })).toEqual([]);
    const [first] = await listServiceTypesByCode(db, { code: 'nurse-appointment' });
    expect(first?.unit).toMatchObject({ id: oulu, municipality: 'Oulu' });
    expect(first?.service.channels).toEqual(['onSite', 'phone']);
  });

  it('finds one service type with its unit', async () => {
    const found = await findServiceTypeWithUnit(database().db, raaheNurse);
    expect(found?.service.id).toBe(raaheNurse);
    expect(found?.unit.id).toBe(raahe);
    expect(await findServiceTypeWithUnit(database().db, '00000000-0000-4000-8000-000000000000')).toBe(
      undefined,
    );
  });

  it('searches offerings with the languages of their qualified resources, in fi–sv–en order', async () => {
    const { db } = database();
    const offerings = await searchServiceOfferings(db, {});
    expect(offerings.map((row) => [row.service.id, row.languages])).toEqual([
      [ouluLab, []],
      [ouluNurse, ['fi', 'sv']],
      [raaheNurse, ['fi', 'en']],
    ]);
    expect(offerings[0]?.unit.id).toBe(oulu);
    const ids = async (filters: Parameters<typeof searchServiceOfferings>[1]) =>
      (await searchServiceOfferings(db, filters)).map((row) => row.service.id);
    expect(await ids({ category: 'laboratory' })).toEqual([ouluLab]);
    expect(await ids({ municipality: 'Raahe' })).toEqual([raaheNurse]);
    expect(await ids({ unitId: oulu })).toEqual([ouluLab, ouluNurse]);
    expect(await ids({ channel: 'phone' })).toEqual([ouluNurse]);
    expect(await ids({ language: 'en' })).toEqual([raaheNurse]);
  });
});
