import { useTranslation } from 'react-i18next';
import { useDateFormat } from '@asiointi/platform-i18n';
import type { PlainDate } from '@asiointi/platform-time';
import { Button } from '@asiointi/platform-ui';
import type { DayOfWeek } from './days-of-week';
import './time-picker.css';

export interface DayTabsProps {
  days: readonly DayOfWeek[];
  shown: PlainDate | undefined;
  onShow: (day: PlainDate) => void;
}

/**
 * The seven days of a week as toggle buttons, each with what it holds (free times, none, or passed): one
 * row on a wide screen, a few short rows on a phone, so the times of one day follow right under them.
 */
export function DayTabs({ days, shown, onShow }: DayTabsProps) {
  const { t } = useTranslation('booking');
  const format = useDateFormat();
  const stateText = ({ state, times }: DayOfWeek) =>
    state === 'passed'
      ? t('timePicker.dayPassed')
      : state === 'noFreeTimes'
        ? t('timePicker.full')
        : t('timePicker.freeCount', { count: times.length });
  return (
    <div role="group" aria-label={t('timePicker.days')} className="booking-day-tabs">
      {days.map((day) => (
        <Button
          key={day.day}
          variant="secondary"
          aria-pressed={day.day === shown}
          onPress={() => onShow(day.day)}
        >
          <span className="booking-day-tabs__day">{format.plainDateWithWeekday(day.day)}</span>{' '}
          <span className="booking-day-tabs__state">{stateText(day)}</span>
        </Button>
      ))}
    </div>
  );
}
