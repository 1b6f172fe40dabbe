export interface BackoffPolicy {
  /** Delay after the first failure. */
  baseMs: number;
  /** Upper bound of any delay. */
  maxMs: number;
  /**
   * Spread retries over [delay / 2, delay] so that many rows failing together (a gateway outage) do not
   * all retry in the same instant.
   */
  jitter?: boolean;
}

/** Exponential backoff: base, 2 × base, 4 × base, … capped at maxMs. `attempt` counts from 1. */
export function backoffDelayMs(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, attempt - 1);
  const delay = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(exponent, 30));
  if (!policy.jitter) return delay;
  return Math.round(delay / 2 + (delay / 2) * random());
}
