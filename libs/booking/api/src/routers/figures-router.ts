import {
  unitFiguresInputSchema,
  unitFiguresSchema,
  unitsT3InputSchema,
  unitT3Schema,
} from '@asiointi/booking-contract';
import { z } from 'zod';
import { computeUnitFigures } from '../figures/unit-figures';
import { computeUnitsT3 } from '../figures/units-t3';
import { createRouter, staffProcedure } from '../trpc';
import { figureReaders } from './staff-roles';

export const figuresRouter = createRouter({
  /** Per service type of the unit: T3 as of now, and the period's care-guarantee, no-show and self-service shares. */
  unit: staffProcedure(figureReaders)
    .input(unitFiguresInputSchema)
    .output(unitFiguresSchema)
    .query(async ({ ctx, input }) => {
      // Counts only, no person's data: nothing to audit.
      await ctx.requireUnit(input.unitId);
      const services = await computeUnitFigures(ctx.db, { ...input, now: ctx.now() });
      return { unitId: input.unitId, services };
    }),

  /** T3 of every service in the given units (each one the caller reads figures of), in one search. */
  t3: staffProcedure(figureReaders)
    .input(unitsT3InputSchema)
    .output(z.array(unitT3Schema))
    .query(async ({ ctx, input }) => {
      const unitIds = [...new Set(input.unitIds)];
      for (const unitId of unitIds) await ctx.requireUnit(unitId);
      return computeUnitsT3(ctx.db, { unitIds, now: ctx.now() });
    }),
});
