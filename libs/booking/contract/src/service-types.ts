import { z } from 'zod';
import { localizedTextSchema } from './localized-text';
import { unitIdSchema } from './units';

export const serviceChannelSchema = z.enum(['onSite', 'phone', 'video']);
export type ServiceChannel = z.infer<typeof serviceChannelSchema>;

export const serviceCategorySchema = z.enum([
  'health',
  'oralHealth',
  'socialServices',
  'laboratory',
  'rehabilitation',
  'workAbility',
]);
export type ServiceCategory = z.infer<typeof serviceCategorySchema>;

/** A service a resident can see in a unit's list (bookable or by booking right only). */
export const bookableServiceSchema = z.object({
  id: z.uuid(),
  code: z.string().min(1),
  category: serviceCategorySchema,
  name: localizedTextSchema,
  durationMinutes: z.number().int().positive(),
  channels: z.array(serviceChannelSchema).min(1),
  selfBookable: z.boolean(),
  requiresBookingRight: z.boolean(),
});
export type BookableService = z.infer<typeof bookableServiceSchema>;

export const listServicesOfUnitInputSchema = z.object({ unitId: unitIdSchema });
export type ListServicesOfUnitInput = z.infer<typeof listServicesOfUnitInputSchema>;

/** A booking administrator opens or closes a service for residents' self-booking. */
export const setSelfBookableInputSchema = z
  .object({ serviceTypeId: z.uuid(), selfBookable: z.boolean() })
  .strict();
export type SetSelfBookableInput = z.infer<typeof setSelfBookableInputSchema>;
