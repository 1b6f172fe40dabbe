// Failed look-ups of request links per client, in memory (per replica; enough to make guessing a 256-bit
// token pointless and to slow down a scraper): after a few failures each further one makes the client wait
// longer, doubling up to a ceiling. Keys are network addresses and are kept only here, never logged.
export interface FailedLookupLimiter {
  /** Milliseconds the client must still wait before its next look-up (0: go ahead). */
  waitMsOf(client: string | undefined, now: number): number;
  recordFailure(client: string | undefined, now: number): void;
}

export interface FailedLookupLimiterOptions {
  /** Failures allowed before any wait (default 5). */
  freeFailures?: number;
  /** First wait (default 1 s), doubled with each further failure. */
  baseDelayMs?: number;
  /** Longest wait (default 15 minutes). */
  maxDelayMs?: number;
  /** A client's failures are forgotten this long after its last one (default 1 hour). */
  forgetAfterMs?: number;
  /** Clients tracked at most (default 10 000); the oldest is dropped first. */
  maxClients?: number;
}

interface ClientFailures {
  failures: number;
  lastFailureAt: number;
}

/** Without an address (an in-process call) every such caller shares one key. */
const unknownClient = 'unknown';

export function createFailedLookupLimiter(options: FailedLookupLimiterOptions = {}): FailedLookupLimiter {
  const {
    freeFailures = 5,
    baseDelayMs = 1_000,
    maxDelayMs = 15 * 60_000,
    forgetAfterMs = 60 * 60_000,
    maxClients = 10_000,
  } = options;
  // A Map keeps insertion order: re-inserting on each failure keeps the least recent first.
  const clients = new Map<string, ClientFailures>();

  function current(client: string, now: number): ClientFailures | undefined {
    const entry = clients.get(client);
    if (entry && now - entry.lastFailureAt >= forgetAfterMs) {
      clients.delete(client);
      return undefined;
    }
    return entry;
  }

  function delayAfter(failures: number): number {
    if (failures <= freeFailures) return 0;
    return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(30, failures - freeFailures - 1));
  }

  return {
    waitMsOf(client, now) {
      const entry = current(client ?? unknownClient, now);
      if (!entry) return 0;
      return Math.max(0, entry.lastFailureAt + delayAfter(entry.failures) - now);
    },
    recordFailure(client, now) {
      const key = client ?? unknownClient;
      const failures = (current(key, now)?.failures ?? 0) + 1;
      clients.delete(key);
      clients.set(key, { failures, lastFailureAt: now });
      while (clients.size > maxClients) {
        const oldest = clients.keys().next().value;
        if (oldest === undefined) break;
        clients.delete(oldest);
      }
    },
  };
}
