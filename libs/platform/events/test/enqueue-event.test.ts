import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { enqueueEvent } from '../src/index';
import { eventsDatabase, eventsSchema } from './fixture-database';

const { outbox, visits } = eventsSchema;

class Rollback extends Error {}

describeOnDatabases('enqueueEvent', ({ useDatabase }) => {
  const database = useDatabase(eventsDatabase);

  it('commits the outbox row with the business change', async () => {
    const { db } = database();
    const event = await db.transaction(async (tx) => {
      const [visit] = await tx.insert(visits).values({ status: 'attended' }).returning();
      return enqueueEvent(tx, outbox, { type: 'booking.visit.completed', payload: { visitId: visit!.id } });
    });

    const [row] = await db.select().from(outbox).where(eq(outbox.id, event.id));
    expect(row).toMatchObject({
      type: 'booking.visit.completed',
      source: 'platform_events_test',
      payload: event.payload,
      attempts: 0,
      publishedAt: null,
    });
    expect(row!.availableAt.toISOString()).toBe(event.occurredAt);
  });

  it('rolls the outbox row back with the business change', async () => {
    const { db } = database();
    let eventId: string | undefined;
    await expect(
      db.transaction(async (tx) => {
        const [visit] = await tx.insert(visits).values({ status: 'rolled-back' }).returning();
        eventId = (
          await enqueueEvent(tx, outbox, { type: 'booking.visit.completed', payload: { visitId: visit!.id } })
        ).id;
        throw new Rollback('the booking failed after the event was written');
      }),
    ).rejects.toBeInstanceOf(Rollback);

    expect(eventId).toBeDefined();
    expect(await db.select().from(outbox).where(eq(outbox.id, eventId!))).toEqual([]);
    expect(await db.select().from(visits).where(eq(visits.status, 'rolled-back'))).toEqual([]);
  });

  it('refuses a malformed event and writes nothing', async () => {
    const { db } = database();
    const before = await db.$count(outbox);
    await expect(enqueueEvent(db, outbox, { type: 'Visit Completed', payload: {} })).rejects.toThrow();
    await expect(
      enqueueEvent(db, outbox, { type: 'booking.visit.completed', payload: { at: new Date() as never } }),
    ).rejects.toThrow();
    await expect(
      enqueueEvent(db, outbox, {
        type: 'booking.visit.completed',
        payload: { visitId: 'not-a-uuid' },
        payloadSchema: z.object({ visitId: z.uuid() }),
      }),
    ).rejects.toThrow();
    expect(await db.$count(outbox)).toBe(before);
  });

  it('takes the source and the time from the caller when given', async () => {
    const { db } = database();
    const occurredAt = new Date('2026-03-29T00:30:00Z');
    const event = await enqueueEvent(db, outbox, {
      type: 'booking.visit.completed',
      payload: { visitId: '0b7a5d0e-2f43-4b55-8b38-2a3e2f0f7e11' },
      source: 'booking',
      occurredAt,
    });
    expect(event).toMatchObject({ source: 'booking', occurredAt: '2026-03-29T00:30:00.000Z' });
  });
});
