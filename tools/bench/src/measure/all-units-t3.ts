// T3 for all units: figures.list for booking.t3 of every unit of the region in one call (one widening
// free-time search over all of them), as a manager's overview asks for it. Timed a few times after a
// warm-up; the figure is the median call.
import { summariseLatencies, type LatencySummary } from '../latency-summary';
import { timed } from '../run-concurrently';
import { callProcedure } from '@asiointi/platform-service/testing';

export interface AllUnitsT3Timing {
  units: number;
  calls: LatencySummary;
  /** Services that got a T3 value (not null) in the last answer. */
  t3Values: number;
  errors: Record<string, number>;
}

/** The part of figures.list's answer the bench reads. */
export interface FiguresAnswer {
  figures: { id: string; value: number | null }[];
}

export const t3FigureId = 'booking.t3';

export async function measureAllUnitsT3(
  serviceUrl: string,
  options: { unitIds: readonly string[]; token: string; today: string; calls?: number },
): Promise<AllUnitsT3Timing> {
  const call = () =>
    callProcedure<FiguresAnswer>(serviceUrl, 'figures.list', {
      token: options.token,
      input: { unitIds: options.unitIds, from: options.today, until: options.today, figureIds: [t3FigureId] },
    });
  await call(); // warm-up, not counted
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let t3Values = 0;
  for (let index = 0; index < (options.calls ?? 5); index += 1) {
    const { value, ms } = await timed(call);
    latencies.push(ms);
    if (value.code) errors[value.code] = (errors[value.code] ?? 0) + 1;
    t3Values = (value.data?.figures ?? []).filter(
      (figure) => figure.id === t3FigureId && figure.value !== null,
    ).length;
  }
  return { units: options.unitIds.length, calls: summariseLatencies(latencies), t3Values, errors };
}
