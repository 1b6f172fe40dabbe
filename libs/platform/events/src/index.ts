export { backoffDelayMs, type BackoffPolicy } from './backoff';
export { systemClock, type Clock } from './clock';
export type {
  EventBus,
  EventHandler,
  EventPublisher,
  EventSubscription,
  SubscribeOptions,
} from './event-bus';
export {
  eventEnvelopeSchema,
  eventTypePattern,
  parseEventEnvelope,
  type EventEnvelope,
  type JsonObject,
} from './event-envelope';
export { enqueueEvent, type NewEvent } from './enqueue-event';
export {
  createIdempotentConsumer,
  type ConsumeOutcome,
  type IdempotentConsumer,
  type IdempotentConsumerOptions,
} from './idempotent-consumer';
export { createInProcessBus } from './in-process-bus';
export { createJetStreamBus, type JetStreamBusOptions } from './jetstream/jetstream-bus';
export { defaultWorkerLogger, type WorkerLogger } from './logger';
export {
  createOutboxRelay,
  startOutboxRelay,
  type OutboxRelay,
  type OutboxRelayOptions,
  type OutboxRelayWorker,
  type RelayBatchResult,
} from './outbox-relay';
export { outboxTable, type OutboxRow, type OutboxTable } from './outbox-table';
export { startPoller, type Poller, type PollerOptions } from './poller';
export { processedEventsTable, type ProcessedEventsTable } from './processed-events-table';
export { shortError } from './short-error';
export type { SqlExecutor } from './sql-executor';
export { typeMatches } from './type-pattern';
