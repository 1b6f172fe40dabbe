// Tables of the booking service, all in its own PostgreSQL schema "booking".
import type { ServiceCategory, ServiceChannel } from '@asiointi/booking-contract';
import { serviceCategorySchema, serviceChannelSchema } from '@asiointi/booking-contract';
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

export type UnitRow = typeof units.$inferSelect;
export type ServiceTypeRow = typeof serviceTypes.$inferSelect;
export type NewUnitRow = typeof units.$inferInsert;
export type NewServiceTypeRow = typeof serviceTypes.$inferInsert;
