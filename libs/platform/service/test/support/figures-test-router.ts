// A module's figures router as a module would write it, computing one figure per unit asked, and recording
// every query so that the tests can see what the module was asked.
import {
  measuredFigure,
  shareFigure,
  type Figure,
  type FigureDescription,
} from '@asiointi/platform-contract';
import { createFiguresRouter, initServiceTrpc, type ModuleFiguresQuery } from '../../src/index';

export const visitsInTime: FigureDescription = {
  id: 'test.visits-in-time',
  version: 1,
  title: { fi: 'Käynnit ajassa', sv: 'Besök i tid', en: 'Visits in time' },
  definition: {
    fi: 'Ajassa toteutuneet käynnit jaettuna kaikilla käynneillä.',
    sv: 'Besök i tid delat med alla besök.',
    en: 'Visits in time divided by all visits.',
  },
  measure: 'share',
  higherIsBetter: true,
};

export const daysToVisit: FigureDescription = {
  ...visitsInTime,
  id: 'test.days-to-visit',
  measure: 'days',
  higherIsBetter: false,
};

export interface FiguresTestModule {
  queries: ModuleFiguresQuery[];
  /** The roles the computation saw in its context, per query. */
  callerRoles: string[][];
  /** Extra figures the computation adds to its answer (to test what the builder lets through). */
  extra: Figure[];
}

export function createFiguresTestRouter(module: FiguresTestModule) {
  const { createRouter, staffProcedure } = initServiceTrpc();
  return createRouter({
    figures: createFiguresRouter({
      createRouter,
      staffProcedure,
      module: 'test-module',
      roles: ['booking-admin'],
      compute: async (ctx, query) => {
        module.queries.push(query);
        // The context is the service's, with the caller's staff access.
        module.callerRoles.push([...new Set(ctx.staffRoles.map((held) => held.role))]);
        const scope = (unitId: string) => ({
          period: { from: query.from, until: query.until },
          computedAt: '2027-03-04T13:00:00.000Z',
          dimensions: { unitId },
        });
        return [
          ...query.unitIds.flatMap((unitId) => [
            shareFigure(visitsInTime, scope(unitId), { numerator: 3, denominator: 4 }),
            measuredFigure(daysToVisit, scope(unitId), { value: 2, n: 10 }),
          ]),
          ...module.extra,
        ];
      },
    }),
  });
}
