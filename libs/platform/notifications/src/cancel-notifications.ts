import type { SqlExecutor } from '@asiointi/platform-events';
import { and, eq, like } from 'drizzle-orm';
import type { NotificationOutboxTable } from './notification-outbox-table';
import { reasonCodeSchema } from './notification-types';

export type NotificationSelector = { dedupeKey: string } | { dedupeKeyPrefix: string };

/** LIKE treats % and _ as wildcards and \ as the escape character; a key may contain any of them. */
function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * Cancels the pending notifications with this key (or key prefix, e.g. `booking:<id>:` for all of a
 * booking's) inside the caller's transaction. A notification a sender has already taken ('sending') is not
 * stopped: the count tells the caller how many were cancelled.
 */
export async function cancelNotifications(
  tx: SqlExecutor,
  table: NotificationOutboxTable,
  selector: NotificationSelector,
  reason: string,
): Promise<number> {
  const cancelledReason = reasonCodeSchema.parse(reason);
  if ('dedupeKeyPrefix' in selector && selector.dedupeKeyPrefix.length === 0) {
    throw new Error('An empty prefix would cancel every notification.');
  }
  const keyCondition =
    'dedupeKey' in selector
      ? eq(table.dedupeKey, selector.dedupeKey)
      : like(table.dedupeKey, likePrefix(selector.dedupeKeyPrefix));
  const cancelled = await tx
    .update(table)
    .set({ status: 'cancelled', cancelledReason, recipientAddress: null })
    .where(and(eq(table.status, 'pending'), keyCondition))
    .returning({ id: table.id });
  return cancelled.length;
}
