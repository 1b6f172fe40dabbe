import { freeTextSchema, singleLineTextSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import {
  bookedBySchema,
  bookingStatusSchema,
  idempotencyKeySchema,
  messageToProfessionalSchema,
} from './bookings';
import { instantSchema } from './free-times';
import { localizedTextSchema } from './localized-text';
import { reminderChannelSchema } from './resident-preferences';
import { resourceIdSchema } from './resources';
import { serviceChannelSchema, serviceCodeSchema } from './service-types';
import { unitIdSchema } from './units';
import { plainDateSchema } from './wall-clock';

export const dayListInputSchema = z
  .object({ unitId: unitIdSchema, date: plainDateSchema, resourceId: resourceIdSchema.optional() })
  .strict();
export type DayListInput = z.infer<typeof dayListInputSchema>;

/** A row of a unit's day list: who comes, when, to whom, and what has happened. */
export const dayListEntrySchema = z.object({
  id: z.uuid(),
  start: instantSchema,
  end: instantSchema,
  resource: z.object({ id: resourceIdSchema, name: localizedTextSchema }),
  service: z.object({ id: z.uuid(), code: serviceCodeSchema, name: localizedTextSchema }),
  person: z.object({ given: z.string(), family: z.string() }),
  status: bookingStatusSchema,
  /** When the status was last set (a mark, or its undoing); null while it never changed. */
  statusChangedAt: instantSchema.nullable(),
  channel: serviceChannelSchema,
  bookedBy: bookedBySchema,
  message: z.string().nullable(),
});
export type DayListEntry = z.infer<typeof dayListEntrySchema>;

/** Staff book for a resident found by identity code (phone call, visit at the desk). */
export const bookOnBehalfInputSchema = z
  .object({
    serviceTypeId: z.uuid(),
    resourceId: resourceIdSchema,
    start: instantSchema,
    channel: serviceChannelSchema,
    identityCode: singleLineTextSchema(11).min(11),
    reminderChannel: reminderChannelSchema,
    message: messageToProfessionalSchema.optional(),
    /** When the need was assessed, for the care-guarantee figure; null when not a care-guarantee visit. */
    needAssessedAt: instantSchema.nullable(),
    idempotencyKey: idempotencyKeySchema,
  })
  .strict();
export type BookOnBehalfInput = z.infer<typeof bookOnBehalfInputSchema>;

/** What staff record about a visit: checked in, attended, or did not come. */
export const markBookingInputSchema = z
  .object({ bookingId: z.uuid(), status: z.enum(['arrived', 'attended', 'noShow']) })
  .strict();
export type MarkBookingInput = z.infer<typeof markBookingInputSchema>;

/** Takes back a mark made by mistake today: the visit is booked again. */
export const undoVisitMarkInputSchema = z.object({ bookingId: z.uuid() }).strict();
export type UndoVisitMarkInput = z.infer<typeof undoVisitMarkInputSchema>;

/** The unit cancels; the resident is told the reason. */
export const staffCancelBookingInputSchema = z
  .object({ bookingId: z.uuid(), reason: freeTextSchema(500).min(3) })
  .strict();
export type StaffCancelBookingInput = z.infer<typeof staffCancelBookingInputSchema>;
