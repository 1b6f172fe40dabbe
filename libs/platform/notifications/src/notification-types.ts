import { z } from 'zod';

export const notificationChannels = ['sms', 'email'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

export const notificationStatuses = ['pending', 'sending', 'sent', 'cancelled', 'failed'] as const;
export type NotificationStatus = (typeof notificationStatuses)[number];

export const notificationLanguages = ['fi', 'sv', 'en'] as const;
export type NotificationLanguage = (typeof notificationLanguages)[number];

/**
 * Values a template fills in (a time, a unit's name, a link). Short scalars only: messages are composed
 * from templates, never from text a user typed.
 */
export const templateParamsSchema = z.record(
  z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/),
  z.union([z.string().max(300), z.number(), z.boolean(), z.null()]),
);
export type TemplateParams = z.infer<typeof templateParamsSchema>;

/** A short code, e.g. "booking-cancelled" or "rescheduled": why a notification will not go out. */
export const reasonCodeSchema = z.string().regex(/^[a-z][a-z0-9-]{0,62}$/);

export const newNotificationSchema = z.object({
  channel: z.enum(notificationChannels),
  /** Opaque reference the sender resolves to an address at send time, e.g. "person:<uuid>". */
  recipientRef: z.string().min(1).max(200),
  /**
   * Only when no reference can be resolved later (e.g. an address typed into an anonymous form). Kept in
   * its own column, never logged, and cleared once the notification is sent, cancelled or failed.
   */
  recipientAddress: z.string().min(3).max(320).optional(),
  /** e.g. "booking.reminder"; the sender's render() maps it to a text per language and channel. */
  templateKey: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/),
  templateParams: templateParamsSchema.default({}),
  language: z.enum(notificationLanguages),
  /** Not sent before this instant. */
  sendAt: z.date(),
  /** At most one pending notification per key, e.g. `booking:<bookingId>:reminder`. */
  dedupeKey: z.string().min(1).max(200),
});
export type NewNotification = z.input<typeof newNotificationSchema>;
