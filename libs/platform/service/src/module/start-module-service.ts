import { randomBytes } from 'node:crypto';
import { openDatabase, type OpenDatabase } from '@asiointi/platform-db';
import { createInProcessBus, type EventBus } from '@asiointi/platform-events';
import type { NotificationGateway } from '@asiointi/platform-notifications';
import type { AnyRouter } from '@trpc/server';
import type { DestinationStream } from 'pino';
import { createPersonDirectory } from '../auth/person-directory';
import { createUnitDirectory } from '../units/unit-directory';
import { readServiceConfig, ServiceConfigError, type ServiceConfig } from '../config/service-config';
import { createService, type RunningService } from '../create-service';
import type { BackgroundWorker } from '../lifecycle/background-workers';
import { createLinkTokenSealer } from '../links/link-token-sealer';
import { createServiceLogger } from '../logging/create-logger';
import type { ContextFactory } from '../trpc/register-trpc';
import { startModuleConsumers } from './module-consumers';
import type { ModuleServiceDefinition, ModuleServiceParts } from './module-service-definition';
import { defaultPortalUrl } from './module-service-env';
import { startPlatformWorkers, type ResolveRecipient } from './platform-workers';

export interface ModuleServiceOptions extends Partial<ServiceConfig> {
  /** Close on SIGTERM/SIGINT and exit (the standalone process); off for tests and the in-process launcher. */
  handleSignals?: boolean;
  /** Fill empty tables with the module's demo data, if it has any (default true). */
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
  /**
   * Let the development gateway stand in when no gateway is given (default true). runModuleService turns it
   * off in production, where it would send nothing: a module that sends notifications then refuses to
   * start without a gateway.
   */
  developmentNotifications?: boolean;
  /** Phone number or e-mail address of a notification's recipient (default: the address stored with it). */
  resolveRecipient?: ResolveRecipient;
  /** The portal's public base URL, for links in notifications (default http://127.0.0.1:4200). */
  portalUrl?: string;
  /** How often the outbox relay and the notification sender look for work (defaults 1 s and 5 s). */
  pollIntervalsMs?: { outboxRelay?: number; notificationSender?: number };
  /**
   * An already open and migrated database to serve instead of opening one (tests that read the same
   * database). The service does not close it.
   */
  database?: OpenDatabase<Record<string, unknown>>;
  /** Run the relay, the sender and the module's own workers (default true; tests of procedures turn them off). */
  startWorkers?: boolean;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
}

/**
 * The procedures every module service answers: residents' "who has handled my data" (without it, reads
 * would be hidden from the residents they concern) and the management view's figures.
 */
const standardProcedures = {
  'audit.myDataEvents': 'the audit router (createAuditRouter) under "audit"',
  'figures.list': 'the figures router (createFiguresRouter) under "figures"',
} as const;

function requireStandardProcedures(name: string, router: AnyRouter): void {
  for (const [path, what] of Object.entries(standardProcedures)) {
    if (!Object.hasOwn(router._def.procedures, path)) {
      throw new ServiceConfigError(`The ${name} router must mount ${what}`);
    }
  }
}

/**
 * Starts a module's service from its definition: opens and migrates its database (PostgreSQL with
 * databaseUrl, else PGlite in dataDir, in memory without one), seeds demo data into empty tables, starts the
 * outbox relay, the notification sender and the module's own workers, and serves its router with identity,
 * audit, health, readiness, metrics and a graceful close (workers stop before the database closes). The
 * router must answer the standard procedures (audit.myDataEvents, figures.list).
 */
export async function startModuleService<TTables extends Record<string, unknown>, TRouter extends AnyRouter>(
  definition: ModuleServiceDefinition<TTables, TRouter>,
  options: ModuleServiceOptions = {},
): Promise<RunningService> {
  const {
    handleSignals = false,
    seedDemoData = true,
    logDestination,
    eventBus,
    closeEventBus = false,
    notificationGateway,
    developmentNotifications = true,
    resolveRecipient,
    portalUrl = defaultPortalUrl,
    pollIntervalsMs = {},
    database: givenDatabase,
    startWorkers = true,
    ...overrides
  } = options;
  requireStandardProcedures(definition.name, definition.router);
  if (definition.notifications && !notificationGateway && !developmentNotifications) {
    throw new ServiceConfigError(
      `The ${definition.name} service sends notifications but no SMS or e-mail gateway is configured`,
    );
  }
  // No environment here: runModuleService reads it; this only completes the options with the defaults.
  const config = readServiceConfig({}, { port: definition.defaultPort, ...withoutUndefined(overrides) });
  const logger = createServiceLogger({
    service: definition.name,
    level: config.logLevel,
    destination: logDestination,
  });

  // Fails at start on a secret that is too short, not when the first link is sealed.
  let linkTokens: ModuleServiceParts<TTables>['linkTokens'];
  if (definition.linkTokens) {
    linkTokens = createLinkTokenSealer(
      config.linkTokenSecret ?? randomBytes(32).toString('base64url'),
      definition.linkTokens.purpose,
    );
    if (!config.linkTokenSecret) {
      logger.warn(
        'LINK_TOKEN_SECRET is not set: links sent in notifications stop working when the service restarts',
      );
    }
  }

  const database =
    (givenDatabase as OpenDatabase<TTables> | undefined) ??
    (await openDatabase({
      ...definition.database,
      migrationsFolder: config.migrationsDir ?? definition.database.migrationsFolder,
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
    }));
  const closeDatabase = givenDatabase ? async () => undefined : () => database.close();
  const parts: ModuleServiceParts<TTables> = {
    db: database.db,
    config,
    portalUrl: portalUrl.replace(/\/+$/, ''),
    personDirectory: createPersonDirectory(config),
    units: createUnitDirectory(config),
    linkTokens,
    logger,
  };

  const workers: BackgroundWorker[] = [];
  try {
    if (seedDemoData && definition.seedDemoData) await definition.seedDemoData(database.db);
    if (startWorkers) {
      const bus = eventBus ?? createInProcessBus({ logger: logger.child({ worker: 'in-process-bus' }) });
      // Subscribed before the relay starts: the in-process bus keeps nothing for a subscriber not yet there.
      if (definition.consumers) {
        workers.push(...(await startModuleConsumers(definition.consumers, bus, parts)));
      }
      workers.push(
        ...(await startPlatformWorkers({
          db: database.db,
          dialect: database.dialect,
          events: definition.events,
          notifications: definition.notifications,
          bus,
          // A bus made here is this service's to close; one passed in is closed only when the caller says so.
          closeBus: eventBus === undefined || closeEventBus,
          gateway: notificationGateway,
          resolveRecipient,
          logger,
          pollIntervalsMs,
        })),
      );
      workers.push(...(await (definition.workers?.(parts) ?? [])));
    }
  } catch (error) {
    await Promise.allSettled(workers.map((worker) => worker.stop()));
    await closeDatabase();
    throw error;
  }

  return createService({
    name: definition.name,
    config,
    router: definition.router,
    database: { ping: () => database.ping(), close: closeDatabase },
    workers,
    createContext: definition.createContext(parts) as ContextFactory<TRouter>,
    handleSignals,
    logDestination,
  } as Parameters<typeof createService<TRouter>>[0]);
}
