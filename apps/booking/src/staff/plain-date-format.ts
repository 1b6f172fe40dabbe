import { formatDate, formatDateWithWeekday, type Language } from '@asiointi/platform-i18n';
import { helsinkiInstant } from './helsinki-clock';

// A Helsinki day formatted through its noon: far from midnight, so DST never moves it to another day.

export function formatPlainDate(date: string, language: Language): string {
  return formatDate(helsinkiInstant(date, '12:00'), language);
}

export function formatPlainDateWithWeekday(date: string, language: Language): string {
  return formatDateWithWeekday(helsinkiInstant(date, '12:00'), language);
}

/** "08:00" as the language writes a time: fi/sv "8.00", en "8:00". */
export function formatWallTime(time: string, language: Language): string {
  const [hours = '0', minutes = '00'] = time.split(':');
  return `${Number(hours)}${language === 'en' ? ':' : '.'}${minutes}`;
}
