import { randomUUID } from 'node:crypto';
import {
  defaultWorkerLogger,
  systemClock,
  type Clock,
  type SqlExecutor,
  type WorkerLogger,
} from '@asiointi/platform-events';
import { maskRecipient } from './mask-recipient';
import type { NotificationGateway } from './notification-gateway';
import type { NotificationLogTable } from './notification-log-table';

export interface DevelopmentGatewayOptions {
  db: SqlExecutor;
  table: NotificationLogTable;
  logger?: WorkerLogger;
  clock?: Clock;
}

/**
 * Development and tests: nothing leaves the machine. The rendered message goes to the notification_log
 * table (the developer's mailbox); the log gets only which template went to whom, masked. A message's
 * text can hold a working cancel link, and logs are read by more people than the mailbox.
 */
export function createDevelopmentGateway(options: DevelopmentGatewayOptions): NotificationGateway {
  const logger = options.logger ?? defaultWorkerLogger('development-notifications');
  const clock = options.clock ?? systemClock;
  return {
    async send(message) {
      const providerMessageId = randomUUID();
      const recipientMasked = maskRecipient(message.channel, message.to);
      await options.db.insert(options.table).values({
        id: providerMessageId,
        notificationId: message.notificationId,
        channel: message.channel,
        recipientMasked,
        subject: message.subject,
        text: message.text,
        createdAt: clock(),
      });
      logger.info(
        {
          notificationId: message.notificationId,
          channel: message.channel,
          to: recipientMasked,
          templateKey: message.templateKey,
        },
        'development notification (not sent to a gateway)',
      );
      return { providerMessageId };
    },
  };
}
