import { z } from 'zod';

/**
 * Codes the booking service answers with in `error.data.code`, next to the platform's own
 * (VALIDATION_FAILED, INTERNAL, NOT_FOUND, TOO_MANY_REQUESTS, ...).
 */
export const bookingErrorCodeSchema = z.enum(['UNIT_NOT_FOUND', 'SERVICE_TYPE_NOT_FOUND']);
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
