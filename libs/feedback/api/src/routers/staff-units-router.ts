import { staffUnitSchema, feedbackStaffRoles, type StaffUnit } from '@asiointi/feedback-contract';
import { z } from 'zod';
import { createRouter, staffProcedure } from '../trpc';

export const staffUnitsRouter = createRouter({
  /** The units where the caller holds one of the module's roles, by name in the caller's language. */
  mine: staffProcedure(feedbackStaffRoles)
    .output(z.array(staffUnitSchema))
    .query(async ({ ctx }) => {
      const unitIds = [...new Set(ctx.staffRoles.map(({ unitId }) => unitId))];
      const units: StaffUnit[] = [];
      for (const id of unitIds) {
        const name = await ctx.units.nameOf(id);
        if (name) units.push({ id, name });
      }
      const collator = new Intl.Collator(ctx.language);
      return units.sort((a, b) => collator.compare(a.name[ctx.language], b.name[ctx.language]));
    }),
});
