import { singleLineTextSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import { serviceLanguageSchema } from './resident-preferences';
import { localizedTextSchema } from './localized-text';
import { skillSchema } from './skills';
import { unitIdSchema } from './units';

/** What can be booked: a professional, a room, or a mobile unit (e.g. a dental bus). */
export const resourceKindSchema = z.enum(['person', 'room', 'mobileUnit']);
export type ResourceKind = z.infer<typeof resourceKindSchema>;

export const resourceIdSchema = z.uuid();

const titleInOneLanguage = singleLineTextSchema(100).min(1);
export const resourceTitleSchema = z.object({
  fi: titleInOneLanguage,
  sv: titleInOneLanguage,
  en: titleInOneLanguage,
});

export const resourceSchema = z.object({
  id: resourceIdSchema,
  unitId: unitIdSchema,
  kind: resourceKindSchema,
  /**
   * The professional's title or the room's kind in each language ("Sairaanhoitaja / Sjukskötare / Nurse",
   * "Näytteenottohuone / Provtagningsrum / Sampling room"); null for a resource named by its name alone.
   */
  title: resourceTitleSchema.nullable(),
  /** The person's name or the room's number, the same in every language: "Laura Virtanen", "2". */
  name: singleLineTextSchema(200).min(1),
  /** Which services it can give: a service type needs its requiredSkill among these. */
  skills: z.array(skillSchema).max(50),
  /** Languages the appointment can be held in. */
  languages: z.array(serviceLanguageSchema).min(1).max(3),
  /** An inactive resource keeps its history but gets no new free times. */
  active: z.boolean(),
});
export type Resource = z.infer<typeof resourceSchema>;

/** A resource as staff list it: with its display name in each language, as residents see it. */
export const listedResourceSchema = resourceSchema.extend({ displayName: localizedTextSchema });
export type ListedResource = z.infer<typeof listedResourceSchema>;

export const listResourcesInputSchema = z.object({ unitId: unitIdSchema }).strict();

/** Create (no id) or update a resource of a unit. */
export const saveResourceInputSchema = resourceSchema
  .omit({ id: true })
  .extend({ id: resourceIdSchema.optional(), title: resourceTitleSchema.nullable().optional() })
  .strict();
export type SaveResourceInput = z.infer<typeof saveResourceInputSchema>;
