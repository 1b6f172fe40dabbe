import { z } from 'zod';

/** The portal's languages: every user-facing text exists in each. */
export const portalLanguages = ['fi', 'sv', 'en'] as const;
export type PortalLanguage = (typeof portalLanguages)[number];

/** Longest name or title a module may give a thing (a unit, a service, a figure). */
export const maxLocalizedTextLength = 500;

/** A text that exists in every language the portal serves. */
export const localizedTextSchema = z.object({
  fi: z.string().trim().min(1).max(maxLocalizedTextLength),
  sv: z.string().trim().min(1).max(maxLocalizedTextLength),
  en: z.string().trim().min(1).max(maxLocalizedTextLength),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
