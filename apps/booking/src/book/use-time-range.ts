import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '@asiointi/platform-i18n';

/** "ti 24.11.2026 klo 9.00–9.20" in the portal's language, on the Helsinki clock. */
export function useTimeRange(): (start: string, end: string) => string {
  const { t } = useTranslation('booking');
  const format = useDateFormat();
  return useCallback(
    (start: string, end: string) =>
      t('resident.summary.timeRange', {
        date: format.dateWithWeekday(start),
        start: format.time(start),
        end: format.time(end),
      }),
    [t, format],
  );
}
