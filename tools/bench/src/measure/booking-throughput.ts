// Booking throughput: clients book distinct free times over HTTP, each as its own signed-in resident. Every
// n-th request asks for the time the one before it asked for, so the database must turn one of the two away
// (TIME_TAKEN): the run proves the constraint under real concurrency, not only the happy path.
import { randomUUID } from 'node:crypto';
import type { PoolTime } from '../free-time-pool';
import { summariseLatencies, type LatencySummary } from '../latency-summary';
import { runConcurrently } from '../run-concurrently';
import { callProcedure } from '@asiointi/platform-service/testing';

export interface BookingRequest {
  time: PoolTime;
  /** Index of the resident (and token) making it. */
  resident: number;
  /** True when an earlier request asks for the same time. */
  collides: boolean;
}

/** Requests over the pool; every `collideEvery`-th repeats the previous request's time. */
export function bookingRequests(
  pool: readonly PoolTime[],
  count: number,
  collideEvery: number,
): BookingRequest[] {
  const requests: BookingRequest[] = [];
  let next = 0;
  for (let index = 0; index < count; index++) {
    const previous = requests[index - 1];
    if (previous && index % collideEvery === collideEvery - 1) {
      requests.push({ time: previous.time, resident: index, collides: true });
      continue;
    }
    const time = pool[next++];
    if (!time) throw new Error(`The free-time pool has ${pool.length} times; ${count} requests need more`);
    requests.push({ time, resident: index, collides: false });
  }
  return requests;
}

export interface ThroughputFigures {
  requests: number;
  booked: number;
  timeTaken: number;
  /** Requests that collided by design: TIME_TAKEN should equal this. */
  collisionsPlanned: number;
  otherErrors: Record<string, number>;
  bookingsPerSecond: number;
  latency: LatencySummary;
  elapsedSeconds: number;
}

export async function measureBookingThroughput(
  /** One or more processes of the service: request by request in turn, like a round-robin balancer. */
  serviceUrls: readonly string[],
  options: {
    requests: readonly BookingRequest[];
    tokens: readonly string[];
    clients: number;
    maxSeconds: number;
  },
): Promise<ThroughputFigures> {
  const run = await runConcurrently(
    options.clients,
    options.requests,
    (request) =>
      callProcedure<{ id: string }>(serviceUrls[request.resident % serviceUrls.length]!, 'bookings.book', {
        mutation: true,
        token: options.tokens[request.resident],
        input: {
          serviceTypeId: request.time.serviceTypeId,
          resourceId: request.time.resourceId,
          start: request.time.start,
          channel: 'onSite',
          reminderChannel: 'sms',
          idempotencyKey: randomUUID(),
        },
      }),
    { maxSeconds: options.maxSeconds },
  );
  let booked = 0;
  let timeTaken = 0;
  const otherErrors: Record<string, number> = {};
  for (const { value } of run.outcomes) {
    if (value.data) booked++;
    else if (value.code === 'TIME_TAKEN') timeTaken++;
    else {
      const code = value.code ?? `HTTP_${value.status}`;
      otherErrors[code] = (otherErrors[code] ?? 0) + 1;
    }
  }
  const elapsedSeconds = run.elapsedMs / 1000;
  return {
    requests: run.outcomes.length,
    booked,
    timeTaken,
    // Only requests that were sent count: a time limit may have cut the queue.
    collisionsPlanned: run.outcomes.filter((outcome) => outcome.input.collides).length,
    otherErrors,
    bookingsPerSecond: booked / elapsedSeconds,
    latency: summariseLatencies(run.outcomes.map((outcome) => outcome.ms)),
    elapsedSeconds,
  };
}
