// Free-time search for one service across all units, 14 days ahead, through the service's HTTP endpoint.
import { summariseLatencies, type LatencySummary } from '../latency-summary';
import { timed } from '../run-concurrently';
import { callProcedure } from '@asiointi/platform-service/testing';

export interface SearchFigures {
  latency: LatencySummary;
  /** Units that had a free time in the last answer. */
  unitsWithTime: number;
  errors: Record<string, number>;
}

const warmUpCalls = 5;
const minimumCalls = 20;

export async function measureSearch(
  serviceUrl: string,
  options: { serviceCode: string; calls: number; token: string; maxSeconds: number },
): Promise<SearchFigures> {
  // Limit 100: the answer carries every unit's first time (the default 20 would stop a region-wide search).
  const input = { serviceCode: options.serviceCode, days: 14, limit: 100 };
  const call = () => callProcedure<unknown[]>(serviceUrl, 'freeTimes.first', { input, token: options.token });
  for (let index = 0; index < warmUpCalls; index++) await call();
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let unitsWithTime = 0;
  const deadline = performance.now() + options.maxSeconds * 1000;
  // At least minimumCalls samples, then stop at the call count or the time limit, whichever comes first.
  for (
    let index = 0;
    index < options.calls && (index < minimumCalls || performance.now() < deadline);
    index++
  ) {
    const { value, ms } = await timed(call);
    latencies.push(ms);
    if (value.code) errors[value.code] = (errors[value.code] ?? 0) + 1;
    else unitsWithTime = Array.isArray(value.data) ? value.data.length : 0;
  }
  return { latency: summariseLatencies(latencies), unitsWithTime, errors };
}
