// Tables of the feedback service, all in its own PostgreSQL schema "feedback": the platform's audit log,
// event outbox, processed events and notification outbox, and the module's own.
import { auditLogTable } from '@asiointi/platform-audit';
import { outboxTable, processedEventsTable } from '@asiointi/platform-events';
import { notificationLogTable, notificationOutboxTable } from '@asiointi/platform-notifications';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// Not exported on purpose: drizzle-kit would emit CREATE SCHEMA for an exported one, which fails because the
// platform creates the schema (and its migrations table) before it migrates.
const moduleSchema = pgSchema('feedback');

export const auditLog = auditLogTable(moduleSchema);
export const eventOutbox = outboxTable(moduleSchema);
export const processedEvents = processedEventsTable(moduleSchema);
export const notificationOutbox = notificationOutboxTable(moduleSchema);
export const notificationLog = notificationLogTable(moduleSchema);

/**
 * Versions of question sets. A published version is never changed (a trigger refuses it): a change is a
 * new version, so every answer keeps meaning what it meant.
 */
export const questionSetVersions = moduleSchema.table(
  'question_set_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    setKey: text('set_key').notNull(),
    version: integer('version').notNull(),
    status: text('status').notNull(),
    /** The whole definition (feedback-contract's questionSetDefinitionSchema). */
    definition: jsonb('definition').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('question_set_versions_key_version_idx').on(table.setKey, table.version),
    check(
      'question_set_versions_key_known',
      sql`${table.setKey} in ('general', 'children', 'smiley', 'staff-pulse')`,
    ),
    check('question_set_versions_version_bounded', sql`${table.version} between 1 and 10000`),
    check('question_set_versions_status_known', sql`${table.status} in ('draft', 'published', 'retired')`),
    check(
      'question_set_versions_published_dated',
      sql`(${table.status} = 'draft') = (${table.publishedAt} is null)`,
    ),
  ],
);

/**
 * One finished answer. Nothing here leads back to a person, a visit or a request: a random id (no
 * sequence), the unit, the service, the channel and the month only (no day, no time).
 */
export const answers = moduleSchema.table(
  'answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    audience: text('audience').notNull(),
    setKey: text('set_key').notNull(),
    setVersion: integer('set_version').notNull(),
    unitId: uuid('unit_id').notNull(),
    serviceCode: text('service_code'),
    channel: text('channel').notNull(),
    /** The first day of the month answered in. */
    month: date('month', { mode: 'string' }).notNull(),
    respondent: text('respondent'),
    recommendation: smallint('recommendation'),
    recommendationComment: text('recommendation_comment'),
    /**
     * Whether reports may read the answer: answers are released to reports a whole batch (at least the
     * suppression threshold of one unit, audience, set and month) at a time, never one by one
     * (answer-release.ts), so that two reads at different times never differ by a single answer.
     */
    released: boolean('released').notNull().default(false),
  },
  (table) => [
    index('answers_unit_month_idx').on(table.unitId, table.month),
    check('answers_audience_known', sql`${table.audience} in ('client', 'staff')`),
    check('answers_month_is_first_day', sql`extract(day from ${table.month}) = 1`),
    check('answers_month_bounded', sql`${table.month} between '1900-01-01' and '2199-12-01'`),
    check('answers_recommendation_scale', sql`${table.recommendation} between 0 and 10`),
    check('answers_comment_bounded', sql`char_length(${table.recommendationComment}) <= 2000`),
    check('answers_service_code_bounded', sql`char_length(${table.serviceCode}) between 1 and 64`),
    check(
      'answers_channel_known',
      sql`${table.channel} in ('onSite', 'phone', 'video', 'message', 'unknown')`,
    ),
    check('answers_respondent_known', sql`${table.respondent} in ('self', 'withHelp', 'relative')`),
  ],
);

/** The answer to each statement of an answer: 1–5, "cannot say", or skipped (value null, not cannot say). */
export const statementAnswers = moduleSchema.table(
  'statement_answers',
  {
    answerId: uuid('answer_id')
      .notNull()
      .references(() => answers.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    /** The national theme of a core statement; null for the region's own. */
    theme: text('theme'),
    value: smallint('value'),
    cannotSay: boolean('cannot_say').notNull().default(false),
  },
  (table) => [
    primaryKey({ columns: [table.answerId, table.questionId] }),
    index('statement_answers_theme_idx').on(table.theme),
    check('statement_answers_scale', sql`${table.value} between 1 and 5`),
    check(
      'statement_answers_cannot_say_has_no_value',
      sql`not (${table.cannotSay} and ${table.value} is not null)`,
    ),
    check('statement_answers_question_id_bounded', sql`char_length(${table.questionId}) between 1 and 64`),
  ],
);

/** Answers to open questions; reports show them escaped and with identity codes, phones and e-mails masked. */
export const freeTextAnswers = moduleSchema.table(
  'free_text_answers',
  {
    answerId: uuid('answer_id')
      .notNull()
      .references(() => answers.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    text: text('text').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.answerId, table.questionId] }),
    check('free_text_answers_bounded', sql`char_length(${table.text}) between 1 and 2000`),
  ],
);

// General feedback, the staff inbox and "you said, we did" (issue 11, part 3).

/**
 * General feedback (praise, complaint, suggestion) a resident gave at any time. Contact details only when a
 * reply was wanted; the sender's subject only when they were signed in. Every read of such a row is audited.
 */
export const generalFeedback = moduleSchema.table(
  'general_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    unitId: uuid('unit_id').notNull(),
    serviceName: text('service_name'),
    text: text('text').notNull(),
    status: text('status').notNull().default('new'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    /** The last Helsinki day a reply is due on; null when no reply was asked for. */
    replyDueOn: date('reply_due_on', { mode: 'string' }),
    senderSubject: text('sender_subject'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    contactLanguage: text('contact_language'),
    assigneeSubject: text('assignee_subject'),
    assigneeName: text('assignee_name'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('general_feedback_unit_received_idx').on(table.unitId, table.receivedAt),
    index('general_feedback_sender_idx').on(table.senderSubject),
    check('general_feedback_kind_known', sql`${table.kind} in ('praise', 'complaint', 'suggestion')`),
    check(
      'general_feedback_status_known',
      sql`${table.status} in ('new', 'inProgress', 'answered', 'closed')`,
    ),
    check('general_feedback_text_bounded', sql`char_length(${table.text}) between 1 and 4000`),
    check('general_feedback_service_bounded', sql`char_length(${table.serviceName}) between 1 and 200`),
    check('general_feedback_contact_name_bounded', sql`char_length(${table.contactName}) between 1 and 200`),
    check('general_feedback_contact_phone_bounded', sql`char_length(${table.contactPhone}) <= 30`),
    check('general_feedback_contact_email_bounded', sql`char_length(${table.contactEmail}) <= 254`),
    check('general_feedback_contact_language_known', sql`${table.contactLanguage} in ('fi', 'sv', 'en')`),
    check(
      'general_feedback_contact_whole',
      sql`(${table.contactName} is null) = (${table.contactLanguage} is null) and (${table.contactName} is null or ${table.contactPhone} is not null or ${table.contactEmail} is not null)`,
    ),
    check(
      'general_feedback_reply_due_with_contact',
      sql`(${table.replyDueOn} is null) = (${table.contactName} is null)`,
    ),
  ],
);

/** The handling history of a general feedback item: notes, replies, status changes, routing, assignment. */
export const generalFeedbackEvents = moduleSchema.table(
  'general_feedback_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The order events were recorded in (two may share an instant). */
    position: bigint('position', { mode: 'number' }).generatedAlwaysAsIdentity(),
    feedbackId: uuid('feedback_id')
      .notNull()
      .references(() => generalFeedback.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorSubject: text('actor_subject').notNull(),
    actorName: text('actor_name').notNull(),
    /** A note's or a reply's text. */
    text: text('text'),
    status: text('status'),
    /** Routing: the unit the item went to. */
    unitId: uuid('unit_id'),
    /** A reply: how it was sent (null when it is only shown on the signed-in sender's own page). */
    channel: text('channel'),
  },
  (table) => [
    index('general_feedback_events_feedback_idx').on(table.feedbackId, table.position),
    check(
      'general_feedback_events_kind_known',
      sql`${table.kind} in ('note', 'reply', 'status', 'routed', 'assigned')`,
    ),
    check('general_feedback_events_text_bounded', sql`char_length(${table.text}) between 1 and 4000`),
    check('general_feedback_events_channel_known', sql`${table.channel} in ('sms', 'email')`),
    check(
      'general_feedback_events_status_known',
      sql`${table.status} in ('new', 'inProgress', 'answered', 'closed')`,
    ),
  ],
);

/** "You said, we did": a change made because of feedback, in fi/sv/en, shown publicly once published. */
export const changeEntries = moduleSchema.table(
  'change_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id').notNull(),
    /** The first day of the month the change was made. */
    month: date('month', { mode: 'string' }).notNull(),
    titleFi: text('title_fi').notNull(),
    titleSv: text('title_sv').notNull(),
    titleEn: text('title_en').notNull(),
    saidFi: text('said_fi').notNull(),
    saidSv: text('said_sv').notNull(),
    saidEn: text('said_en').notNull(),
    doneFi: text('done_fi').notNull(),
    doneSv: text('done_sv').notNull(),
    doneEn: text('done_en').notNull(),
    published: boolean('published').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('change_entries_month_idx').on(table.month),
    check('change_entries_month_is_first_day', sql`extract(day from ${table.month}) = 1`),
    check('change_entries_month_bounded', sql`${table.month} between '1900-01-01' and '2199-12-01'`),
    check(
      'change_entries_titles_bounded',
      sql`char_length(${table.titleFi}) between 1 and 500 and char_length(${table.titleSv}) between 1 and 500 and char_length(${table.titleEn}) between 1 and 500`,
    ),
    check(
      'change_entries_texts_bounded',
      sql`char_length(${table.saidFi}) between 1 and 2000 and char_length(${table.saidSv}) between 1 and 2000 and char_length(${table.saidEn}) between 1 and 2000 and char_length(${table.doneFi}) between 1 and 2000 and char_length(${table.doneSv}) between 1 and 2000 and char_length(${table.doneEn}) between 1 and 2000`,
    ),
  ],
);

// --- Reports (issue 11, part 2): the staff pulse's "answered this month" markers ---

/**
 * That someone has answered the staff pulse of a unit in a month, and nothing else: the marker is a keyed
 * hash (HMAC-SHA-256 with the service's secret) of subject, unit and month, so that the table names no one
 * and the answer (audience 'staff', in answers) has no link to it.
 */
export const staffPulseMarkers = moduleSchema.table(
  'staff_pulse_markers',
  {
    marker: text('marker').primaryKey(),
    /** The first day of the month, so that old markers can be removed. */
    month: date('month', { mode: 'string' }).notNull(),
  },
  (table) => [
    check('staff_pulse_markers_marker_is_hash', sql`${table.marker} ~ '^[0-9a-f]{64}$'`),
    check('staff_pulse_markers_month_is_first_day', sql`extract(day from ${table.month}) = 1`),
  ],
);

// --- Feedback requests after service events (issue 11, part 1) ---

/**
 * A request for feedback after a service event, sent as a link with a single-use token. Only the token's
 * SHA-256 is kept. The row never leads to the answer: answers carry no request id, and the row keeps no
 * time of use (state only), so the moment of answering cannot be matched to an answer.
 */
export const feedbackRequests = moduleSchema.table(
  'feedback_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Hex SHA-256 of the 256-bit token in the link. */
    tokenHash: text('token_hash').notNull(),
    unitId: uuid('unit_id').notNull(),
    serviceCode: text('service_code'),
    channel: text('channel').notNull(),
    /** The first day of the month of the service event. */
    month: date('month', { mode: 'string' }).notNull(),
    setKey: text('set_key').notNull(),
    setVersion: integer('set_version').notNull(),
    language: text('language').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    state: text('state').notNull(),
    /** The answer sheet saved so far (feedback-contract's answerSheetSchema); cleared when used. */
    draft: jsonb('draft'),
    /** One request per service event, e.g. `booking:<bookingId>`: an event seen twice makes one request. */
    dedupeKey: text('dedupe_key').notNull(),
  },
  (table) => [
    uniqueIndex('feedback_requests_token_hash_idx').on(table.tokenHash),
    uniqueIndex('feedback_requests_dedupe_key_idx').on(table.dedupeKey),
    check('feedback_requests_token_hash_shape', sql`${table.tokenHash} ~ '^[0-9a-f]{64}$'`),
    check('feedback_requests_state_known', sql`${table.state} in ('open', 'used', 'expired', 'withdrawn')`),
    check(
      'feedback_requests_draft_cleared_when_used',
      sql`${table.state} <> 'used' or ${table.draft} is null`,
    ),
    check('feedback_requests_month_is_first_day', sql`extract(day from ${table.month}) = 1`),
    check(
      'feedback_requests_set_key_known',
      sql`${table.setKey} in ('general', 'children', 'smiley', 'staff-pulse')`,
    ),
    check('feedback_requests_language_known', sql`${table.language} in ('fi', 'sv', 'en')`),
    check(
      'feedback_requests_channel_known',
      sql`${table.channel} in ('onSite', 'phone', 'video', 'message', 'unknown')`,
    ),
    check('feedback_requests_service_code_bounded', sql`char_length(${table.serviceCode}) between 1 and 64`),
    check('feedback_requests_dedupe_key_bounded', sql`char_length(${table.dedupeKey}) between 1 and 200`),
    check('feedback_requests_draft_bounded', sql`pg_column_size(${table.draft}) <= 200000`),
  ],
);

/**
 * Service events feedback was asked for or could have been (the denominator of the response rate), by unit,
 * service, channel and month. Events without a person (a family-centre or guidance contact closed) are
 * recorded here and nothing is sent. A visit's row carries its dedupe key so that a withdrawn visit
 * removes it.
 */
export const serviceEvents = moduleSchema.table(
  'service_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The producing event's type, e.g. "booking.visit.completed". */
    source: text('source').notNull(),
    /** The producer's kind of contact (family, guidance) or null for a visit. */
    kind: text('kind'),
    unitId: uuid('unit_id').notNull(),
    serviceCode: text('service_code'),
    channel: text('channel').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    /** Whether a request was sent for it (a contact without a person: false). */
    requested: boolean('requested').notNull(),
    dedupeKey: text('dedupe_key'),
  },
  (table) => [
    index('service_events_unit_month_idx').on(table.unitId, table.month),
    uniqueIndex('service_events_dedupe_key_idx').on(table.dedupeKey),
    check('service_events_source_bounded', sql`char_length(${table.source}) between 1 and 100`),
    check('service_events_kind_bounded', sql`char_length(${table.kind}) between 1 and 64`),
    check('service_events_month_is_first_day', sql`extract(day from ${table.month}) = 1`),
    check(
      'service_events_channel_known',
      sql`${table.channel} in ('onSite', 'phone', 'video', 'message', 'unknown')`,
    ),
    check('service_events_service_code_bounded', sql`char_length(${table.serviceCode}) between 1 and 64`),
    check('service_events_dedupe_key_bounded', sql`char_length(${table.dedupeKey}) between 1 and 200`),
  ],
);

/**
 * The names of services as their producing module last told them (booking.visit.completed carries them),
 * so that reports show a service's name, never its code.
 */
export const serviceNames = moduleSchema.table(
  'service_names',
  {
    serviceCode: text('service_code').primaryKey(),
    nameFi: text('name_fi').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('service_names_code_bounded', sql`char_length(${table.serviceCode}) between 1 and 64`),
    check(
      'service_names_bounded',
      sql`char_length(${table.nameFi}) between 1 and 500 and char_length(${table.nameSv}) between 1 and 500 and char_length(${table.nameEn}) between 1 and 500`,
    ),
  ],
);
