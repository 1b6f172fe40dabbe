import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { formatDateWithWeekday, formatPlainDate, formatTime, type Language } from '@asiointi/platform-i18n';
import { addCalendarDays, type PlainDate } from '@asiointi/platform-time';
import { Button, LoadingState, Radio, RadioGroup } from '@asiointi/platform-ui';
import { retryUnlessRefused } from '@asiointi/platform-client';
import { useTRPC } from '../../api/trpc';
import { StaffError } from '../StaffError';

export interface ChosenFreeTime {
  resourceId: string;
  start: string;
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
}

const keyOf = ({ resourceId, start }: ChosenFreeTime) => `${resourceId}|${start}`;

/** A week of a service's free times (`freeTimes.week`), one radio each, with the previous and next week. */
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
  const freeTimes = week.data?.freeTimes ?? [];

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
      {week.isSuccess && freeTimes.length === 0 ? <p>{t('staff.freeTimes.none')}</p> : null}
      {freeTimes.length > 0 ? (
        <RadioGroup
          label={t('staff.freeTimes.label')}
          value={value ? keyOf(value) : null}
          onChange={(key) => {
            const chosen = freeTimes.find((free) => keyOf(free) === key);
            if (chosen) onChange({ resourceId: chosen.resourceId, start: chosen.start });
          }}
          isRequired
          isInvalid={isInvalid}
          errorMessage={t('staff.freeTimes.missing')}
        >
          <div className="booking-staff-times">
            {freeTimes.map((free) => (
              <Radio key={keyOf(free)} value={keyOf(free)}>
                {t('staff.freeTimes.option', {
                  day: formatDateWithWeekday(free.start, language),
                  time: formatTime(free.start, language),
                  resource: free.resourceName[language],
                })}
              </Radio>
            ))}
          </div>
        </RadioGroup>
      ) : null}
    </fieldset>
  );
}
