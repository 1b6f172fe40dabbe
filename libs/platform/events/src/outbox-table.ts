import { sql } from 'drizzle-orm';
import { index, integer, jsonb, text, timestamp, uuid, type PgSchema } from 'drizzle-orm/pg-core';
import type { JsonObject } from './event-envelope';

/**
 * The transactional outbox of one module, in the module's own schema: a row is written in the same
 * transaction as the business change and published to the bus by the relay afterwards.
 */
export function outboxTable(schema: PgSchema<string>) {
  return schema.table(
    'outbox',
    {
      /** The event id: consumers de-duplicate by it and JetStream uses it as Nats-Msg-Id. */
      id: uuid('id').primaryKey(),
      type: text('type').notNull(),
      source: text('source').notNull(),
      payload: jsonb('payload').$type<JsonObject>().notNull(),
      occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
      /** Not before this instant: pushed forward after a failed publish. */
      availableAt: timestamp('available_at', { withTimezone: true }).notNull(),
      attempts: integer('attempts').notNull().default(0),
      publishedAt: timestamp('published_at', { withTimezone: true }),
      /** Short and free of personal data: an error class or a transport message, never the payload. */
      lastError: text('last_error'),
    },
    (table) => [
      index('outbox_unpublished_idx')
        .on(table.availableAt)
        .where(sql`published_at is null`),
    ],
  );
}

export type OutboxTable = ReturnType<typeof outboxTable>;
export type OutboxRow = OutboxTable['$inferSelect'];
