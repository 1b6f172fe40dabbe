import {
  bookableServiceSchema,
  BookingErrorCode,
  listServicesOfUnitInputSchema,
} from '@asiointi/booking-contract';
import { listServicesOfUnit } from '@asiointi/booking-data';
import { orderServicesForResidents } from '@asiointi/booking-domain';
import { ApiError } from '@asiointi/platform-service';
import { z } from 'zod';
import { toBookableService } from '../to-contract';
import { createRouter, publicProcedure } from '../trpc';

export const servicesRouter = createRouter({
  /** A unit's services as residents see them: self-bookable first, then by name in the caller's language. */
  listByUnit: publicProcedure
    .input(listServicesOfUnitInputSchema)
    .output(z.array(bookableServiceSchema))
    .query(async ({ ctx, input }) => {
      const rows = await listServicesOfUnit(ctx.db, input.unitId);
      if (!rows) throw new ApiError('NOT_FOUND', BookingErrorCode.UNIT_NOT_FOUND);
      return orderServicesForResidents(rows.map(toBookableService), ctx.language);
    }),
});
