import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type PgSchema,
} from 'drizzle-orm/pg-core';
import type {
  NotificationChannel,
  NotificationLanguage,
  NotificationStatus,
  TemplateParams,
} from './notification-types';

/**
 * SMS and e-mail waiting to be sent by one module, in the module's own schema. Rows are written in the
 * business transaction (a booking and its reminder commit together) and sent by the notification sender.
 */
export function notificationOutboxTable(schema: PgSchema<string>) {
  return schema.table(
    'notification_outbox',
    {
      id: uuid('id').primaryKey().defaultRandom(),
      channel: text('channel').$type<NotificationChannel>().notNull(),
      recipientRef: text('recipient_ref').notNull(),
      recipientAddress: text('recipient_address'),
      templateKey: text('template_key').notNull(),
      templateParams: jsonb('template_params').$type<TemplateParams>().notNull().default({}),
      language: text('language').$type<NotificationLanguage>().notNull(),
      sendAt: timestamp('send_at', { withTimezone: true }).notNull(),
      status: text('status').$type<NotificationStatus>().notNull().default('pending'),
      attempts: integer('attempts').notNull().default(0),
      /** send_at at first, later pushed forward by retries. */
      nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
      /** When a sender took the row ('sending'); a row stuck there longer than a send can take is failed. */
      claimedAt: timestamp('claimed_at', { withTimezone: true }),
      sentAt: timestamp('sent_at', { withTimezone: true }),
      providerMessageId: text('provider_message_id'),
      /** Short, with the recipient masked. */
      lastError: text('last_error'),
      dedupeKey: text('dedupe_key').notNull(),
      cancelledReason: text('cancelled_reason'),
      createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    },
    (table) => [
      // One pending notification per key; text_pattern_ops also serves prefix cancels (LIKE 'booking:42:%').
      uniqueIndex('notification_outbox_pending_dedupe_key')
        .on(table.dedupeKey.op('text_pattern_ops'))
        .where(sql`status = 'pending'`),
      index('notification_outbox_due_idx')
        .on(table.nextAttemptAt)
        .where(sql`status = 'pending'`),
      check('notification_outbox_channel_check', sql`channel in ('sms', 'email')`),
      check('notification_outbox_language_check', sql`language in ('fi', 'sv', 'en')`),
      check(
        'notification_outbox_status_check',
        sql`status in ('pending', 'sending', 'sent', 'cancelled', 'failed')`,
      ),
    ],
  );
}

export type NotificationOutboxTable = ReturnType<typeof notificationOutboxTable>;
export type NotificationRow = NotificationOutboxTable['$inferSelect'];
