import type { Language } from '@asiointi/platform-i18n';

const locales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "2026-03" as "maaliskuu 2026", "mars 2026", "March 2026". */
export function formatMonth(month: string, language: Language): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locales[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 2000, (monthNumber ?? 1) - 1, 15)),
  );
}
