import { PgErrorCode, postgresErrorCode } from './postgres-error-code';

const retriedCodes = new Set<string>([PgErrorCode.deadlockDetected, PgErrorCode.serializationFailure]);

/**
 * Runs a transaction again when PostgreSQL aborted it to break a deadlock or a serialization conflict.
 * Two transactions inserting overlapping rows under one exclusion constraint wait on each other and one
 * is aborted with 40P01; run again, the survivor's row is visible and the normal checks answer. The work
 * must be a whole transaction with its checks, so running it again is safe.
 */
export async function retryOnConflict<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const code = postgresErrorCode(error);
      if (attempt >= attempts || code === undefined || !retriedCodes.has(code)) throw error;
    }
  }
}
