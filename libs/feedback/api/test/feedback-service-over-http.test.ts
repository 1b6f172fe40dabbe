// The feedback router served over HTTP by the platform's createService, on a test database the test can
// also read, with tokens and the unit directory of the real dev identity provider.
import { startIdentityFixture, type IdentityFixture } from '@asiointi/dev-idp/testing';
import {
  auditLog,
  catalogueEntries,
  demoUnitIds,
  feedbackDatabaseDefinition,
  seedFeedbackDemoData,
} from '@asiointi/feedback-data';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import {
  createService,
  createUnitDirectory,
  readServiceConfig,
  type RunningService,
} from '@asiointi/platform-service';
import { callProcedure } from '@asiointi/platform-service/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { feedbackContextFactory, feedbackRouter } from '../src/index';

const newEntry = {
  unitId: demoUnitIds.wellbeingCentre,
  name: { fi: 'Iltavastaanotto', sv: 'Kvällsmottagning', en: 'Evening clinic' },
  description: null,
};

describeOnDatabases('the feedback service over HTTP', (engine) => {
  const database = engine.useDatabase(feedbackDatabaseDefinition);
  let identity: IdentityFixture;
  let service: RunningService;

  beforeAll(async () => {
    identity = await startIdentityFixture();
    await seedFeedbackDemoData(database().db);
    const config = readServiceConfig({}, { port: 0, logLevel: 'silent', oidcIssuer: identity.idp.issuer });
    service = await createService({
      name: 'feedback',
      config,
      router: feedbackRouter,
      // The test database closes itself after the block.
      database: { ping: async () => {}, close: async () => {} },
      createContext: feedbackContextFactory({ db: database().db, units: createUnitDirectory(config) }),
    });
  });
  afterAll(async () => {
    await service?.close();
    await identity?.close();
  });

  const countRows = async () => ({
    entries: await database().db.$count(catalogueEntries),
    audit: await database().db.$count(auditLog),
  });

  it('lists the catalogue to anyone, with the units’ names from the directory, in the reader’s language', async () => {
    const answer = await callProcedure<{ unitName: { sv: string }; name: { sv: string } }[]>(
      service.url,
      'catalogue.list',
      { headers: { 'accept-language': 'sv' } },
    );
    expect(answer.status).toBe(200);
    expect(answer.data?.map((entry) => [entry.unitName.sv, entry.name.sv])).toEqual([
      ['Centrums familjecentral', 'Gruppträffar'],
      ['Kaijonharju välfärdscentral', 'Rådgivning per telefon'],
    ]);
  });

  it('lets a professional of the unit add an entry, with an audit row in the same transaction', async () => {
    const before = await countRows();
    const added = await callProcedure(service.url, 'catalogue.add', {
      token: await identity.tokenOf('managerMarkku'),
      input: newEntry,
      mutation: true,
    });
    expect(added.status).toBe(200);
    expect(await countRows()).toEqual({ entries: before.entries + 1, audit: before.audit + 1 });
    const listed = await callProcedure<{ name: { fi: string } }[]>(service.url, 'catalogue.list', {
      input: { unitIds: [demoUnitIds.wellbeingCentre] },
    });
    expect(listed.data?.map((entry) => entry.name.fi)).toContain('Iltavastaanotto');
  });

  it('refuses everyone else, and writes nothing', async () => {
    const before = await countRows();
    const add = async (token: string | undefined) =>
      (await callProcedure(service.url, 'catalogue.add', { token, input: newEntry, mutation: true })).code;
    expect(await add(undefined)).toBe('UNAUTHENTICATED');
    expect(await add(await identity.tokenOf('guardianAnna'))).toBe('FORBIDDEN');
    expect(await add(await identity.tokenOf('nurseNorthTuomas'))).toBe('FORBIDDEN');
    expect((await countRows()).entries).toBe(before.entries);
  });

  it('answers any malformed entry with a typed refusal and writes nothing', async () => {
    const token = await identity.tokenOf('managerMarkku');
    const before = (await countRows()).entries;
    const text = fc.oneof(
      fc.string({ maxLength: 5 }),
      fc.string({ minLength: 501, maxLength: 600 }),
      fc.integer(),
    );
    const malformed = fc.record(
      {
        unitId: fc.oneof(fc.uuid(), fc.string({ maxLength: 10 })),
        name: fc.oneof(fc.record({ fi: text, sv: text, en: text }), fc.constant(null)),
        description: fc.oneof(fc.constant(null), fc.record({ fi: text })),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(malformed, async (input) => {
        const answer = await callProcedure(service.url, 'catalogue.add', { token, input, mutation: true });
        expect([400, 403]).toContain(answer.status);
        expect(['VALIDATION_FAILED', 'FORBIDDEN']).toContain(answer.code);
        expect(answer.text).not.toMatch(/at .*\.ts:\d+/);
      }),
      { numRuns: 25 },
    );
    expect((await countRows()).entries).toBe(before);
  });

  it('names the staff member’s units, and gives a manager the module’s figures', async () => {
    const token = await identity.tokenOf('managerMarkku');
    const units = await callProcedure<{ name: { fi: string } }[]>(service.url, 'staffUnits.mine', { token });
    expect(units.data?.map((unit) => unit.name.fi)).toEqual([
      'Kaijonharjun hyvinvointikeskus',
      'Keskustan perhekeskus',
    ]);
    const figures = await callProcedure<{
      figures: { id: string; value: number | null; dimensions: { unitName?: { fi: string } } }[];
    }>(service.url, 'figures.list', { token, input: { from: '2026-01-01', until: '2026-01-31' } });
    expect(figures.status).toBe(200);
    // (The reports' NPS and statement figures are tested in feedback-reports-over-http.test.ts.)
    const catalogueFigures = figures.data?.figures.filter((figure) => figure.id === 'feedback.catalogue-entries');
    expect(catalogueFigures?.map((figure) => figure.dimensions.unitName?.fi).sort()).toEqual([
      'Kaijonharjun hyvinvointikeskus',
      'Keskustan perhekeskus',
    ]);
  });

  it('tells a resident who has handled their data, in the service’s own words', async () => {
    const token = await identity.tokenOf('guardianAnna');
    // Reading the log is itself logged: the second answer shows the first read, with its words.
    await callProcedure(service.url, 'audit.myDataEvents', { token });
    const answer = await callProcedure<{
      events: { resource: string; purpose: string }[];
      labels: { resources: Record<string, { fi: string }>; purposes: Record<string, { fi: string }> };
    }>(service.url, 'audit.myDataEvents', { token });
    expect(answer.status).toBe(200);
    const [latest] = answer.data?.events ?? [];
    expect(latest).toBeDefined();
    expect(answer.data?.labels.resources[latest!.resource]?.fi).toBeTruthy();
    expect(answer.data?.labels.purposes[latest!.purpose]?.fi).toBeTruthy();
  });
});
