import { randomBytes } from 'node:crypto';
import { bookingContextFactory, bookingRouter, REMINDER_LINK_PURPOSE } from '@asiointi/booking-api';
import { bookingMigrationsFolder, openBookingDatabase, seedBookingDemoData } from '@asiointi/booking-data';
import { createInProcessBus, type EventBus } from '@asiointi/platform-events';
import type { NotificationGateway } from '@asiointi/platform-notifications';
import {
  createLinkTokenSealer,
  createPersonDirectory,
  createService,
  createServiceLogger,
  readServiceConfig,
  type BackgroundWorker,
  type RunningService,
  type ServiceConfig,
} from '@asiointi/platform-service';
import type { DestinationStream } from 'pino';
import { defaultPortalUrl } from './booking-service-env';
import { startBookingWorkers } from './booking-workers';
import type { ResolveRecipient } from './notification-recipients';

export const bookingServiceName = 'booking';
export const bookingDefaultPort = 4401;
/** The purpose cancel-link tokens are sealed for: a token for anything else never opens as one. */
export const cancelLinkPurpose = REMINDER_LINK_PURPOSE;

export interface StartBookingServiceOptions extends Partial<ServiceConfig> {
  /** Close on SIGTERM/SIGINT and exit (the standalone process); off for tests and the in-process launcher. */
  handleSignals?: boolean;
  /** Fill empty tables with demo units and services (default true). */
  seedDemoData?: boolean;
  /** Where JSON log lines go (default stdout). */
  logDestination?: DestinationStream;
  /**
   * Where the outbox relay publishes the module's events: JetStream in server mode, the launcher's shared
   * in-process bus when embedded. Absent: an in-process bus of this service's own.
   */
  eventBus?: EventBus;
  /** Close eventBus when the service closes (the standalone process made it for itself). Default false. */
  closeEventBus?: boolean;
  /** SMS and e-mail provider; absent: the development gateway (the log and the notification_log table). */
  notificationGateway?: NotificationGateway;
  /** Phone number or e-mail address of a notification's recipient; see notification-recipients.ts. */
  resolveRecipient?: ResolveRecipient;
  /** The portal's public base URL, for links in reminders (default http://127.0.0.1:4200). */
  portalUrl?: string;
  /** How often the outbox relay and the notification sender look for work (defaults 1 s and 5 s). */
  pollIntervalsMs?: { outboxRelay?: number; notificationSender?: number };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
}

/**
 * Starts the booking service: opens and migrates its database (PostgreSQL with databaseUrl, else PGlite in
 * dataDir, in memory without one), seeds demo data into empty tables, starts the outbox relay and the
 * notification sender, and serves the booking router. close() stops the workers before the database.
 */
export async function startBookingService(options: StartBookingServiceOptions = {}): Promise<RunningService> {
  const {
    handleSignals = false,
    seedDemoData = true,
    logDestination,
    eventBus,
    closeEventBus = false,
    notificationGateway,
    resolveRecipient,
    portalUrl = defaultPortalUrl,
    pollIntervalsMs = {},
    ...overrides
  } = options;
  // No environment here: main.ts reads it; this only completes the options with the service defaults.
  const config = readServiceConfig({}, { port: bookingDefaultPort, ...withoutUndefined(overrides) });
  const logger = createServiceLogger({
    service: bookingServiceName,
    level: config.logLevel,
    destination: logDestination,
  });

  // Fails at start on a secret that is too short, not when the first reminder is scheduled.
  const linkTokenSecret = config.linkTokenSecret ?? randomBytes(32).toString('base64url');
  const cancelLinkTokens = createLinkTokenSealer(linkTokenSecret, cancelLinkPurpose);
  if (!config.linkTokenSecret) {
    logger.warn(
      'LINK_TOKEN_SECRET is not set: cancel links in reminders stop working when the service restarts',
    );
  }

  const database = await openBookingDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    migrationsFolder: config.migrationsDir ?? bookingMigrationsFolder,
  });
  let workers: BackgroundWorker[];
  try {
    if (seedDemoData) await seedBookingDemoData(database.db);
    workers = await startBookingWorkers({
      database,
      bus: eventBus ?? createInProcessBus({ logger: logger.child({ worker: 'in-process-bus' }) }),
      // A bus made here is this service's to close; one passed in is closed only when the caller says so.
      closeBus: eventBus === undefined || closeEventBus,
      gateway: notificationGateway,
      resolveRecipient,
      logger,
      pollIntervalsMs,
    });
  } catch (error) {
    await database.close();
    throw error;
  }

  const createBookingContext = bookingContextFactory(database.db, {
    linkTokens: cancelLinkTokens,
    portalUrl,
    personDirectory: createPersonDirectory(config),
  });
  return createService({
    name: bookingServiceName,
    config,
    router: bookingRouter,
    database,
    workers,
    // The cancel-link sealer and the portal's address travel in the context for the procedures that
    // schedule reminders (cancelUrl) and open those links.
    createContext: createBookingContext,
    handleSignals,
    logDestination,
  });
}
