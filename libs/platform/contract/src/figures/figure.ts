// The one shape every module's figures take, so that the management view can show, compare, chart and
// export any of them without knowing the module: what the figure is (id, version, title, definition,
// measure), what it rests on (numerator, denominator, n), when and for what (period, computed-at,
// dimensions), and whether it may be shown at all (status, suppression).
import { z } from 'zod';
import { localizedTextSchema } from '../localized-text';
import { plainDateSchema } from '../plain-date';
import { figurePeriodSchema } from './figure-period';

/** A figure's stable id, module first: "booking.t3", "booking.care-guarantee-share". */
export const figureIdSchema = z
  .string()
  .min(3)
  .max(80)
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, { message: 'Lower-case letters, digits, dots and hyphens' });
export type FigureId = z.infer<typeof figureIdSchema>;

/**
 * The unit of measure. A share and a rate are 0–1 (shown as percentages); days, counts and scores are
 * plain numbers (a score such as NPS may be negative).
 */
export const figureMeasures = ['days', 'share', 'rate', 'count', 'score'] as const;
export const figureMeasureSchema = z.enum(figureMeasures);
export type FigureMeasure = z.infer<typeof figureMeasureSchema>;

/** Measures whose value is a proportion, 0–1. */
export const proportionMeasures: readonly FigureMeasure[] = ['share', 'rate'];

/**
 * ok: a value to show. no-data: nothing to compute it from (value null). suppressed: too few cases to show
 * without risking someone's privacy; nothing in the figure tells how many.
 */
export const figureStatusSchema = z.enum(['ok', 'no-data', 'suppressed']);
export type FigureStatus = z.infer<typeof figureStatusSchema>;

/** Largest threshold a module may suppress below: above this, figures of most units would vanish. */
export const maxSuppressionThreshold = 100;
export const suppressionThresholdSchema = z.int().min(1).max(maxSuppressionThreshold);

/** A code that identifies a dimension's value across units and modules ("nurse-appointment", "phone"). */
export const dimensionCodeSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*$/, { message: 'Letters, digits, dots, hyphens, underscores' });

/** A value of a dimension as the user sees it (the name) and as filters and exports match it (the code). */
export const namedCodeSchema = z.object({ code: dimensionCodeSchema, name: localizedTextSchema });
export type NamedCode = z.infer<typeof namedCodeSchema>;

/** What the figure is broken down by; absent means "all" (a figure of the whole region has no unit). */
export const figureDimensionsSchema = z.object({
  unitId: z.uuid().optional(),
  unitName: localizedTextSchema.optional(),
  service: namedCodeSchema.optional(),
  channel: namedCodeSchema.optional(),
});
export type FigureDimensions = z.infer<typeof figureDimensionsSchema>;

/** A goal to compare the figure with, and who set it (a region's plan, a law). */
export const figureTargetSchema = z.object({
  value: z.number(),
  source: localizedTextSchema,
  /** When the target was set or took effect. */
  setOn: plainDateSchema.optional(),
});
export type FigureTarget = z.infer<typeof figureTargetSchema>;

/** What a figure is, apart from any value: fixed per id and version. */
export const figureDescriptionSchema = z.object({
  id: figureIdSchema,
  /** Raised whenever the definition changes, so that series before and after are not compared unawares. */
  version: z.int().min(1).max(10_000),
  title: localizedTextSchema,
  /** Precisely what is counted, from what, and what n is. */
  definition: localizedTextSchema,
  measure: figureMeasureSchema,
  higherIsBetter: z.boolean(),
});
export type FigureDescription = z.infer<typeof figureDescriptionSchema>;

const count = z.number().min(0);

const figureFieldsSchema = figureDescriptionSchema.extend({
  /** null: nothing to compute it from, or suppressed. */
  value: z.number().nullable(),
  numerator: count.nullable(),
  denominator: count.nullable(),
  /** What the value rests on (persons, visits, free times: the definition says); 0 when suppressed. */
  n: z.int().min(0),
  period: figurePeriodSchema,
  computedAt: z.iso.datetime(),
  target: figureTargetSchema.optional(),
  status: figureStatusSchema,
  /** Present exactly when the status is 'suppressed': the threshold the figure's n fell below. */
  suppression: z.object({ threshold: suppressionThresholdSchema }).optional(),
  dimensions: figureDimensionsSchema,
});

/** A computed figure. The checks make an inconsistent figure (a suppressed one with a number) unsendable. */
export const figureSchema = figureFieldsSchema.superRefine((figure, context) => {
  const problem = (message: string, path: string) =>
    context.addIssue({ code: 'custom', message, path: [path] });
  if (figure.status === 'ok' && figure.value === null) problem('an ok figure has a value', 'value');
  if (figure.status !== 'ok' && figure.value !== null) problem('only an ok figure has a value', 'value');
  if ((figure.status === 'suppressed') !== (figure.suppression !== undefined))
    problem('suppression is given exactly when the status is suppressed', 'suppression');
  if (figure.status === 'suppressed') {
    if (figure.numerator !== null || figure.denominator !== null)
      problem('a suppressed figure has no numerator or denominator', 'numerator');
    if (figure.n !== 0) problem('a suppressed figure withholds n', 'n');
  }
  if (proportionMeasures.includes(figure.measure)) {
    if (figure.value !== null && (figure.value < 0 || figure.value > 1))
      problem('a share or rate is within 0–1', 'value');
    if (figure.numerator !== null && figure.denominator !== null && figure.numerator > figure.denominator)
      problem('the numerator of a share is at most its denominator', 'numerator');
  }
});
export type Figure = z.infer<typeof figureSchema>;

/** When and for what a figure was computed: the parts a module sets per computation, not per id. */
export type FigureScope = Pick<Figure, 'period' | 'computedAt' | 'dimensions'> & {
  target?: FigureTarget;
};
