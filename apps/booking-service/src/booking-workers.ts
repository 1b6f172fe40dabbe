// The booking service's background work: the outbox relay (events to the bus) and the notification sender
// (reminders to the SMS/e-mail gateway). Both need the open database and are stopped by the service before
// it closes that database.
import {
  eventOutbox,
  notificationLog,
  notificationOutbox,
  type BookingDatabase,
} from '@asiointi/booking-data';
import { startOutboxRelay, type EventBus, type WorkerLogger } from '@asiointi/platform-events';
import {
  createDevelopmentGateway,
  startNotificationSender,
  type NotificationGateway,
} from '@asiointi/platform-notifications';
import type { BackgroundWorker } from '@asiointi/platform-service';
import { storedAddressOnly, storedOrTestAddress, type ResolveRecipient } from './notification-recipients';
import { renderBookingMessage } from './reminder-messages';

export interface BookingWorkersOptions {
  database: BookingDatabase;
  bus: EventBus;
  /** Close the bus after the relay's last batch (the service made the bus, or was told to own it). */
  closeBus: boolean;
  /** Absent: the development gateway, which writes to the log and the notification_log table. */
  gateway: NotificationGateway | undefined;
  resolveRecipient: ResolveRecipient | undefined;
  /** A pino logger; each worker logs through a child naming it. */
  logger: WorkerLogger & { child(bindings: Record<string, string>): WorkerLogger };
  pollIntervalsMs: { outboxRelay?: number; notificationSender?: number };
}

/** Starts both workers; if the second cannot start, the first is stopped again before the error is thrown. */
export async function startBookingWorkers(options: BookingWorkersOptions): Promise<BackgroundWorker[]> {
  const { database, bus, logger } = options;
  const relay = startOutboxRelay({
    db: database.db,
    dialect: database.dialect,
    table: eventOutbox,
    bus,
    logger: logger.child({ worker: 'outbox-relay' }),
    pollIntervalMs: options.pollIntervalsMs.outboxRelay,
  });
  const relayWorker: BackgroundWorker = {
    name: 'outbox-relay',
    async stop() {
      // The relay's last batch still publishes: the bus closes after it.
      await relay.stop();
      if (options.closeBus) await bus.close();
    },
  };

  try {
    const development = options.gateway === undefined;
    const sender = startNotificationSender({
      db: database.db,
      table: notificationOutbox,
      gateway:
        options.gateway ??
        createDevelopmentGateway({
          db: database.db,
          table: notificationLog,
          logger: logger.child({ worker: 'development-notifications' }),
        }),
      resolveRecipient: options.resolveRecipient ?? (development ? storedOrTestAddress : storedAddressOnly),
      render: renderBookingMessage,
      logger: logger.child({ worker: 'notification-sender' }),
      pollIntervalMs: options.pollIntervalsMs.notificationSender,
    });
    return [relayWorker, { name: 'notification-sender', stop: () => sender.stop() }];
  } catch (error) {
    await relayWorker.stop();
    throw error;
  }
}
