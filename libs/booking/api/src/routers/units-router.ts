import {
  BookingErrorCode,
  bookingStaffRoles,
  staffUnitsSchema,
  unitSchema,
  updateUnitInputSchema,
} from '@asiointi/booking-contract';
import { listUnits, updateUnitContact } from '@asiointi/booking-data';
import { orderUnits } from '@asiointi/booking-domain';
import { ApiError } from '@asiointi/platform-service';
import { z } from 'zod';
import { bookingAuditSpecs, bookingAuditTrail } from '../audit-trail';
import { toUnit } from '../to-contract';
import { staffUnitsOf } from '../units/staff-units';
import { createRouter, publicProcedure, staffProcedure } from '../trpc';
import { catalogueMaintainer } from './staff-roles';

const { unitUpdate } = bookingAuditSpecs;

export const unitsRouter = createRouter({
  /** Every unit, by municipality and name in the caller's language. */
  list: publicProcedure.output(z.array(unitSchema)).query(async ({ ctx }) => {
    const rows = await listUnits(ctx.db);
    return orderUnits(rows.map(toUnit), ctx.language);
  }),

  /**
   * The units where the caller holds any booking role, for their home page: also those booking has no
   * services in yet, named from the unit directory. Organisation data only: nothing to audit.
   */
  mine: staffProcedure(bookingStaffRoles)
    .output(staffUnitsSchema)
    .query(({ ctx }) =>
      staffUnitsOf({ db: ctx.db, units: ctx.units, roles: ctx.staffRoles, language: ctx.language }),
    ),

  /** The unit's booking administrator updates its phone, opening hours and accessibility information. */
  update: staffProcedure(catalogueMaintainer)
    .meta({ audit: unitUpdate })
    .input(updateUnitInputSchema)
    .output(unitSchema)
    .mutation(async ({ ctx, input }) => {
      const { auditContext } = await ctx.requireUnit(input.id);
      const { id, ...values } = input;
      const entry = { ...unitUpdate, resourceId: id, subjectPerson: null };
      const row = await bookingAuditTrail.change(ctx.db, auditContext, entry, async (tx) => {
        const updated = await updateUnitContact(tx, id, values);
        if (!updated) throw new ApiError('NOT_FOUND', BookingErrorCode.UNIT_NOT_FOUND);
        return updated;
      });
      return toUnit(row);
    }),
});
