import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, selectRows } from '../src/index';
import { notesDatabase } from './fixture-database';
import { notes } from './fixtures/notes-schema';

describe('openDatabase on PGlite', () => {
  const folders: string[] = [];
  afterEach(async () => {
    await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it('creates a missing data folder and keeps the data when reopened', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'asiointi-db-'));
    folders.push(parent);
    const dataDir = path.join(parent, 'nested', 'notes');

    const first = await openDatabase({ ...notesDatabase, dataDir });
    await first.db.insert(notes).values({ body: 'kept across restarts' });
    await first.close();

    const second = await openDatabase({ ...notesDatabase, dataDir });
    try {
      const rows = await second.db.select({ body: notes.body }).from(notes);
      expect(rows).toEqual([{ body: 'kept across restarts' }]);
      const applied = await selectRows<{ count: number }>(
        second.db,
        sql`select count(*)::int as count from platform_db_test.__drizzle_migrations`,
      );
      expect(applied).toEqual([{ count: 1 }]);
    } finally {
      await second.close();
    }
  }, 60_000);

  it('loads btree_gist so exclusion constraints over ranges work', async () => {
    const database = await openDatabase(notesDatabase);
    try {
      await database.db.execute(sql`create extension if not exists btree_gist`);
      await database.db.execute(sql`create table platform_db_test.rooms (
        room int not null, during tstzrange not null,
        exclude using gist (room with =, during with &&))`);
      await database.db.execute(
        sql`insert into platform_db_test.rooms values (1, tstzrange('2025-01-01 10:00Z', '2025-01-01 11:00Z'))`,
      );
      const overlap = database.db.execute(
        sql`insert into platform_db_test.rooms values (1, tstzrange('2025-01-01 10:30Z', '2025-01-01 11:30Z'))`,
      );
      await expect(overlap).rejects.toMatchObject({ cause: { code: '23P01' } });
    } finally {
      await database.close();
    }
  }, 60_000);

  it('fails after close', async () => {
    const database = await openDatabase(notesDatabase);
    await database.close();
    await expect(database.ping()).rejects.toThrow();
    await expect(database.close()).resolves.toBeUndefined();
  }, 60_000);
});
