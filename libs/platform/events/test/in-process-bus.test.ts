import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createInProcessBus, type EventEnvelope } from '../src/index';
import { createRecordingLogger } from '../src/testing';

function event(type: string): EventEnvelope {
  return { id: randomUUID(), type, source: 'booking', occurredAt: new Date().toISOString(), payload: {} };
}

describe('createInProcessBus', () => {
  it('delivers an event to every subscriber whose types match', async () => {
    const bus = createInProcessBus({ logger: createRecordingLogger() });
    const received: Record<string, string[]> = { exact: [], module: [], other: [] };
    await bus.subscribe({
      consumerName: 'exact',
      types: ['booking.visit.completed'],
      handle: async (e) => received.exact!.push(e.type),
    });
    await bus.subscribe({
      consumerName: 'module',
      types: ['booking.>'],
      handle: async (e) => received.module!.push(e.type),
    });
    await bus.subscribe({
      consumerName: 'other',
      types: ['feedback.*.*'],
      handle: async (e) => received.other!.push(e.type),
    });

    await bus.publish(event('booking.visit.completed'));
    await bus.publish(event('booking.booking.cancelled'));

    expect(received).toEqual({
      exact: ['booking.visit.completed'],
      module: ['booking.visit.completed', 'booking.booking.cancelled'],
      other: [],
    });
  });

  it('rejects the publish when a consumer failed, after delivering to the others', async () => {
    const logger = createRecordingLogger();
    const bus = createInProcessBus({ logger });
    const delivered: string[] = [];
    await bus.subscribe({
      consumerName: 'failing',
      types: ['booking.>'],
      handle: async () => {
        throw new Error('resident 010101A123N not found');
      },
    });
    await bus.subscribe({
      consumerName: 'working',
      types: ['booking.>'],
      handle: async (e) => delivered.push(e.id),
    });
    const published = event('booking.visit.completed');

    const failure = await bus.publish(published).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    // The message ends up in the outbox row: consumer names only, never the handler's text.
    expect((failure as Error).message).toBe('consumer(s) failed: failing');
    expect(delivered).toEqual([published.id]);
    expect(logger.entries).toHaveLength(1);
  });

  it('refuses a malformed event, a bad pattern and a second subscriber with the same name', async () => {
    const bus = createInProcessBus({ logger: createRecordingLogger() });
    await expect(bus.publish({ ...event('booking.visit.completed'), id: 'not-a-uuid' })).rejects.toThrow();
    await expect(
      bus.subscribe({ consumerName: 'x', types: ['booking.>.visit'], handle: async () => {} }),
    ).rejects.toThrow();
    await bus.subscribe({ consumerName: 'feedback', types: ['booking.>'], handle: async () => {} });
    await expect(
      bus.subscribe({ consumerName: 'feedback', types: ['booking.>'], handle: async () => {} }),
    ).rejects.toThrow('already subscribed');
  });

  it('stops delivering after stop(), which waits for the event in hand', async () => {
    const bus = createInProcessBus({ logger: createRecordingLogger() });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const handled: string[] = [];
    const subscription = await bus.subscribe({
      consumerName: 'slow',
      types: ['booking.>'],
      handle: async (e) => {
        await gate;
        handled.push(e.id);
      },
    });
    const first = event('booking.visit.completed');
    const publishing = bus.publish(first);
    let stopped = false;
    const stopping = subscription.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toBe(false);
    release();
    await Promise.all([publishing, stopping]);

    await bus.publish(event('booking.visit.completed'));
    expect(handled).toEqual([first.id]);
  });
});
