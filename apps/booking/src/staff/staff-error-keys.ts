import type { BookingErrorCode } from '@asiointi/booking-contract';

/** How the staff pages word the booking service's codes, passed to errorMessageKey as overrides. */
export const staffErrorOverrides = {
  UNIT_NOT_FOUND: 'staff.errors.unitNotFound',
  SERVICE_TYPE_NOT_FOUND: 'staff.errors.serviceTypeNotFound',
  RESOURCE_NOT_FOUND: 'staff.errors.resourceNotFound',
  BOOKING_NOT_FOUND: 'staff.errors.bookingNotFound',
  TIME_TAKEN: 'staff.errors.timeTaken',
  TIME_IN_PAST: 'staff.errors.timeInPast',
  TIME_TOO_SOON: 'staff.errors.timeTooSoon',
  OUTSIDE_BOOKING_HORIZON: 'staff.errors.outsideBookingHorizon',
  NOT_A_FREE_TIME: 'staff.errors.notAFreeTime',
  CHANNEL_NOT_OFFERED: 'staff.errors.channelNotOffered',
  BOOKING_NOT_CHANGEABLE: 'staff.errors.bookingNotChangeable',
  VISIT_NOT_STARTED: 'staff.errors.visitNotStarted',
  MARK_NOT_UNDOABLE: 'staff.errors.markNotUndoable',
  IDEMPOTENCY_KEY_REUSED: 'staff.errors.idempotencyKeyReused',
  PERSON_NOT_FOUND: 'staff.errors.personNotFound',
  SCHEDULE_OVERLAPS: 'staff.errors.scheduleOverlaps',
  SERVICE_CODE_TAKEN: 'staff.errors.serviceCodeTaken',
  VALIDATION_FAILED: 'staff.errors.invalidInput',
  FORBIDDEN: 'staff.errors.forbidden',
} as const satisfies Partial<
  Record<BookingErrorCode | 'VALIDATION_FAILED' | 'FORBIDDEN', `staff.errors.${string}`>
>;

export type StaffErrorKey = (typeof staffErrorOverrides)[keyof typeof staffErrorOverrides];
