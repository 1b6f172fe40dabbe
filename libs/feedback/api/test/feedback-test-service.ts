// The feedback router served over HTTP by the platform's createService on a test database the test can
// also read, with tokens and the unit directory of the real dev identity provider and a clock the test
// sets. Call it inside a describeOnDatabases block.
import { startIdentityFixture, type IdentityFixture } from '@asiointi/dev-idp/testing';
import { feedbackDatabaseDefinition, type FeedbackDb } from '@asiointi/feedback-data';
import type { DatabaseTestEngine } from '@asiointi/platform-db/testing';
import {
  createService,
  createUnitDirectory,
  readServiceConfig,
  type RunningService,
} from '@asiointi/platform-service';
import { afterAll, beforeAll } from 'vitest';
import { feedbackContextFactory, feedbackRouter } from '../src/index';

export interface FeedbackTestService {
  db(): FeedbackDb;
  url(): string;
  identity(): IdentityFixture;
  /** The instant the service's clock reads; tests move it. */
  clock: { now: Date };
}

export function useFeedbackTestService(
  engine: DatabaseTestEngine,
  options: { seed?: (db: FeedbackDb) => Promise<unknown> } = {},
): FeedbackTestService {
  const database = engine.useDatabase(feedbackDatabaseDefinition);
  let identity: IdentityFixture | undefined;
  let service: RunningService | undefined;
  const clock = { now: new Date('2026-03-20T10:00:00Z') };

  beforeAll(async () => {
    identity = await startIdentityFixture();
    await options.seed?.(database().db);
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
      createContext: feedbackContextFactory({
        db: database().db,
        units: createUnitDirectory(config),
        now: () => clock.now,
      }),
    });
  });
  afterAll(async () => {
    await service?.close();
    await identity?.close();
  });

  return {
    db: () => database().db,
    url: () => {
      if (!service) throw new Error('The service runs only inside the block’s tests');
      return service.url;
    },
    identity: () => {
      if (!identity) throw new Error('The identity provider runs only inside the block’s tests');
      return identity;
    },
    clock,
  };
}
