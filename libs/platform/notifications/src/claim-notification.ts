import type { SqlExecutor } from '@asiointi/platform-events';
import { and, asc, eq, lt, lte, sql } from 'drizzle-orm';
import type { NotificationOutboxTable, NotificationRow } from './notification-outbox-table';

/**
 * Takes the next due notification: one statement that locks it (skipping rows another sender holds) and
 * marks it 'sending', so no other sender can take it again. The repeated status condition keeps that true
 * even if the row changed between the sub-select and the update. One row at a time, so that a sender that
 * dies leaves at most one notification in doubt.
 */
export async function claimNextNotification(
  db: SqlExecutor,
  table: NotificationOutboxTable,
  now: Date,
): Promise<NotificationRow | undefined> {
  const next = db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.status, 'pending'), lte(table.nextAttemptAt, now)))
    .orderBy(asc(table.nextAttemptAt))
    .limit(1)
    .for('update', { skipLocked: true });
  const [claimed] = await db
    .update(table)
    .set({ status: 'sending', claimedAt: now, attempts: sql`${table.attempts} + 1` })
    // `= (sub-select)`, not `in (sub-select)`: PostgreSQL may run an IN sub-select once per candidate row,
    // and with SKIP LOCKED each run can return another row, so one claim could take several.
    .where(and(sql`${table.id} = (${next})`, eq(table.status, 'pending')))
    .returning();
  return claimed;
}

export const interruptedError = 'sender stopped while sending: outcome unknown, not retried';

/**
 * A row left in 'sending' by a sender that died may or may not have gone out. Retrying could send it twice,
 * so it is failed instead, visibly.
 */
export async function failInterruptedNotifications(
  db: SqlExecutor,
  table: NotificationOutboxTable,
  claimedBefore: Date,
): Promise<string[]> {
  const failed = await db
    .update(table)
    .set({ status: 'failed', lastError: interruptedError, recipientAddress: null })
    .where(and(eq(table.status, 'sending'), lt(table.claimedAt, claimedBefore)))
    .returning({ id: table.id });
  return failed.map((row) => row.id);
}
