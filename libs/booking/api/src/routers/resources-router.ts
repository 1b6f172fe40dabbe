import { randomUUID } from 'node:crypto';
import {
  BookingErrorCode,
  listResourcesInputSchema,
  listedResourceSchema,
  saveResourceInputSchema,
} from '@asiointi/booking-contract';
import { insertResource, listResourcesOfUnit, updateResource } from '@asiointi/booking-data';
import { ApiError } from '@asiointi/platform-service';
import { z } from 'zod';
import { bookingAuditSpecs, bookingAuditTrail } from '../audit-trail';
import { toResource } from '../staff-catalogue-to-contract';
import { createRouter, staffProcedure } from '../trpc';
import { catalogueMaintainer, catalogueReaders } from './staff-roles';

const { resourceCreate, resourceUpdate } = bookingAuditSpecs;

export const resourcesRouter = createRouter({
  /** The unit's resources, active or not, by name. */
  list: staffProcedure(catalogueReaders)
    .input(listResourcesInputSchema)
    .output(z.array(listedResourceSchema))
    .query(async ({ ctx, input }) => {
      await ctx.requireUnit(input.unitId);
      return (await listResourcesOfUnit(ctx.db, input.unitId)).map(toResource);
    }),

  /** Creates a resource (no id) or updates one; a resource stays in the unit it was created in. */
  save: staffProcedure(catalogueMaintainer)
    .meta({ audit: resourceUpdate })
    .input(saveResourceInputSchema)
    .output(listedResourceSchema)
    .mutation(async ({ ctx, input }) => {
      const { auditContext } = await ctx.requireUnit(input.unitId);
      const { id, unitId, title, ...rest } = input;
      // A title left out (a remote from before titles, during a rollout) keeps the stored one.
      const values =
        title === undefined
          ? rest
          : { ...rest, titleFi: title?.fi ?? null, titleSv: title?.sv ?? null, titleEn: title?.en ?? null };
      if (id === undefined) {
        const newId = randomUUID();
        const entry = { ...resourceCreate, resourceId: newId, subjectPerson: null };
        const row = await bookingAuditTrail.change(ctx.db, auditContext, entry, (tx) =>
          insertResource(tx, { ...values, id: newId, unitId }),
        );
        return toResource(row);
      }
      const entry = { ...resourceUpdate, resourceId: id, subjectPerson: null };
      const row = await bookingAuditTrail.change(ctx.db, auditContext, entry, async (tx) => {
        const updated = await updateResource(tx, { id, unitId }, values);
        // Unknown, or of another unit: nothing changes, and the audit row goes back with the error.
        if (!updated) throw new ApiError('NOT_FOUND', BookingErrorCode.RESOURCE_NOT_FOUND);
        return updated;
      });
      return toResource(row);
    }),
});
