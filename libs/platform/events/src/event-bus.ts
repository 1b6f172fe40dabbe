import type { EventEnvelope } from './event-envelope';

/** Resolves when the event is applied (for a database consumer: committed); throws to have it redelivered. */
export type EventHandler = (event: EventEnvelope) => Promise<unknown>;

export interface SubscribeOptions {
  /**
   * Durable name of the consumer, e.g. "feedback-visit-completed": replicas with the same name share the
   * work, and the name keys the consumer's processed_events rows. Lower-case letters, digits and dashes.
   */
  consumerName: string;
  /** Event types, or patterns with `*` (one token) and a trailing `>` (the rest), e.g. "booking.>". */
  types: readonly string[];
  handle: EventHandler;
}

export interface EventSubscription {
  /** Takes no further events; resolves when the event in hand has been handled. */
  stop(): Promise<void>;
}

export interface EventPublisher {
  /** Resolves once the bus has accepted the event; the relay marks the outbox row published only then. */
  publish(event: EventEnvelope): Promise<void>;
}

export interface EventBus extends EventPublisher {
  subscribe(options: SubscribeOptions): Promise<EventSubscription>;
  /** Stops every subscription and releases the connection. */
  close(): Promise<void>;
}

const consumerNamePattern = /^[a-z][a-z0-9-]{0,62}$/;

export function assertConsumerName(consumerName: string): void {
  if (!consumerNamePattern.test(consumerName)) {
    throw new Error(`Invalid consumer name "${consumerName}": use lower-case letters, digits and dashes.`);
  }
}
