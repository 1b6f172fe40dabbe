/** The languages the portal serves. Finnish is the default: most residents use it. */
export const supportedLanguages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];

export const defaultLanguage: Language = 'fi';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);
}

/** Each language named in itself, as a language switch must show it. */
export const languageEndonyms: Record<Language, string> = {
  fi: 'Suomi',
  sv: 'Svenska',
  en: 'English',
};

/**
 * BCP 47 locale per language for Intl and React Aria: Swedish as written in Finland, and British
 * English for day-month-year dates.
 */
export const localeOf: Record<Language, string> = {
  fi: 'fi-FI',
  sv: 'sv-FI',
  en: 'en-GB',
};

/** Narrows whatever i18next reports (e.g. 'fi-FI' or 'cimode') to a supported language. */
export function toLanguage(value: string | undefined): Language {
  const base = value?.split('-')[0];
  return isLanguage(base) ? base : defaultLanguage;
}
