import type { DatabaseDefinition, DatabaseDialect, OpenDatabase } from './database-types';
import { openDatabase } from './open-database';
import { createScratchDatabase } from './scratch-database';

export interface TestDatabase<TSchema extends Record<string, unknown>> extends OpenDatabase<TSchema> {
  /** The throw-away PostgreSQL database (dropped by close); undefined on PGlite. */
  databaseName: string | undefined;
  /** Its URL, for code under test that opens the database itself (a whole service); undefined on PGlite. */
  databaseUrl: string | undefined;
}

export interface CreateTestDatabaseOptions<
  TSchema extends Record<string, unknown>,
> extends DatabaseDefinition<TSchema> {
  /** Defaults to postgres when DATABASE_URL is set, pglite otherwise. */
  dialect?: DatabaseDialect;
}

/** The dialects a database test suite runs on here: PGlite always, PostgreSQL too when DATABASE_URL is set. */
export function availableTestDialects(): DatabaseDialect[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

async function createPostgresTestDatabase<TSchema extends Record<string, unknown>>(
  definition: DatabaseDefinition<TSchema>,
): Promise<TestDatabase<TSchema>> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('A PostgreSQL test database needs DATABASE_URL.');

  const { databaseName, databaseUrl, drop } = await createScratchDatabase(adminUrl);
  let database: OpenDatabase<TSchema>;
  try {
    database = await openDatabase({ ...definition, databaseUrl, poolSize: 4 });
  } catch (error) {
    await drop();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    ...database,
    databaseName,
    databaseUrl,
    close() {
      closing ??= database.close().then(drop);
      return closing;
    },
  };
}

/**
 * A fresh database with the service's migrations applied: in-memory PGlite, or a new uniquely named database
 * on the DATABASE_URL server that close() drops again.
 */
export async function createTestDatabase<TSchema extends Record<string, unknown>>(
  options: CreateTestDatabaseOptions<TSchema>,
): Promise<TestDatabase<TSchema>> {
  const { dialect = process.env.DATABASE_URL ? 'postgres' : 'pglite', ...definition } = options;
  if (dialect === 'postgres') return createPostgresTestDatabase(definition);
  const database = await openDatabase({ ...definition, dataDir: undefined });
  return { ...database, databaseName: undefined, databaseUrl: undefined };
}
