import { z } from 'zod';
import { localizedTextSchema } from './localized-text';
import { weeklyPeriodsSchema } from './wall-clock';

export const unitIdSchema = z.uuid();

export const unitSchema = z.object({
  id: unitIdSchema,
  name: localizedTextSchema,
  municipality: z.string().min(1),
  streetAddress: z.string().min(1),
  /** The number residents call, e.g. after a cancellation cut-off has passed. */
  phone: z.string().min(1).nullable(),
  /** When the unit's doors or phone line are open, Helsinki wall clock. */
  openingHours: weeklyPeriodsSchema,
  /** Step-free access, induction loop, parking: what a resident needs to know before coming. */
  accessibility: localizedTextSchema.nullable(),
});
export type Unit = z.infer<typeof unitSchema>;

/** A booking administrator keeps the unit's contact details up to date; units themselves are set up centrally. */
export const updateUnitInputSchema = unitSchema
  .pick({ id: true, phone: true, openingHours: true, accessibility: true })
  .strict();
export type UpdateUnitInput = z.infer<typeof updateUnitInputSchema>;
