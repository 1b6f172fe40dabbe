import { httpStatusOf } from './service-error';

/**
 * A module's retry rule, whatever the host's default: retry once after a network failure or server
 * error, never after an answer the service gave on purpose (HTTP 4xx, e.g. NOT_FOUND or FORBIDDEN).
 */
export function retryUnlessRefused(failureCount: number, error: unknown): boolean {
  const status = httpStatusOf(error);
  if (status !== undefined && status >= 400 && status < 500) return false;
  return failureCount < 1;
}
