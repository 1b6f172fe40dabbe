// The typed refusals of the booking lifecycle, in one place so every procedure answers alike.
import { BookingErrorCode } from '@asiointi/booking-contract';
import type { RequestedTimeProblem } from '@asiointi/booking-domain';
import { ApiError } from '@asiointi/platform-service';

export const bookingNotFound = () => new ApiError('NOT_FOUND', BookingErrorCode.BOOKING_NOT_FOUND);
export const serviceTypeNotFound = () => new ApiError('NOT_FOUND', BookingErrorCode.SERVICE_TYPE_NOT_FOUND);
export const resourceNotFound = () => new ApiError('NOT_FOUND', BookingErrorCode.RESOURCE_NOT_FOUND);
export const timeTaken = (cause?: unknown) =>
  new ApiError('CONFLICT', BookingErrorCode.TIME_TAKEN, { cause });
export const idempotencyKeyReused = () => new ApiError('CONFLICT', BookingErrorCode.IDEMPOTENCY_KEY_REUSED);
export const channelNotOffered = () => new ApiError('BAD_REQUEST', BookingErrorCode.CHANNEL_NOT_OFFERED);
export const notSelfBookable = () => new ApiError('FORBIDDEN', BookingErrorCode.NOT_SELF_BOOKABLE);
export const bookingRightRequired = () => new ApiError('FORBIDDEN', BookingErrorCode.BOOKING_RIGHT_REQUIRED);
export const bookingRightInvalid = () => new ApiError('FORBIDDEN', BookingErrorCode.BOOKING_RIGHT_INVALID);
export const cutOffPassed = () => new ApiError('PRECONDITION_FAILED', BookingErrorCode.CUT_OFF_PASSED);
export const bookingNotChangeable = () =>
  new ApiError('PRECONDITION_FAILED', BookingErrorCode.BOOKING_NOT_CHANGEABLE);
export const reminderLinkInvalid = () => new ApiError('NOT_FOUND', BookingErrorCode.REMINDER_LINK_INVALID);
export const reminderLinkExpired = () => new ApiError('NOT_FOUND', BookingErrorCode.REMINDER_LINK_EXPIRED);
export const personNotFound = () => new ApiError('NOT_FOUND', BookingErrorCode.PERSON_NOT_FOUND);
export const visitNotStarted = () => new ApiError('PRECONDITION_FAILED', BookingErrorCode.VISIT_NOT_STARTED);
export const markNotUndoable = () => new ApiError('PRECONDITION_FAILED', BookingErrorCode.MARK_NOT_UNDOABLE);

const requestedTimeCodes = {
  MALFORMED_TIME: BookingErrorCode.NOT_A_FREE_TIME,
  IN_THE_PAST: BookingErrorCode.TIME_IN_PAST,
  TOO_SOON: BookingErrorCode.TIME_TOO_SOON,
  OUTSIDE_HORIZON: BookingErrorCode.OUTSIDE_BOOKING_HORIZON,
  NOT_A_FREE_TIME: BookingErrorCode.NOT_A_FREE_TIME,
} as const satisfies Record<RequestedTimeProblem, BookingErrorCode>;

export const requestedTimeRefused = (problem: RequestedTimeProblem) =>
  new ApiError('BAD_REQUEST', requestedTimeCodes[problem]);
