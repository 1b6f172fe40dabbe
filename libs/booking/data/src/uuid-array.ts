import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/**
 * One array parameter instead of one parameter per id: a region-wide search passes well over a thousand
 * resources, and a single `= any($1::uuid[])` keeps the statement (and its plan) the same size.
 */
export function uuidArray(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}

export function isAnyOf(column: SQLWrapper, ids: readonly string[]): SQL {
  return sql`${column} = any(${uuidArray(ids)})`;
}
