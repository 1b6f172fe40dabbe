import { bookingDatabaseDefinition } from '@asiointi/booking-data';
import type { DatabaseTestEngine, TestDatabase } from '@asiointi/platform-db/testing';
import {
  type RunningService,
  startModuleService,
  type ModuleServiceOptions,
} from '@asiointi/platform-service';
import { afterAll, beforeAll } from 'vitest';
import { bookingService } from '../src/booking-service';

/**
 * Runs the booking service for a describe block on the engine's database: in-memory PGlite, or a fresh
 * PostgreSQL database that is dropped afterwards.
 */
export function useBookingService(
  engine: DatabaseTestEngine,
  /** A function when the options are known only once other beforeAll hooks have run (an issuer's port). */
  options: ModuleServiceOptions | (() => ModuleServiceOptions) = {},
) {
  let service: RunningService | undefined;
  let database: TestDatabase<Record<string, unknown>> | undefined;
  beforeAll(async () => {
    if (engine.dialect === 'postgres') database = await engine.createDatabase(bookingDatabaseDefinition);
    service = await startModuleService(bookingService, {
      port: 0,
      logLevel: 'warn',
      ...(typeof options === 'function' ? options() : options),
      databaseUrl: database?.databaseUrl,
    });
  }, 60_000);
  afterAll(async () => {
    await service?.close();
    await database?.close();
  }, 60_000);
  return () => {
    if (!service) throw new Error('The service runs only inside tests of this describe block.');
    return service;
  };
}
