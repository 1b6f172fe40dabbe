import { randomBytes, randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@asiointi/platform-db/testing';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createIdempotentConsumer,
  createJetStreamBus,
  createOutboxRelay,
  enqueueEvent,
  type EventBus,
  type EventEnvelope,
  type JetStreamBusOptions,
} from '../src/index';
import { createRecordingLogger } from '../src/testing';
import { eventsDatabase, eventsSchema } from './fixture-database';

const natsUrl = process.env.NATS_URL;
const skipReason = 'NATS_URL is not set; run with NATS_URL=nats://127.0.0.1:4222 against a JetStream server';
const title = natsUrl ? 'JetStream bus' : `JetStream bus (skipped: ${skipReason})`;
// The reporter lists skipped tests only by count; say why in the output too.
if (!natsUrl) console.warn(`JetStream bus tests skipped: ${skipReason}.`);

function event(type = 'booking.visit.completed', payload: EventEnvelope['payload'] = {}): EventEnvelope {
  return { id: randomUUID(), type, source: 'booking', occurredAt: new Date().toISOString(), payload };
}

/** Resolves when `condition` holds, polling; rejects after timeoutMs. */
async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!natsUrl)(title, () => {
  // A stream of its own for every run (and every bus below), deleted afterwards, so runs never meet.
  const runId = randomBytes(4).toString('hex');
  const streams: string[] = [];
  const buses: EventBus[] = [];
  let admin: NatsConnection;
  let jsm: JetStreamManager;

  beforeAll(async () => {
    admin = await connect({ servers: natsUrl });
    jsm = await jetstreamManager(admin);
  });

  afterAll(async () => {
    await Promise.all(buses.map((bus) => bus.close()));
    for (const stream of streams) await jsm.streams.delete(stream).catch(() => false);
    await admin?.close();
  });

  async function newBus(
    overrides: Partial<JetStreamBusOptions> = {},
  ): Promise<{ bus: EventBus; stream: string }> {
    const suffix = `${runId}_${streams.length}`;
    const stream = `ASIOINTI_TEST_${suffix}`;
    streams.push(stream);
    const bus = await createJetStreamBus({
      servers: natsUrl!,
      stream,
      subjectPrefix: `asiointi_test_${suffix}`,
      redelivery: { baseMs: 50, maxMs: 200 },
      logger: createRecordingLogger(),
      ...overrides,
    });
    buses.push(bus);
    return { bus, stream };
  }

  it('delivers published events to a durable consumer of their type', async () => {
    const { bus } = await newBus();
    const received: string[] = [];
    await bus.subscribe({
      consumerName: 'feedback-visits',
      types: ['booking.visit.completed'],
      handle: async (e) => received.push(e.id),
    });
    const completed = event();
    const cancelled = event('booking.booking.cancelled');
    await bus.publish(completed);
    await bus.publish(cancelled);

    await eventually(() => received.length === 1);
    await pause(200);
    expect(received).toEqual([completed.id]);
  });

  it('stores an event published twice once (Nats-Msg-Id)', async () => {
    const { bus, stream } = await newBus();
    const received: string[] = [];
    await bus.subscribe({
      consumerName: 'feedback-visits',
      types: ['booking.>'],
      handle: async (e) => received.push(e.id),
    });
    const once = event();
    await bus.publish(once);
    await bus.publish(once);

    await eventually(() => received.length === 1);
    await pause(200);
    expect(received).toEqual([once.id]);
    expect((await jsm.streams.info(stream)).state.messages).toBe(1);
  });

  it('redelivers after a failed handler and acks after success', async () => {
    const { bus } = await newBus();
    const attempts: number[] = [];
    await bus.subscribe({
      consumerName: 'feedback-visits',
      types: ['booking.>'],
      handle: async () => {
        attempts.push(Date.now());
        if (attempts.length < 3) throw new Error('database restarting');
      },
    });
    await bus.publish(event());

    await eventually(() => attempts.length === 3);
    await pause(300);
    expect(attempts).toHaveLength(3);
    // The second redelivery waits longer than the first (50 ms, then 100 ms).
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(40);
    expect(attempts[2]! - attempts[1]!).toBeGreaterThanOrEqual(90);
  });

  it('gives up on an event after maxDeliver deliveries', async () => {
    const { bus } = await newBus({ maxDeliver: 3 });
    let deliveries = 0;
    await bus.subscribe({
      consumerName: 'feedback-visits',
      types: ['booking.>'],
      handle: async () => {
        deliveries += 1;
        throw new Error('always failing');
      },
    });
    await bus.publish(event());

    await eventually(() => deliveries === 3);
    await pause(500);
    expect(deliveries).toBe(3);
  });

  it('keeps events for a durable consumer while it is stopped', async () => {
    const { bus } = await newBus();
    const received: string[] = [];
    const subscribe = () =>
      bus.subscribe({
        consumerName: 'feedback-visits',
        types: ['booking.>'],
        handle: async (e) => received.push(e.id),
      });
    const first = await subscribe();
    await first.stop();
    const whileStopped = event();
    await bus.publish(whileStopped);

    await subscribe();
    await eventually(() => received.length === 1);
    expect(received).toEqual([whileStopped.id]);
  });

  describe('from the outbox to a database consumer', () => {
    let database: TestDatabase<typeof eventsDatabase.drizzleSchema>;
    beforeAll(async () => {
      database = await createTestDatabase({ ...eventsDatabase, dialect: 'pglite' });
    }, 60_000);
    afterAll(() => database?.close());

    it('applies an event once even when the relay publishes its row again', async () => {
      const { db, dialect } = database;
      const { outbox, processedEvents, feedbackRequests } = eventsSchema;
      const { bus } = await newBus();
      const consumer = createIdempotentConsumer({
        db,
        processedTable: processedEvents,
        consumerName: 'feedback-visits',
        handle: async (tx, e) => {
          await tx.insert(feedbackRequests).values({ visitId: String(e.payload.visitId) });
        },
      });
      await bus.subscribe({
        consumerName: consumer.consumerName,
        types: ['booking.visit.completed'],
        handle: consumer.handle,
      });
      const visitId = randomUUID();
      const enqueued = await db.transaction((tx) =>
        enqueueEvent(tx, outbox, { type: 'booking.visit.completed', payload: { visitId } }),
      );
      const relay = createOutboxRelay({ db, dialect, table: outbox, bus, logger: createRecordingLogger() });

      expect(await relay.publishDue()).toEqual({ published: 1, failed: 0 });
      // As if the relay had stopped after publishing but before marking the row.
      await db.update(outbox).set({ publishedAt: null }).where(eq(outbox.id, enqueued.id));
      expect(await relay.publishDue()).toEqual({ published: 1, failed: 0 });

      await eventually(
        async () => (await db.$count(feedbackRequests, eq(feedbackRequests.visitId, visitId))) === 1,
      );
      await pause(200);
      expect(await db.$count(processedEvents, eq(processedEvents.eventId, enqueued.id))).toBe(1);
    });
  });
});
