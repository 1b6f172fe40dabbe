import { z } from 'zod';
import { localizedTextSchema } from './localized-text';
import { serviceCodeSchema } from './service-types';
import { unitIdSchema } from './units';
import { plainDateSchema } from './wall-clock';

/** Keys of the figures' definitions; the UI shows the translated sentence next to each figure. */
export const figureDefinitionSchema = z.enum([
  'booking.t3.daysToThirdNextFreeTime',
  'booking.careGuarantee.shareOfVisitsWithinLimit',
  'booking.noShow.noShowsPerAttendedAndNoShows',
  'booking.selfService.shareOfBookingsMadeByResidents',
]);

/** value null when there is nothing to compute it from; n is what it rests on. */
export const figureSchema = z.object({
  value: z.number().nullable(),
  n: z.number().int().min(0),
  definition: figureDefinitionSchema,
});
export type FigureValue = z.infer<typeof figureSchema>;

/** Visits and bookings in from–until (Helsinki days, inclusive); T3 is as of now. */
export const unitFiguresInputSchema = z
  .object({ unitId: unitIdSchema, from: plainDateSchema, until: plainDateSchema })
  .strict()
  .refine((input) => input.until >= input.from, { message: 'until is on or after from', path: ['until'] });
export type UnitFiguresInput = z.infer<typeof unitFiguresInputSchema>;

export const serviceFiguresSchema = z.object({
  service: z.object({ id: z.uuid(), code: serviceCodeSchema, name: localizedTextSchema }),
  t3Days: figureSchema,
  withinCareGuarantee: figureSchema,
  noShowRate: figureSchema,
  selfServiceShare: figureSchema,
});
export type ServiceFigures = z.infer<typeof serviceFiguresSchema>;

export const unitFiguresSchema = z.object({
  unitId: unitIdSchema,
  services: z.array(serviceFiguresSchema),
});
export type UnitFigures = z.infer<typeof unitFiguresSchema>;

/** T3 of every service in several units at once: a manager's view over their units. */
export const unitsT3InputSchema = z.object({ unitIds: z.array(unitIdSchema).min(1).max(200) }).strict();
export type UnitsT3Input = z.infer<typeof unitsT3InputSchema>;

export const unitT3Schema = z.object({
  unitId: unitIdSchema,
  services: z.array(
    z.object({
      service: z.object({ id: z.uuid(), code: serviceCodeSchema, name: localizedTextSchema }),
      t3Days: figureSchema,
    }),
  ),
});
export type UnitT3 = z.infer<typeof unitT3Schema>;
