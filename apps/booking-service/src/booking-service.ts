import { bookingContextFactory, bookingRouter } from '@asiointi/booking-api';
import { bookingMigrationsFolder, openBookingDatabase, seedBookingDemoData } from '@asiointi/booking-data';
import {
  createService,
  readServiceConfig,
  type RunningService,
  type ServiceConfig,
} from '@asiointi/platform-service';
import type { DestinationStream } from 'pino';

export const bookingServiceName = 'booking';
export const bookingDefaultPort = 4401;

export interface StartBookingServiceOptions extends Partial<ServiceConfig> {
  /** Close on SIGTERM/SIGINT and exit (the standalone process); off for tests and the in-process launcher. */
  handleSignals?: boolean;
  /** Fill empty tables with demo units and services (default true). */
  seedDemoData?: boolean;
  /** Where JSON log lines go (default stdout). */
  logDestination?: DestinationStream;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
}

/**
 * Starts the booking service: opens and migrates its database (PostgreSQL with databaseUrl, else PGlite in
 * dataDir, in memory without one), seeds demo data into empty tables and serves the booking router.
 */
export async function startBookingService(options: StartBookingServiceOptions = {}): Promise<RunningService> {
  const { handleSignals = false, seedDemoData = true, logDestination, ...overrides } = options;
  // No environment here: main.ts reads it; this only completes the options with the service defaults.
  const config = readServiceConfig({}, { port: bookingDefaultPort, ...withoutUndefined(overrides) });

  const database = await openBookingDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    migrationsFolder: config.migrationsDir ?? bookingMigrationsFolder,
  });
  try {
    if (seedDemoData) await seedBookingDemoData(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }

  return createService({
    name: bookingServiceName,
    config,
    router: bookingRouter,
    database,
    createContext: bookingContextFactory(database.db),
    handleSignals,
    logDestination,
  });
}
