import { TRPCClientError } from '@trpc/client';
import { BookingErrorCode } from '@asiointi/booking-contract';

/** Codes every service may answer with in `error.data.code` (platform-service's ServiceErrorCode). */
const validationFailed = 'VALIDATION_FAILED';
const tooManyRequests = 'TOO_MANY_REQUESTS';

export type BookingErrorKey =
  | 'errors.unitNotFound'
  | 'errors.invalidRequest'
  | 'errors.tooManyRequests'
  | 'errors.network'
  | 'errors.generic';

/**
 * The translated message to show for a failed call. Only the typed code decides: the server's own
 * message text is never shown to a resident.
 */
export function errorMessageKey(error: unknown): BookingErrorKey {
  if (!(error instanceof TRPCClientError)) return 'errors.generic';
  const data: unknown = error.data;
  // No data: the request never got a tRPC answer (offline, DNS, CORS, server down).
  if (data === undefined || data === null) return 'errors.network';
  const code = typeof data === 'object' && 'code' in data ? data.code : undefined;
  switch (code) {
    case BookingErrorCode.UNIT_NOT_FOUND:
      return 'errors.unitNotFound';
    case validationFailed:
      return 'errors.invalidRequest';
    case tooManyRequests:
      return 'errors.tooManyRequests';
    default:
      return 'errors.generic';
  }
}
