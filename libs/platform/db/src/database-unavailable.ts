// Tells "the database cannot be reached" apart from every other database error, so that a service
// answers a typed 503 (try again soon) instead of a 500 (something is wrong with this request).

/** Node's socket errors and postgres.js's own codes for a connection that could not be made or was lost. */
const connectionErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

/**
 * SQLSTATEs of a server that is there but will not serve: class 08 (connection exception), shutting down
 * or starting up (57P01–57P03), too many connections (53300).
 */
function isUnavailableSqlState(code: string): boolean {
  if (!/^[0-9A-Z]{5}$/.test(code)) return false;
  return code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300';
}

/** True when the error (or one it wraps: Drizzle puts the driver's on `cause`) says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (connectionErrorCodes.has(code) || isUnavailableSqlState(code))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
