import {
  AckPolicy,
  DeliverPolicy,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { backoffDelayMs, type BackoffPolicy } from '../backoff';
import type { EventSubscription, SubscribeOptions } from '../event-bus';
import { parseEventEnvelope } from '../event-envelope';
import type { WorkerLogger } from '../logger';
import { shortError } from '../short-error';
import { matchesAny } from '../type-pattern';
import { subjectFor } from './jetstream-stream';

export interface SubscriptionSettings {
  stream: string;
  subjectPrefix: string;
  /** Deliveries of one event before the consumer gives up on it (it stays in the stream). */
  maxDeliver: number;
  /** Redelivery when a handler neither acked nor failed in time (a crashed replica). */
  ackWaitMs: number;
  /** Delay of the redelivery after a failed handler, by delivery count. */
  redelivery: BackoffPolicy;
  logger: WorkerLogger;
}

/**
 * Durable pull consumer per consumer name. One server-side filter where the server can apply it (NATS 2.9
 * takes a single filter subject); several patterns are filtered here as well, so a handler only ever sees
 * the types it asked for.
 */
async function ensureDurableConsumer(
  jsm: JetStreamManager,
  options: SubscribeOptions,
  settings: SubscriptionSettings,
) {
  const [onlyPattern] = options.types;
  const filter =
    options.types.length === 1 && onlyPattern ? subjectFor(settings.subjectPrefix, onlyPattern) : undefined;
  const config = {
    ack_wait: nanos(settings.ackWaitMs),
    max_deliver: settings.maxDeliver,
    filter_subject: filter ?? `${settings.subjectPrefix}.>`,
  };
  const existing = await jsm.consumers.info(settings.stream, options.consumerName).catch(() => undefined);
  if (existing) {
    const current = existing.config;
    const changed =
      current.ack_wait !== config.ack_wait ||
      current.max_deliver !== config.max_deliver ||
      current.filter_subject !== config.filter_subject;
    if (changed) await jsm.consumers.update(settings.stream, options.consumerName, config);
    return;
  }
  await jsm.consumers.add(settings.stream, {
    ...config,
    durable_name: options.consumerName,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
  });
}

export async function subscribeDurable(
  js: JetStreamClient,
  jsm: JetStreamManager,
  options: SubscribeOptions,
  settings: SubscriptionSettings,
): Promise<EventSubscription> {
  const { logger } = settings;
  await ensureDurableConsumer(jsm, options, settings);
  const consumer = await js.consumers.get(settings.stream, options.consumerName);
  // Small buffer: messages held here wait for this replica while another could handle them.
  const messages: ConsumerMessages = await consumer.consume({ max_messages: 8 });
  let stopping = false;

  async function handleMessage(message: JsMsg): Promise<void> {
    let event;
    try {
      event = parseEventEnvelope(message.json());
    } catch (error) {
      logger.error(
        { consumerName: options.consumerName, seq: message.seq, error: shortError(error) },
        'malformed event dropped',
      );
      message.term('malformed event');
      return;
    }
    if (!matchesAny(options.types, event.type)) {
      message.ack();
      return;
    }
    try {
      await options.handle(event);
      await message.ackAck();
    } catch (error) {
      const deliveries = message.info.deliveryCount;
      const details = {
        consumerName: options.consumerName,
        eventId: event.id,
        eventType: event.type,
        deliveries,
        error: shortError(error),
      };
      if (deliveries >= settings.maxDeliver) {
        logger.error(details, 'event handler failed on the last delivery: giving up on the event');
        message.term('handler failed on every delivery');
      } else {
        const delayMs = backoffDelayMs(deliveries, settings.redelivery);
        logger.warn({ ...details, redeliverInMs: delayMs }, 'event handler failed; redelivering later');
        message.nak(delayMs);
      }
    }
  }

  const loop = (async () => {
    for await (const message of messages) {
      // Messages buffered when stop() was called go back to the server for another replica at once.
      if (stopping) message.nak();
      else await handleMessage(message);
    }
  })();

  return {
    async stop() {
      if (stopping) return loop;
      stopping = true;
      messages.stop();
      await loop;
    },
  };
}
