import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { AppDatabase, OpenDatabase, OpenDatabaseOptions } from './database-types';
import { migrationConfig } from './migrations-folder';
import { createSchemaStatement } from './schema-name';

const defaultPoolSize = 10;
/** Migrating at start may wait for a server that is still coming up. */
const migrateConnectTimeoutSeconds = 10;
/**
 * Serving gives up on a connection after a second: a person waiting for a page is better told at once
 * that the service is unavailable (503) than kept waiting for an answer that will not come.
 */
const serveConnectTimeoutSeconds = 1;

type ClientOptions = postgres.Options<Record<string, postgres.PostgresType>>;

function clientOptions(applicationName: string, max: number, connectTimeoutSeconds: number): ClientOptions {
  return {
    max,
    connect_timeout: connectTimeoutSeconds,
    idle_timeout: 60,
    // postgres.js prints notices ("schema already exists, skipping") to stdout by default.
    onnotice: () => {},
    connection: { application_name: applicationName },
  };
}

/**
 * Migrates on a connection of its own: the advisory lock belongs to one session, and replicas that start
 * together must not run the same migrations at once.
 */
async function migratePostgres<TSchema extends Record<string, unknown>>(
  databaseUrl: string,
  options: OpenDatabaseOptions<TSchema>,
  applicationName: string,
): Promise<void> {
  const client = postgres(databaseUrl, clientOptions(`${applicationName}-migrate`, 1, migrateConnectTimeoutSeconds));
  const lockKey = `asiointi:migrate:${options.schemaName}`;
  try {
    await client`select pg_advisory_lock(hashtext(${lockKey}))`;
    try {
      const db = drizzle({ client });
      await db.execute(createSchemaStatement(options.schemaName));
      await migrate(db, migrationConfig(options.schemaName, options.migrationsFolder));
    } finally {
      await client`select pg_advisory_unlock(hashtext(${lockKey}))`;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}

export async function openPostgresDatabase<TSchema extends Record<string, unknown>>(
  databaseUrl: string,
  options: OpenDatabaseOptions<TSchema>,
): Promise<OpenDatabase<TSchema>> {
  const applicationName = options.applicationName ?? `asiointi-${options.schemaName}`;
  await migratePostgres(databaseUrl, options, applicationName);

  const client = postgres(databaseUrl, clientOptions(applicationName, options.poolSize ?? defaultPoolSize, serveConnectTimeoutSeconds));
  const db: AppDatabase<TSchema> = drizzle({ client, schema: options.drizzleSchema });
  let closing: Promise<void> | undefined;
  return {
    db,
    dialect: 'postgres',
    async ping() {
      await client`select 1`;
    },
    close() {
      closing ??= client.end({ timeout: 5 });
      return closing;
    },
  };
}
