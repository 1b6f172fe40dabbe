import { createInProcessBus, type EventEnvelope } from '@asiointi/platform-events';
import { describe, expect, it } from 'vitest';
import { publishAfterStart } from '../src/events-after-start';

const event = (id: string): EventEnvelope => ({
  id,
  type: 'booking.visit.completed',
  source: 'booking',
  occurredAt: '2026-12-04T10:00:00.000Z',
  payload: {},
});

describe('the embedded portal’s bus', () => {
  it('holds what a relay publishes until every service has subscribed, then delivers it', async () => {
    const bus = publishAfterStart(createInProcessBus());
    const received: string[] = [];
    // Booking's relay publishes before the feedback service has started…
    const published = bus.publish(event('11111111-1111-4111-8111-111111111111'));
    let settled = false;
    void published.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    // …which subscribes afterwards, and still receives the event once the portal opens the bus.
    await bus.subscribe({
      consumerName: 'feedback-visit-completed',
      types: ['booking.visit.completed'],
      handle: async (delivered) => void received.push(delivered.id),
    });
    bus.open();
    await published;
    expect(received).toEqual(['11111111-1111-4111-8111-111111111111']);
    await bus.close();
  });

  it('fails a waiting publish when the portal stops before it opened, so the outbox row stays unpublished', async () => {
    const bus = publishAfterStart(createInProcessBus());
    const published = bus.publish(event('22222222-2222-4222-8222-222222222222'));
    await bus.close();
    await expect(published).rejects.toThrow(/stopped before/);
  });
});
