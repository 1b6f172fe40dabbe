import { z } from 'zod';

/** A text that exists in every language the portal serves. */
export const localizedTextSchema = z.object({
  fi: z.string().min(1),
  sv: z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
