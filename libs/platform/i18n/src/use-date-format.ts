import { useMemo } from 'react';
import type { WallTime } from '@asiointi/platform-time';
import {
  formatDate,
  formatDateTime,
  formatDateWithWeekday,
  formatPlainDate,
  formatPlainDateWithWeekday,
  formatTime,
  formatWallTime,
  type DateInput,
} from './format';
import { useLanguage } from './use-language';

/** The Helsinki-time formatters bound to the current language. */
export function useDateFormat() {
  const { language } = useLanguage();
  return useMemo(
    () => ({
      date: (value: DateInput) => formatDate(value, language),
      dateWithWeekday: (value: DateInput) => formatDateWithWeekday(value, language),
      time: (value: DateInput) => formatTime(value, language),
      dateTime: (value: DateInput) => formatDateTime(value, language),
      /** A Helsinki calendar day, "2026-03-29". */
      plainDate: (date: string) => formatPlainDate(date, language),
      plainDateWithWeekday: (date: string) => formatPlainDateWithWeekday(date, language),
      /** A wall-clock time, "08:00". */
      wallTime: (time: WallTime) => formatWallTime(time, language),
    }),
    [language],
  );
}
