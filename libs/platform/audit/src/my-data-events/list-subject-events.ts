// One person's audit events, newest first, a page at a time.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { AuditLogTable } from '../audit-log-table';
import type { AuditDatabase } from '../record-audit';
import { encodeEventCursor, type EventPosition } from './event-cursor';
import type { AuditActorKind } from '../audit-vocabulary';
import type { DataEvent, DataEventActorKind, MyDataEventsOutput } from './my-data-events-contract';

/** One page of events; the router adds the words for their codes. */
export type SubjectEventsPage = Omit<MyDataEventsOutput, 'labels'>;

interface LoggedActor {
  kind: AuditActorKind;
  subject: string | null;
  actingForSubject: string | null;
}

/**
 * The log keeps the capacity a resident acted in for themself ("self" for their own data); shown to
 * someone else, that is not "you" or "your guardian" but another person, whom the page does not name.
 */
function actorKindShownTo(subjectPerson: string, actor: LoggedActor): DataEventActorKind {
  switch (actor.kind) {
    case 'self':
      return actor.subject === subjectPerson ? 'self' : 'another-person';
    case 'guardian':
    case 'mandate-holder':
      return actor.actingForSubject === subjectPerson ? actor.kind : 'another-person';
    default:
      return actor.kind;
  }
}

export interface ListSubjectEventsOptions {
  subjectPerson: string;
  limit: number;
  before?: EventPosition;
}

export async function listSubjectEvents(
  db: AuditDatabase,
  table: AuditLogTable,
  { subjectPerson, limit, before }: ListSubjectEventsOptions,
): Promise<SubjectEventsPage> {
  const rows = await db
    .select({
      id: table.id,
      occurredAt: table.occurredAt,
      position: sql<string>`to_char(${table.occurredAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      service: table.service,
      actorKind: table.actorKind,
      actorSubject: table.actorSubject,
      actingForSubject: table.actingForSubject,
      actorRole: table.actorRole,
      actorUnitId: table.actorUnitId,
      action: table.action,
      resourceType: table.resourceType,
      purpose: table.purpose,
      outcome: table.outcome,
    })
    .from(table)
    .where(
      and(
        eq(table.subjectPerson, subjectPerson),
        before
          ? sql`(${table.occurredAt}, ${table.id}) < (${before.at}::timestamptz, ${before.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(table.occurredAt), desc(table.id))
    .limit(limit + 1);

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const events = page.map((row): DataEvent => ({
    id: row.id,
    at: row.occurredAt.toISOString(),
    service: row.service,
    actor: {
      kind: actorKindShownTo(subjectPerson, {
        kind: row.actorKind,
        subject: row.actorSubject,
        actingForSubject: row.actingForSubject,
      }),
      role: row.actorRole,
      unitId: row.actorUnitId,
    },
    action: row.action,
    resource: row.resourceType,
    purpose: row.purpose,
    outcome: row.outcome,
  }));
  return {
    events,
    nextCursor: rows.length > limit && last ? encodeEventCursor({ at: last.position, id: last.id }) : null,
  };
}
