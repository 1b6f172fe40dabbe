import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { openDatabase, selectRows } from '../src/index';
import { notesDatabase } from './fixture-database';

const serverUrl = process.env.DATABASE_URL;

async function admin(statement: string): Promise<void> {
  const client = postgres(serverUrl ?? '', { max: 1, onnotice: () => {} });
  try {
    await client.unsafe(statement);
  } finally {
    await client.end();
  }
}

// Locking can only be observed on a real server: PGlite has a single connection.
describe.runIf(serverUrl)('openDatabase on PostgreSQL', () => {
  it('lets replicas that start together migrate one after the other', async () => {
    const name = `asiointi_t_${randomBytes(6).toString('hex')}`;
    await admin(`CREATE DATABASE "${name}"`);
    try {
      const url = new URL(serverUrl ?? '');
      url.pathname = `/${name}`;
      const replicas = await Promise.all(
        [1, 2, 3].map(() => openDatabase({ ...notesDatabase, databaseUrl: url.toString(), poolSize: 1 })),
      );
      const applied = await selectRows<{ count: number }>(
        replicas[0]!.db,
        sql`select count(*)::int as count from platform_db_test.__drizzle_migrations`,
      );
      expect(applied).toEqual([{ count: 1 }]);
      await Promise.all(replicas.map((replica) => replica.close()));
    } finally {
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  }, 60_000);
});
