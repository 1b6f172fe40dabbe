import {
  defaultWorkerLogger,
  shortError,
  startPoller,
  systemClock,
  type BackoffPolicy,
  type Clock,
  type SqlExecutor,
  type WorkerLogger,
} from '@asiointi/platform-events';
import { claimNextNotification, failInterruptedNotifications } from './claim-notification';
import { deliverNotification, type DeliveryDependencies } from './deliver-notification';
import type { NotificationGateway } from './notification-gateway';
import type { NotificationOutboxTable } from './notification-outbox-table';

export interface NotificationSenderOptions {
  db: SqlExecutor;
  table: NotificationOutboxTable;
  gateway: NotificationGateway;
  resolveRecipient: DeliveryDependencies['resolveRecipient'];
  render: DeliveryDependencies['render'];
  clock?: Clock;
  /** Notifications per batch (default 20). */
  batchSize?: number;
  /** Attempts before a notification is failed (default 5). */
  maxAttempts?: number;
  /** Default 30 s doubling up to 1 h, with jitter. */
  retry?: BackoffPolicy;
  /** A row 'sending' for longer than this belonged to a sender that died (default 10 min). */
  interruptedAfterMs?: number;
  /** Jitter source; tests pass a constant. */
  random?: () => number;
  logger?: WorkerLogger;
}

export interface SendBatchResult {
  sent: number;
  retried: number;
  failed: number;
}

export interface NotificationSenderWorker {
  /** Sends up to one batch of due notifications. */
  sendDue(): Promise<SendBatchResult>;
}

export interface NotificationSender extends NotificationSenderWorker {
  /** No further batches; resolves when the running batch has finished. */
  stop(): Promise<void>;
}

/** The sender's work without a timer: sendDue() when the caller decides (tests, a one-off drain). */
export function createNotificationSender(options: NotificationSenderOptions): NotificationSenderWorker {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? defaultWorkerLogger('notification-sender');
  const batchSize = options.batchSize ?? 20;
  const interruptedAfterMs = options.interruptedAfterMs ?? 10 * 60_000;
  const deps: DeliveryDependencies = {
    db: options.db,
    table: options.table,
    gateway: options.gateway,
    resolveRecipient: options.resolveRecipient,
    render: options.render,
    clock,
    retry: options.retry ?? { baseMs: 30_000, maxMs: 60 * 60_000 },
    maxAttempts: options.maxAttempts ?? 5,
    random: options.random ?? Math.random,
    logger,
  };

  return {
    async sendDue() {
      const interrupted = await failInterruptedNotifications(
        options.db,
        options.table,
        new Date(clock().getTime() - interruptedAfterMs),
      );
      for (const notificationId of interrupted) {
        logger.error(
          { notificationId },
          'notification left in sending by a stopped sender: failed, not retried',
        );
      }
      const result: SendBatchResult = { sent: 0, retried: 0, failed: 0 };
      for (let count = 0; count < batchSize; count += 1) {
        const row = await claimNextNotification(options.db, options.table, clock());
        if (!row) break;
        result[await deliverNotification(deps, row)] += 1;
      }
      return result;
    },
  };
}

/**
 * Sends due notifications in the background: at once, then every pollIntervalMs (sooner while batches come
 * back full). Several senders (replicas) may run against one PostgreSQL database: each notification is
 * taken by one of them only.
 */
export function startNotificationSender(
  options: NotificationSenderOptions & { pollIntervalMs?: number },
): NotificationSender {
  const sender = createNotificationSender(options);
  const logger = options.logger ?? defaultWorkerLogger('notification-sender');
  const batchSize = options.batchSize ?? 20;
  const poller = startPoller({
    intervalMs: options.pollIntervalMs ?? 5_000,
    run: () => sender.sendDue(),
    hasMore: (result) => result.sent + result.retried + result.failed >= batchSize,
    onError: (error) => logger.error({ error: shortError(error) }, 'notification batch failed'),
  });
  return { sendDue: poller.runNow, stop: poller.stop };
}
