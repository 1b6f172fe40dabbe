import { unitSchema } from '@asiointi/booking-contract';
import { listUnits } from '@asiointi/booking-data';
import { orderUnits } from '@asiointi/booking-domain';
import { z } from 'zod';
import { toUnit } from '../to-contract';
import { createRouter, publicProcedure } from '../trpc';

export const unitsRouter = createRouter({
  /** Every unit, by municipality and name in the caller's language. */
  list: publicProcedure.output(z.array(unitSchema)).query(async ({ ctx }) => {
    const rows = await listUnits(ctx.db);
    return orderUnits(rows.map(toUnit), ctx.language);
  }),
});
