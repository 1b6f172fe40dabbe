// Tables of the feedback service, all in its own PostgreSQL schema "feedback": the platform's audit log,
// event outbox, processed events and notification outbox, and the module's own.
import { auditLogTable } from '@asiointi/platform-audit';
import { outboxTable, processedEventsTable } from '@asiointi/platform-events';
import { notificationLogTable, notificationOutboxTable } from '@asiointi/platform-notifications';
import { sql } from 'drizzle-orm';
import { check, index, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Not exported on purpose: drizzle-kit would emit CREATE SCHEMA for an exported one, which fails because the
// platform creates the schema (and its migrations table) before it migrates.
const moduleSchema = pgSchema('feedback');

export const auditLog = auditLogTable(moduleSchema);
export const eventOutbox = outboxTable(moduleSchema);
export const processedEvents = processedEventsTable(moduleSchema);
export const notificationOutbox = notificationOutboxTable(moduleSchema);
export const notificationLog = notificationLogTable(moduleSchema);

/** What the module offers in a unit (the unit's name comes from the county's unit directory). */
export const catalogueEntries = moduleSchema.table(
  'catalogue_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id').notNull(),
    nameFi: text('name_fi').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionFi: text('description_fi'),
    descriptionSv: text('description_sv'),
    descriptionEn: text('description_en'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBySubject: text('created_by_subject').notNull(),
  },
  (table) => [
    index('catalogue_entries_unit_idx').on(table.unitId),
    // The contract bounds every text; the database refuses what slips past it.
    check(
      'catalogue_entries_names_bounded',
      sql`char_length(${table.nameFi}) between 1 and 500 and char_length(${table.nameSv}) between 1 and 500 and char_length(${table.nameEn}) between 1 and 500`,
    ),
    check(
      'catalogue_entries_description_whole',
      sql`(${table.descriptionFi} is null) = (${table.descriptionSv} is null) and (${table.descriptionFi} is null) = (${table.descriptionEn} is null)`,
    ),
  ],
);
