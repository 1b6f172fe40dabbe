import type { EventEnvelope, EventPublisher } from '../src/index';

export interface RecordingPublisher extends EventPublisher {
  published: EventEnvelope[];
  /** The next `count` publishes reject, as a bus outage would. */
  failNext(count: number): void;
}

export function createRecordingPublisher(options: { delayMs?: () => number } = {}): RecordingPublisher {
  const published: EventEnvelope[] = [];
  let failures = 0;
  return {
    published,
    failNext(count) {
      failures = count;
    },
    async publish(event) {
      const delay = options.delayMs?.() ?? 0;
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      if (failures > 0) {
        failures -= 1;
        throw new Error('bus unavailable');
      }
      published.push(event);
    },
  };
}
