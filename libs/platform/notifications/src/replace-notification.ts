import type { SqlExecutor } from '@asiointi/platform-events';
import { cancelNotifications } from './cancel-notifications';
import type { NotificationOutboxTable } from './notification-outbox-table';
import type { NewNotification } from './notification-types';
import { scheduleNotification, type ScheduleResult } from './schedule-notification';

export interface ReplaceResult extends ScheduleResult {
  /** How many pending notifications with the key were cancelled (0 or 1). */
  cancelled: number;
}

/**
 * Swaps the pending notification with `notification.dedupeKey` for this one, inside the caller's transaction
 * (e.g. a rescheduled booking's reminder). When none is pending (already sent, or never scheduled) the new
 * one is simply scheduled.
 */
export async function replaceNotification(
  tx: SqlExecutor,
  table: NotificationOutboxTable,
  notification: NewNotification,
  reason: string,
): Promise<ReplaceResult> {
  const cancelled = await cancelNotifications(tx, table, { dedupeKey: notification.dedupeKey }, reason);
  const result = await scheduleNotification(tx, table, notification);
  return { ...result, cancelled };
}
