import { randomUUID } from 'node:crypto';
import { serviceOfferingSchema, type ServiceOffering } from '@asiointi/booking-contract';
import { bookingDatabaseDefinition } from '@asiointi/booking-data';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { beforeAll, expect, it } from 'vitest';
import { callerAt, scheduleFixture } from './schedule-fixture';

const now = new Date('2027-03-01T06:00:00Z');

describeOnDatabases('catalogue.search', (engine) => {
  const database = engine.useDatabase(bookingDatabaseDefinition);
  // A municipality of this suite only, so other suites' services never show up.
  const municipality = `Testikunta ${randomUUID().slice(0, 8)}`;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const fixture = scheduleFixture(database().db);
    // Beta first: the list orders units by name, not by when they were added.
    const beta = await fixture.unit({ municipality, nameFi: 'Beta', nameSv: 'Beta', nameEn: 'Beta' });
    const alpha = await fixture.unit({ municipality, nameFi: 'Alfa', nameSv: 'Alfa', nameEn: 'Alpha' });
    ids.alpha = alpha;
    ids.beta = beta;
    ids.betaNurse = (await fixture.serviceType(beta, {})).id;
    await fixture.resource(beta, { languages: ['fi', 'en'] });
    ids.alphaNurse = (await fixture.serviceType(alpha, { channels: ['onSite', 'phone'] })).id;
    await fixture.resource(alpha, { languages: ['fi'] });
    await fixture.resource(alpha, { languages: ['sv', 'fi'] });
    await fixture.resource(alpha, { languages: ['en'], active: false });
    ids.vaccination = (
      await fixture.serviceType(alpha, {
        code: 'adult-vaccination',
        nameFi: 'Vyöruusurokotus',
        nameSv: 'Bältrosvaccination',
        nameEn: 'Adult vaccination',
      })
    ).id;
    ids.oral = (
      await fixture.serviceType(alpha, {
        code: 'oral-check',
        category: 'oralHealth',
        nameFi: 'Suun terveystarkastus',
        nameSv: 'Munhälsokontroll',
        nameEn: 'Dental check-up',
        requiresBookingRight: true,
        requiredSkill: 'dental-hygienist',
      })
    ).id;
    await fixture.resource(alpha, { skills: ['dental-hygienist'], languages: ['en'] });
    // Nobody gives it yet: listed all the same, with no languages.
    ids.doctor = (
      await fixture.serviceType(alpha, {
        code: 'doctor-appointment',
        nameFi: 'Lääkärin vastaanotto',
        nameSv: 'Läkarmottagning',
        nameEn: "Doctor's appointment",
        selfBookable: false,
        requiredSkill: 'doctor',
      })
    ).id;
  });

  const nameOf = (offering: ServiceOffering) =>
    Object.keys(ids).find((name) => ids[name] === offering.service.id);

  it('lists self-bookable services first, by name in the caller language, the same service by unit', async () => {
    const fi = await callerAt(database().db, now, 'fi').catalogue.search({ municipality });
    expect(fi.map((offering) => serviceOfferingSchema.parse(offering))).toEqual(fi);
    expect(fi.map(nameOf)).toEqual(['alphaNurse', 'betaNurse', 'vaccination', 'oral', 'doctor']);
    const en = await callerAt(database().db, now, 'en').catalogue.search({ municipality });
    expect(en.map(nameOf)).toEqual(['vaccination', 'alphaNurse', 'betaNurse', 'oral', 'doctor']);
  });

  it("gives each offering its unit and the languages of the service's active, qualified resources", async () => {
    const list = await callerAt(database().db, now).catalogue.search({ municipality });
    const byName = Object.fromEntries(list.map((offering) => [nameOf(offering), offering]));
    expect(byName.alphaNurse?.languages).toEqual(['fi', 'sv']);
    expect(byName.betaNurse?.languages).toEqual(['fi', 'en']);
    expect(byName.oral?.languages).toEqual(['en']);
    expect(byName.doctor?.languages).toEqual([]);
    expect(byName.betaNurse?.unit).toMatchObject({ id: ids.beta, municipality, name: { en: 'Beta' } });
    expect(byName.alphaNurse?.service.channels).toEqual(['onSite', 'phone']);
  });

  it('filters by category, channel, language, unit and municipality', async () => {
    const caller = callerAt(database().db, now);
    const search = async (input: Parameters<typeof caller.catalogue.search>[0]) =>
      (await caller.catalogue.search({ municipality, ...input })).map(nameOf);
    expect(await search({ category: 'oralHealth' })).toEqual(['oral']);
    expect(await search({ channel: 'phone' })).toEqual(['alphaNurse']);
    expect(await search({ language: 'sv' })).toEqual(['alphaNurse', 'vaccination']);
    expect(await search({ language: 'en' })).toEqual(['betaNurse', 'oral']);
    expect(await search({ unitId: ids.beta })).toEqual(['betaNurse']);
    expect(await caller.catalogue.search({ municipality: `${municipality} ei ole` })).toEqual([]);
  });
});
