import { describe, expect, it } from 'vitest';
import { runConcurrently } from '../src/run-concurrently';

describe('runConcurrently', () => {
  it('keeps at most `clients` tasks in flight and runs every input once', async () => {
    let inFlight = 0;
    let most = 0;
    const run = await runConcurrently(3, [1, 2, 3, 4, 5, 6, 7], async (n) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return n * 2;
    });
    expect(most).toBe(3);
    expect(run.outcomes.map((outcome) => outcome.value)).toEqual([2, 4, 6, 8, 10, 12, 14]);
    expect(run.elapsedMs).toBeGreaterThan(0);
  });

  it('stops taking new tasks at the time limit', async () => {
    const run = await runConcurrently(
      1,
      Array.from({ length: 100 }, (_, index) => index),
      () => new Promise((resolve) => setTimeout(resolve, 20)),
      { maxSeconds: 0.05 },
    );
    expect(run.outcomes.length).toBeGreaterThan(0);
    expect(run.outcomes.length).toBeLessThan(10);
  });
});
