import type { NotificationChannel } from './notification-types';

export interface OutgoingMessage {
  channel: NotificationChannel;
  /** Phone number or e-mail address: never log it (maskRecipient). */
  to: string;
  subject?: string;
  text: string;
  /** Which template the text was rendered from, e.g. "booking.reminder": what a log may say of it. */
  templateKey: string;
  /** The notification's id: a gateway that supports idempotency keys passes it on. */
  notificationId: string;
}

/** An SMS or e-mail provider. Throws to have the notification retried, PermanentDeliveryError to give up. */
export interface NotificationGateway {
  send(message: OutgoingMessage): Promise<{ providerMessageId: string }>;
}

/** A failure that retrying cannot fix (an invalid number, a template that does not exist). */
export class PermanentDeliveryError extends Error {
  override name = 'PermanentDeliveryError';
}
