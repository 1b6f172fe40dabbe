import { z } from 'zod';

/**
 * Codes the booking service answers with in `error.data.code`, next to the platform's own
 * (VALIDATION_FAILED, INTERNAL, NOT_FOUND, TOO_MANY_REQUESTS, ...).
 */
export const bookingErrorCodeSchema = z.enum([
  'UNIT_NOT_FOUND',
  'SERVICE_TYPE_NOT_FOUND',
  'RESOURCE_NOT_FOUND',
  'BOOKING_NOT_FOUND',
  /** Someone else got the time first (or it was never free): pick another. */
  'TIME_TAKEN',
  'TIME_IN_PAST',
  /** Closer to now than the service allows booking. */
  'TIME_TOO_SOON',
  'OUTSIDE_BOOKING_HORIZON',
  /** Not on the schedule's grid, or the resource does not give the service. */
  'NOT_A_FREE_TIME',
  'CHANNEL_NOT_OFFERED',
  /** Residents cannot book this service themselves; the unit books it. */
  'NOT_SELF_BOOKABLE',
  'BOOKING_RIGHT_REQUIRED',
  /** Unknown, expired, used up, for another service or another person. */
  'BOOKING_RIGHT_INVALID',
  /** The cancellation cut-off has passed: call the unit. */
  'CUT_OFF_PASSED',
  /** The booking is cancelled or its visit is over. */
  'BOOKING_NOT_CHANGEABLE',
  /** Attended and no-show are marked from the appointment's start, arrived from its day. */
  'VISIT_NOT_STARTED',
  /** Only a mark made today (Helsinki) can be undone. */
  'MARK_NOT_UNDOABLE',
  /** The idempotency key was used before for a different booking request. */
  'IDEMPOTENCY_KEY_REUSED',
  'REMINDER_LINK_INVALID',
  'REMINDER_LINK_EXPIRED',
  /** No person with that identity code. */
  'PERSON_NOT_FOUND',
  /** A schedule template's validity overlaps another of the same resource. */
  'SCHEDULE_OVERLAPS',
  'SERVICE_CODE_TAKEN',
]);
export type BookingErrorCode = z.infer<typeof bookingErrorCodeSchema>;

export const BookingErrorCode = bookingErrorCodeSchema.enum;

/**
 * The platform's access codes, answered by every procedure that needs a signed-in caller. None carries
 * data: FORBIDDEN is the same whether the person or record exists or not.
 */
export const accessErrorCodeSchema = z.enum([
  /** No token, or one that is not valid (expired, wrong audience, bad signature): sign in again. */
  'UNAUTHENTICATED',
  /** Signed in, but not allowed this (a resident calling a staff procedure, a role in another unit). */
  'FORBIDDEN',
  /** The person in X-Acting-For may not be acted for in this scope. */
  'ACTING_FOR_NOT_ALLOWED',
  /** The identity provider's keys could not be fetched: try again later (503). */
  'IDENTITY_UNAVAILABLE',
  /** The relations (mandate) service did not answer: try again later (503). */
  'RELATIONS_UNAVAILABLE',
]);
export type AccessErrorCode = z.infer<typeof accessErrorCodeSchema>;

export const AccessErrorCode = accessErrorCodeSchema.enum;
