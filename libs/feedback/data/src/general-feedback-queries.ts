// Reads and writes of general feedback and its handling history. Callers wrap them in the audited
// transaction of the procedure; nothing here logs or returns more than asked.
import { maxInboxItems } from '@asiointi/feedback-contract';
import { and, asc, desc, eq, gte, inArray, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import type { FeedbackDb } from './feedback-database';
import { generalFeedback, generalFeedbackEvents } from './schema';

export type GeneralFeedbackRow = typeof generalFeedback.$inferSelect;
export type NewGeneralFeedback = typeof generalFeedback.$inferInsert;
export type GeneralFeedbackEventRow = typeof generalFeedbackEvents.$inferSelect;
export type NewGeneralFeedbackEvent = typeof generalFeedbackEvents.$inferInsert;

export async function insertGeneralFeedback(
  db: FeedbackDb,
  row: NewGeneralFeedback,
): Promise<GeneralFeedbackRow> {
  const [inserted] = await db.insert(generalFeedback).values(row).returning();
  if (!inserted) throw new Error('The insert returned no row');
  return inserted;
}

export interface InboxQuery {
  unitIds: readonly string[];
  kind?: string;
  status?: string;
  /** Only items still waiting for a reply whose due day is before this Helsinki day. */
  overdueBefore?: string;
}

/** Items of the given units, newest first, at most maxInboxItems. */
export async function listInbox(db: FeedbackDb, query: InboxQuery): Promise<GeneralFeedbackRow[]> {
  if (query.unitIds.length === 0) return [];
  const conditions: SQL[] = [inArray(generalFeedback.unitId, [...query.unitIds])];
  if (query.kind) conditions.push(eq(generalFeedback.kind, query.kind));
  if (query.status) conditions.push(eq(generalFeedback.status, query.status));
  if (query.overdueBefore) {
    conditions.push(isNotNull(generalFeedback.replyDueOn));
    conditions.push(lt(generalFeedback.replyDueOn, query.overdueBefore));
    conditions.push(inArray(generalFeedback.status, ['new', 'inProgress']));
  }
  return db
    .select()
    .from(generalFeedback)
    .where(and(...conditions))
    .orderBy(desc(generalFeedback.receivedAt), asc(generalFeedback.id))
    .limit(maxInboxItems);
}

export async function findGeneralFeedback(
  db: FeedbackDb,
  id: string,
): Promise<GeneralFeedbackRow | undefined> {
  const [row] = await db.select().from(generalFeedback).where(eq(generalFeedback.id, id));
  return row;
}

/** The row locked for a change (FOR UPDATE), so two handlers cannot both move it. */
export async function lockGeneralFeedback(
  db: FeedbackDb,
  id: string,
): Promise<GeneralFeedbackRow | undefined> {
  const [row] = await db.select().from(generalFeedback).where(eq(generalFeedback.id, id)).for('update');
  return row;
}

export async function updateGeneralFeedback(
  db: FeedbackDb,
  id: string,
  change: Partial<Pick<GeneralFeedbackRow, 'status' | 'unitId' | 'assigneeSubject' | 'assigneeName'>> & {
    updatedAt: Date;
  },
): Promise<void> {
  await db.update(generalFeedback).set(change).where(eq(generalFeedback.id, id));
}

export async function insertGeneralFeedbackEvent(
  db: FeedbackDb,
  event: NewGeneralFeedbackEvent,
): Promise<void> {
  await db.insert(generalFeedbackEvents).values(event);
}

export async function listGeneralFeedbackEvents(
  db: FeedbackDb,
  feedbackIds: readonly string[],
  kinds?: readonly string[],
): Promise<GeneralFeedbackEventRow[]> {
  if (feedbackIds.length === 0) return [];
  return db
    .select()
    .from(generalFeedbackEvents)
    .where(
      and(
        inArray(generalFeedbackEvents.feedbackId, [...feedbackIds]),
        kinds ? inArray(generalFeedbackEvents.kind, [...kinds]) : undefined,
      ),
    )
    .orderBy(asc(generalFeedbackEvents.position));
}

/** A signed-in resident's own general feedback, newest first. */
export async function listGeneralFeedbackOf(
  db: FeedbackDb,
  senderSubject: string,
): Promise<GeneralFeedbackRow[]> {
  return db
    .select()
    .from(generalFeedback)
    .where(eq(generalFeedback.senderSubject, senderSubject))
    .orderBy(desc(generalFeedback.receivedAt), asc(generalFeedback.id))
    .limit(maxInboxItems);
}

/** Items per unit received in [from, until), for the module's figures. */
export async function countGeneralFeedbackByUnit(
  db: FeedbackDb,
  unitIds: readonly string[],
  period: { from: Date; until: Date },
): Promise<Map<string, number>> {
  const counts = new Map<string, number>(unitIds.map((unitId) => [unitId, 0]));
  if (unitIds.length === 0) return counts;
  // Counted in the database, the period in the where clause (the index on unit and received_at serves it).
  const rows = await db
    .select({ unitId: generalFeedback.unitId, count: sql<number>`count(*)::int` })
    .from(generalFeedback)
    .where(
      and(
        inArray(generalFeedback.unitId, [...unitIds]),
        gte(generalFeedback.receivedAt, period.from),
        lt(generalFeedback.receivedAt, period.until),
      ),
    )
    .groupBy(generalFeedback.unitId);
  for (const row of rows) counts.set(row.unitId, Number(row.count));
  return counts;
}

/** A reply's text, for the notification sender at send time. */
export async function findReplyText(db: FeedbackDb, replyId: string): Promise<string | undefined> {
  const [reply] = await db
    .select({ text: generalFeedbackEvents.text })
    .from(generalFeedbackEvents)
    .where(and(eq(generalFeedbackEvents.id, replyId), eq(generalFeedbackEvents.kind, 'reply')));
  return reply?.text ?? undefined;
}
