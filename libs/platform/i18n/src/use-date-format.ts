import { useMemo } from 'react';
import { formatDate, formatDateTime, formatDateWithWeekday, formatTime, type DateInput } from './format';
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
    }),
    [language],
  );
}
