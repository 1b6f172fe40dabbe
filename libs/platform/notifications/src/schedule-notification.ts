import type { SqlExecutor } from '@asiointi/platform-events';
import { and, eq, sql } from 'drizzle-orm';
import type { NotificationOutboxTable } from './notification-outbox-table';
import { newNotificationSchema, type NewNotification } from './notification-types';

export interface ScheduleResult {
  id: string;
  /** False when a pending notification with the same dedupe key already existed; `id` is that one. */
  scheduled: boolean;
}

/**
 * Adds a notification inside the caller's transaction: it exists only if that transaction commits. A second
 * call with the dedupe key of a pending notification changes nothing (use replaceNotification to change it).
 */
export async function scheduleNotification(
  tx: SqlExecutor,
  table: NotificationOutboxTable,
  notification: NewNotification,
): Promise<ScheduleResult> {
  const checked = newNotificationSchema.parse(notification);
  const inserted = await tx
    .insert(table)
    .values({ ...checked, status: 'pending', nextAttemptAt: checked.sendAt })
    .onConflictDoNothing({ target: table.dedupeKey, where: sql`status = 'pending'` })
    .returning({ id: table.id });
  if (inserted[0]) return { id: inserted[0].id, scheduled: true };

  const [existing] = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.dedupeKey, checked.dedupeKey), eq(table.status, 'pending')));
  if (!existing) throw new Error('A pending notification blocked the insert but cannot be found.');
  return { id: existing.id, scheduled: false };
}
