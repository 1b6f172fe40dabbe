import { afterAll, beforeAll, describe } from 'vitest';
import type { DatabaseDefinition, DatabaseDialect } from './database-types';
import { availableTestDialects, createTestDatabase, type TestDatabase } from './test-database';

/** PGlite starts a whole PostgreSQL in WebAssembly; give it time on a small CI machine. */
const openTimeoutMs = 60_000;

export interface DatabaseTestEngine {
  dialect: DatabaseDialect;
  /** A fresh database on this engine; the caller closes it. */
  createDatabase<TSchema extends Record<string, unknown>>(
    definition: DatabaseDefinition<TSchema>,
  ): Promise<TestDatabase<TSchema>>;
  /** One database for the enclosing describe block, opened before its tests and closed after them. */
  useDatabase<TSchema extends Record<string, unknown>>(
    definition: DatabaseDefinition<TSchema>,
  ): () => TestDatabase<TSchema>;
}

function useDatabaseFor(dialect: DatabaseDialect) {
  return <TSchema extends Record<string, unknown>>(definition: DatabaseDefinition<TSchema>) => {
    let database: TestDatabase<TSchema> | undefined;
    beforeAll(async () => {
      database = await createTestDatabase({ ...definition, dialect });
    }, openTimeoutMs);
    afterAll(async () => {
      await database?.close();
    }, openTimeoutMs);
    return () => {
      if (!database) throw new Error('The test database is open only inside tests of this describe block.');
      return database;
    };
  };
}

function engineFor(dialect: DatabaseDialect): DatabaseTestEngine {
  return {
    dialect,
    createDatabase: (definition) => createTestDatabase({ ...definition, dialect }),
    useDatabase: useDatabaseFor(dialect),
  };
}

/**
 * Declares the same database suite once per available engine: always PGlite, and PostgreSQL as well when
 * DATABASE_URL is set, so syntax that only PGlite's newer PostgreSQL accepts cannot slip through.
 */
export function describeOnDatabases(name: string, suite: (engine: DatabaseTestEngine) => void): void {
  for (const dialect of availableTestDialects()) {
    describe(`${name} [${dialect}]`, () => suite(engineFor(dialect)));
  }
}
