import { singleLineTextSchema } from '@asiointi/platform-contract';
import { z } from 'zod';
import { serviceLanguageSchema } from './resident-preferences';
import { serviceCodeSchema } from './service-types';
import { unitIdSchema } from './units';

/** What can be booked: a professional, a room, or a mobile unit (e.g. a dental bus). */
export const resourceKindSchema = z.enum(['person', 'room', 'mobileUnit']);
export type ResourceKind = z.infer<typeof resourceKindSchema>;

export const resourceIdSchema = z.uuid();

export const resourceSchema = z.object({
  id: resourceIdSchema,
  unitId: unitIdSchema,
  kind: resourceKindSchema,
  /** Shown to residents with their booking, e.g. "Sairaanhoitaja Laura Virtanen" or "Huone 12". */
  name: singleLineTextSchema(200).min(1),
  /** Which services it can give: a service type needs its requiredSkill among these. */
  skills: z.array(serviceCodeSchema).max(50),
  /** Languages the appointment can be held in. */
  languages: z.array(serviceLanguageSchema).min(1).max(3),
  /** An inactive resource keeps its history but gets no new free times. */
  active: z.boolean(),
});
export type Resource = z.infer<typeof resourceSchema>;

export const listResourcesInputSchema = z.object({ unitId: unitIdSchema }).strict();

/** Create (no id) or update a resource of a unit. */
export const saveResourceInputSchema = resourceSchema
  .omit({ id: true })
  .extend({ id: resourceIdSchema.optional() })
  .strict();
export type SaveResourceInput = z.infer<typeof saveResourceInputSchema>;
