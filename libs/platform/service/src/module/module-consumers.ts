// A module's event consumers: each subscribed on the service's bus under its durable name and wrapped in an
// idempotent consumer, so that an event id is applied at most once (its processed_events row commits with
// the handler's writes). Started before the outbox relay, since the in-process bus keeps no event for a
// subscriber that is not there yet; stopped on close before the database closes.
import type { AppDatabase } from '@asiointi/platform-db';
import {
  createIdempotentConsumer,
  type EventBus,
  type EventEnvelope,
  type EventSubscription,
  type ProcessedEventsTable,
  type SqlExecutor,
} from '@asiointi/platform-events';
import type { BackgroundWorker } from '../lifecycle/background-workers';
import type { ModuleServiceParts } from './module-service-definition';

export interface ModuleEventConsumer<TTables extends Record<string, unknown>> {
  /**
   * Durable name, e.g. "feedback-visit-completed": replicas with the same name share the work, and it keys
   * the consumer's processed_events rows. Lower-case letters, digits and dashes. Never rename a consumer
   * in production: a new name starts from the stream's beginning.
   */
  name: string;
  /** Event types, or patterns with `*` (one token) and a trailing `>` (the rest). */
  types: readonly string[];
  /**
   * Applies one event inside the transaction that records its id. Throw to have it redelivered (a
   * payload it cannot read should be logged and skipped instead: redelivery would not change it). On PGlite
   * never open another transaction inside it.
   */
  handle(tx: AppDatabase<TTables>, event: EventEnvelope, parts: ModuleServiceParts<TTables>): Promise<void>;
}

export interface ModuleConsumers<TTables extends Record<string, unknown>> {
  /** The module's processed_events table (platform-events' processedEventsTable in its schema). */
  processedEvents: ProcessedEventsTable;
  consumers: readonly ModuleEventConsumer<TTables>[];
}

/** Subscribes every consumer; if one cannot subscribe, those subscribed are stopped again. */
export async function startModuleConsumers<TTables extends Record<string, unknown>>(
  definition: ModuleConsumers<TTables>,
  bus: EventBus,
  parts: ModuleServiceParts<TTables>,
): Promise<BackgroundWorker[]> {
  const names = definition.consumers.map((consumer) => consumer.name);
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate) throw new Error(`Two consumers are named "${duplicate}".`);
  const started: BackgroundWorker[] = [];
  try {
    for (const consumer of definition.consumers) {
      const idempotent = createIdempotentConsumer({
        db: parts.db as unknown as SqlExecutor,
        processedTable: definition.processedEvents,
        consumerName: consumer.name,
        handle: (tx, event) => consumer.handle(tx as unknown as AppDatabase<TTables>, event, parts),
      });
      const subscription: EventSubscription = await bus.subscribe({
        consumerName: consumer.name,
        types: consumer.types,
        handle: idempotent.handle,
      });
      started.push({ name: `consumer:${consumer.name}`, stop: () => subscription.stop() });
    }
    return started;
  } catch (error) {
    await Promise.allSettled(started.map((worker) => worker.stop()));
    throw error;
  }
}
