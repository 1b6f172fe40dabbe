import { createTestDatabase, type TestDatabase } from '@asiointi/platform-db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxRelay, enqueueEvent, type OutboxRelayWorker } from '../src/index';
import { createRecordingLogger } from '../src/testing';
import { eventsDatabase, eventsSchema } from './fixture-database';
import { createRecordingPublisher } from './recording-bus';

const { outbox } = eventsSchema;
const eventCount = 200;

async function drain(relay: OutboxRelayWorker): Promise<void> {
  for (let round = 0; round < 100; round += 1) {
    const { published } = await relay.publishDue();
    if (published === 0) return;
  }
}

// Row locks can only be seen on a real server: PGlite has a single connection.
describe.runIf(process.env.DATABASE_URL)('outbox relay replicas on PostgreSQL', () => {
  let database: TestDatabase<typeof eventsDatabase.drizzleSchema>;
  beforeAll(async () => {
    database = await createTestDatabase({ ...eventsDatabase, dialect: 'postgres' });
  }, 60_000);
  afterAll(() => database?.close());

  it('publishes every event exactly once when two relays run at the same time', async () => {
    const { db } = database;
    await db.transaction(async (tx) => {
      for (let index = 0; index < eventCount; index += 1) {
        await enqueueEvent(tx, outbox, { type: 'booking.visit.completed', payload: { index } });
      }
    });
    // A slow bus keeps each batch's rows locked long enough for the other relay to reach them.
    const bus = createRecordingPublisher({ delayMs: () => 1 + Math.floor(Math.random() * 3) });
    const relays = [1, 2].map(() =>
      createOutboxRelay({
        db,
        dialect: 'postgres',
        table: outbox,
        bus,
        batchSize: 10,
        logger: createRecordingLogger(),
      }),
    );

    await Promise.all(relays.map(drain));

    const ids = bus.published.map((event) => event.id);
    expect(ids).toHaveLength(eventCount);
    expect(new Set(ids).size).toBe(eventCount);
    expect(await db.$count(outbox)).toBe(eventCount);
    const unpublished = (await db.select().from(outbox)).filter((row) => row.publishedAt === null);
    expect(unpublished).toEqual([]);
  }, 60_000);
});
