import { text, timestamp, uuid, type PgSchema } from 'drizzle-orm/pg-core';
import type { NotificationChannel } from './notification-types';

/**
 * Development only: what the development gateway "sent", so developers and browser tests can read the
 * rendered SMS or e-mail. The recipient is stored masked.
 */
export function notificationLogTable(schema: PgSchema<string>) {
  return schema.table('notification_log', {
    /** Also the providerMessageId the development gateway returns. */
    id: uuid('id').primaryKey().defaultRandom(),
    notificationId: uuid('notification_id').notNull(),
    channel: text('channel').$type<NotificationChannel>().notNull(),
    recipientMasked: text('recipient_masked').notNull(),
    subject: text('subject'),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  });
}

export type NotificationLogTable = ReturnType<typeof notificationLogTable>;
