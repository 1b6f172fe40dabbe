// Feedback reports for feedback analysts and managers, unit by unit: results are counts of anonymous
// answers, withheld below the threshold by one rule (feedback-domain's report-suppression).
import {
  feedbackStaffRoles,
  FeedbackErrorCode,
  nationalExportQuerySchema,
  nationalExportSchema,
  reportCommentsSchema,
  reportFileSchema,
  sideBySideQuerySchema,
  sideBySideSchema,
  unitReportQuerySchema,
  unitReportSchema,
} from '@asiointi/feedback-contract';
import type { LocalizedText, UnitDirectoryEntry } from '@asiointi/platform-contract';
import { ApiError } from '@asiointi/platform-service';
import { feedbackAuditSpecs, feedbackAuditTrail } from '../audit-trail';
import { reportComments } from '../reports/report-comments';
import { nationalExport, unitReportCsv } from '../reports/report-exports';
import { sideBySide, unitReport } from '../reports/unit-report';
import { createRouter, staffProcedure, type FeedbackContext } from '../trpc';

const { reportCommentsRead } = feedbackAuditSpecs;
const reader = staffProcedure(feedbackStaffRoles);

async function unitNameOf(ctx: FeedbackContext, unitId: string): Promise<LocalizedText> {
  const name = await ctx.units.nameOf(unitId);
  if (!name) throw new ApiError('NOT_FOUND', FeedbackErrorCode.UNIT_NOT_FOUND);
  return name;
}

/** The caller's units (where they hold a reports role) that the directory knows, in name order. */
async function readableUnits(
  ctx: FeedbackContext,
  unitIds: readonly string[],
): Promise<UnitDirectoryEntry[]> {
  const entries: UnitDirectoryEntry[] = [];
  for (const id of new Set(unitIds)) {
    const entry = await ctx.units.get(id);
    if (entry) entries.push(entry);
  }
  const collator = new Intl.Collator(ctx.language);
  return entries.sort((a, b) => collator.compare(a.name[ctx.language], b.name[ctx.language]));
}

export const reportsRouter = createRouter({
  /** A unit's NPS and statement means: the period, its months, channels and services. */
  unit: reader
    .input(unitReportQuerySchema)
    .output(unitReportSchema)
    .query(async ({ ctx, input }) => {
      await ctx.requireUnit(input.unitId);
      return unitReport(
        ctx.db,
        input,
        await unitNameOf(ctx, input.unitId),
        ctx.suppressionThreshold,
        ctx.now(),
      );
    }),

  /** Client and staff experience of each of the caller's units over the period. */
  sideBySide: reader
    .input(sideBySideQuerySchema)
    .output(sideBySideSchema)
    .query(async ({ ctx, input }) => {
      const units = await readableUnits(
        ctx,
        ctx.staffRoles.map((role) => role.unitId),
      );
      return sideBySide(ctx.db, units, input, ctx.suppressionThreshold, ctx.now());
    }),

  /**
   * The group's free-text comments, masked; logged as a staff action. Only for an unnarrowed report (no channel
   * or service) and only from closed months whose group reached the threshold: none for the open month.
   */
  comments: reader
    .meta({ audit: reportCommentsRead })
    .input(unitReportQuerySchema)
    .output(reportCommentsSchema)
    .query(async ({ ctx, input }) => {
      const { auditContext } = await ctx.requireUnit(input.unitId);
      const comments = await feedbackAuditTrail.read(
        ctx.db,
        auditContext,
        { ...reportCommentsRead, resourceId: input.unitId, subjectPerson: null },
        (tx) => reportComments(tx, input, ctx.suppressionThreshold, ctx.language, ctx.now()),
      );
      return { comments };
    }),

  /** The unit's report as CSV for Finnish Excel. */
  exportCsv: reader
    .input(unitReportQuerySchema)
    .output(reportFileSchema)
    .query(async ({ ctx, input }) => {
      await ctx.requireUnit(input.unitId);
      const report = await unitReport(
        ctx.db,
        input,
        await unitNameOf(ctx, input.unitId),
        ctx.suppressionThreshold,
        ctx.now(),
      );
      return {
        fileName: `feedback-${input.setKey}-${input.fromMonth}-${input.untilMonth}.csv`,
        mediaType: 'text/csv;charset=utf-8' as const,
        content: unitReportCsv(report, ctx.language),
      };
    }),

  /** The caller's units' results for national collection (shape: feedback-contract's nationalExportSchema). */
  exportNational: reader
    .input(nationalExportQuerySchema)
    .output(nationalExportSchema)
    .query(async ({ ctx, input }) => {
      const units = await readableUnits(
        ctx,
        ctx.staffRoles.map((role) => role.unitId),
      );
      return nationalExport(ctx.db, units, input, ctx.suppressionThreshold, ctx.now());
    }),
});
