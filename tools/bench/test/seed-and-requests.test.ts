import { describe, expect, it } from 'vitest';
import { seededShuffle, type PoolTime } from '../src/free-time-pool';
import { bookingRequests } from '../src/measure/booking-throughput';
import { bookingBatches, uuidOf } from '../src/seed/seed-sql';

describe('bookingBatches', () => {
  it('shares the total exactly, in proportion to the days', () => {
    const days = Array.from({ length: 25 }, (_, index) => `2026-01-${String(index + 1).padStart(2, '0')}`);
    const batches = bookingBatches(days, 1_000, 10);
    expect(batches.map((batch) => batch.days.length)).toEqual([10, 10, 5]);
    expect(batches.map((batch) => batch.count)).toEqual([400, 400, 200]);
    expect(batches.reduce((sum, batch) => sum + batch.count, 0)).toBe(1_000);
  });
});

describe('uuidOf', () => {
  it('writes the version 4 and variant nibbles over an md5', () => {
    expect(uuidOf("'k'")).toBe("(overlay(overlay(md5('k') placing '4' from 13) placing '8' from 17)::uuid)");
  });
});

describe('bookingRequests', () => {
  const pool: PoolTime[] = Array.from({ length: 10 }, (_, index) => ({
    serviceTypeId: 's',
    unitId: 'u',
    resourceId: `r${index}`,
    start: `2026-01-0${index}T08:00:00.000Z`,
  }));

  it('repeats the previous time every n-th request, each request from its own resident', () => {
    const requests = bookingRequests(pool, 8, 4);
    expect(requests.map((request) => request.collides)).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
      false,
      true,
    ]);
    expect(requests[3]?.time).toBe(requests[2]?.time);
    expect(new Set(requests.map((request) => request.resident)).size).toBe(8);
    expect(new Set(requests.map((request) => request.time)).size).toBe(6);
  });

  it('says so when the pool is too small', () => {
    expect(() => bookingRequests(pool, 20, 100)).toThrow(/pool has 10 times/);
  });
});

describe('seededShuffle', () => {
  it('is a repeatable permutation', () => {
    const items = Array.from({ length: 50 }, (_, index) => index);
    const once = seededShuffle(items);
    expect(seededShuffle(items)).toEqual(once);
    expect([...once].sort((a, b) => a - b)).toEqual(items);
    expect(once).not.toEqual(items);
  });
});
