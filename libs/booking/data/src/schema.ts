// Tables of the booking service, all in its own PostgreSQL schema "booking".
import type {
  CancellationTerms,
  CareGuaranteeRuleInput,
  LocalizedText,
  ReminderChannel,
  ResourceKind,
  ServiceCategory,
  ServiceChannel,
  ServiceLanguage,
  WallClockPeriodText,
  WeeklyPeriods,
} from '@asiointi/booking-contract';
import {
  bookedBySchema,
  maxBookingHorizonDays,
  maxCancellationCutOffHours,
  maxReminderEmailLength,
  maxReminderPhoneLength,
  bookingRightSourceSchema,
  bookingStatusSchema,
  reminderChannelSchema,
  resourceKindSchema,
  serviceCategorySchema,
  serviceChannelSchema,
  serviceLanguageSchema,
} from '@asiointi/booking-contract';
import type { BookedBy, BookingStatus } from '@asiointi/booking-domain';
import { auditLogTable } from '@asiointi/platform-audit';
import { outboxTable } from '@asiointi/platform-events';
import { notificationLogTable, notificationOutboxTable } from '@asiointi/platform-notifications';
import { sql } from 'drizzle-orm';
import { generateBookingReference } from './booking-reference';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

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
  phone: text('phone'),
  openingHours: jsonb('opening_hours').$type<WeeklyPeriods>().notNull().default({}),
  /** null: not described yet (units created before accessibility information was kept). */
  accessibility: jsonb('accessibility').$type<LocalizedText>(),
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
    bufferBeforeMinutes: integer('buffer_before_minutes').notNull().default(0),
    bufferAfterMinutes: integer('buffer_after_minutes').notNull().default(0),
    cancellationCutOffHours: integer('cancellation_cut_off_hours').notNull().default(24),
    /** The region's cancellation and no-show terms in fi/sv/en; null: none written. */
    cancellationTerms: jsonb('cancellation_terms').$type<CancellationTerms>(),
    bookingHorizonDays: integer('booking_horizon_days').notNull().default(90),
    /** Never named in reminders or calendar files (mental health, substance abuse, sexual health). */
    sensitive: boolean('sensitive').notNull().default(false),
    /** A resource of the unit gives this service when its skills include this. */
    requiredSkill: text('required_skill').notNull().default('general'),
    careGuarantee: jsonb('care_guarantee').$type<CareGuaranteeRuleInput>(),
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
    check(
      'service_types_timings_valid',
      sql`${table.bufferBeforeMinutes} >= 0 and ${table.bufferAfterMinutes} >= 0 and ${table.cancellationCutOffHours} >= 0 and ${table.bookingHorizonDays} > 0`,
    ),
    // The contract's bounds, kept by the database too: a horizon of 10^9 days broke every free-time search.
    check(
      'service_types_timings_bounded',
      sql`${table.bookingHorizonDays} <= ${sql.raw(String(maxBookingHorizonDays))} and ${table.cancellationCutOffHours} <= ${sql.raw(String(maxCancellationCutOffHours))}`,
    ),
    // "This service in every unit": the cross-unit search and booking rights go by code.
    index('service_types_code_idx').on(table.code),
  ],
);

/** What can be booked: a professional, a room or a mobile unit, with the skills that decide its services. */
export const resources = bookingSchema.table(
  'resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    kind: text('kind').$type<ResourceKind>().notNull(),
    /** The professional's title or the room's kind in each language; null: the name says it all. */
    titleFi: text('title_fi'),
    titleSv: text('title_sv'),
    titleEn: text('title_en'),
    /** The person's name or the room's number: the same in every language. */
    name: text('name').notNull(),
    skills: text('skills')
      .array()
      .$type<string[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    languages: text('languages')
      .array()
      .$type<ServiceLanguage[]>()
      .notNull()
      .default(sql`'{fi}'::text[]`),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('resources_unit_id_idx').on(table.unitId),
    check('resources_kind_known', sql`${table.kind} in (${sqlList(resourceKindSchema.options)})`),
    check(
      'resources_title_in_every_language',
      sql`num_nulls(${table.titleFi}, ${table.titleSv}, ${table.titleEn}) in (0, 3)`,
    ),
    check(
      'resources_languages_known',
      sql`cardinality(${table.languages}) > 0 and ${table.languages} <@ array[${sqlList(serviceLanguageSchema.options)}]::text[]`,
    ),
  ],
);

/**
 * A resource's usual week, valid on Helsinki days valid_from–valid_until (inclusive; null = open-ended).
 * Migration 0004 adds an exclusion constraint: one resource's templates never overlap in validity.
 */
export const scheduleTemplates = bookingSchema.table(
  'schedule_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    workingPeriods: jsonb('working_periods').$type<WeeklyPeriods>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('schedule_templates_resource_id_idx').on(table.resourceId),
    check(
      'schedule_templates_validity_ordered',
      sql`${table.validUntil} is null or ${table.validUntil} >= ${table.validFrom}`,
    ),
  ],
);

/**
 * One day's change to a resource's schedule. absence: periods null = the whole day, else the one period
 * off; extraOpening: periods null = the template's usual hours (also opens a public holiday).
 */
export const scheduleExceptions = bookingSchema.table(
  'schedule_exceptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind').$type<'absence' | 'extraOpening'>().notNull(),
    periods: jsonb('periods').$type<WallClockPeriodText[]>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('schedule_exceptions_resource_id_date_idx').on(table.resourceId, table.date),
    check('schedule_exceptions_kind_known', sql`${table.kind} in ('absence', 'extraOpening')`),
  ],
);

/** Time a resource cannot be booked (training, a meeting). */
export const blockedTimes = bookingSchema.table(
  'blocked_times',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('blocked_times_resource_id_starts_at_idx').on(table.resourceId, table.startsAt),
    check('blocked_times_ordered', sql`${table.endsAt} > ${table.startsAt}`),
  ],
);

/**
 * A right to book a service that needs one: an invitation letter's code (stored only as its SHA-256 hash)
 * or a professional's grant to one person after a need assessment.
 */
export const bookingRights = bookingSchema.table(
  'booking_rights',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    source: text('source').$type<'invitation' | 'assessment'>().notNull(),
    codeHash: text('code_hash'),
    /** The person it is for; an invitation code is bound to the first person who books with it. */
    personSubject: text('person_subject'),
    serviceCode: text('service_code').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    usesAllowed: integer('uses_allowed').notNull(),
    usesCount: integer('uses_count').notNull().default(0),
    /** Starts the care-guarantee clock for visits booked with this right. */
    needAssessedAt: timestamp('need_assessed_at', { withTimezone: true }),
    grantedBySubject: text('granted_by_subject').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('booking_rights_code_hash_key').on(table.codeHash),
    index('booking_rights_person_subject_idx').on(table.personSubject),
    check(
      'booking_rights_source_known',
      sql`${table.source} in (${sqlList(bookingRightSourceSchema.options)})`,
    ),
    check(
      'booking_rights_source_complete',
      sql`(${table.source} = 'invitation' and ${table.codeHash} is not null) or (${table.source} = 'assessment' and ${table.personSubject} is not null)`,
    ),
    check('booking_rights_validity_ordered', sql`${table.validUntil} >= ${table.validFrom}`),
    check(
      'booking_rights_uses_within_allowed',
      sql`${table.usesAllowed} > 0 and ${table.usesCount} >= 0 and ${table.usesCount} <= ${table.usesAllowed}`,
    ),
  ],
);

/**
 * A booked time. occupied_from–occupied_until is the appointment widened by the service's buffers; migration
 * 0004 adds the exclusion constraint that makes double booking impossible: no two bookings of a resource
 * that are not cancelled may overlap there (btree_gist). Migration 0005 caps an occupied range at a day and
 * adds the btree (resource_id, occupied_from) over active bookings that free-time loading reads by.
 */
export const bookings = bookingSchema.table(
  'bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The short reference residents and staff read out ("K7QM-2XHD"), unique among all bookings. */
    reference: text('reference')
      .notNull()
      .$defaultFn(() => generateBookingReference()),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    serviceTypeId: uuid('service_type_id')
      .notNull()
      .references(() => serviceTypes.id, { onDelete: 'restrict' }),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'restrict' }),
    /** The person the visit is for (OIDC subject, never an identity code), and their name for day lists. */
    personSubject: text('person_subject').notNull(),
    personGivenName: text('person_given_name').notNull(),
    personFamilyName: text('person_family_name').notNull(),
    bookedBy: text('booked_by').$type<BookedBy>().notNull(),
    /** Who pressed the button: the resident, their guardian, or a professional. */
    bookedBySubject: text('booked_by_subject').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    occupiedFrom: timestamp('occupied_from', { withTimezone: true }).notNull(),
    occupiedUntil: timestamp('occupied_until', { withTimezone: true }).notNull(),
    channel: text('channel').$type<ServiceChannel>().notNull(),
    status: text('status').$type<BookingStatus>().notNull().default('booked'),
    reminderChannel: text('reminder_channel').$type<ReminderChannel>().notNull(),
    /** The language reminders and notices are written in. */
    language: text('language').$type<ServiceLanguage>().notNull(),
    /** Free text to the professional: never logged, never in reminders. */
    message: text('message'),
    bookingRightId: uuid('booking_right_id').references(() => bookingRights.id, { onDelete: 'restrict' }),
    needAssessedAt: timestamp('need_assessed_at', { withTimezone: true }),
    /** A retry with the same key by the same person returns this booking instead of making a second. */
    idempotencyKey: text('idempotency_key').notNull(),
    /** Hash of the request the key was first used for: the same key for another request is refused. */
    requestFingerprint: text('request_fingerprint').notNull(),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    /** The status a visit mark replaced, which taking the mark back restores ("arrived" under "attended"). */
    previousStatus: text('previous_status').$type<BookingStatus>(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: text('cancelled_by').$type<BookedBy>(),
    /** The unit's reason, told to the resident; null when the resident cancelled. */
    cancellationReason: text('cancellation_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('bookings_idempotency_key').on(table.bookedBySubject, table.idempotencyKey),
    uniqueIndex('bookings_reference_key').on(table.reference),
    index('bookings_person_subject_starts_at_idx').on(table.personSubject, table.startsAt),
    index('bookings_unit_id_starts_at_idx').on(table.unitId, table.startsAt),
    index('bookings_service_type_id_starts_at_idx').on(table.serviceTypeId, table.startsAt),
    // The self-service share counts the bookings made in a period.
    index('bookings_unit_id_created_at_idx').on(table.unitId, table.createdAt),
    check('bookings_status_known', sql`${table.status} in (${sqlList(bookingStatusSchema.options)})`),
    check('bookings_booked_by_known', sql`${table.bookedBy} in (${sqlList(bookedBySchema.options)})`),
    check('bookings_channel_known', sql`${table.channel} in (${sqlList(serviceChannelSchema.options)})`),
    check(
      'bookings_reminder_channel_known',
      sql`${table.reminderChannel} in (${sqlList(reminderChannelSchema.options)})`,
    ),
    check('bookings_language_known', sql`${table.language} in (${sqlList(serviceLanguageSchema.options)})`),
    check(
      'bookings_times_ordered',
      sql`${table.endsAt} > ${table.startsAt} and ${table.occupiedFrom} <= ${table.startsAt} and ${table.occupiedUntil} >= ${table.endsAt}`,
    ),
    check(
      'bookings_cancellation_complete',
      sql`(${table.status} = 'cancelled') = (${table.cancelledAt} is not null and ${table.cancelledBy} is not null)`,
    ),
  ],
);

/** Events for other modules (booking.visit.completed), written in the same transaction as the change. */
export const eventOutbox = outboxTable(bookingSchema);

/** Reminders and notices to residents, written in the booking's transaction and sent by the sender. */
export const notificationOutbox = notificationOutboxTable(bookingSchema);

/** What the development gateway "sent": lets a developer (and tests) see reminders without an SMS account. */
export const notificationLog = notificationLogTable(bookingSchema);

/** Who read or changed whose data here, and why: the platform's shape, append-only (see migrations). */
export const auditLog = auditLogTable(bookingSchema);

/** A resident's booking preferences, by their OIDC subject (never an identity code). */
export const residentPreferences = bookingSchema.table(
  'resident_preferences',
  {
    subject: text('subject').primaryKey(),
    reminderChannel: text('reminder_channel').$type<ReminderChannel>().notNull(),
    serviceLanguage: text('service_language').$type<ServiceLanguage>(),
    /**
     * Where this person's reminders go (also those of children they book for), as they entered and confirmed
     * it: a mobile number in international form and an e-mail address. Never logged.
     */
    reminderPhone: text('reminder_phone'),
    reminderEmail: text('reminder_email'),
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
    check(
      'resident_preferences_reminder_phone_length',
      sql`length(${table.reminderPhone}) <= ${sql.raw(String(maxReminderPhoneLength))}`,
    ),
    check(
      'resident_preferences_reminder_email_length',
      sql`length(${table.reminderEmail}) <= ${sql.raw(String(maxReminderEmailLength))}`,
    ),
  ],
);

export type UnitRow = typeof units.$inferSelect;
export type ServiceTypeRow = typeof serviceTypes.$inferSelect;
export type NewUnitRow = typeof units.$inferInsert;
export type NewServiceTypeRow = typeof serviceTypes.$inferInsert;
export type ResidentPreferencesRow = typeof residentPreferences.$inferSelect;
export type ResourceRow = typeof resources.$inferSelect;
export type ScheduleTemplateRow = typeof scheduleTemplates.$inferSelect;
export type ScheduleExceptionRow = typeof scheduleExceptions.$inferSelect;
export type BlockedTimeRow = typeof blockedTimes.$inferSelect;
export type BookingRightRow = typeof bookingRights.$inferSelect;
export type BookingRow = typeof bookings.$inferSelect;
export type NewBookingRow = typeof bookings.$inferInsert;
