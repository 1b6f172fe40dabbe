import { fileURLToPath } from 'node:url';
import type { AppDatabase, DatabaseDefinition } from '@asiointi/platform-db';
import * as tables from './schema';

export type FeedbackTables = typeof tables;

/** The Drizzle handle the module's queries take. */
export type FeedbackDb = AppDatabase<FeedbackTables>;

/** Migrations as they sit in the source tree; a bundled service passes the copy next to its bundle instead. */
export const feedbackMigrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

export const feedbackDatabaseDefinition: DatabaseDefinition<FeedbackTables> = {
  schemaName: 'feedback',
  migrationsFolder: feedbackMigrationsFolder,
  drizzleSchema: tables,
};
