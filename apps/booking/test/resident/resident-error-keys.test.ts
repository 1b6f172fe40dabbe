import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { errorMessageKey } from '../../src/api/error-message-key';
import { bookingStrings } from '../../src/i18n/all-strings';

function serverError(code: string, httpStatus: number) {
  return TRPCClientError.from({ error: { message: 'raw', code: -32000, data: { code, httpStatus } } });
}

function lookUp(strings: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], strings);
}

describe('booking codes a resident may meet', () => {
  it.each([
    ['TIME_TAKEN', 'resident.errors.timeTaken'],
    ['TIME_IN_PAST', 'resident.errors.timeInPast'],
    ['TIME_TOO_SOON', 'resident.errors.timeTooSoon'],
    ['OUTSIDE_BOOKING_HORIZON', 'resident.errors.outsideHorizon'],
    ['NOT_A_FREE_TIME', 'resident.errors.notAFreeTime'],
    ['CHANNEL_NOT_OFFERED', 'resident.errors.channelNotOffered'],
    ['NOT_SELF_BOOKABLE', 'resident.errors.notSelfBookable'],
    ['BOOKING_RIGHT_REQUIRED', 'resident.errors.bookingRightRequired'],
    ['BOOKING_RIGHT_INVALID', 'resident.errors.bookingRightInvalid'],
    ['CUT_OFF_PASSED', 'resident.errors.cutOffPassed'],
    ['BOOKING_NOT_CHANGEABLE', 'resident.errors.bookingNotChangeable'],
    ['BOOKING_NOT_FOUND', 'resident.errors.bookingNotFound'],
    ['SERVICE_TYPE_NOT_FOUND', 'resident.errors.serviceNotFound'],
    ['IDEMPOTENCY_KEY_REUSED', 'resident.errors.idempotencyKeyReused'],
    ['REMINDER_LINK_INVALID', 'resident.errors.reminderLinkInvalid'],
    ['REMINDER_LINK_EXPIRED', 'resident.errors.reminderLinkExpired'],
  ])('maps %s to a message in Finnish, Swedish and English', (code, key) => {
    expect(errorMessageKey(serverError(code, 409))).toBe(key);
    for (const language of ['fi', 'sv', 'en'] as const) {
      expect(typeof lookUp(bookingStrings[language], key), `${language}: ${key}`).toBe('string');
    }
  });

  it('still lets a page word a code its own way', () => {
    expect(errorMessageKey(serverError('TIME_TAKEN', 409), { TIME_TAKEN: 'errors.generic' })).toBe(
      'errors.generic',
    );
  });
});
