import { localeOf, type Language } from '@asiointi/platform-i18n';

/** A share (0–1) as a percentage in the language's own way: fi "12,5 %", en "12.5%". */
export function formatShare(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf[language], { style: 'percent', maximumFractionDigits: 1 }).format(
    value,
  );
}

/** A count or a number of days: fi "1 234", en "1,234". */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf[language], { maximumFractionDigits: 1 }).format(value);
}
