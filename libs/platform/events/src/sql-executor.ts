import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/**
 * A database handle or an open transaction, whichever driver sits below (postgres.js or PGlite). Functions
 * that must join the caller's transaction take this type.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the service's own schema type does not matter here
export type SqlExecutor = PgDatabase<PgQueryResultHKT, any>;
