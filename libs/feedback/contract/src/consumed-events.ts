// The events the feedback service reads, as feedback reads them (tolerant readers): only the fields it
// needs, unknown fields ignored, so a producer's additive change never breaks the consumer. Feedback never
// imports a producer's contract (module boundaries); tools/workspace-checks proves that the producers'
// sample payloads parse here.
import { localizedTextSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import { answerMonthSchema, serviceChannelSchema, serviceCodeSchema } from './answers';

/** Languages a feedback request is written in. */
export const requestLanguageSchema = z.enum(['fi', 'sv', 'en']);
export type RequestLanguage = z.infer<typeof requestLanguageSchema>;

export const visitCompletedEventType = 'booking.visit.completed';
export const visitCompletionWithdrawnEventType = 'booking.visit.completion-withdrawn';
export const familyContactClosedEventType = 'family.contact.closed';
export const guidanceContactClosedEventType = 'guidance.contact.closed';

/**
 * booking.visit.completed: staff marked a visit attended. channel and language came later (optional: older
 * events lack them); the person only as their subject, to address the request to. `age` (whole years) lets
 * a producer that knows it choose the children's set; booking does not send it yet.
 */
export const visitCompletedEventSchema = z.object({
  bookingId: z.uuid(),
  serviceCode: serviceCodeSchema,
  unitId: z.uuid(),
  personSubject: z.string().min(1).max(255),
  visitedAt: z.iso.datetime({ offset: true }),
  channel: z.enum(['onSite', 'phone', 'video']).optional(),
  language: requestLanguageSchema.optional(),
  age: z.int().min(0).max(130).optional(),
  /** The service's name, remembered by code so that reports show names (older events lack it). */
  serviceName: localizedTextSchema.optional(),
});
export type VisitCompletedEvent = z.infer<typeof visitCompletedEventSchema>;

/** booking.visit.completion-withdrawn: the attended mark was taken back; the unsent request is withdrawn. */
export const visitCompletionWithdrawnEventSchema = z.object({
  bookingId: z.uuid(),
});
export type VisitCompletionWithdrawnEvent = z.infer<typeof visitCompletionWithdrawnEventSchema>;

/**
 * family.contact.closed and guidance.contact.closed (modules not built yet: this is their target). They
 * carry no person, so no request can be sent: feedback records the service event for the unit, which
 * counts in the response rate. `closedMonth` is YYYY-MM.
 */
export const contactClosedEventSchema = z.object({
  unitId: z.uuid(),
  kind: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z][a-z0-9-]*$/),
  channel: serviceChannelSchema,
  closedMonth: answerMonthSchema,
});
export type ContactClosedEvent = z.infer<typeof contactClosedEventSchema>;
