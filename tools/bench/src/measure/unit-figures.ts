// Every unit's figures in turn: figures.list for one unit at a time (T3 per service, and the unit's other
// figures for the period), as a unit's figures page asks for them; the figure is the time for all of them.
import { summariseLatencies, type LatencySummary } from '../latency-summary';
import { timed } from '../run-concurrently';
import { callProcedure } from '@asiointi/platform-service/testing';
import { t3FigureId, type FiguresAnswer } from './all-units-t3';

export interface UnitFiguresTiming {
  units: number;
  totalMs: number;
  perUnit: LatencySummary;
  /** Services that got a T3 value (not null) in the answers. */
  t3Values: number;
  errors: Record<string, number>;
}

export async function measureUnitFigures(
  serviceUrl: string,
  options: { unitIds: readonly string[]; token: string; from: string; until: string },
): Promise<UnitFiguresTiming> {
  const call = (unitId: string) =>
    callProcedure<FiguresAnswer>(serviceUrl, 'figures.list', {
      token: options.token,
      input: { unitIds: [unitId], from: options.from, until: options.until },
    });
  if (options.unitIds[0]) await call(options.unitIds[0]); // warm-up, not counted
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let t3Values = 0;
  const started = performance.now();
  for (const unitId of options.unitIds) {
    const { value, ms } = await timed(() => call(unitId));
    latencies.push(ms);
    if (value.code) errors[value.code] = (errors[value.code] ?? 0) + 1;
    t3Values += (value.data?.figures ?? []).filter(
      (figure) => figure.id === t3FigureId && figure.value !== null,
    ).length;
  }
  return {
    units: options.unitIds.length,
    totalMs: performance.now() - started,
    perUnit: summariseLatencies(latencies),
    t3Values,
    errors,
  };
}
