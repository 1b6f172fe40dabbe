import { randomUUID } from 'node:crypto';
import {
  addCatalogueEntryInputSchema,
  catalogueEntrySchema,
  feedbackStaffRoles,
  FeedbackErrorCode,
  type CatalogueEntry,
} from '@asiointi/feedback-contract';
import { insertCatalogueEntry, listCatalogueEntries, type CatalogueEntryRow } from '@asiointi/feedback-data';
import { orderCatalogue } from '@asiointi/feedback-domain';
import type { LocalizedText } from '@asiointi/platform-contract';
import { ApiError, type UnitDirectory } from '@asiointi/platform-service';
import { z } from 'zod';
import { feedbackAuditSpecs, feedbackAuditTrail } from '../audit-trail';
import { createRouter, publicProcedure, staffProcedure } from '../trpc';

const { catalogueEntryCreate } = feedbackAuditSpecs;

function toEntry(row: CatalogueEntryRow, unitName: LocalizedText): CatalogueEntry {
  const description =
    row.descriptionFi !== null && row.descriptionSv !== null && row.descriptionEn !== null
      ? { fi: row.descriptionFi, sv: row.descriptionSv, en: row.descriptionEn }
      : null;
  return {
    id: row.id,
    unitId: row.unitId,
    unitName,
    name: { fi: row.nameFi, sv: row.nameSv, en: row.nameEn },
    description,
  };
}

/** Entries whose unit the directory names; a unit it no longer lists is left out rather than shown by id. */
async function withUnitNames(
  rows: readonly CatalogueEntryRow[],
  units: UnitDirectory,
): Promise<CatalogueEntry[]> {
  const entries: CatalogueEntry[] = [];
  for (const row of rows) {
    const unitName = await units.nameOf(row.unitId);
    if (unitName) entries.push(toEntry(row, unitName));
  }
  return entries;
}

export const catalogueRouter = createRouter({
  /** What the module offers, by unit: public, in the caller's language's order. */
  list: publicProcedure
    .input(
      z
        .object({ unitIds: z.array(z.uuid()).min(1).max(200).optional() })
        .strict()
        .optional(),
    )
    .output(z.array(catalogueEntrySchema))
    .query(async ({ ctx, input }) => {
      const rows = await listCatalogueEntries(ctx.db, { unitIds: input?.unitIds });
      return orderCatalogue(await withUnitNames(rows, ctx.units), ctx.language);
    }),

  /** A professional of the unit adds an entry; the change and its audit row are one transaction. */
  add: staffProcedure(feedbackStaffRoles)
    .meta({ audit: catalogueEntryCreate })
    .input(addCatalogueEntryInputSchema)
    .output(catalogueEntrySchema)
    .mutation(async ({ ctx, input }) => {
      const { auditContext } = await ctx.requireUnit(input.unitId);
      const unitName = await ctx.units.nameOf(input.unitId);
      if (!unitName) throw new ApiError('NOT_FOUND', FeedbackErrorCode.UNIT_NOT_FOUND);
      const id = randomUUID();
      // The catalogue is no person's data: the row names the entry, and no subject person.
      const row = await feedbackAuditTrail.change(
        ctx.db,
        auditContext,
        { ...catalogueEntryCreate, resourceId: id, subjectPerson: null },
        (tx) => insertCatalogueEntry(tx, { ...input, id, createdBySubject: ctx.staff.subject }),
      );
      return toEntry(row, unitName);
    }),
});
