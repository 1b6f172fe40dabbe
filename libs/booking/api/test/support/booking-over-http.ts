// The booking router served over HTTP by the platform's createService, on a test database the test can
// also read (to count audit rows), with tokens verified against the dev identity provider.
import { bookingDatabaseDefinition, seedBookingDemoData } from '@asiointi/booking-data';
import type { DatabaseTestEngine } from '@asiointi/platform-db/testing';
import {
  createPersonDirectory,
  createService,
  createUnitDirectory,
  readServiceConfig,
  type RunningService,
  type ServiceConfig,
} from '@asiointi/platform-service';
import { afterAll, beforeAll } from 'vitest';
import { bookingContextFactory, bookingRouter } from '../../src/index';
import type { TestIdentityProvider } from './identity-provider';

export function useBookingOverHttp(
  engine: DatabaseTestEngine,
  identity: TestIdentityProvider,
  config: Partial<ServiceConfig> = {},
) {
  const database = engine.useDatabase(bookingDatabaseDefinition);
  let service: RunningService | undefined;
  beforeAll(async () => {
    await seedBookingDemoData(database().db);
    service = await createService({
      name: 'booking',
      config: readServiceConfig(
        {},
        { port: 0, logLevel: 'silent', oidcIssuer: identity.idp().issuer, ...config },
      ),
      router: bookingRouter,
      // The test database closes itself after the block.
      database: { ping: async () => {}, close: async () => {} },
      // Staff find residents by identity code in the provider's person directory, as in the service.
      createContext: bookingContextFactory(database().db, {
        personDirectory: createPersonDirectory({ personsUrl: identity.idp().personsUrl }),
        units: createUnitDirectory({ unitsUrl: identity.idp().unitsUrl }),
      }),
    });
  }, 60_000);
  afterAll(() => service?.close());
  return {
    db: () => database().db,
    url: () => {
      if (!service) throw new Error('The service runs only inside this block’s tests.');
      return service.url;
    },
  };
}
