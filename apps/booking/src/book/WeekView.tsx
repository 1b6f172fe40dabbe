import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FreeTimeEntry, ServiceLanguage, WeekFreeTimes } from '@asiointi/booking-contract';
import { useDateFormat, useLanguage } from '@asiointi/platform-i18n';
import {
  addCalendarDays,
  daysOfWeek,
  helsinkiDateOf,
  helsinkiToday,
  mondayOf,
  type PlainDate,
} from '@asiointi/platform-time';
import { Button, LoadingState } from '@asiointi/platform-ui';
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
 * The free times of one week: days as headings, times as buttons. On a narrow screen the days stack;
 * the week changes with the previous / next buttons.
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

  const timesByDay = new Map<string, FreeTimeEntry[]>();
  for (const time of week.data.freeTimes) {
    const day = helsinkiDateOf(new Date(time.start));
    timesByDay.set(day, [...(timesByDay.get(day) ?? []), time]);
  }
  for (const times of timesByDay.values()) times.sort((a, b) => a.start.localeCompare(b.start));

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
          <div className="booking-week__days">
            {days.map((day) => (
              <WeekDay
                key={day}
                day={day}
                times={timesByDay.get(day) ?? []}
                onChoose={(time) => onChoose(time, week.data)}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function WeekDay({
  day,
  times,
  onChoose,
}: {
  day: string;
  times: FreeTimeEntry[];
  onChoose: (time: FreeTimeEntry) => void;
}) {
  const { t } = useTranslation('booking');
  const { language } = useLanguage();
  const format = useDateFormat();
  const headingId = useId();
  return (
    <section className="booking-week__day" aria-labelledby={headingId}>
      <h3 id={headingId}>{format.plainDateWithWeekday(day)}</h3>
      {times.length === 0 ? (
        <p className="booking-week__none">{t('resident.week.noTimesThisDay')}</p>
      ) : (
        <ul className="booking-week__times">
          {times.map((time) => (
            <li key={`${time.resourceId}|${time.start}`}>
              <Button variant="secondary" onPress={() => onChoose(time)}>
                {t('resident.week.timeButton', {
                  time: format.time(time.start),
                  resource: time.resourceName[language],
                })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
