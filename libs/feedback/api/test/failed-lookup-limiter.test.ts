import { describe, expect, it } from 'vitest';
import { createFailedLookupLimiter } from '../src/requests/failed-lookup-limiter';

describe('failed look-ups of request links per client', () => {
  it('lets a few failures pass, then doubles the wait with each one up to the ceiling', () => {
    const limiter = createFailedLookupLimiter({ freeFailures: 2, baseDelayMs: 1_000, maxDelayMs: 4_000 });
    const waits: number[] = [];
    for (let failure = 1; failure <= 6; failure += 1) {
      limiter.recordFailure('10.0.0.1', 0);
      waits.push(limiter.waitMsOf('10.0.0.1', 0));
    }
    expect(waits).toEqual([0, 0, 1_000, 2_000, 4_000, 4_000]);
    expect(limiter.waitMsOf('10.0.0.1', 3_000)).toBe(1_000);
    expect(limiter.waitMsOf('10.0.0.2', 0)).toBe(0);
  });

  it('forgets a client an hour after its last failure, and keeps a bounded number of clients', () => {
    const limiter = createFailedLookupLimiter({ freeFailures: 0, forgetAfterMs: 3_600_000, maxClients: 2 });
    limiter.recordFailure('a', 0);
    expect(limiter.waitMsOf('a', 500)).toBe(500);
    expect(limiter.waitMsOf('a', 3_600_000)).toBe(0);
    limiter.recordFailure('b', 0);
    limiter.recordFailure('c', 0);
    limiter.recordFailure('d', 0);
    expect(limiter.waitMsOf('b', 0)).toBe(0);
    expect(limiter.waitMsOf('d', 0)).toBe(1_000);
  });
});
