import {
  bookableServiceSchema,
  BookingErrorCode,
  setSelfBookableInputSchema,
} from '@asiointi/booking-contract';
import { findServiceType, setServiceTypeSelfBookable } from '@asiointi/booking-data';
import { ApiError } from '@asiointi/platform-service';
import { bookingAuditSpecs, bookingAuditTrail } from '../audit-trail';
import { toBookableService } from '../to-contract';
import { createRouter, staffProcedure } from '../trpc';

const { serviceTypeUpdate } = bookingAuditSpecs;
const serviceTypeNotFound = () => new ApiError('NOT_FOUND', BookingErrorCode.SERVICE_TYPE_NOT_FOUND);

export const serviceTypesRouter = createRouter({
  /** A booking administrator of the service type's own unit opens or closes it for self-booking. */
  setSelfBookable: staffProcedure('booking-admin')
    .meta({ audit: serviceTypeUpdate })
    .input(setSelfBookableInputSchema)
    .output(bookableServiceSchema)
    .mutation(async ({ ctx, input }) => {
      // The catalogue is public: telling an unknown id from a forbidden one discloses nothing.
      const serviceType = await findServiceType(ctx.db, input.serviceTypeId);
      if (!serviceType) throw serviceTypeNotFound();
      const { auditContext } = await ctx.requireUnit(serviceType.unitId);
      const entry = { ...serviceTypeUpdate, resourceId: serviceType.id, subjectPerson: null };
      const updated = await bookingAuditTrail.change(ctx.db, auditContext, entry, async (tx) => {
        const row = await setServiceTypeSelfBookable(tx, serviceType, input.selfBookable);
        // Gone or moved to another unit meanwhile: throwing here takes the audit row back too.
        if (!row) throw serviceTypeNotFound();
        return row;
      });
      return toBookableService(updated);
    }),
});
