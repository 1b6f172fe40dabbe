import { z } from 'zod';
import { serviceCodeSchema } from './service-types';
import { unitIdSchema } from './units';

/** Published when staff mark a visit attended: the feedback service may send a feedback request. */
export const visitCompletedEventType = 'booking.visit.completed';

/** No names, no message text: the person only as their subject, the service only as its code. */
export const visitCompletedPayloadSchema = z
  .object({
    bookingId: z.uuid(),
    serviceCode: serviceCodeSchema,
    unitId: unitIdSchema,
    personSubject: z.string().min(1),
    visitedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type VisitCompletedPayload = z.infer<typeof visitCompletedPayloadSchema>;

/**
 * Published when staff take back an "attended" mark (undoMark, the same day): a consumer that acted on
 * booking.visit.completed for this booking withdraws what it did (an unsent feedback request). A visit
 * marked attended again publishes booking.visit.completed again: consumers keep one per bookingId.
 */
export const visitCompletionWithdrawnEventType = 'booking.visit.completion-withdrawn';

export const visitCompletionWithdrawnPayloadSchema = z
  .object({
    bookingId: z.uuid(),
    unitId: unitIdSchema,
    personSubject: z.string().min(1).max(255),
  })
  .strict();
export type VisitCompletionWithdrawnPayload = z.infer<typeof visitCompletionWithdrawnPayloadSchema>;
