// What a module's service app declares about itself: its name, port, database, router and the module's own
// parts of the context. Everything else a service needs (configuration, migrations, identity, the audit
// router's checks, the outbox relay, the notification sender, health, metrics, shutdown) is the platform's.
import type { AppDatabase, DatabaseDefinition } from '@asiointi/platform-db';
import type { OutboxTable } from '@asiointi/platform-events';
import type {
  MessageToRender,
  ModuleAddressOf,
  NotificationLogTable,
  NotificationOutboxTable,
  RenderedMessage,
} from '@asiointi/platform-notifications';
import type { AnyRouter, inferRouterContext } from '@trpc/server';
import type { Logger } from 'pino';
import type { PersonDirectory } from '../auth/person-directory';
import type { ServiceConfig } from '../config/service-config';
import type { BackgroundWorker } from '../lifecycle/background-workers';
import type { LinkTokenSealer } from '../links/link-token-sealer';
import type { UnitDirectory } from '../units/unit-directory';
import type { ModuleConsumers } from './module-consumers';
import type { ServiceContext } from '../trpc/service-context';

/** What the platform has ready for a module's context once the service has started. */
export interface ModuleServiceParts<TTables extends Record<string, unknown>> {
  db: AppDatabase<TTables>;
  config: ServiceConfig;
  /** The portal's public base URL without a trailing slash, for links in notifications. */
  portalUrl: string;
  /** Finds a resident by identity code (staff acting on a resident's behalf). */
  personDirectory: PersonDirectory;
  /** The county's units: names in fi/sv/en and contact details (UNITS_URL), cached. */
  units: UnitDirectory;
  /** Present when the module declares `linkTokens`: seals the tokens of links sent outside the portal. */
  linkTokens: LinkTokenSealer | undefined;
  /**
   * The service's logger (its level, destination and redaction): the module's own workers log through a
   * child naming them, e.g. `logger.child({ worker: 'unit-sync' })`.
   */
  logger: Logger;
}

export interface ModuleNotifications<TTables extends Record<string, unknown> = Record<string, unknown>> {
  outbox: NotificationOutboxTable;
  log: NotificationLogTable;
  /**
   * Renders each template the module schedules, at send time, in the recipient's language. A message whose
   * text someone wrote (feedback's reply) is read from the module's database by a reference in its params,
   * so that the text never sits in the outbox's params.
   */
  render(message: MessageToRender, db: AppDatabase<TTables>): RenderedMessage | Promise<RenderedMessage>;
  /**
   * The module's own register of addresses, asked at send time before the service's resolver (booking: the
   * number and address a resident entered and confirmed).
   */
  addresses?(db: AppDatabase<TTables>): ModuleAddressOf;
}

export interface ModuleServiceDefinition<TTables extends Record<string, unknown>, TRouter extends AnyRouter> {
  /** The module's name, e.g. "booking": its log lines and audit rows carry it. */
  name: string;
  /** The port a standalone process listens on unless PORT says otherwise. */
  defaultPort: number;
  /** The module's own PostgreSQL schema, migrations and tables. */
  database: DatabaseDefinition<TTables>;
  /** Must mount the platform's audit router under `audit` (residents' "who has handled my data"). */
  router: TRouter;
  /** The module's parts of each call's context, on top of the service context. */
  createContext(parts: ModuleServiceParts<TTables>): (base: ServiceContext) => inferRouterContext<TRouter>;
  /** The module publishes events: the outbox relay moves this table's rows to the bus. */
  events?: { outbox: OutboxTable };
  /**
   * The module consumes events: each consumer is subscribed on the service's bus (the launcher's shared
   * in-process bus when embedded, JetStream with NATS_URL) under its durable name, applied at most once per
   * event id with the module's processed_events table, and stopped on close before the database closes.
   */
  consumers?: ModuleConsumers<TTables>;
  /** The module sends SMS and e-mail: the notification sender works through this outbox. */
  notifications?: ModuleNotifications<TTables>;
  /**
   * The module sends links that work without signing in (a reminder's cancel link): their tokens are
   * sealed for this purpose with LINK_TOKEN_SECRET, which production then requires.
   */
  linkTokens?: { purpose: string };
  /** Fills empty tables with demonstration data (development; SEED_DEMO_DATA=false turns it off). */
  seedDemoData?(db: AppDatabase<TTables>): Promise<unknown>;
  /** The module's own background work (scheduled jobs), started after the database is ready. */
  workers?(parts: ModuleServiceParts<TTables>): BackgroundWorker[] | Promise<BackgroundWorker[]>;
}

/** Declares a module service with its types inferred from the definition. */
export function defineModuleService<TTables extends Record<string, unknown>, TRouter extends AnyRouter>(
  definition: ModuleServiceDefinition<TTables, TRouter>,
): ModuleServiceDefinition<TTables, TRouter> {
  return definition;
}
