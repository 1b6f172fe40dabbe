import {
  backoffDelayMs,
  shortError,
  type BackoffPolicy,
  type Clock,
  type SqlExecutor,
  type WorkerLogger,
} from '@asiointi/platform-events';
import { and, eq } from 'drizzle-orm';
import { withoutRecipient } from './mask-recipient';
import { PermanentDeliveryError, type NotificationGateway } from './notification-gateway';
import type { NotificationOutboxTable, NotificationRow } from './notification-outbox-table';
import type { NotificationChannel, NotificationLanguage, TemplateParams } from './notification-types';

export interface RecipientToResolve {
  channel: NotificationChannel;
  recipientRef: string;
  /** Set only when the address was stored with the notification. */
  recipientAddress: string | null;
}

export interface MessageToRender {
  channel: NotificationChannel;
  templateKey: string;
  templateParams: TemplateParams;
  language: NotificationLanguage;
}

export interface RenderedMessage {
  /** E-mail only. */
  subject?: string;
  text: string;
}

export interface DeliveryDependencies {
  db: SqlExecutor;
  table: NotificationOutboxTable;
  gateway: NotificationGateway;
  /** Phone number or e-mail address at send time; null when the person has none (the row fails). */
  resolveRecipient(recipient: RecipientToResolve): Promise<string | null>;
  render(message: MessageToRender): RenderedMessage | Promise<RenderedMessage>;
  clock: Clock;
  retry: BackoffPolicy;
  maxAttempts: number;
  random: () => number;
  logger: WorkerLogger;
}

export type DeliveryOutcome = 'sent' | 'retried' | 'failed';

class NoRecipientError extends PermanentDeliveryError {
  constructor() {
    super('no address for the recipient');
  }
}

async function recordFailure(
  deps: DeliveryDependencies,
  row: NotificationRow,
  error: unknown,
  to: string,
): Promise<DeliveryOutcome> {
  const { db, table, logger } = deps;
  const stillSending = and(eq(table.id, row.id), eq(table.status, 'sending'));
  const context = {
    notificationId: row.id,
    channel: row.channel,
    templateKey: row.templateKey,
    attempts: row.attempts,
  };
  // Provider messages may quote the number or address they refused.
  const lastError = withoutRecipient(shortError(error), row.channel, to);
  if (error instanceof PermanentDeliveryError || row.attempts >= deps.maxAttempts) {
    await db.update(table).set({ status: 'failed', lastError, recipientAddress: null }).where(stillSending);
    logger.error({ ...context, error: lastError }, 'notification failed: not retried');
    return 'failed';
  }
  const delayMs = backoffDelayMs(row.attempts, { ...deps.retry, jitter: true }, deps.random);
  const nextAttemptAt = new Date(deps.clock().getTime() + delayMs);
  await db.update(table).set({ status: 'pending', nextAttemptAt, lastError }).where(stillSending);
  logger.warn(
    { ...context, error: lastError, retryAt: nextAttemptAt.toISOString() },
    'sending a notification failed; retrying later',
  );
  return 'retried';
}

/** Sends one claimed ('sending') row and records the outcome on it. */
export async function deliverNotification(
  deps: DeliveryDependencies,
  row: NotificationRow,
): Promise<DeliveryOutcome> {
  const { db, table } = deps;
  let to = '';
  let providerMessageId: string;
  try {
    to = (await deps.resolveRecipient(row)) ?? '';
    if (!to) throw new NoRecipientError();
    const message = await deps.render(row);
    ({ providerMessageId } = await deps.gateway.send({
      channel: row.channel,
      to,
      ...message,
      templateKey: row.templateKey,
      notificationId: row.id,
    }));
  } catch (error) {
    return recordFailure(deps, row, error, to);
  }
  // Outside the try: once the gateway took the message, a failure to record it must not lead to a retry.
  // The row then stays 'sending' and is failed as interrupted, never sent again.
  await db
    .update(table)
    .set({ status: 'sent', sentAt: deps.clock(), providerMessageId, lastError: null, recipientAddress: null })
    .where(and(eq(table.id, row.id), eq(table.status, 'sending')));
  deps.logger.info(
    { notificationId: row.id, channel: row.channel, templateKey: row.templateKey, attempts: row.attempts },
    'notification sent',
  );
  return 'sent';
}
