import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FreeTimeEntry } from '@asiointi/booking-contract';
import { useDateFormat, useLanguage } from '@asiointi/platform-i18n';
import { Button } from '@asiointi/platform-ui';
import type { DayOfWeek } from './days-of-week';
import { timesByProfessional } from './times-by-professional';
import { ProfessionalGroup } from './ProfessionalGroup';
import './time-picker.css';

export interface DayFreeTimesProps {
  day: DayOfWeek;
  onChoose: (time: FreeTimeEntry) => void;
}

/**
 * One day's free times for a resident: short time buttons under each professional's name. A time whose
 * booking could no longer be cancelled or moved online carries a mark, explained above the times.
 */
export function DayFreeTimes({ day, onChoose }: DayFreeTimesProps) {
  const { t } = useTranslation('booking');
  const format = useDateFormat();
  const { language } = useLanguage();
  const headingId = useId();
  const anyMarked = day.times.some((time) => !time.changeableOnline);
  return (
    <section className="booking-day-times" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('timePicker.timesOf', { day: format.plainDateWithWeekday(day.day) })}</h3>
      {day.state === 'passed' ? <p>{t('timePicker.dayPassedText')}</p> : null}
      {day.state === 'noFreeTimes' ? <p>{t('timePicker.fullText')}</p> : null}
      {anyMarked ? <p>{t('cutOff.legend')}</p> : null}
      {timesByProfessional(day.times).map((group) => (
        <ProfessionalGroup key={group.resourceId} name={group.resourceName[language]}>
          <ul className="booking-compact-times">
            {group.times.map((time) => {
              const label = t('timePicker.timeLabel', {
                time: format.time(time.start),
                resource: time.resourceName[language],
              });
              return (
                <li key={time.start}>
                  <Button
                    variant="secondary"
                    aria-label={time.changeableOnline ? label : `${label}, ${t('cutOff.mark')}`}
                    onPress={() => onChoose(time)}
                  >
                    {format.time(time.start)}
                    {time.changeableOnline ? null : <span aria-hidden="true">*</span>}
                  </Button>
                </li>
              );
            })}
          </ul>
        </ProfessionalGroup>
      ))}
    </section>
  );
}
