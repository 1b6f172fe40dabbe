// What the feedback module offers in each unit, as residents and staff see it. The module's first
// feature, made by the module generator: replace or grow it as the module's own work needs.
import { freeTextSchema, localizedTextSchema } from '@asiointi/platform-contract';
import { z } from 'zod';

/** The most entries one answer lists (the catalogue of a county's units is far smaller). */
export const maxListedEntries = 500;

/** Longest description of an entry, in each language. */
export const maxEntryDescriptionLength = 2000;

/** Free text in each language: bounded, and without control characters (a NUL byte breaks PostgreSQL). */
const descriptionSchema = z.object({
  fi: freeTextSchema(maxEntryDescriptionLength).min(1),
  sv: freeTextSchema(maxEntryDescriptionLength).min(1),
  en: freeTextSchema(maxEntryDescriptionLength).min(1),
});

export const catalogueEntrySchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  /** The unit's name from the county's unit directory. */
  unitName: localizedTextSchema,
  name: localizedTextSchema,
  description: descriptionSchema.nullable(),
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

/** A professional adds an entry to a unit they work in. */
export const addCatalogueEntryInputSchema = z
  .object({ unitId: z.uuid(), name: localizedTextSchema, description: descriptionSchema.nullable() })
  .strict();
export type AddCatalogueEntryInput = z.infer<typeof addCatalogueEntryInputSchema>;

/** The staff member's units as the staff pages list them: names, never ids. */
export const staffUnitSchema = z.object({ id: z.uuid(), name: localizedTextSchema });
export type StaffUnit = z.infer<typeof staffUnitSchema>;
