import { randomUUID } from 'node:crypto';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createIdempotentConsumer, type EventEnvelope, type SqlExecutor } from '../src/index';
import { eventsDatabase, eventsSchema } from './fixture-database';

const { feedbackRequests, processedEvents } = eventsSchema;

function visitCompleted(visitId = randomUUID()): EventEnvelope {
  return {
    id: randomUUID(),
    type: 'booking.visit.completed',
    source: 'booking',
    occurredAt: new Date().toISOString(),
    payload: { visitId },
  };
}

/** Not idempotent on its own: a second application bumps `applied`, so a double delivery shows. */
async function requestFeedback(tx: SqlExecutor, event: EventEnvelope): Promise<void> {
  const visitId = String(event.payload.visitId);
  await tx
    .insert(feedbackRequests)
    .values({ visitId })
    .onConflictDoUpdate({
      target: feedbackRequests.visitId,
      set: { applied: sql`${feedbackRequests.applied} + 1` },
    });
}

describeOnDatabases('createIdempotentConsumer', ({ useDatabase, dialect }) => {
  const database = useDatabase(eventsDatabase);
  const appliedCount = async (visitId: unknown) =>
    (
      await database()
        .db.select()
        .from(feedbackRequests)
        .where(eq(feedbackRequests.visitId, String(visitId)))
    )[0]?.applied;

  it('applies a redelivered event once', async () => {
    const { db } = database();
    const consumer = createIdempotentConsumer({
      db,
      processedTable: processedEvents,
      consumerName: 'feedback-requests',
      handle: requestFeedback,
    });
    const event = visitCompleted();

    expect(await consumer.handle(event)).toBe('processed');
    expect(await consumer.handle(event)).toBe('duplicate');
    expect(await consumer.handle({ ...event })).toBe('duplicate');
    expect(await appliedCount(event.payload.visitId)).toBe(1);
  });

  it('keeps nothing of a failed handler, so the redelivery applies the event', async () => {
    const { db } = database();
    let failures = 1;
    const consumer = createIdempotentConsumer({
      db,
      processedTable: processedEvents,
      consumerName: 'feedback-requests',
      async handle(tx, event) {
        await requestFeedback(tx, event);
        if (failures-- > 0) throw new Error('feedback template service down');
      },
    });
    const event = visitCompleted();

    await expect(consumer.handle(event)).rejects.toThrow('feedback template service down');
    expect(await appliedCount(event.payload.visitId)).toBeUndefined();
    expect(await consumer.handle(event)).toBe('processed');
    expect(await appliedCount(event.payload.visitId)).toBe(1);
  });

  it('keeps the processed ids of each consumer apart', async () => {
    const { db } = database();
    const event = visitCompleted();
    const seen: string[] = [];
    const consumers = ['feedback-requests', 'statistics'].map((consumerName) =>
      createIdempotentConsumer({
        db,
        processedTable: processedEvents,
        consumerName,
        handle: async () => {
          seen.push(consumerName);
        },
      }),
    );
    for (const consumer of consumers) expect(await consumer.handle(event)).toBe('processed');
    expect(seen).toEqual(['feedback-requests', 'statistics']);
  });

  it.runIf(dialect === 'postgres')(
    'applies an event once when two replicas get it at the same moment',
    async () => {
      const { db } = database();
      const event = visitCompleted();
      const replicas = [1, 2, 3].map(() =>
        createIdempotentConsumer({
          db,
          processedTable: processedEvents,
          consumerName: 'feedback-requests',
          async handle(tx, handled) {
            // Hold the transaction open so that the replicas overlap.
            await tx.execute(sql`select pg_sleep(0.05)`);
            await requestFeedback(tx, handled);
          },
        }),
      );
      const outcomes = await Promise.all(replicas.map((replica) => replica.handle(event)));
      expect(outcomes.sort()).toEqual(['duplicate', 'duplicate', 'processed']);
      expect(await appliedCount(event.payload.visitId)).toBe(1);
    },
  );
});
