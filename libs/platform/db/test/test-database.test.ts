import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../src/testing';
import { notesDatabase } from './fixture-database';
import { notes } from './fixtures/notes-schema';

const databaseUrl = process.env.DATABASE_URL;

async function databaseExists(name: string): Promise<boolean> {
  const admin = postgres(databaseUrl ?? '', { max: 1 });
  try {
    const rows = await admin`select 1 from pg_database where datname = ${name}`;
    return rows.length === 1;
  } finally {
    await admin.end();
  }
}

describe('createTestDatabase', () => {
  it('gives every PGlite test database its own empty storage', async () => {
    const first = await createTestDatabase({ ...notesDatabase, dialect: 'pglite' });
    const second = await createTestDatabase({ ...notesDatabase, dialect: 'pglite' });
    try {
      await first.db.insert(notes).values({ body: 'only in the first' });
      expect(await second.db.select().from(notes)).toEqual([]);
      expect(first.databaseName).toBeUndefined();
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  }, 60_000);

  it.runIf(databaseUrl)(
    'creates a uniquely named PostgreSQL database and drops it on close',
    async () => {
      const database = await createTestDatabase({ ...notesDatabase, dialect: 'postgres' });
      const name = database.databaseName ?? '';
      expect(name).toMatch(/^asiointi_t_[0-9a-f]{12}$/);
      expect(database.databaseUrl).toMatch(new RegExp(`/${name}$`));
      expect(await databaseExists(name)).toBe(true);
      await database.db.insert(notes).values({ body: 'temporary' });

      await database.close();
      expect(await databaseExists(name)).toBe(false);
    },
    60_000,
  );
});
