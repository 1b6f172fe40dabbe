import { assertConsumerName, type EventBus, type SubscribeOptions } from './event-bus';
import { parseEventEnvelope, type EventEnvelope } from './event-envelope';
import { defaultWorkerLogger, type WorkerLogger } from './logger';
import { shortError } from './short-error';
import { assertTypePattern, matchesAny } from './type-pattern';

interface InProcessSubscription {
  options: SubscribeOptions;
  inFlight: Set<Promise<unknown>>;
}

/**
 * The bus of the embedded run mode, where one Node process runs every service. publish() hands the event to
 * every matching subscriber and rejects if any of them failed: the outbox row then stays unpublished and the
 * relay retries it with backoff, so the outbox is the durable queue. Subscribers that already applied the
 * event skip it by its id (createIdempotentConsumer). Subscribe before starting the relays: events published
 * while nobody listens are not kept.
 */
export function createInProcessBus(options: { logger?: WorkerLogger } = {}): EventBus {
  const logger = options.logger ?? defaultWorkerLogger('in-process-bus');
  const subscriptions = new Map<string, InProcessSubscription>();

  async function deliver(subscription: InProcessSubscription, event: EventEnvelope): Promise<void> {
    const delivery = subscription.options.handle(event);
    subscription.inFlight.add(delivery);
    try {
      await delivery;
    } finally {
      subscription.inFlight.delete(delivery);
    }
  }

  async function stop(consumerName: string): Promise<void> {
    const subscription = subscriptions.get(consumerName);
    if (!subscription) return;
    subscriptions.delete(consumerName);
    await Promise.allSettled([...subscription.inFlight]);
  }

  return {
    async publish(event) {
      const checked = parseEventEnvelope(event);
      const targets = [...subscriptions.values()].filter((s) => matchesAny(s.options.types, checked.type));
      const results = await Promise.allSettled(targets.map((target) => deliver(target, checked)));
      const failed: string[] = [];
      results.forEach((result, index) => {
        if (result.status === 'fulfilled') return;
        const consumerName = targets[index]?.options.consumerName ?? 'unknown';
        failed.push(consumerName);
        logger.warn(
          { consumerName, eventId: checked.id, eventType: checked.type, error: shortError(result.reason) },
          'event consumer failed; the relay will publish the event again',
        );
      });
      // Consumer names only: the message lands in the outbox row's last_error.
      if (failed.length > 0) throw new Error(`consumer(s) failed: ${failed.join(', ')}`);
    },
    async subscribe(options) {
      assertConsumerName(options.consumerName);
      options.types.forEach(assertTypePattern);
      if (subscriptions.has(options.consumerName)) {
        throw new Error(`Consumer "${options.consumerName}" is already subscribed to this in-process bus.`);
      }
      subscriptions.set(options.consumerName, { options, inFlight: new Set() });
      return { stop: () => stop(options.consumerName) };
    },
    async close() {
      await Promise.all([...subscriptions.keys()].map(stop));
    },
  };
}
