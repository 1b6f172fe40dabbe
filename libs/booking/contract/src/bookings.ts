import { freeTextSchema, singleLineTextSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import { instantSchema } from './free-times';
import { localizedTextSchema } from './localized-text';
import { reminderChannelSchema } from './resident-preferences';
import { resourceIdSchema } from './resources';
import { serviceCategorySchema, serviceChannelSchema, serviceCodeSchema } from './service-types';
import { unitIdSchema } from './units';

export const bookingStatusSchema = z.enum(['booked', 'arrived', 'attended', 'noShow', 'cancelled']);
export type BookingStatusValue = z.infer<typeof bookingStatusSchema>;

/** Who made the booking: the resident online (also for their child) or staff on their behalf. */
export const bookedBySchema = z.enum(['resident', 'staff']);

/** A message to the professional: free text, so it is never logged and never sent in reminders. */
export const messageToProfessionalSchema = freeTextSchema(1000);

/** An invitation letter's (kutsukirje) code as the resident types it; case and spaces do not matter. */
export const bookingRightCodeSchema = singleLineTextSchema(40)
  .min(4)
  .transform((code) => code.replace(/[\s-]/g, '').toUpperCase());

/** Any string the client makes up for one booking attempt; a retry with it returns the first booking. */
export const idempotencyKeySchema = singleLineTextSchema(100).min(8);

export const bookTimeInputSchema = z
  .object({
    serviceTypeId: z.uuid(),
    resourceId: resourceIdSchema,
    start: instantSchema,
    channel: serviceChannelSchema,
    reminderChannel: reminderChannelSchema,
    message: messageToProfessionalSchema.optional(),
    bookingRightCode: bookingRightCodeSchema.optional(),
    idempotencyKey: idempotencyKeySchema,
  })
  .strict();
export type BookTimeInput = z.input<typeof bookTimeInputSchema>;

/** A booking's short reference, read out to the unit: "K7QM-2XHD" (letters and digits 2–9). */
export const bookingReferenceSchema = z.string().regex(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

/** A booking as the resident (or their guardian) sees it. */
export const bookingSchema = z.object({
  id: z.uuid(),
  reference: bookingReferenceSchema,
  /** Whose visit it is; isYou is false for a child's booking in a guardian's list (or on the child's page). */
  person: z.object({ given: z.string(), family: z.string(), isYou: z.boolean() }),
  service: z.object({
    id: z.uuid(),
    code: serviceCodeSchema,
    category: serviceCategorySchema,
    name: localizedTextSchema,
    sensitive: z.boolean(),
  }),
  unit: z.object({
    id: unitIdSchema,
    name: localizedTextSchema,
    streetAddress: z.string(),
    municipality: z.string(),
    phone: z.string().nullable(),
  }),
  /** Title and name in each language, as on the free time. */
  resourceName: localizedTextSchema,
  start: instantSchema,
  end: instantSchema,
  channel: serviceChannelSchema,
  status: bookingStatusSchema,
  reminderChannel: reminderChannelSchema,
  message: z.string().nullable(),
  bookedBy: bookedBySchema,
  /** Until when the resident may cancel or reschedule online; after it, they call the unit. */
  changeableUntil: instantSchema,
  canChange: z.boolean(),
  /** Set when the unit cancelled: the reason the resident is told. */
  cancellationReason: z.string().nullable(),
  cancelledBy: bookedBySchema.nullable(),
});
export type Booking = z.infer<typeof bookingSchema>;

export const myBookingsSchema = z.object({
  upcoming: z.array(bookingSchema),
  past: z.array(bookingSchema),
});
export type MyBookings = z.infer<typeof myBookingsSchema>;

export const bookingIdInputSchema = z.object({ bookingId: z.uuid() }).strict();

export const rescheduleBookingInputSchema = z
  .object({
    bookingId: z.uuid(),
    resourceId: resourceIdSchema,
    start: instantSchema,
  })
  .strict();
export type RescheduleBookingInput = z.infer<typeof rescheduleBookingInputSchema>;

/** An .ics file to download: the title never names a sensitive service. */
export const calendarFileSchema = z.object({
  fileName: z.string(),
  mediaType: z.literal('text/calendar'),
  content: z.string(),
});
export type CalendarFile = z.infer<typeof calendarFileSchema>;

/** The token of a reminder's cancel link: opaque, signed and expiring. */
export const reminderLinkInputSchema = z.object({ token: z.string().min(16).max(1000) }).strict();

/** What a reminder link shows before cancelling: the time and the unit, nothing about the person. */
export const reminderLinkBookingSchema = z.object({
  start: instantSchema,
  end: instantSchema,
  unitName: localizedTextSchema,
  unitPhone: z.string().nullable(),
  status: bookingStatusSchema,
  canCancel: z.boolean(),
});
export type ReminderLinkBooking = z.infer<typeof reminderLinkBookingSchema>;
