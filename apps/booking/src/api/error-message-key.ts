import { AccessErrorCode, BookingErrorCode } from '@asiointi/booking-contract';
import { errorCodeOf, isNetworkFailure } from '@asiointi/platform-client';
import type { StaffErrorKey } from '../staff/staff-error-keys';

/** Codes every service may answer with in `error.data.code` (platform-service's ServiceErrorCode). */
const validationFailed = 'VALIDATION_FAILED';
const tooManyRequests = 'TOO_MANY_REQUESTS';
// The unit and person directories, down for a moment: worded as the identity side being down.
const unitsUnavailable = 'UNITS_UNAVAILABLE';
const personDirectoryUnavailable = 'PERSON_DIRECTORY_UNAVAILABLE';

export type BookingErrorKey =
  | 'errors.unitNotFound'
  | 'errors.invalidRequest'
  | 'errors.invalidPreferences'
  | 'errors.unauthenticated'
  | 'errors.forbidden'
  | 'errors.actingForNotAllowed'
  | 'errors.temporarilyUnavailable'
  | 'errors.tooManyRequests'
  | 'errors.network'
  | 'errors.generic'
  // The resident's booking pages' codes (fi/sv/en in i18n/resident-*.ts).
  | ResidentErrorKey
  // The staff pages word their own codes (staffErrorOverrides).
  | StaffErrorKey;

type ResidentErrorKey = (typeof residentErrorKeys)[keyof typeof residentErrorKeys];

/** What a resident is told for each booking code; a page may still word a code its own way. */
const residentErrorKeys = {
  TIME_TAKEN: 'resident.errors.timeTaken',
  TIME_IN_PAST: 'resident.errors.timeInPast',
  TIME_TOO_SOON: 'resident.errors.timeTooSoon',
  OUTSIDE_BOOKING_HORIZON: 'resident.errors.outsideHorizon',
  NOT_A_FREE_TIME: 'resident.errors.notAFreeTime',
  CHANNEL_NOT_OFFERED: 'resident.errors.channelNotOffered',
  NOT_SELF_BOOKABLE: 'resident.errors.notSelfBookable',
  BOOKING_RIGHT_REQUIRED: 'resident.errors.bookingRightRequired',
  BOOKING_RIGHT_INVALID: 'resident.errors.bookingRightInvalid',
  CUT_OFF_PASSED: 'resident.errors.cutOffPassed',
  BOOKING_NOT_CHANGEABLE: 'resident.errors.bookingNotChangeable',
  BOOKING_NOT_FOUND: 'resident.errors.bookingNotFound',
  SERVICE_TYPE_NOT_FOUND: 'resident.errors.serviceNotFound',
  IDEMPOTENCY_KEY_REUSED: 'resident.errors.idempotencyKeyReused',
  REMINDER_LINK_INVALID: 'resident.errors.reminderLinkInvalid',
  REMINDER_LINK_EXPIRED: 'resident.errors.reminderLinkExpired',
} as const satisfies Partial<Record<BookingErrorCode, `resident.errors.${string}`>>;

function isResidentErrorCode(code: string): code is keyof typeof residentErrorKeys {
  return Object.hasOwn(residentErrorKeys, code);
}

/**
 * The translated message to show for a failed call. Only the typed code decides: the server's own
 * message text is never shown to a resident. `overrides` words a code for one page (a validation
 * error reads differently on a form than on a unit list).
 */
export function errorMessageKey(
  error: unknown,
  overrides: Partial<Record<string, BookingErrorKey>> = {},
): BookingErrorKey {
  // No answer at all (offline, DNS, CORS, server down) reads differently from a refusal.
  if (isNetworkFailure(error)) return 'errors.network';
  const code = errorCodeOf(error);
  if (code === undefined) return 'errors.generic';
  const override = overrides[code];
  if (override) return override;
  switch (code) {
    case BookingErrorCode.UNIT_NOT_FOUND:
      return 'errors.unitNotFound';
    case validationFailed:
      return 'errors.invalidRequest';
    case AccessErrorCode.UNAUTHENTICATED:
      return 'errors.unauthenticated';
    case AccessErrorCode.FORBIDDEN:
      return 'errors.forbidden';
    case AccessErrorCode.ACTING_FOR_NOT_ALLOWED:
      return 'errors.actingForNotAllowed';
    case AccessErrorCode.IDENTITY_UNAVAILABLE:
    case AccessErrorCode.RELATIONS_UNAVAILABLE:
    case unitsUnavailable:
    case personDirectoryUnavailable:
      return 'errors.temporarilyUnavailable';
    case tooManyRequests:
      return 'errors.tooManyRequests';
    default:
      return isResidentErrorCode(code) ? residentErrorKeys[code] : 'errors.generic';
  }
}
