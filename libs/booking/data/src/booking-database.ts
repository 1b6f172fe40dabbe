import { fileURLToPath } from 'node:url';
import {
  openDatabase,
  type AppDatabase,
  type DatabaseDefinition,
  type OpenDatabase,
} from '@asiointi/platform-db';
import * as bookingTables from './schema';

export type BookingTables = typeof bookingTables;

/** The Drizzle handle booking queries take. */
export type BookingDb = AppDatabase<BookingTables>;
export type BookingDatabase = OpenDatabase<BookingTables>;

/** Migrations as they sit in the source tree; a bundled service passes the copy next to its bundle instead. */
export const bookingMigrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

export const bookingDatabaseDefinition: DatabaseDefinition<BookingTables> = {
  schemaName: 'booking',
  migrationsFolder: bookingMigrationsFolder,
  drizzleSchema: bookingTables,
};

export interface OpenBookingDatabaseOptions {
  databaseUrl?: string;
  dataDir?: string;
  migrationsFolder?: string;
}

/** Opens the booking schema (PostgreSQL or PGlite) and migrates it. */
export function openBookingDatabase(options: OpenBookingDatabaseOptions = {}): Promise<BookingDatabase> {
  return openDatabase({
    ...bookingDatabaseDefinition,
    migrationsFolder: options.migrationsFolder ?? bookingMigrationsFolder,
    databaseUrl: options.databaseUrl,
    dataDir: options.dataDir,
  });
}
