import { freeTextSchema, phoneNumberSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import { localizedTextSchema } from './localized-text';
import { weeklyPeriodsSchema } from './wall-clock';

export const unitIdSchema = z.uuid();

/** Longest accessibility description in one language: a few short paragraphs. */
export const maxAccessibilityLength = 2000;
const accessibilityInOneLanguage = freeTextSchema(maxAccessibilityLength).min(1);
/** Several lines in each language (entrances, lifts, parking), unlike a name. */
export const accessibilitySchema = z.object({
  fi: accessibilityInOneLanguage,
  sv: accessibilityInOneLanguage,
  en: accessibilityInOneLanguage,
});

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
  accessibility: accessibilitySchema.nullable(),
});
export type Unit = z.infer<typeof unitSchema>;

/** A booking administrator keeps the unit's contact details up to date; units themselves are set up centrally. */
export const updateUnitInputSchema = unitSchema
  .pick({ id: true, openingHours: true, accessibility: true })
  .extend({ phone: phoneNumberSchema.nullable() })
  .strict();
export type UpdateUnitInput = z.infer<typeof updateUnitInputSchema>;

/** Most units one staff member's list holds: a token's roles are not bounded, so the answer is. */
export const maxStaffUnits = 200;

/** A unit where the caller holds a booking role, as the staff home page lists it. */
export const staffUnitSchema = z.object({
  id: unitIdSchema,
  name: localizedTextSchema,
  municipality: z.string().min(1).max(100),
  /**
   * false: booking has no services in the unit yet (it is not in booking's tables), so there are no booking
   * pages for it; its name comes from the unit directory.
   */
  inBooking: z.boolean(),
});
export type StaffUnit = z.infer<typeof staffUnitSchema>;

/** units.mine: the caller's units by municipality and name in their language. */
export const staffUnitsSchema = z.object({
  units: z.array(staffUnitSchema).max(maxStaffUnits),
  /**
   * Units the caller holds a booking role in that the list leaves out rather than show by id: the unit
   * directory could not name them just now (or does not list them), or the list was full.
   */
  notShown: z.number().int().min(0),
});
export type StaffUnits = z.infer<typeof staffUnitsSchema>;
