import { postgresErrorCode } from '@asiointi/platform-db';

/** The constraint an error names, whichever driver raised it (postgres.js: constraint_name, PGlite: constraint). */
function constraintNameOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const named = current as { constraint_name?: unknown; constraint?: unknown; cause?: unknown };
    const name = named.constraint_name ?? named.constraint;
    if (typeof name === 'string') return name;
    current = named.cause;
  }
  return undefined;
}

/** Whether the error is the database refusing a write by this constraint with this SQLSTATE. */
export function violatesConstraint(error: unknown, sqlState: string, constraint: string): boolean {
  if (postgresErrorCode(error) !== sqlState) return false;
  const name = constraintNameOf(error);
  // A driver that does not name the constraint: the SQLSTATE of the one statement is enough.
  return name === undefined || name === constraint;
}
