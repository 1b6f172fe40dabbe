// T3 for all units: the figures.t3 procedure for every unit of the region in one call (one widening
// free-time search over all of them), as a manager's overview asks for it. Timed a few times after a
// warm-up; the figure is the median call.
import { summariseLatencies, type LatencySummary } from '../latency-summary';
import { timed } from '../run-concurrently';
import { callTrpc } from '../trpc-over-http';

export interface AllUnitsT3Timing {
  units: number;
  calls: LatencySummary;
  /** Services that got a T3 value (not null) in the last answer. */
  t3Values: number;
  errors: Record<string, number>;
}

type UnitsT3Answer = { services: { t3Days: { value: number | null } }[] }[];

export async function measureAllUnitsT3(
  serviceUrl: string,
  options: { unitIds: readonly string[]; token: string; calls?: number },
): Promise<AllUnitsT3Timing> {
  const call = () =>
    callTrpc<UnitsT3Answer>(serviceUrl, 'figures.t3', {
      token: options.token,
      input: { unitIds: options.unitIds },
    });
  await call(); // warm-up, not counted
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let t3Values = 0;
  for (let index = 0; index < (options.calls ?? 5); index += 1) {
    const { value, ms } = await timed(call);
    latencies.push(ms);
    if (value.errorCode) errors[value.errorCode] = (errors[value.errorCode] ?? 0) + 1;
    t3Values = (value.data ?? [])
      .flatMap((unit) => unit.services)
      .filter((service) => service.t3Days.value !== null).length;
  }
  return { units: options.unitIds.length, calls: summariseLatencies(latencies), t3Values, errors };
}
