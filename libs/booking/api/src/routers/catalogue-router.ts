import { searchServicesInputSchema, serviceOfferingSchema, type Unit } from '@asiointi/booking-contract';
import { searchServiceOfferings } from '@asiointi/booking-data';
import { orderServicesForResidents, orderUnits } from '@asiointi/booking-domain';
import { z } from 'zod';
import { toBookableService, toUnit } from '../to-contract';
import { createRouter, publicProcedure } from '../trpc';

export const catalogueRouter = createRouter({
  /**
   * Find a service, without sign-in (the catalogue is not personal data, so no audit): each service as
   * offered in each unit, self-bookable first, then by name in the caller's language, the same service by
   * municipality and unit. Services needing a booking right or booked by staff are listed as well: the
   * booking step tells the resident how to get them.
   */
  search: publicProcedure
    .input(searchServicesInputSchema)
    .output(z.array(serviceOfferingSchema))
    .query(async ({ ctx, input }) => {
      const rows = await searchServiceOfferings(ctx.db, input);
      const offerings = rows.map((row) => ({
        service: toBookableService(row.service),
        unit: toUnit(row.unit),
        languages: row.languages,
      }));
      // Units in the reader's order first: the services' sort is stable, so equal names keep it.
      const units = new Map<string, Unit>(offerings.map((offering) => [offering.unit.id, offering.unit]));
      const unitRank = new Map(orderUnits([...units.values()], ctx.language).map((unit, i) => [unit.id, i]));
      const byServiceId = new Map(offerings.map((offering) => [offering.service.id, offering]));
      const inUnitOrder = [...offerings].sort((a, b) => unitRank.get(a.unit.id)! - unitRank.get(b.unit.id)!);
      return orderServicesForResidents(
        inUnitOrder.map((offering) => offering.service),
        ctx.language,
      ).map((service) => ({ ...byServiceId.get(service.id)!, service }));
    }),
});
