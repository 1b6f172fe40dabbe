import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** An empty, uniquely named database on a PostgreSQL server, for one test run; drop() removes it. */
export interface ScratchDatabase {
  databaseName: string;
  databaseUrl: string;
  drop(): Promise<void>;
}

async function asAdmin(adminUrl: string, statement: string): Promise<void> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await admin.unsafe(statement);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

function urlOfDatabase(serverUrl: string, databaseName: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

/** Creates the database through any database of the server that `serverUrl` names. */
export async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  // Random hex only, so the name is safe to splice into CREATE/DROP DATABASE.
  const databaseName = `asiointi_t_${randomBytes(6).toString('hex')}`;
  await asAdmin(serverUrl, `CREATE DATABASE "${databaseName}"`);
  return {
    databaseName,
    databaseUrl: urlOfDatabase(serverUrl, databaseName),
    drop: () => asAdmin(serverUrl, `DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`),
  };
}
