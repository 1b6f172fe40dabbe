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
