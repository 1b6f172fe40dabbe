// What the feedback reports ask and answer (staff: feedback analysts and managers, by unit). A withheld
// group is exactly like an empty one (result null): nothing tells whether it had answers.
import { localizedTextSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import { coreStatementThemeSchema } from './answer-scales';
import { answerMonthSchema, serviceChannelSchema, serviceCodeSchema } from './answers';
import { answerSheetSchema } from './answers';
import {
  feedbackAudienceSchema,
  questionIdSchema,
  questionSetDefinitionSchema,
  questionSetKeySchema,
} from './question-sets';

/** Longest period a report covers, in months. */
export const maxReportMonths = 36;

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** Months from `from` to `until` (YYYY-MM), both included. */
export function monthsBetween(from: string, until: string): string[] {
  const months: string[] = [];
  for (let index = monthIndex(from); index <= monthIndex(until); index += 1)
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  return months;
}

const periodFields = { fromMonth: answerMonthSchema, untilMonth: answerMonthSchema };
const validPeriod = (period: { fromMonth: string; untilMonth: string }) =>
  period.fromMonth <= period.untilMonth &&
  monthIndex(period.untilMonth) - monthIndex(period.fromMonth) < maxReportMonths;
const periodIssue = {
  message: `From a month to the same or a later one, at most ${maxReportMonths} months`,
  path: ['untilMonth'],
};

/** A unit's report: one audience and set over a period, narrowed by at most one of channel and service. */
export const unitReportQuerySchema = z
  .object({
    unitId: z.uuid(),
    audience: feedbackAudienceSchema,
    setKey: questionSetKeySchema,
    ...periodFields,
    channel: serviceChannelSchema.optional(),
    serviceCode: serviceCodeSchema.optional(),
  })
  .strict()
  .refine(validPeriod, periodIssue)
  .refine((query) => query.channel === undefined || query.serviceCode === undefined, {
    message: 'Narrow by a channel or by a service, not both',
    path: ['serviceCode'],
  });
export type UnitReportQuery = z.infer<typeof unitReportQuerySchema>;

const count = z.int().min(0).max(100_000_000);

export const npsResultSchema = z.object({
  score: z.number().min(-100).max(100),
  interval95: z.object({ low: z.number().min(-100).max(100), high: z.number().min(-100).max(100) }),
  n: count,
  promoters: count,
  passives: count,
  detractors: count,
  skipped: count,
});

export const statementResultSchema = z.object({
  questionId: questionIdSchema,
  theme: coreStatementThemeSchema.nullable(),
  result: z.object({ mean: z.number().min(1).max(5), n: count, cannotSay: count, skipped: count }).nullable(),
});
export type StatementResult = z.infer<typeof statementResultSchema>;

/** A group's results; null when the group is withheld or empty (the same to the reader). */
export const cellResultSchema = z
  .object({
    answers: count,
    /** null when fewer than the threshold answered the recommendation question. */
    nps: npsResultSchema.nullable(),
    statements: z.array(statementResultSchema),
  })
  .nullable();
export type CellResult = z.infer<typeof cellResultSchema>;

export const unitReportSchema = z.object({
  unitId: z.uuid(),
  unitName: localizedTextSchema,
  threshold: z.int().min(1).max(100),
  total: cellResultSchema,
  byMonth: z.array(z.object({ month: answerMonthSchema, result: cellResultSchema })),
  /** Only when the report is not narrowed. */
  byChannel: z.array(z.object({ channel: serviceChannelSchema, result: cellResultSchema })).nullable(),
  /**
   * Only when the report is not narrowed; serviceCode null: answers without a known service. serviceName:
   * the name the producing module gave the service (null only for a service no event has named).
   */
  byService: z
    .array(
      z.object({
        serviceCode: serviceCodeSchema.nullable(),
        serviceName: localizedTextSchema.nullable(),
        result: cellResultSchema,
      }),
    )
    .nullable(),
});
export type UnitReport = z.infer<typeof unitReportSchema>;

/** Client and staff experience of the caller's units side by side. */
export const sideBySideQuerySchema = z
  .object({ clientSetKey: questionSetKeySchema.exclude(['staff-pulse']), ...periodFields })
  .strict()
  .refine(validPeriod, periodIssue);
export type SideBySideQuery = z.infer<typeof sideBySideQuerySchema>;

export const sideBySideSchema = z.array(
  z.object({
    unitId: z.uuid(),
    unitName: localizedTextSchema,
    client: cellResultSchema,
    staff: cellResultSchema,
  }),
);
export type SideBySide = z.infer<typeof sideBySideSchema>;

/** The masked comments of a group that may be shown; none when the group is withheld. */
export const reportCommentsSchema = z.object({ comments: z.array(z.string().max(2000)).max(1000) });
export type ReportComments = z.infer<typeof reportCommentsSchema>;

/** A file to download. */
export const reportFileSchema = z.object({
  fileName: z.string().max(200),
  mediaType: z.enum(['text/csv;charset=utf-8', 'application/json']),
  content: z.string(),
});
export type ReportFile = z.infer<typeof reportFileSchema>;

/** The export for national collection: the caller's units, one set, a period. */
export const nationalExportQuerySchema = z
  .object({ setKey: questionSetKeySchema, ...periodFields })
  .strict()
  .refine(validPeriod, periodIssue);
export type NationalExportQuery = z.infer<typeof nationalExportQuerySchema>;

/**
 * The shape of the national-collection JSON (format "asiointi.feedback.national-collection", version 1):
 * one row per unit, month and set version whose group may be shown. `unitOid` is the unit's OID in THL's
 * SOTE organisation register; units not registered there are not in `rows` and are counted in
 * `unitsWithoutOid`. `n` is the number of answers; the NPS parts count those who answered the
 * recommendation question (`nps` null when fewer than the threshold did); each statement's mean is on
 * 1–5 over its `n` answers on the scale (null below the threshold). Withheld groups are simply absent.
 */
export const nationalExportSchema = z.object({
  format: z.literal('asiointi.feedback.national-collection'),
  formatVersion: z.literal(1),
  generatedAt: z.iso.datetime(),
  threshold: z.int().min(1).max(100),
  unitsWithoutOid: count,
  rows: z.array(
    z.object({
      unitOid: z.string().max(64),
      month: answerMonthSchema,
      setKey: questionSetKeySchema,
      setVersion: z.int().min(1).max(10_000),
      n: count,
      nps: z
        .object({
          n: count,
          promoters: count,
          passives: count,
          detractors: count,
          skipped: count,
          score: z.number(),
        })
        .nullable(),
      statements: z.array(
        z.object({
          questionId: questionIdSchema,
          theme: coreStatementThemeSchema.nullable(),
          mean: z.number().nullable(),
          n: count.nullable(),
        }),
      ),
    }),
  ),
});
export type NationalExport = z.infer<typeof nationalExportSchema>;

/** The staff pulse as its page shows it: the set to answer, or that this month's answer is given. */
export const staffPulseStatusSchema = z.object({
  unitId: z.uuid(),
  month: answerMonthSchema,
  answeredThisMonth: z.boolean(),
  /** The published version to answer; null when none is published. */
  questionSet: questionSetDefinitionSchema.nullable(),
});

export const staffPulseAnswerInputSchema = z.object({ unitId: z.uuid(), sheet: answerSheetSchema }).strict();
export type StaffPulseAnswerInput = z.infer<typeof staffPulseAnswerInputSchema>;
export type StaffPulseStatus = z.infer<typeof staffPulseStatusSchema>;
