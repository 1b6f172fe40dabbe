// The platform's background work for a module: the outbox relay (events to the bus) and the notification
// sender (SMS and e-mail through the gateway). Both need the open database and are stopped by the service
// before it closes that database.
import type { AppDatabase, DatabaseDialect } from '@asiointi/platform-db';
import {
  startOutboxRelay,
  type EventBus,
  type OutboxTable,
  type WorkerLogger,
} from '@asiointi/platform-events';
import {
  createDevelopmentGateway,
  startNotificationSender,
  storedAddressOnly,
  storedOrTestAddress,
  withModuleAddresses,
  type NotificationGateway,
  type NotificationSenderOptions,
} from '@asiointi/platform-notifications';
import type { BackgroundWorker } from '../lifecycle/background-workers';
import type { ModuleNotifications } from './module-service-definition';

export type ResolveRecipient = NotificationSenderOptions['resolveRecipient'];

export interface PlatformWorkersOptions {
  db: AppDatabase<Record<string, unknown>>;
  dialect: DatabaseDialect;
  events: { outbox: OutboxTable } | undefined;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any module's tables
  notifications: ModuleNotifications<any> | undefined;
  bus: EventBus;
  /** Close the bus after the relay's last batch (the service made the bus, or was told to own it). */
  closeBus: boolean;
  /**
   * Absent: the development gateway, which writes to the notification_log table (startModuleService has
   * refused to start when it may not stand in).
   */
  gateway: NotificationGateway | undefined;
  resolveRecipient: ResolveRecipient | undefined;
  /** A pino logger; each worker logs through a child naming it. */
  logger: WorkerLogger & { child(bindings: Record<string, string>): WorkerLogger };
  pollIntervalsMs: { outboxRelay?: number; notificationSender?: number };
}

/** Starts the relay and the sender the module needs; if one cannot start, those started are stopped again. */
export async function startPlatformWorkers(options: PlatformWorkersOptions): Promise<BackgroundWorker[]> {
  const { db, bus, logger } = options;
  const started: BackgroundWorker[] = [];
  const closeBus: BackgroundWorker = {
    name: 'event-bus',
    stop: async () => {
      if (options.closeBus) await bus.close();
    },
  };
  try {
    if (options.events) {
      const relay = startOutboxRelay({
        db,
        dialect: options.dialect,
        table: options.events.outbox,
        bus,
        logger: logger.child({ worker: 'outbox-relay' }),
        pollIntervalMs: options.pollIntervalsMs.outboxRelay,
      });
      started.push({
        name: 'outbox-relay',
        async stop() {
          // The relay's last batch still publishes: the bus closes after it.
          await relay.stop();
          await closeBus.stop();
        },
      });
    } else {
      started.push(closeBus);
    }
    if (options.notifications) {
      const { outbox, log, render, addresses } = options.notifications;
      const development = options.gateway === undefined;
      const fallback = options.resolveRecipient ?? (development ? storedOrTestAddress : storedAddressOnly);
      const sender = startNotificationSender({
        db,
        table: outbox,
        gateway:
          options.gateway ??
          createDevelopmentGateway({
            db,
            table: log,
            logger: logger.child({ worker: 'development-notifications' }),
          }),
        resolveRecipient: addresses ? withModuleAddresses(addresses(db), fallback) : fallback,
        render: (message) => render(message, db),
        logger: logger.child({ worker: 'notification-sender' }),
        pollIntervalMs: options.pollIntervalsMs.notificationSender,
      });
      started.push({ name: 'notification-sender', stop: () => sender.stop() });
    }
    return started;
  } catch (error) {
    await Promise.allSettled(started.map((worker) => worker.stop()));
    throw error;
  }
}
