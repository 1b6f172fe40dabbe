import { createFiguresRouter } from '@asiointi/platform-service';
import { computeBookingFigures } from '../figures/booking-figures';
import { createRouter, staffProcedure } from '../trpc';
import { figureReaders } from './staff-roles';

/** `figures.list`, the standard figures procedure: booking's figures for managers and booking administrators. */
export const figuresRouter = createFiguresRouter({
  createRouter,
  staffProcedure,
  module: 'booking',
  roles: figureReaders,
  // Counts only, no person's data: nothing to audit.
  compute: (ctx, query) =>
    computeBookingFigures(ctx.db, query, {
      now: ctx.now(),
      suppressionThreshold: ctx.figureSuppressionThreshold,
    }),
});
