import { z } from 'zod';
import { localizedTextSchema } from './localized-text';

export const unitIdSchema = z.uuid();

export const unitSchema = z.object({
  id: unitIdSchema,
  name: localizedTextSchema,
  municipality: z.string().min(1),
  streetAddress: z.string().min(1),
});
export type Unit = z.infer<typeof unitSchema>;
