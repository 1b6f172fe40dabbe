/** SQLSTATE codes the services react to. */
export const PgErrorCode = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  exclusionViolation: '23P01',
  checkViolation: '23514',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
} as const;

const sqlStatePattern = /^[0-9A-Z]{5}$/;

/**
 * The PostgreSQL error code (SQLSTATE) behind an error, or undefined. Drizzle wraps driver errors, so the
 * code sits on `cause`; network errors carry Node codes such as ECONNREFUSED, which are not SQLSTATEs.
 */
export function postgresErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && sqlStatePattern.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
