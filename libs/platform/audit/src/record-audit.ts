// Writes one audit row. Call it with the transaction that does the work, so the row and the work commit
// or roll back together.
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { AuditContext, AuditEntry } from './audit-entry';
import type { AuditLogTable } from './audit-log-table';
import type { AuditOutcome } from './audit-vocabulary';

/** A service's audit log: its table and the name its rows carry. */
export interface AuditLog {
  table: AuditLogTable;
  service: string;
}

/** A database handle or a transaction of any service's schema. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every service's own table set must fit
export type AuditDatabase = PgDatabase<PgQueryResultHKT, any, any>;

export async function recordAudit(
  db: AuditDatabase,
  log: AuditLog,
  context: AuditContext,
  entry: AuditEntry,
  outcome: AuditOutcome = 'success',
): Promise<void> {
  const { actor } = context;
  await db.insert(log.table).values({
    service: log.service,
    requestId: context.requestId,
    actorSubject: actor.subject,
    actorKind: actor.kind,
    actorRole: actor.role,
    actorUnitId: actor.unitId,
    actingForSubject: actor.actingForSubject,
    subjectPerson: entry.subjectPerson,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId ?? null,
    purpose: entry.purpose,
    outcome,
  });
}
