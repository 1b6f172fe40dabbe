import { existsSync } from 'node:fs';
import path from 'node:path';
import type { MigrationConfig } from 'drizzle-orm/migrator';

/** Drizzle's own message for a missing journal does not say which folder it looked in. */
export function assertMigrationsFolder(migrationsFolder: string): void {
  const journal = path.join(migrationsFolder, 'meta', '_journal.json');
  if (!existsSync(journal)) {
    throw new Error(`No Drizzle migrations found: ${journal} does not exist.`);
  }
}

/** Every service keeps its migrations table inside its own schema. */
export function migrationConfig(schemaName: string, migrationsFolder: string): MigrationConfig {
  return { migrationsFolder, migrationsSchema: schemaName, migrationsTable: '__drizzle_migrations' };
}
