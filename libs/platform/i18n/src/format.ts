import {
  HELSINKI_TIME_ZONE,
  isPlainDate,
  minutesOfWallTime,
  noonOf,
  type WallTime,
} from '@asiointi/platform-time';
import { localeOf, type Language } from './languages';

// Every date and time the portal shows is wall-clock time in Finland, whatever the device says.

export type DateInput = Date | string | number;

// English spells the month out: "29/03/2026" reads as 3 March to many readers.
const dateOptions: Record<Language, Intl.DateTimeFormatOptions> = {
  fi: { day: 'numeric', month: 'numeric', year: 'numeric' },
  sv: { day: 'numeric', month: 'numeric', year: 'numeric' },
  en: { day: 'numeric', month: 'long', year: 'numeric' },
};
const timeOptions: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', hourCycle: 'h23' };

// Written out rather than left to Intl, whose joining words differ between ICU versions.
const timeSeparator: Record<Language, string> = { fi: 'klo', sv: 'kl.', en: 'at' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(localeOf[language], { ...options, timeZone: HELSINKI_TIME_ZONE });
    formatters.set(key, formatter);
  }
  return formatter;
}

function toDate(value: DateInput): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a valid date: ${String(value)}`);
  return date;
}

/** A calendar date in Helsinki: fi/sv "29.3.2026", en "29 March 2026". */
export function formatDate(value: DateInput, language: Language): string {
  return formatterFor(language, dateOptions[language]).format(toDate(value));
}

/** A date with its weekday: fi "su 29.3.2026", sv "sön 29.3.2026", en "Sun, 29 March 2026". */
export function formatDateWithWeekday(value: DateInput, language: Language): string {
  return formatterFor(language, { weekday: 'short', ...dateOptions[language] }).format(toDate(value));
}

/** A 24-hour clock time in Helsinki: fi/sv "4.00", en "4:00". */
export function formatTime(value: DateInput, language: Language): string {
  return formatterFor(language, timeOptions).format(toDate(value));
}

/** A Helsinki calendar day ("2026-03-29", as contracts carry days): fi/sv "29.3.2026", en "29 March 2026". */
export function formatPlainDate(date: string, language: Language): string {
  return formatDate(noonOfPlainDate(date), language);
}

/** A Helsinki calendar day with its weekday: fi "su 29.3.2026", en "Sun, 29 March 2026". */
export function formatPlainDateWithWeekday(date: string, language: Language): string {
  return formatDateWithWeekday(noonOfPlainDate(date), language);
}

// A day is formatted through its noon: far from midnight, so no DST offset moves it to another day.
function noonOfPlainDate(date: string): Date {
  if (!isPlainDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return noonOf(date);
}

/** A wall-clock time ("08:00", as contracts carry times) as the language writes it: fi/sv "8.00", en "8:00". */
export function formatWallTime(time: WallTime, language: Language): string {
  const minutes = minutesOfWallTime(time);
  const separator = language === 'en' ? ':' : '.';
  return `${Math.floor(minutes / 60)}${separator}${String(minutes % 60).padStart(2, '0')}`;
}

/** Date and time in Helsinki: fi "29.3.2026 klo 4.00", sv "29.3.2026 kl. 4.00", en "29 March 2026 at 4:00". */
export function formatDateTime(value: DateInput, language: Language): string {
  return `${formatDate(value, language)} ${timeSeparator[language]} ${formatTime(value, language)}`;
}
