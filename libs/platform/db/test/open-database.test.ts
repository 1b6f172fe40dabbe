import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { postgresErrorCode, selectRows } from '../src/index';
import { describeOnDatabases } from '../src/testing';
import { notesDatabase } from './fixture-database';
import { notes } from './fixtures/notes-schema';

describeOnDatabases('openDatabase', (engine) => {
  const database = engine.useDatabase(notesDatabase);

  it('reports the dialect it runs on', () => {
    expect(database().dialect).toBe(engine.dialect);
  });

  it('creates the service schema with its migrations table inside it', async () => {
    const tables = await selectRows<{ table_schema: string; table_name: string }>(
      database().db,
      sql`select table_schema, table_name from information_schema.tables
          where table_name in ('notes', '__drizzle_migrations') order by table_name`,
    );
    expect(tables).toEqual([
      { table_schema: 'platform_db_test', table_name: '__drizzle_migrations' },
      { table_schema: 'platform_db_test', table_name: 'notes' },
    ]);
    const drizzleDefault = await selectRows(
      database().db,
      sql`select 1 from information_schema.schemata where schema_name = 'drizzle'`,
    );
    expect(drizzleDefault).toHaveLength(0);
  });

  it('records each applied migration once', async () => {
    const applied = await selectRows<{ count: number }>(
      database().db,
      sql`select count(*)::int as count from platform_db_test.__drizzle_migrations`,
    );
    expect(applied).toEqual([{ count: 1 }]);
  });

  it('answers ping', async () => {
    await expect(database().ping()).resolves.toBeUndefined();
  });

  it('reads and writes through the typed Drizzle handle', async () => {
    const [inserted] = await database().db.insert(notes).values({ body: 'hello' }).returning();
    const rows = await database().db.select().from(notes);
    expect(rows.map((row) => row.body)).toContain('hello');
    expect(inserted?.createdAt).toBeInstanceOf(Date);
  });

  it('exposes the PostgreSQL error code of a unique violation', async () => {
    await database().db.insert(notes).values({ body: 'duplicate' });
    const failure = await database()
      .db.insert(notes)
      .values({ body: 'duplicate' })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(Error);
    expect(postgresErrorCode(failure)).toBe('23505');
  });
});
