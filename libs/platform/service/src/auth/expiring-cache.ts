/** A small map whose entries expire, and which forgets its oldest entries beyond a size. */
export interface ExpiringCache<TValue> {
  get(key: string): TValue | undefined;
  set(key: string, value: TValue): void;
}

export function createExpiringCache<TValue>(options: {
  ttlMs: number;
  maxEntries: number;
  now?: () => number;
}): ExpiringCache<TValue> {
  const { ttlMs, maxEntries, now = Date.now } = options;
  const entries = new Map<string, { value: TValue; expiresAt: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, { value, expiresAt: now() + ttlMs });
      // Maps keep insertion order: the first key is the oldest.
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
  };
}
