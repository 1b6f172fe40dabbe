import { mkdir } from 'node:fs/promises';
import type { OpenDatabase, OpenDatabaseOptions } from './database-types';
import { migrationConfig } from './migrations-folder';
import { createSchemaStatement } from './schema-name';

/** Loaded on demand: a production bundle always has DATABASE_URL and must never need PGlite. */
async function loadPglite() {
  const [{ PGlite }, { btree_gist }, { drizzle }, { migrate }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/btree_gist'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  return { PGlite, btree_gist, drizzle, migrate };
}

export async function openPgliteDatabase<TSchema extends Record<string, unknown>>(
  options: OpenDatabaseOptions<TSchema>,
): Promise<OpenDatabase<TSchema>> {
  const { PGlite, btree_gist, drizzle, migrate } = await loadPglite();
  if (options.dataDir !== undefined) await mkdir(options.dataDir, { recursive: true });

  // Later modules use EXCLUDE constraints on ranges, which need btree_gist; PGlite loads extensions only when told.
  const client = await PGlite.create({ dataDir: options.dataDir, extensions: { btree_gist } });
  const db = drizzle({ client, schema: options.drizzleSchema });
  try {
    await db.execute(createSchemaStatement(options.schemaName));
    await migrate(db, migrationConfig(options.schemaName, options.migrationsFolder));
  } catch (error) {
    await client.close();
    throw error;
  }

  let closing: Promise<void> | undefined;
  return {
    db,
    dialect: 'pglite',
    async ping() {
      await client.query('select 1');
    },
    close() {
      closing ??= client.closed ? Promise.resolve() : client.close();
      return closing;
    },
  };
}
