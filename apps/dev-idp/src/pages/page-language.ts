// The language of a page: an explicit choice on the page (?lang=sv) first, then the client's ui_locales
// request parameter (space-separated, in order of preference), then Finnish.
import { DEFAULT_LANGUAGE, isLanguage, type Language, languageFromLocale } from '@asiointi/platform-auth/principal';

export function pageLanguage(choice: unknown, uiLocales: unknown): Language {
  if (isLanguage(choice)) return choice;
  if (typeof uiLocales === 'string') {
    for (const tag of uiLocales.split(' ')) {
      const primary = tag.split(/[-_]/)[0]?.toLowerCase();
      if (isLanguage(primary)) return languageFromLocale(primary);
    }
  }
  return DEFAULT_LANGUAGE;
}
