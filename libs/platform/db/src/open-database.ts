import type { OpenDatabase, OpenDatabaseOptions } from './database-types';
import { assertMigrationsFolder } from './migrations-folder';
import { openPgliteDatabase } from './open-pglite-database';
import { openPostgresDatabase } from './open-postgres-database';
import { assertSchemaName } from './schema-name';

/**
 * Opens a service's database and brings its schema up to date: PostgreSQL when a URL is given, PGlite
 * (in a folder, or in memory) otherwise.
 */
export async function openDatabase<TSchema extends Record<string, unknown>>(
  options: OpenDatabaseOptions<TSchema>,
): Promise<OpenDatabase<TSchema>> {
  assertSchemaName(options.schemaName);
  assertMigrationsFolder(options.migrationsFolder);
  if (options.databaseUrl) return openPostgresDatabase(options.databaseUrl, options);
  return openPgliteDatabase(options);
}
