import { describe, expect, it } from 'vitest';
import { createExpiringCache } from '../src/auth/expiring-cache';

describe('createExpiringCache', () => {
  it('forgets an entry when its time is up', () => {
    let now = 1_000;
    const cache = createExpiringCache<string>({ ttlMs: 30_000, maxEntries: 10, now: () => now });
    cache.set('token-a', 'relations of a');
    now += 29_999;
    expect(cache.get('token-a')).toBe('relations of a');
    now += 1;
    expect(cache.get('token-a')).toBeUndefined();
  });

  it('drops the oldest entries beyond its size', () => {
    const cache = createExpiringCache<number>({ ttlMs: 60_000, maxEntries: 2 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 3);
    cache.set('c', 4);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([3, undefined, 4]);
  });
});
