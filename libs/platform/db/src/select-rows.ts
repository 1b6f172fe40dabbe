import type { SQL } from 'drizzle-orm';

/**
 * Runs raw SQL and returns its rows whichever driver answers: postgres.js yields an array of rows,
 * PGlite an object with `rows`. Prefer the query builder; this is for catalog queries and the like.
 */
export async function selectRows<TRow extends Record<string, unknown>>(
  db: { execute(query: SQL): PromiseLike<unknown> },
  query: SQL,
): Promise<TRow[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as TRow[];
  return (result as { rows: TRow[] }).rows;
}
