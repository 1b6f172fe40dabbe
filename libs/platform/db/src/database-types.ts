import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

export type DatabaseDialect = 'postgres' | 'pglite';

/** The Drizzle handle a service's data lib works with, whichever driver sits below it. */
export type AppDatabase<TSchema extends Record<string, unknown>> = PgDatabase<PgQueryResultHKT, TSchema>;

/** What a service's data lib declares about its storage: its own schema, migrations and tables. */
export interface DatabaseDefinition<TSchema extends Record<string, unknown>> {
  /** The PostgreSQL schema the service owns; its migrations table lives there too. */
  schemaName: string;
  /** Folder written by `drizzle-kit generate` (holds meta/_journal.json). */
  migrationsFolder: string;
  drizzleSchema: TSchema;
}

export interface OpenDatabaseOptions<
  TSchema extends Record<string, unknown>,
> extends DatabaseDefinition<TSchema> {
  /** PostgreSQL server (postgres.js). When absent the service runs on PGlite. */
  databaseUrl?: string;
  /** PGlite data folder, created if missing; in memory when absent. Ignored with databaseUrl. */
  dataDir?: string;
  /** Connections in the postgres.js pool (default 10). */
  poolSize?: number;
  /** Shown in pg_stat_activity (default `asiointi-<schemaName>`). */
  applicationName?: string;
}

export interface OpenDatabase<TSchema extends Record<string, unknown>> {
  db: AppDatabase<TSchema>;
  dialect: DatabaseDialect;
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  /** Closes the connections (idempotent). */
  close(): Promise<void>;
}
