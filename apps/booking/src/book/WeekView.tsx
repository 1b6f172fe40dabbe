import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FreeTimeEntry, ServiceLanguage, WeekFreeTimes } from '@asiointi/booking-contract';
import { useDateFormat } from '@asiointi/platform-i18n';
import {
  addCalendarDays,
  daysOfWeek,
  helsinkiToday,
  mondayOf,
  type PlainDate,
} from '@asiointi/platform-time';
import { Button, LoadingState } from '@asiointi/platform-ui';
import { DayFreeTimes } from '../free-times/DayFreeTimes';
import { DayTabs } from '../free-times/DayTabs';
import { daysOfWeekWithTimes, type DayOfWeek } from '../free-times/days-of-week';
import { useShownDay } from '../free-times/use-shown-day';
import { QueryError } from '../services/QueryError';
import { useWeekFreeTimes } from './use-week-free-times';
import './booking-flow.css';

export interface WeekViewProps {
  serviceTypeId: string;
  /** The Monday of the week shown. */
  weekStart: PlainDate;
  language?: ServiceLanguage;
  onWeekChange: (weekStart: PlainDate) => void;
  onChoose: (time: FreeTimeEntry, week: WeekFreeTimes) => void;
  /** Today in Helsinki (tests); the current day otherwise. */
  today?: PlainDate;
}

/**
 * The free times of one week: the days as buttons (one row on a wide screen), then the chosen day's times
 * as short buttons under each professional's name, so a phone shows one day, not a 12,000 px week. The
 * week changes with the previous / next buttons right above the days.
 */
export function WeekView({
  serviceTypeId,
  weekStart,
  language,
  onWeekChange,
  onChoose,
  today,
}: WeekViewProps) {
  const { t } = useTranslation('booking');
  const format = useDateFormat();
  const headingId = useId();
  const week = useWeekFreeTimes(serviceTypeId, weekStart, language);
  const currentWeek = mondayOf(today ?? helsinkiToday());
  const days = daysOfWeek(weekStart);
  const horizonEnd = week.data
    ? addCalendarDays(today ?? helsinkiToday(), week.data.service.bookingHorizonDays)
    : undefined;

  if (week.isPending) return <LoadingState>{t('resident.week.loading')}</LoadingState>;
  if (week.isError) return <QueryError error={week.error} onRetry={() => void week.refetch()} />;

  return (
    <section className="booking-week" aria-labelledby={headingId} aria-busy={week.isFetching}>
      <div className="booking-week__nav">
        <h2 id={headingId}>
          {t('resident.week.weekOf', {
            from: format.plainDateWithWeekday(days[0] ?? weekStart),
            to: format.plainDateWithWeekday(days[6] ?? weekStart),
          })}
        </h2>
        <div className="booking-week__buttons">
          <Button
            variant="secondary"
            isDisabled={weekStart <= currentWeek}
            onPress={() => onWeekChange(addCalendarDays(weekStart, -7))}
          >
            {t('resident.week.previousWeek')}
          </Button>
          <Button
            variant="secondary"
            isDisabled={horizonEnd !== undefined && addCalendarDays(weekStart, 7) > horizonEnd}
            onPress={() => onWeekChange(addCalendarDays(weekStart, 7))}
          >
            {t('resident.week.nextWeek')}
          </Button>
        </div>
      </div>
      {week.isPlaceholderData ? (
        // The previous week's times stay out of the new week's days while they load.
        <LoadingState>{t('resident.week.loading')}</LoadingState>
      ) : (
        <>
          {week.data.freeTimes.length === 0 ? <p>{t('resident.week.noTimesThisWeek')}</p> : null}
          <WeekDays
            weekStart={weekStart}
            days={daysOfWeekWithTimes(weekStart, week.data.freeTimes, today ?? helsinkiToday())}
            onChoose={(time) => onChoose(time, week.data)}
          />
        </>
      )}
    </section>
  );
}

/** The day buttons and the shown day's times. */
function WeekDays({
  weekStart,
  days,
  onChoose,
}: {
  weekStart: PlainDate;
  days: DayOfWeek[];
  onChoose: (time: FreeTimeEntry) => void;
}) {
  const [shown, show] = useShownDay(weekStart, days);
  const shownDay = days.find(({ day }) => day === shown);
  return (
    <>
      <DayTabs days={days} shown={shown} onShow={show} />
      {shownDay ? <DayFreeTimes day={shownDay} onChoose={onChoose} /> : null}
    </>
  );
}
