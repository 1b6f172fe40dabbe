import { randomUUID } from 'node:crypto';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { eq, inArray } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import {
  createIdempotentConsumer,
  createInProcessBus,
  createOutboxRelay,
  enqueueEvent,
  startOutboxRelay,
  type EventEnvelope,
} from '../src/index';
import { createManualClock, createRecordingLogger } from '../src/testing';
import { eventsDatabase, eventsSchema } from './fixture-database';
import { createRecordingPublisher } from './recording-bus';

const { outbox, processedEvents, feedbackRequests } = eventsSchema;
const retry = { baseMs: 1_000, maxMs: 60_000 };

describeOnDatabases('outbox relay', ({ useDatabase, dialect }) => {
  const database = useDatabase(eventsDatabase);

  beforeEach(async () => {
    await database().db.delete(outbox);
  });

  async function enqueue(count: number, occurredAt = new Date()): Promise<EventEnvelope[]> {
    const { db } = database();
    return db.transaction(async (tx) => {
      const events: EventEnvelope[] = [];
      for (let index = 0; index < count; index += 1) {
        events.push(
          await enqueueEvent(tx, outbox, { type: 'booking.visit.completed', payload: { index }, occurredAt }),
        );
      }
      return events;
    });
  }

  it('publishes each due event once and marks it published', async () => {
    const { db } = database();
    const clock = createManualClock();
    const bus = createRecordingPublisher();
    const events = await enqueue(3, clock.now());
    const relay = createOutboxRelay({
      db,
      dialect,
      table: outbox,
      bus,
      clock: clock.now,
      logger: createRecordingLogger(),
    });

    expect(await relay.publishDue()).toEqual({ published: 3, failed: 0 });
    expect(await relay.publishDue()).toEqual({ published: 0, failed: 0 });

    expect(bus.published.map((event) => event.id).sort()).toEqual(events.map((event) => event.id).sort());
    expect(bus.published[0]).toEqual(events.find((event) => event.id === bus.published[0]!.id));
    const rows = await db.select().from(outbox);
    expect(rows.every((row) => row.publishedAt?.getTime() === clock.now().getTime())).toBe(true);
  });

  it('leaves an event for later when it is not yet available', async () => {
    const { db } = database();
    const clock = createManualClock();
    await enqueue(1, new Date(clock.now().getTime() + 60_000));
    const bus = createRecordingPublisher();
    const relay = createOutboxRelay({
      db,
      dialect,
      table: outbox,
      bus,
      clock: clock.now,
      logger: createRecordingLogger(),
    });

    expect(await relay.publishDue()).toEqual({ published: 0, failed: 0 });
    clock.advance(60_000);
    expect(await relay.publishDue()).toEqual({ published: 1, failed: 0 });
  });

  it('retries with exponential backoff after the bus failed', async () => {
    const { db } = database();
    const clock = createManualClock();
    const [event] = await enqueue(1, clock.now());
    const bus = createRecordingPublisher();
    const logger = createRecordingLogger();
    const relay = createOutboxRelay({ db, dialect, table: outbox, bus, clock: clock.now, retry, logger });
    const row = async () => (await db.select().from(outbox).where(eq(outbox.id, event!.id)))[0]!;

    bus.failNext(2);
    const firstFailure = clock.now().getTime();
    expect(await relay.publishDue()).toEqual({ published: 0, failed: 1 });
    expect(await row()).toMatchObject({
      attempts: 1,
      publishedAt: null,
      lastError: 'Error: bus unavailable',
    });
    expect((await row()).availableAt.getTime()).toBe(firstFailure + 1_000);

    clock.advance(999);
    expect(await relay.publishDue()).toEqual({ published: 0, failed: 0 });
    clock.advance(1);
    expect(await relay.publishDue()).toEqual({ published: 0, failed: 1 });
    expect((await row()).availableAt.getTime()).toBe(clock.now().getTime() + 2_000);

    clock.advance(2_000);
    expect(await relay.publishDue()).toEqual({ published: 1, failed: 0 });
    expect(await row()).toMatchObject({ attempts: 3, lastError: null });
    expect(bus.published.map((published) => published.id)).toEqual([event!.id]);
    expect(logger.entries.filter((entry) => entry.level === 'warn')).toHaveLength(2);
  });

  it('ends a batch at the first failed publish and starts the next one with the other events', async () => {
    const { db } = database();
    const clock = createManualClock();
    const events = await enqueue(3, clock.now());
    const bus = createRecordingPublisher();
    const relay = createOutboxRelay({
      db,
      dialect,
      table: outbox,
      bus,
      clock: clock.now,
      retry,
      logger: createRecordingLogger(),
    });

    bus.failNext(1);
    expect(await relay.publishDue()).toEqual({ published: 0, failed: 1 });
    expect(await relay.publishDue()).toEqual({ published: 2, failed: 0 });
    clock.advance(retry.baseMs);
    expect(await relay.publishDue()).toEqual({ published: 1, failed: 0 });
    expect(new Set(bus.published.map((event) => event.id))).toEqual(new Set(events.map((event) => event.id)));
  });

  it('publishes in the background and stop() waits for the running batch', async () => {
    const { db } = database();
    const events = await enqueue(2);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const published: string[] = [];
    let started: () => void = () => {};
    const firstPublish = new Promise<void>((resolve) => (started = resolve));
    const relay = startOutboxRelay({
      db,
      dialect,
      table: outbox,
      bus: {
        async publish(event) {
          started();
          await gate;
          published.push(event.id);
        },
      },
      pollIntervalMs: 60_000,
      logger: createRecordingLogger(),
    });

    await firstPublish;
    let stopped = false;
    const stopping = relay.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;

    expect(published.sort()).toEqual(events.map((event) => event.id).sort());
    const rows = await db.select().from(outbox).where(inArray(outbox.id, published));
    expect(rows.every((row) => row.publishedAt !== null)).toBe(true);
  });

  it('delivers through the in-process bus to a consumer on the same database, retrying a failed consumer', async () => {
    const { db } = database();
    const clock = createManualClock();
    const logger = createRecordingLogger();
    const bus = createInProcessBus({ logger });
    let failures = 1;
    const consumer = createIdempotentConsumer({
      db,
      processedTable: processedEvents,
      consumerName: 'feedback-visits',
      async handle(tx, event) {
        await tx.insert(feedbackRequests).values({ visitId: String(event.payload.visitId) });
        if (failures-- > 0) throw new Error('feedback service not ready');
      },
    });
    await bus.subscribe({
      consumerName: consumer.consumerName,
      types: ['booking.visit.*'],
      handle: consumer.handle,
    });
    const visitId = randomUUID();
    const event = await enqueueEvent(db, outbox, {
      type: 'booking.visit.completed',
      payload: { visitId },
      occurredAt: clock.now(),
    });
    const relay = createOutboxRelay({ db, dialect, table: outbox, bus, clock: clock.now, retry, logger });

    // On PGlite this also shows the relay holds no transaction while the consumer opens its own.
    expect(await relay.publishDue()).toEqual({ published: 0, failed: 1 });
    expect(await db.$count(feedbackRequests, eq(feedbackRequests.visitId, visitId))).toBe(0);
    expect((await db.select().from(outbox).where(eq(outbox.id, event.id)))[0]?.lastError).toBe(
      'Error: consumer(s) failed: feedback-visits',
    );

    clock.advance(retry.baseMs);
    expect(await relay.publishDue()).toEqual({ published: 1, failed: 0 });
    expect(await db.$count(feedbackRequests, eq(feedbackRequests.visitId, visitId))).toBe(1);
  });
});
