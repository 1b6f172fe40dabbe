// The three languages of the portal. A `locale` claim may be a full tag ("sv-FI"); its language decides.
import { z } from 'zod';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fi';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The portal language a BCP 47 tag names, or undefined when it is missing or another language. */
export function portalLanguageOf(locale: string | undefined): Language | undefined {
  const primary = locale?.split(/[-_]/)[0]?.toLowerCase();
  return isLanguage(primary) ? primary : undefined;
}

/** The portal language for a BCP 47 tag; Finnish when the tag is missing or another language. */
export function languageFromLocale(locale: string | undefined): Language {
  return portalLanguageOf(locale) ?? DEFAULT_LANGUAGE;
}

/** A preference, not a permission: an unknown or missing locale falls back instead of failing. */
export const languageFromLocaleSchema = z
  .string()
  .optional()
  .catch(undefined)
  .transform((locale) => languageFromLocale(locale));
