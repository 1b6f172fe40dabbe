import { TRPCClientError } from '@trpc/client';

/**
 * The module's own retry rule, whatever the host's default: retry once after a network failure or
 * server error, never after an answer the service gave on purpose (HTTP 4xx, e.g. UNIT_NOT_FOUND).
 */
export function retryUnlessRefused(failureCount: number, error: unknown): boolean {
  if (error instanceof TRPCClientError) {
    const status: unknown = (error.data as { httpStatus?: unknown } | null | undefined)?.httpStatus;
    if (typeof status === 'number' && status >= 400 && status < 500) return false;
  }
  return failureCount < 1;
}
