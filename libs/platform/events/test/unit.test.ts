import { describe, expect, it } from 'vitest';
import { backoffDelayMs, shortError, startPoller, typeMatches } from '../src/index';

describe('backoffDelayMs', () => {
  const policy = { baseMs: 1_000, maxMs: 30_000 };

  it('doubles from the base and stops at the maximum', () => {
    expect([1, 2, 3, 4, 5, 6, 50].map((attempt) => backoffDelayMs(attempt, policy))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
  });

  it('spreads a jittered delay between half and all of it', () => {
    const jittered = { ...policy, jitter: true };
    expect(backoffDelayMs(3, jittered, () => 0)).toBe(2_000);
    expect(backoffDelayMs(3, jittered, () => 1)).toBe(4_000);
    expect(backoffDelayMs(3, jittered, () => 0.5)).toBe(3_000);
  });
});

describe('typeMatches', () => {
  it.each([
    ['booking.visit.completed', 'booking.visit.completed', true],
    ['booking.visit.completed', 'booking.visit.cancelled', false],
    ['booking.*.completed', 'booking.visit.completed', true],
    ['booking.*', 'booking.visit.completed', false],
    ['booking.>', 'booking.visit.completed', true],
    ['booking.>', 'booking', false],
    ['feedback.>', 'booking.visit.completed', false],
    ['booking.visit', 'booking.visit.completed', false],
  ])('%s against %s is %s', (pattern, type, expected) => {
    expect(typeMatches(pattern, type)).toBe(expected);
  });
});

describe('shortError', () => {
  it('keeps one short line', () => {
    const text = shortError(new TypeError(`first line\n${'x'.repeat(500)}`));
    expect(text.startsWith('TypeError: first line x')).toBe(true);
    expect(text.length).toBe(200);
  });
});

describe('startPoller', () => {
  it('runs again at once while there is more work, and waits for the interval otherwise', async () => {
    let runs = 0;
    const poller = startPoller({
      intervalMs: 60_000,
      run: async () => ++runs,
      hasMore: (run) => run < 3,
      onError: () => {},
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await poller.stop();
    expect(runs).toBe(3);
  });

  it('never runs twice at the same time', async () => {
    let running = 0;
    let overlaps = 0;
    const poller = startPoller({
      intervalMs: 1,
      run: async () => {
        running += 1;
        if (running > 1) overlaps += 1;
        await new Promise((resolve) => setTimeout(resolve, 2));
        running -= 1;
        return true;
      },
      hasMore: () => false,
      onError: () => {},
    });
    await Promise.all([poller.runNow(), poller.runNow(), poller.runNow()]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await poller.stop();
    expect(overlaps).toBe(0);
  });

  it('reports a failed run and keeps going', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const poller = startPoller({
      intervalMs: 5,
      run: async () => {
        runs += 1;
        if (runs === 1) throw new Error('database restarting');
        return false;
      },
      hasMore: () => false,
      onError: (error) => errors.push(error),
    });
    await new Promise((resolve) => setTimeout(resolve, 40));
    await poller.stop();
    expect(errors).toHaveLength(1);
    expect(runs).toBeGreaterThan(1);
  });
});
