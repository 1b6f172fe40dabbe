import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import type { BackoffPolicy } from '../backoff';
import { assertConsumerName, type EventBus, type EventSubscription } from '../event-bus';
import { parseEventEnvelope } from '../event-envelope';
import { defaultWorkerLogger, type WorkerLogger } from '../logger';
import { assertTypePattern } from '../type-pattern';
import { ensureStream, subjectFor } from './jetstream-stream';
import { subscribeDurable } from './jetstream-subscription';

export interface JetStreamBusOptions {
  /** e.g. process.env.NATS_URL: "nats://127.0.0.1:4222" or several servers of a cluster. */
  servers: string | string[];
  /** Stream name, e.g. "ASIOINTI". */
  stream: string;
  /** First subject token: events go to `<prefix>.<event type>`; the stream holds `<prefix>.>`. Default "asiointi". */
  subjectPrefix?: string;
  /** Default 2 minutes: longer than the relay's worst retry of one publish. */
  duplicateWindowMs?: number;
  /** Default 14 days. */
  maxAgeMs?: number;
  /** Deliveries of one event to one consumer before giving up (default 10). */
  maxDeliver?: number;
  /** Default 30 s. */
  ackWaitMs?: number;
  /** Default 1 s doubling up to 1 min. */
  redelivery?: BackoffPolicy;
  /** Shown in the server's connection list. */
  connectionName?: string;
  logger?: WorkerLogger;
}

const subjectPrefixPattern = /^[a-z][a-z0-9_-]*$/;

/**
 * The bus of the server run mode. publish() stores the event in a JetStream stream with the event id as
 * Nats-Msg-Id, so a relay that publishes a row again (it crashed before marking it) is de-duplicated by the
 * server; subscribe() reads through a durable consumer per consumer name, acks after the handler resolved
 * (committed) and redelivers with backoff after a failure.
 */
export async function createJetStreamBus(options: JetStreamBusOptions): Promise<EventBus> {
  const subjectPrefix = options.subjectPrefix ?? 'asiointi';
  if (!subjectPrefixPattern.test(subjectPrefix))
    throw new Error(`Invalid subject prefix "${subjectPrefix}".`);
  const logger = options.logger ?? defaultWorkerLogger('jetstream-bus');

  const connection = await connect({
    servers: options.servers,
    name: options.connectionName,
    maxReconnectAttempts: -1,
  });
  try {
    const jsm = await jetstreamManager(connection);
    await ensureStream(jsm, {
      stream: options.stream,
      subjectPrefix,
      duplicateWindowMs: options.duplicateWindowMs ?? 2 * 60_000,
      maxAgeMs: options.maxAgeMs ?? 14 * 24 * 60 * 60_000,
    });
    const js = jetstream(connection);
    const subscriptions = new Set<EventSubscription>();
    const settings = {
      stream: options.stream,
      subjectPrefix,
      maxDeliver: options.maxDeliver ?? 10,
      ackWaitMs: options.ackWaitMs ?? 30_000,
      redelivery: options.redelivery ?? { baseMs: 1_000, maxMs: 60_000 },
      logger,
    };

    return {
      async publish(event) {
        const checked = parseEventEnvelope(event);
        await js.publish(subjectFor(subjectPrefix, checked.type), JSON.stringify(checked), {
          msgID: checked.id,
          expect: { streamName: options.stream },
        });
      },
      async subscribe(subscribeOptions) {
        assertConsumerName(subscribeOptions.consumerName);
        subscribeOptions.types.forEach(assertTypePattern);
        const subscription = await subscribeDurable(js, jsm, subscribeOptions, settings);
        subscriptions.add(subscription);
        return {
          async stop() {
            subscriptions.delete(subscription);
            await subscription.stop();
          },
        };
      },
      async close() {
        await Promise.all([...subscriptions].map((subscription) => subscription.stop()));
        subscriptions.clear();
        if (!connection.isClosed()) await connection.drain();
      },
    };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
