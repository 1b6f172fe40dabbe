import type { Clock } from '../clock';

export interface ManualClock {
  now: Clock;
  /** Moves time forward; nothing sleeps. */
  advance(ms: number): void;
  set(instant: Date): void;
}

export function createManualClock(start: Date = new Date()): ManualClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms) {
      current += ms;
    },
    set(instant) {
      current = instant.getTime();
    },
  };
}
