import { useTranslation } from 'react-i18next';
import type { FreeTimeEntry } from '@asiointi/booking-contract';
import { useQuery } from '@tanstack/react-query';
import { formatDateWithWeekday, formatPlainDate, formatTime, type Language } from '@asiointi/platform-i18n';
import { addCalendarDays, helsinkiToday, type PlainDate } from '@asiointi/platform-time';
import { Button, LoadingState, Radio, RadioGroup } from '@asiointi/platform-ui';
import { retryUnlessRefused } from '@asiointi/platform-client';
import { useTRPC } from '../../api/trpc';
import { DayTabs } from '../../free-times/DayTabs';
import { daysOfWeekWithTimes } from '../../free-times/days-of-week';
import { timesByProfessional } from '../../free-times/times-by-professional';
import { ProfessionalGroup } from '../../free-times/ProfessionalGroup';
import { useShownDay } from '../../free-times/use-shown-day';
import { StaffError } from '../StaffError';

export interface ChosenFreeTime {
  resourceId: string;
  start: string;
  resourceName: FreeTimeEntry['resourceName'];
}

export interface FreeTimePickerProps {
  serviceTypeId: string;
  /** Monday of the week shown. */
  weekStart: PlainDate;
  onWeekChange: (weekStart: PlainDate) => void;
  value: ChosenFreeTime | undefined;
  onChange: (value: ChosenFreeTime) => void;
  language: Language;
  isInvalid: boolean;
  /** Today in Helsinki (tests); the current day otherwise. */
  today?: PlainDate;
}

const keyOf = ({ resourceId, start }: Pick<ChosenFreeTime, 'resourceId' | 'start'>) =>
  `${resourceId}|${start}`;

/**
 * A week of a service's free times (`freeTimes.week`): the days as buttons, then the shown day's times as
 * short radios under each professional's name, so a busy week is not a list of 150 radios.
 */
export function FreeTimePicker(props: FreeTimePickerProps) {
  const { serviceTypeId, weekStart, onWeekChange, value, onChange, language, isInvalid } = props;
  const { t } = useTranslation('booking');
  const trpc = useTRPC();
  const week = useQuery(
    trpc.freeTimes.week.queryOptions({ serviceTypeId, weekStart }, { retry: retryUnlessRefused }),
  );
  const weekLabel = t('staff.freeTimes.week', {
    from: formatPlainDate(weekStart, language),
    until: formatPlainDate(addCalendarDays(weekStart, 6), language),
  });
  const days = daysOfWeekWithTimes(weekStart, week.data?.freeTimes ?? [], props.today ?? helsinkiToday());
  const [shown, show] = useShownDay(weekStart, days);
  const shownDay = days.find(({ day }) => day === shown);

  return (
    <fieldset className="booking-staff-fieldset">
      <legend>{t('staff.freeTimes.legend')}</legend>
      <p aria-live="polite">{weekLabel}</p>
      <div className="booking-staff-actions">
        <Button variant="secondary" onPress={() => onWeekChange(addCalendarDays(weekStart, -7))}>
          {t('staff.freeTimes.previousWeek')}
        </Button>
        <Button variant="secondary" onPress={() => onWeekChange(addCalendarDays(weekStart, 7))}>
          {t('staff.freeTimes.nextWeek')}
        </Button>
      </div>
      {week.isPending ? <LoadingState>{t('staff.freeTimes.loading')}</LoadingState> : null}
      {week.isError ? <StaffError error={week.error} onRetry={() => void week.refetch()} /> : null}
      {week.isSuccess && week.data.freeTimes.length === 0 ? <p>{t('staff.freeTimes.none')}</p> : null}
      {week.isSuccess && week.data.freeTimes.length > 0 ? (
        <>
          <DayTabs days={days} shown={shown} onShow={show} />
          {shownDay?.state === 'passed' ? <p>{t('timePicker.dayPassedText')}</p> : null}
          {shownDay?.state === 'noFreeTimes' ? <p>{t('timePicker.fullText')}</p> : null}
          {shownDay && shownDay.times.length > 0 ? (
            <RadioGroup
              label={t('timePicker.timesOf', { day: formatPlainDate(shownDay.day, language) })}
              value={value ? keyOf(value) : null}
              onChange={(key) => {
                const chosen = shownDay.times.find((free) => keyOf(free) === key);
                if (chosen) onChange(chosen);
              }}
              isRequired
              isInvalid={isInvalid}
              errorMessage={t('staff.freeTimes.missing')}
            >
              {timesByProfessional(shownDay.times).map((group) => (
                <ProfessionalGroup key={group.resourceId} name={group.resourceName[language]}>
                  <div className="booking-compact-times">
                    {group.times.map((free) => (
                      <Radio key={keyOf(free)} value={keyOf(free)}>
                        {formatTime(free.start, language)}
                      </Radio>
                    ))}
                  </div>
                </ProfessionalGroup>
              ))}
            </RadioGroup>
          ) : null}
        </>
      ) : null}
      {value ? (
        <p aria-live="polite">
          {t('staff.freeTimes.chosen', {
            day: formatDateWithWeekday(value.start, language),
            time: formatTime(value.start, language),
            resource: value.resourceName[language],
          })}
        </p>
      ) : null}
    </fieldset>
  );
}
