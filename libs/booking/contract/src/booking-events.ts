import { localizedTextSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import { serviceLanguageSchema } from './resident-preferences';
import { serviceChannelSchema, serviceCodeSchema } from './service-types';
import { unitIdSchema } from './units';

/** Published when staff mark a visit attended: the feedback service may send a feedback request. */
export const visitCompletedEventType = 'booking.visit.completed';

/** No person's name, no message text: the person only as their subject; the service by code and name. */
export const visitCompletedPayloadSchema = z
  .object({
    bookingId: z.uuid(),
    serviceCode: serviceCodeSchema,
    unitId: unitIdSchema,
    personSubject: z.string().min(1),
    visitedAt: z.iso.datetime({ offset: true }),
    /** How the visit was given (on site, phone, video). Optional: events written before it was added lack it. */
    channel: serviceChannelSchema.optional(),
    /** The language to write to the person in (the booking's language). Optional, as channel. */
    language: serviceLanguageSchema.optional(),
    /** The service's name in fi/sv/en, so that a consumer's pages show names, not codes. Optional, as channel. */
    serviceName: localizedTextSchema.optional(),
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

/**
 * Payloads as booking writes them, old and new: consumers' contract tests check that their readers accept
 * every one (tools/workspace-checks).
 */
export const visitCompletedSamplePayloads: readonly VisitCompletedPayload[] = [
  {
    bookingId: '0b9f6f1e-5b7a-4c39-9d0e-1f2a3b4c5d6e',
    serviceCode: 'physician',
    unitId: '5a1c7e2d-8f3b-4d6a-9e0c-2b4d6f8a0c1e',
    personSubject: 'subject-1',
    visitedAt: '2027-03-23T07:00:00.000Z',
  },
  {
    bookingId: '0b9f6f1e-5b7a-4c39-9d0e-1f2a3b4c5d6f',
    serviceCode: 'child-health-nurse',
    unitId: '5a1c7e2d-8f3b-4d6a-9e0c-2b4d6f8a0c1e',
    personSubject: 'subject-2',
    visitedAt: '2027-03-23T09:30:00+02:00',
    channel: 'video',
    language: 'sv',
    serviceName: { fi: 'Lastenneuvola', sv: 'Barnrådgivning', en: 'Child health clinic' },
  },
];

export const visitCompletionWithdrawnSamplePayloads: readonly VisitCompletionWithdrawnPayload[] = [
  {
    bookingId: '0b9f6f1e-5b7a-4c39-9d0e-1f2a3b4c5d6e',
    unitId: '5a1c7e2d-8f3b-4d6a-9e0c-2b4d6f8a0c1e',
    personSubject: 'subject-1',
  },
];
