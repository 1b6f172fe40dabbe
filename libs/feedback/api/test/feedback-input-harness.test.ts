// Every procedure of the feedback service driven from its zod input schema (platform-service's input
// harness), as the public, a resident, a guardian acting for a child and staff: no input answers 5xx,
// no refused call leaves a row behind, and every input field has an upper bound. A procedure added
// later is covered without an edit.
import { TEST_SUBJECTS } from '@asiointi/dev-idp';
import { startIdentityFixture, type IdentityFixture } from '@asiointi/dev-idp/testing';
import { feedbackDatabaseDefinition, seedFeedbackDemoData } from '@asiointi/feedback-data';
import { databaseFingerprint, describeOnDatabases, rowIds } from '@asiointi/platform-db/testing';
import {
  createService,
  createUnitDirectory,
  readServiceConfig,
  type RunningService,
} from '@asiointi/platform-service';
import {
  checkProcedureInputs,
  type HarnessCaller,
  routerProcedures,
  unboundedFields,
} from '@asiointi/platform-service/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackContextFactory, feedbackRouter } from '../src/index';

const procedures = routerProcedures(feedbackRouter).map((procedure) => [procedure.path, procedure] as const);
const { schemaName } = feedbackDatabaseDefinition;

describe('the feedback service’s input schemas', () => {
  it.each(procedures)('%s bounds every field', (_, procedure) => {
    expect(unboundedFields(procedure.input)).toEqual([]);
  });
});

describeOnDatabases('the feedback procedures driven from their input schemas', (engine) => {
  const database = engine.useDatabase(feedbackDatabaseDefinition);
  let identity: IdentityFixture;
  let service: RunningService;
  const knownStrings: string[] = [];
  const callers: Record<string, HarnessCaller> = {
    public: async () => ({}),
    resident: async () => ({ token: await identity.tokenOf('guardianAnna') }),
    guardianForChild: async () => ({
      token: await identity.tokenOf('guardianAnna'),
      actingFor: TEST_SUBJECTS.childEetuUnder12,
    }),
    staffOfTheUnits: async () => ({ token: await identity.tokenOf('managerMarkku') }),
    staffOfAnotherUnit: async () => ({ token: await identity.tokenOf('nurseNorthTuomas') }),
  };

  beforeAll(async () => {
    identity = await startIdentityFixture();
    await seedFeedbackDemoData(database().db);
    // Hundreds of calls from one address: well over the per-client limit a real service keeps.
    const config = readServiceConfig(
      {},
      { port: 0, logLevel: 'silent', oidcIssuer: identity.idp.issuer, rateLimitPerMinute: 1_000_000 },
    );
    service = await createService({
      name: 'feedback',
      config,
      router: feedbackRouter,
      // The test database closes itself after the block.
      database: { ping: async () => {}, close: async () => {} },
      createContext: feedbackContextFactory({ db: database().db, units: createUnitDirectory(config) }),
    });
    // Seeded ids: drawn inputs that name real rows get past "not found".
    knownStrings.push(...(await rowIds(database().db, schemaName, { except: ['audit_log'] })));
  });
  afterAll(async () => {
    await service?.close();
    await identity?.close();
  });

  it.each(procedures)('%s answers no 5xx and writes nothing when it refuses', async (_, procedure) => {
    await checkProcedureInputs({
      url: service.url,
      procedure,
      callers,
      dataFingerprint: databaseFingerprint(database().db, schemaName, { except: ['audit_log'] }),
      knownStrings,
      runs: 12,
    });
  });
});
