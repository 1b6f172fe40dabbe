// T3 for all units: the figures procedure (T3 per service, and the unit's other figures) for every unit in
// turn, as a manager's figures page asks for them; the figure is the time for all of them together.
import { summariseLatencies, type LatencySummary } from '../latency-summary';
import { timed } from '../run-concurrently';
import { callTrpc } from '../trpc-over-http';

export interface UnitFiguresTiming {
  units: number;
  totalMs: number;
  perUnit: LatencySummary;
  /** Services that got a T3 value (not null) in the answers. */
  t3Values: number;
  errors: Record<string, number>;
}

interface UnitFiguresAnswer {
  services?: { t3Days?: { value: number | null } }[];
}

export async function measureUnitFigures(
  serviceUrl: string,
  options: { unitIds: readonly string[]; token: string; from: string; until: string },
): Promise<UnitFiguresTiming> {
  const call = (unitId: string) =>
    callTrpc<UnitFiguresAnswer>(serviceUrl, 'figures.unit', {
      token: options.token,
      input: { unitId, from: options.from, until: options.until },
    });
  if (options.unitIds[0]) await call(options.unitIds[0]); // warm-up, not counted
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let t3Values = 0;
  const started = performance.now();
  for (const unitId of options.unitIds) {
    const { value, ms } = await timed(() => call(unitId));
    latencies.push(ms);
    if (value.errorCode) errors[value.errorCode] = (errors[value.errorCode] ?? 0) + 1;
    t3Values += (value.data?.services ?? []).filter((service) => service.t3Days?.value != null).length;
  }
  return {
    units: options.unitIds.length,
    totalMs: performance.now() - started,
    perUnit: summariseLatencies(latencies),
    t3Values,
    errors,
  };
}
