import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { errorMessageKey } from '../src/api/error-message-key';

function serverError(code: string, httpStatus: number) {
  return TRPCClientError.from({ error: { message: 'raw', code: -32000, data: { code, httpStatus } } });
}

describe('errorMessageKey', () => {
  it.each([
    ['UNIT_NOT_FOUND', 404, 'errors.unitNotFound'],
    ['VALIDATION_FAILED', 400, 'errors.invalidRequest'],
    ['TOO_MANY_REQUESTS', 429, 'errors.tooManyRequests'],
    ['UNAUTHENTICATED', 401, 'errors.unauthenticated'],
    ['FORBIDDEN', 403, 'errors.forbidden'],
    ['ACTING_FOR_NOT_ALLOWED', 403, 'errors.actingForNotAllowed'],
    ['IDENTITY_UNAVAILABLE', 503, 'errors.temporarilyUnavailable'],
    ['UNITS_UNAVAILABLE', 503, 'errors.temporarilyUnavailable'],
    ['PERSON_DIRECTORY_UNAVAILABLE', 503, 'errors.temporarilyUnavailable'],
    ['INTERNAL', 500, 'errors.generic'],
  ])('maps %s to a translated message', (code, status, key) => {
    expect(errorMessageKey(serverError(code, status))).toBe(key);
  });

  it('lets a page word a code its own way', () => {
    expect(
      errorMessageKey(serverError('VALIDATION_FAILED', 400), {
        VALIDATION_FAILED: 'errors.invalidPreferences',
      }),
    ).toBe('errors.invalidPreferences');
  });

  it('treats a call that got no tRPC answer as a network problem', () => {
    expect(errorMessageKey(TRPCClientError.from(new TypeError('Failed to fetch')))).toBe('errors.network');
  });

  it('falls back to a generic message for anything else', () => {
    expect(errorMessageKey(new Error('?'))).toBe('errors.generic');
  });
});
