// "You said, we did": the public reads the published changes; feedback analysts and managers write their
// own units' entries (create, edit, publish or unpublish), each an audited staff action.
import { randomUUID } from 'node:crypto';
import {
  changeEntryInputSchema,
  changeEntrySchema,
  FeedbackErrorCode,
  feedbackStaffRoles,
  setChangeEntryPublishedInputSchema,
  updateChangeEntryInputSchema,
  type ChangeEntry,
  type ChangeEntryInput,
} from '@asiointi/feedback-contract';
import {
  findChangeEntry,
  insertChangeEntry,
  listChangeEntries,
  lockChangeEntry,
  setChangeEntryPublished,
  updateChangeEntry,
  type ChangeEntryRow,
  type ChangeEntryValues,
  type FeedbackDb,
} from '@asiointi/feedback-data';
import type { UnitDirectory } from '@asiointi/platform-service';
import { ApiError } from '@asiointi/platform-service';
import { z } from 'zod';
import { feedbackAuditSpecs, feedbackAuditTrail } from '../audit-trail';
import { unitNameOf } from '../inbox/inbox-item';
import { createRouter, publicProcedure, staffProcedure } from '../trpc';

const { changeEntryCreate, changeEntryUpdate } = feedbackAuditSpecs;

async function toChangeEntry(row: ChangeEntryRow, units: UnitDirectory): Promise<ChangeEntry> {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: await unitNameOf(units, row.unitId),
    month: row.month.slice(0, 7),
    title: { fi: row.titleFi, sv: row.titleSv, en: row.titleEn },
    said: { fi: row.saidFi, sv: row.saidSv, en: row.saidEn },
    done: { fi: row.doneFi, sv: row.doneSv, en: row.doneEn },
    published: row.published,
  };
}

async function toChangeEntries(rows: readonly ChangeEntryRow[], units: UnitDirectory) {
  const entries: ChangeEntry[] = [];
  for (const row of rows) entries.push(await toChangeEntry(row, units));
  return entries;
}

const valuesOf = (input: ChangeEntryInput): ChangeEntryValues => ({ ...input, month: `${input.month}-01` });

const notFound = () => new ApiError('NOT_FOUND', FeedbackErrorCode.CHANGE_ENTRY_NOT_FOUND);

/** Inside the change's transaction: the entry, locked, is still in the unit the caller's access was checked for. */
async function requireSameUnit(tx: FeedbackDb, id: string, checkedUnitId: string): Promise<void> {
  const locked = await lockChangeEntry(tx, id);
  if (!locked || locked.unitId !== checkedUnitId) throw notFound();
}

export const changeEntriesRouter = createRouter({
  /** The published changes, newest month first: public. */
  published: publicProcedure.output(z.array(changeEntrySchema)).query(async ({ ctx }) => {
    const rows = await listChangeEntries(ctx.db, { publishedOnly: true });
    return toChangeEntries(rows, ctx.units);
  }),

  /** Every entry of the caller's units, published or not. */
  mine: staffProcedure(feedbackStaffRoles)
    .output(z.array(changeEntrySchema))
    .query(async ({ ctx }) => {
      const unitIds = [...new Set(ctx.staffRoles.map(({ unitId }) => unitId))];
      return toChangeEntries(await listChangeEntries(ctx.db, { publishedOnly: false, unitIds }), ctx.units);
    }),

  create: staffProcedure(feedbackStaffRoles)
    .meta({ audit: changeEntryCreate })
    .input(changeEntryInputSchema)
    .output(changeEntrySchema)
    .mutation(async ({ ctx, input }) => {
      const { auditContext } = await ctx.requireUnit(input.unitId);
      if (!(await ctx.units.nameOf(input.unitId)))
        throw new ApiError('NOT_FOUND', FeedbackErrorCode.UNIT_NOT_FOUND);
      const id = randomUUID();
      const row = await feedbackAuditTrail.change(
        ctx.db,
        auditContext,
        { ...changeEntryCreate, resourceId: id, subjectPerson: null },
        (tx) => insertChangeEntry(tx, { ...valuesOf(input), id, now: ctx.now() }),
      );
      return toChangeEntry(row, ctx.units);
    }),

  /** Edits an entry of the caller's unit; moving it to another unit needs a role there too. */
  update: staffProcedure(feedbackStaffRoles)
    .meta({ audit: changeEntryUpdate })
    .input(updateChangeEntryInputSchema)
    .output(changeEntrySchema)
    .mutation(async ({ ctx, input }) => {
      const existing = await findChangeEntry(ctx.db, input.id);
      if (!existing) throw notFound();
      const { auditContext } = await ctx.requireUnit(existing.unitId);
      if (input.entry.unitId !== existing.unitId) {
        await ctx.requireUnit(input.entry.unitId);
        if (!(await ctx.units.nameOf(input.entry.unitId)))
          throw new ApiError('NOT_FOUND', FeedbackErrorCode.UNIT_NOT_FOUND);
      }
      const row = await feedbackAuditTrail.change(
        ctx.db,
        auditContext,
        { ...changeEntryUpdate, resourceId: input.id, subjectPerson: null },
        async (tx) => {
          // The unit the caller's access was checked for, still the entry's under the lock.
          await requireSameUnit(tx, input.id, existing.unitId);
          return updateChangeEntry(tx, input.id, valuesOf(input.entry), ctx.now());
        },
      );
      if (!row) throw notFound();
      return toChangeEntry(row, ctx.units);
    }),

  /** Publishes or unpublishes (takes off the public page) an entry. */
  setPublished: staffProcedure(feedbackStaffRoles)
    .meta({ audit: changeEntryUpdate })
    .input(setChangeEntryPublishedInputSchema)
    .output(changeEntrySchema)
    .mutation(async ({ ctx, input }) => {
      const existing = await findChangeEntry(ctx.db, input.id);
      if (!existing) throw notFound();
      const { auditContext } = await ctx.requireUnit(existing.unitId);
      const row = await feedbackAuditTrail.change(
        ctx.db,
        auditContext,
        { ...changeEntryUpdate, resourceId: input.id, subjectPerson: null },
        async (tx) => {
          await requireSameUnit(tx, input.id, existing.unitId);
          return setChangeEntryPublished(tx, input.id, input.published, ctx.now());
        },
      );
      if (!row) throw notFound();
      return toChangeEntry(row, ctx.units);
    }),
});
