import { z } from 'zod';

/**
 * Codes the booking service answers with in `error.data.code`, next to the platform's own
 * (VALIDATION_FAILED, INTERNAL, NOT_FOUND, TOO_MANY_REQUESTS, ...).
 */
export const bookingErrorCodeSchema = z.enum(['UNIT_NOT_FOUND']);
export type BookingErrorCode = z.infer<typeof bookingErrorCodeSchema>;

export const BookingErrorCode = bookingErrorCodeSchema.enum;
