import { useTranslation } from 'react-i18next';
import { weekdaySchema, type WeeklyPeriods } from '@asiointi/booking-contract';
import { formatWallTime, useLanguage } from '@asiointi/platform-i18n';

/** A unit's opening hours, one line per open weekday: "ma 8.00–16.00". */
export function OpeningHours({ hours }: { hours: WeeklyPeriods }) {
  const { t } = useTranslation('booking');
  const { language } = useLanguage();
  const open = weekdaySchema.options.filter((day) => (hours[day]?.length ?? 0) > 0);
  if (open.length === 0) return <>{t('resident.find.closed')}</>;
  return (
    <ul className="booking-opening-hours">
      {open.map((day) => (
        <li key={day}>
          {t(`resident.weekdays.${day}`)}{' '}
          {(hours[day] ?? [])
            .map(
              (period) => `${formatWallTime(period.start, language)}–${formatWallTime(period.end, language)}`,
            )
            .join(', ')}
        </li>
      ))}
    </ul>
  );
}
