// The one shape of the audit log. Every service creates it in its own PostgreSQL schema from its own
// migrations (`auditLogTable(pgSchema('booking'))` in the data lib's schema file, then drizzle-kit generate).
import { sql } from 'drizzle-orm';
import { check, index, type PgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import {
  AUDIT_ACTIONS,
  AUDIT_ACTOR_KINDS,
  AUDIT_OUTCOMES,
  type AuditAction,
  type AuditActorKind,
  type AuditOutcome,
} from './audit-vocabulary';

export const AUDIT_LOG_TABLE_NAME = 'audit_log';

/** SQL list literal of fixed vocabulary (never user input), for check constraints. */
function sqlList(values: readonly string[]) {
  return sql.raw(values.map((value) => `'${value}'`).join(', '));
}

export function auditLogTable<TSchemaName extends string>(schema: PgSchema<TSchemaName>) {
  const name = AUDIT_LOG_TABLE_NAME;
  return schema.table(
    name,
    {
      id: uuid('id').primaryKey().defaultRandom(),
      occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
      service: text('service').notNull(),
      requestId: text('request_id').notNull(),
      actorSubject: text('actor_subject'),
      actorKind: text('actor_kind').$type<AuditActorKind>().notNull(),
      actorRole: text('actor_role'),
      actorUnitId: uuid('actor_unit_id'),
      actingForSubject: text('acting_for_subject'),
      subjectPerson: text('subject_person'),
      action: text('action').$type<AuditAction>().notNull(),
      resourceType: text('resource_type').notNull(),
      resourceId: text('resource_id'),
      purpose: text('purpose').notNull(),
      outcome: text('outcome').$type<AuditOutcome>().notNull(),
    },
    (table) => [
      // "Who has handled my data": one person's events, newest first.
      index(`${name}_subject_person_occurred_at_idx`).on(table.subjectPerson, table.occurredAt, table.id),
      // Reviews and retention by time.
      index(`${name}_occurred_at_idx`).on(table.occurredAt),
      check(`${name}_actor_kind_known`, sql`${table.actorKind} in (${sqlList(AUDIT_ACTOR_KINDS)})`),
      check(`${name}_action_known`, sql`${table.action} in (${sqlList(AUDIT_ACTIONS)})`),
      check(`${name}_outcome_known`, sql`${table.outcome} in (${sqlList(AUDIT_OUTCOMES)})`),
      check(`${name}_actor_named`, sql`${table.actorKind} = 'system' or ${table.actorSubject} is not null`),
    ],
  );
}

export type AuditLogTable = ReturnType<typeof auditLogTable>;
export type AuditLogRow = AuditLogTable['$inferSelect'];
