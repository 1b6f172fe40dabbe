// A digest of every row in a service's schema, for tests that must show a call wrote nothing (the input
// harness: a refused call leaves every row as it was). Tables are read from the catalog, so a table a
// later migration adds is covered without an edit.
import { type SQL, sql } from 'drizzle-orm';
import { selectRows } from './select-rows';

export interface DatabaseFingerprintOptions {
  /** Tables left out, e.g. the audit log, which a refusal writes to on purpose. */
  except?: readonly string[];
}

type Executor = { execute(query: SQL): PromiseLike<unknown> };

function quoted(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/** A function returning one digest of all rows of the schema's tables (content, not just counts). */
export function databaseFingerprint(
  db: Executor,
  schemaName: string,
  options: DatabaseFingerprintOptions = {},
) {
  let digestQuery: SQL | undefined;
  return async (): Promise<string> => {
    if (!digestQuery) {
      const tables = await selectRows<{ name: string }>(
        db,
        sql`select table_name as name from information_schema.tables
            where table_schema = ${schemaName} and table_type = 'BASE TABLE' order by table_name`,
      );
      const parts = tables
        .map((table) => table.name)
        .filter((name) => !(options.except ?? []).includes(name))
        .map(
          (name) =>
            `select ${`'${name.replace(/'/g, "''")}'`} || ':' || coalesce(md5(string_agg(row_text, ',' order by row_text)), '') as digest
             from (select t::text as row_text from ${quoted(schemaName)}.${quoted(name)} t) rows_of_table`,
        );
      if (parts.length === 0) return '';
      digestQuery = sql.raw(
        `select md5(string_agg(digest, '|' order by digest)) as digest from (${parts.join(' union all ')}) digests`,
      );
    }
    const [row] = await selectRows<{ digest: string | null }>(db, digestQuery);
    return row?.digest ?? '';
  };
}
