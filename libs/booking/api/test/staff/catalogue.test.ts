// Resources and service types as staff maintain them: who may, what is refused, and that a refusal or a bad
// input writes nothing (no row, no audit row).
import { listedResourceSchema, serviceTypeSchema } from '@asiointi/booking-contract';
import { auditLog, demoResourceIds, demoUnitIds, resources, serviceTypes } from '@asiointi/booking-data';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { count, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { useIdentityProvider } from '../support/identity-provider';
import { useStaffBookingService } from './staff-service';

const newResource = {
  unitId: demoUnitIds.kuusamo,
  kind: 'person',
  title: { fi: 'Fysioterapeutti', sv: 'Fysioterapeut', en: 'Physiotherapist' },
  name: 'Outi Pesonen',
  skills: ['physiotherapist'],
  languages: ['fi', 'sv'],
  active: true,
};

const newServiceType = {
  unitId: demoUnitIds.kuusamo,
  code: 'physiotherapy',
  category: 'rehabilitation',
  name: { fi: 'Fysioterapeutin vastaanotto', sv: 'Fysioterapeutmottagning', en: 'Physiotherapy appointment' },
  durationMinutes: 45,
  channels: ['onSite', 'video'],
  selfBookable: true,
  requiresBookingRight: false,
  cancellationCutOffHours: 24,
  bookingHorizonDays: 60,
  sensitive: false,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 5,
  requiredSkill: 'physiotherapist',
  careGuarantee: { limitDays: 90, ageRules: [{ maxAgeExclusive: 23, limitDays: 14 }] },
};

describeOnDatabases('staff catalogue: resources and service types', (engine) => {
  const identity = useIdentityProvider();
  const booking = useStaffBookingService(engine, identity);

  async function rowCounts() {
    const [resourceCount] = await booking.db().select({ n: count() }).from(resources);
    const [serviceCount] = await booking.db().select({ n: count() }).from(serviceTypes);
    return { resources: resourceCount?.n, services: serviceCount?.n, audit: await booking.auditRows() };
  }

  it('lists a unit’s resources to its staff only', async () => {
    const list = await booking.call('nurseSari', 'resources.list', { unitId: demoUnitIds.kaijonharju });
    expect(list.status, list.text).toBe(200);
    const resourcesOfUnit = (list.data as unknown[]).map((entry) => listedResourceSchema.parse(entry));
    expect(resourcesOfUnit.map((resource) => resource.id).sort()).toEqual(
      [
        demoResourceIds.kaijonharjuNurse,
        demoResourceIds.kaijonharjuPhysician,
        demoResourceIds.kaijonharjuSocialWorker,
        demoResourceIds.kaijonharjuLaboratory,
      ].sort(),
    );
    expect((await booking.call('nurseSari', 'resources.list', { unitId: demoUnitIds.kuusamo })).code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await booking.call('englishSpeakerEmily', 'resources.list', { unitId: demoUnitIds.kaijonharju })).code,
    ).toBe('FORBIDDEN');
  });

  it('creates and updates a resource, audited as a catalogue change without a person', async () => {
    const before = await booking.auditRows();
    const created = await booking.call('bookingAdminLiisa', 'resources.save', newResource, true);
    expect(created.status, created.text).toBe(200);
    const resource = listedResourceSchema.parse(created.data);
    expect(resource).toMatchObject(newResource);
    // Staff and residents see the title in their language before the name.
    expect(resource.displayName).toEqual({
      fi: 'Fysioterapeutti Outi Pesonen',
      sv: 'Fysioterapeut Outi Pesonen',
      en: 'Physiotherapist Outi Pesonen',
    });

    const updated = await booking.call(
      'bookingAdminLiisa',
      'resources.save',
      { ...newResource, id: resource.id, active: false, languages: ['fi'] },
      true,
    );
    expect(updated.data).toMatchObject({ id: resource.id, active: false, languages: ['fi'] });
    // A remote from before titles (cached in a browser during a rollout) leaves the title out: it stays.
    const { title: _title, ...withoutTitle } = newResource;
    const fromOlderRemote = await booking.call(
      'bookingAdminLiisa',
      'resources.save',
      { ...withoutTitle, id: resource.id, active: false, languages: ['fi'] },
      true,
    );
    expect(fromOlderRemote.data).toMatchObject({ id: resource.id, title: newResource.title });

    const rows = await booking.db().select().from(auditLog).where(eq(auditLog.resourceId, resource.id));
    expect(rows.map((row) => [row.action, row.resourceType, row.subjectPerson])).toEqual([
      ['create', 'resource', null],
      ['update', 'resource', null],
      ['update', 'resource', null],
    ]);
    expect(await booking.auditRows()).toBe(before + 3);
  });

  it('keeps a resource in its unit and refuses others’ units and other roles, writing nothing', async () => {
    const before = await rowCounts();
    // Liisa administers Kuusamo, but the resource is Kaijonharju's: no such resource in Kuusamo.
    const moved = await booking.call(
      'bookingAdminLiisa',
      'resources.save',
      { ...newResource, id: demoResourceIds.kaijonharjuNurse },
      true,
    );
    expect(moved.code).toBe('RESOURCE_NOT_FOUND');
    const otherUnit = await booking.call(
      'bookingAdminLiisa',
      'resources.save',
      { ...newResource, unitId: demoUnitIds.tuira },
      true,
    );
    expect(otherUnit.code).toBe('FORBIDDEN');
    const nurse = await booking.call(
      'nurseSari',
      'resources.save',
      { ...newResource, unitId: demoUnitIds.kaijonharju },
      true,
    );
    expect(nurse.code).toBe('FORBIDDEN');
    const badInput = await booking.call(
      'bookingAdminLiisa',
      'resources.save',
      { ...newResource, languages: [] },
      true,
    );
    expect([badInput.status, badInput.code]).toEqual([400, 'VALIDATION_FAILED']);
    // Skills come from the managed list, and a title is given in every language or not at all.
    for (const refused of [
      { ...newResource, skills: ['physio'] },
      { ...newResource, title: { fi: 'Fysioterapeutti', sv: '', en: 'Physiotherapist' } },
      { ...newResource, title: { fi: 'F'.repeat(101), sv: 'F', en: 'F' } },
    ]) {
      const answer = await booking.call('bookingAdminLiisa', 'resources.save', refused, true);
      expect([answer.status, answer.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('names a resource without a title by its name alone', async () => {
    const { title: _title, ...untitled } = newResource;
    const created = await booking.call(
      'bookingAdminLiisa',
      'resources.save',
      { ...untitled, name: 'Kuntosali' },
      true,
    );
    expect(created.status, created.text).toBe(200);
    expect(created.data).toMatchObject({
      title: null,
      displayName: { fi: 'Kuntosali', sv: 'Kuntosali', en: 'Kuntosali' },
    });
  });

  it('lists a unit’s service types with everything staff maintain', async () => {
    const list = await booking.call('bookingAdminLiisa', 'serviceTypes.list', {
      unitId: demoUnitIds.kuusamo,
    });
    const types = (list.data as unknown[]).map((entry) => serviceTypeSchema.parse(entry));
    expect(types.map((type) => type.code)).toEqual([
      'blood-sample',
      'mental-health-counselling',
      'nurse-appointment',
      'social-counselling',
    ]);
    expect(types.find((type) => type.code === 'mental-health-counselling')).toMatchObject({
      sensitive: true,
      requiredSkill: 'mental-health',
      bufferAfterMinutes: 15,
      careGuarantee: { limitDays: 90 },
    });
    expect(
      (await booking.call('englishSpeakerEmily', 'serviceTypes.list', { unitId: demoUnitIds.kuusamo })).code,
    ).toBe('FORBIDDEN');
  });

  it('creates and updates a service type; a code already in the unit is SERVICE_CODE_TAKEN', async () => {
    const created = await booking.call('bookingAdminLiisa', 'serviceTypes.save', newServiceType, true);
    expect(created.status, created.text).toBe(200);
    const serviceType = serviceTypeSchema.parse(created.data);
    expect(serviceType).toMatchObject(newServiceType);

    const updated = await booking.call(
      'bookingAdminLiisa',
      'serviceTypes.save',
      { ...newServiceType, id: serviceType.id, durationMinutes: 30, careGuarantee: null },
      true,
    );
    expect(updated.data).toMatchObject({ id: serviceType.id, durationMinutes: 30, careGuarantee: null });

    const before = await rowCounts();
    const again = await booking.call('bookingAdminLiisa', 'serviceTypes.save', newServiceType, true);
    expect([again.status, again.code]).toEqual([409, 'SERVICE_CODE_TAKEN']);
    const renamed = await booking.call(
      'bookingAdminLiisa',
      'serviceTypes.save',
      { ...newServiceType, id: serviceType.id, code: 'nurse-appointment' },
      true,
    );
    expect(renamed.code).toBe('SERVICE_CODE_TAKEN');
    const badInput = await booking.call(
      'bookingAdminLiisa',
      'serviceTypes.save',
      { ...newServiceType, durationMinutes: 3 },
      true,
    );
    expect([badInput.status, badInput.code]).toEqual([400, 'VALIDATION_FAILED']);
    // A skill off the managed list would leave the service without resources: refused.
    const unknownSkill = await booking.call(
      'bookingAdminLiisa',
      'serviceTypes.save',
      { ...newServiceType, code: 'new-code', requiredSkill: 'physio' },
      true,
    );
    expect([unknownSkill.status, unknownSkill.code]).toEqual([400, 'VALIDATION_FAILED']);
    const otherUnit = await booking.call(
      'bookingAdminLiisa',
      'serviceTypes.save',
      { ...newServiceType, unitId: demoUnitIds.tuira, code: 'new-code' },
      true,
    );
    expect(otherUnit.code).toBe('FORBIDDEN');
    expect(await rowCounts()).toEqual(before);
  });

  it('keeps a service’s cancellation and no-show terms in three languages, bounded, shown to residents', async () => {
    const terms = {
      fi: 'Peruuttamaton käynti maksaa 51,50 euroa.',
      sv: 'Ett besök som inte avbokats kostar 51,50 euro.',
      en: 'A visit not cancelled costs 51.50 euros.',
    };
    const input = { ...newServiceType, code: 'physio-terms', cancellationTerms: terms };
    const created = await booking.call('bookingAdminLiisa', 'serviceTypes.save', input, true);
    expect(created.status, created.text).toBe(200);
    const serviceType = serviceTypeSchema.parse(created.data);
    expect(serviceType.cancellationTerms).toEqual(terms);
    const week = await booking.call('englishSpeakerEmily', 'freeTimes.week', {
      serviceTypeId: serviceType.id,
      weekStart: '2027-03-22',
    });
    expect(week.status, week.text).toBe(200);
    expect((week.data as { service: { cancellationTerms: unknown } }).service.cancellationTerms).toEqual(
      terms,
    );

    const before = await rowCounts();
    for (const cancellationTerms of [
      { ...terms, en: 'x'.repeat(1001) },
      { ...terms, sv: '   ' },
      { fi: terms.fi },
    ]) {
      const refused = await booking.call(
        'bookingAdminLiisa',
        'serviceTypes.save',
        { ...input, id: serviceType.id, cancellationTerms },
        true,
      );
      expect([refused.status, refused.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect(await rowCounts()).toEqual(before);

    // A remote from before the terms leaves them out: they stay; null clears them.
    const { cancellationTerms: _terms, ...withoutTerms } = input;
    const fromOlderRemote = await booking.call(
      'bookingAdminLiisa',
      'serviceTypes.save',
      { ...withoutTerms, id: serviceType.id },
      true,
    );
    expect(serviceTypeSchema.parse(fromOlderRemote.data).cancellationTerms).toEqual(terms);

    const cleared = await booking.call(
      'bookingAdminLiisa',
      'serviceTypes.save',
      { ...input, id: serviceType.id, cancellationTerms: null },
      true,
    );
    expect(serviceTypeSchema.parse(cleared.data).cancellationTerms).toBeNull();
  });

  it('lets a unit’s booking administrator update its contact details, and no one else', async () => {
    const contact = {
      id: demoUnitIds.kuusamo,
      phone: '+358 8 5584 4999',
      openingHours: { mon: [{ start: '09:00', end: '15:00' }], sat: [] },
      accessibility: { fi: 'Sisäänkäynti B', sv: 'Ingång B', en: 'Entrance B' },
    };
    const updated = await booking.call('bookingAdminLiisa', 'units.update', contact, true);
    expect(updated.status, updated.text).toBe(200);
    expect(updated.data).toMatchObject({ ...contact, name: { fi: 'Kuusamon sosiaali- ja terveysasema' } });
    const [audit] = await booking
      .db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.resourceId, demoUnitIds.kuusamo));
    expect(audit).toMatchObject({ action: 'update', resourceType: 'unit', subjectPerson: null });

    const before = await booking.auditRows();
    const tuira = { ...contact, id: demoUnitIds.tuira };
    expect((await booking.call('bookingAdminLiisa', 'units.update', tuira, true)).code).toBe('FORBIDDEN');
    expect((await booking.call('nurseNorthTuomas', 'units.update', contact, true)).code).toBe('FORBIDDEN');
    const renamed = { ...contact, name: { fi: 'Uusi', sv: 'Ny', en: 'New' } };
    expect((await booking.call('bookingAdminLiisa', 'units.update', renamed, true)).code).toBe(
      'VALIDATION_FAILED',
    );
    expect(await booking.auditRows()).toBe(before);
  });

  it('still opens and closes self-booking as before', async () => {
    const [nurse] = await booking
      .db()
      .select()
      .from(serviceTypes)
      .where(eq(serviceTypes.unitId, demoUnitIds.kuusamo));
    const result = await booking.call(
      'bookingAdminLiisa',
      'serviceTypes.setSelfBookable',
      { serviceTypeId: nurse?.id, selfBookable: false },
      true,
    );
    expect(result.data).toMatchObject({ id: nurse?.id, selfBookable: false });
  });
});
