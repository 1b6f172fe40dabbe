import { primaryKey, text, timestamp, uuid, type PgSchema } from 'drizzle-orm/pg-core';

/** Event ids a consumer of this module has already applied: a redelivered event is skipped. */
export function processedEventsTable(schema: PgSchema<string>) {
  return schema.table(
    'processed_events',
    {
      consumerName: text('consumer_name').notNull(),
      eventId: uuid('event_id').notNull(),
      processedAt: timestamp('processed_at', { withTimezone: true }).notNull().defaultNow(),
    },
    (table) => [primaryKey({ name: 'processed_events_pkey', columns: [table.consumerName, table.eventId] })],
  );
}

export type ProcessedEventsTable = ReturnType<typeof processedEventsTable>;
