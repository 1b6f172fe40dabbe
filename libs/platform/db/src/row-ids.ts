// The ids of rows already in a service's schema (the seeded units, services, bookings), for tests that
// draw inputs: a drawn id that names a real row takes a call past "not found" into the code behind it.
import { sql } from 'drizzle-orm';
import { selectRows } from './select-rows';

export interface RowIdsOptions {
  except?: readonly string[];
  /** Most ids taken from one table (default 20). */
  perTable?: number;
}

/** Every `id` column value (as text) of the schema's tables, a few per table. */
export async function rowIds(
  db: Parameters<typeof selectRows>[0],
  schemaName: string,
  options: RowIdsOptions = {},
): Promise<string[]> {
  const tables = await selectRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.columns
        where table_schema = ${schemaName} and column_name = 'id' order by table_name`,
  );
  const ids: string[] = [];
  for (const { name } of tables.filter((table) => !(options.except ?? []).includes(table.name))) {
    const rows = await selectRows<{ id: string }>(
      db,
      sql`select id::text as id from ${sql.identifier(schemaName)}.${sql.identifier(name)} order by id limit ${options.perTable ?? 20}`,
    );
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}
