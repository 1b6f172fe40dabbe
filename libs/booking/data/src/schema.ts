// Tables of the booking service, all in its own PostgreSQL schema "booking".
import type {
  ReminderChannel,
  ServiceCategory,
  ServiceChannel,
  ServiceLanguage,
} from '@asiointi/booking-contract';
import {
  reminderChannelSchema,
  serviceCategorySchema,
  serviceChannelSchema,
  serviceLanguageSchema,
} from '@asiointi/booking-contract';
import { auditLogTable } from '@asiointi/platform-audit';
import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

// Not exported on purpose: drizzle-kit would emit CREATE SCHEMA for an exported one, which fails because the
// platform creates the schema (and its migrations table) before it migrates.
const bookingSchema = pgSchema('booking');

/** SQL list literal of contract values, for check constraints (adding a value then needs a migration). */
function sqlList(values: readonly string[]) {
  return sql.raw(values.map((value) => `'${value}'`).join(', '));
}

export const units = bookingSchema.table('units', {
  id: uuid('id').primaryKey().defaultRandom(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  nameEn: text('name_en').notNull(),
  municipality: text('municipality').notNull(),
  streetAddress: text('street_address').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const serviceTypes = bookingSchema.table(
  'service_types',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    code: text('code').notNull(),
    category: text('category').$type<ServiceCategory>().notNull(),
    nameFi: text('name_fi').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    channels: text('channels').array().$type<ServiceChannel[]>().notNull(),
    selfBookable: boolean('self_bookable').notNull().default(false),
    requiresBookingRight: boolean('requires_booking_right').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Also serves "the services of a unit" (unit_id leads) and the foreign key's lookups.
    uniqueIndex('service_types_unit_id_code_key').on(table.unitId, table.code),
    check(
      'service_types_category_known',
      sql`${table.category} in (${sqlList(serviceCategorySchema.options)})`,
    ),
    check(
      'service_types_channels_known',
      sql`cardinality(${table.channels}) > 0 and ${table.channels} <@ array[${sqlList(serviceChannelSchema.options)}]::text[]`,
    ),
    check('service_types_duration_positive', sql`${table.durationMinutes} > 0`),
  ],
);

/** Who read or changed whose data here, and why: the platform's shape, append-only (see migrations). */
export const auditLog = auditLogTable(bookingSchema);

/** A resident's booking preferences, by their OIDC subject (never an identity code). */
export const residentPreferences = bookingSchema.table(
  'resident_preferences',
  {
    subject: text('subject').primaryKey(),
    reminderChannel: text('reminder_channel').$type<ReminderChannel>().notNull(),
    serviceLanguage: text('service_language').$type<ServiceLanguage>(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** The person who made the change: the resident, or a guardian or mandate holder acting for them. */
    updatedBySubject: text('updated_by_subject').notNull(),
  },
  (table) => [
    check(
      'resident_preferences_reminder_channel_known',
      sql`${table.reminderChannel} in (${sqlList(reminderChannelSchema.options)})`,
    ),
    check(
      'resident_preferences_service_language_known',
      sql`${table.serviceLanguage} in (${sqlList(serviceLanguageSchema.options)})`,
    ),
  ],
);

export type UnitRow = typeof units.$inferSelect;
export type ServiceTypeRow = typeof serviceTypes.$inferSelect;
export type NewUnitRow = typeof units.$inferInsert;
export type NewServiceTypeRow = typeof serviceTypes.$inferInsert;
export type ResidentPreferencesRow = typeof residentPreferences.$inferSelect;
