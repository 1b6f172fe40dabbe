import { z } from 'zod';
import { singleLineTextSchema } from './text';

/** The portal's languages: every user-facing text exists in each. */
export const portalLanguages = ['fi', 'sv', 'en'] as const;
export type PortalLanguage = (typeof portalLanguages)[number];

/** Longest name or title a module may give a thing (a unit, a service, a figure). */
export const maxLocalizedTextLength = 500;

/** A text that exists in every language the portal serves. */
export const localizedTextSchema = z.object({
  fi: singleLineTextSchema(maxLocalizedTextLength).min(1),
  sv: singleLineTextSchema(maxLocalizedTextLength).min(1),
  en: singleLineTextSchema(maxLocalizedTextLength).min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
