// The standard `figures.list` procedure of every module service: what it is asked and what it answers.
import { z } from 'zod';
import { moduleNameSchema } from '../module-name';
import { plainDateSchema } from '../plain-date';
import { figureIdSchema, figureSchema } from './figure';
import { maxFigurePeriodDays, periodLength } from './figure-period';

/** Most units one request may name: a region's health and social services units, with room to spare. */
export const maxFigureUnits = 200;
/** Most figure ids one request may name. */
export const maxFigureIds = 50;

/**
 * Figures of the given units (default: every unit the caller may read figures of) for the Helsinki days
 * from–until, both inclusive, at most a year; figureIds narrows to those figures (default: all).
 */
export const figuresQuerySchema = z
  .strictObject({
    unitIds: z.array(z.uuid()).min(1).max(maxFigureUnits).optional(),
    from: plainDateSchema,
    until: plainDateSchema,
    figureIds: z.array(figureIdSchema).min(1).max(maxFigureIds).optional(),
  })
  .refine((query) => query.until >= query.from, { message: 'until is on or after from', path: ['until'] })
  .refine((query) => query.until < query.from || periodLength(query) <= maxFigurePeriodDays, {
    message: `at most ${maxFigurePeriodDays} days`,
    path: ['until'],
  });
export type FiguresQuery = z.infer<typeof figuresQuerySchema>;

/** A module name as the runtime manifest spells it: "booking", "family-centre". */
export const figuresModuleSchema = moduleNameSchema;

export const figuresListSchema = z.object({
  module: figuresModuleSchema,
  figures: z.array(figureSchema),
});
export type FiguresList = z.infer<typeof figuresListSchema>;
