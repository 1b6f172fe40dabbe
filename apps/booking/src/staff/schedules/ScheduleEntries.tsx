import { useTranslation } from 'react-i18next';
import {
  weekdaySchema,
  type ResourceSchedule,
  type WallClockPeriodText,
  type WeeklyPeriods,
} from '@asiointi/booking-contract';
import { formatDateTime, formatPlainDate, formatWallTime, type Language } from '@asiointi/platform-i18n';
import { Button } from '@asiointi/platform-ui';

export interface RemovableEntry {
  kind: 'template' | 'exception' | 'blockedTime';
  id: string;
  /** Read out in the confirmation, so the right entry is removed. */
  description: string;
}

export interface ScheduleEntriesProps {
  schedule: ResourceSchedule;
  language: Language;
  /** Absent for staff who may only look. */
  onRemove?: (entry: RemovableEntry) => void;
}

/** The resource's weekly templates, exceptions and blocked times, each removable. */
export function ScheduleEntries({ schedule, language, onRemove }: ScheduleEntriesProps) {
  const { t } = useTranslation('booking');
  const periodsText = (periods: readonly WallClockPeriodText[]) =>
    periods
      .map(({ start, end }) => `${formatWallTime(start, language)}–${formatWallTime(end, language)}`)
      .join(', ');
  const weekText = (week: WeeklyPeriods) =>
    weekdaySchema.options
      .filter((day) => (week[day] ?? []).length > 0)
      .map((day) => `${t(`staff.weekdays.${day}`)} ${periodsText(week[day] ?? [])}`);

  const templates = [...schedule.templates].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const exceptions = [...schedule.exceptions].sort((a, b) => a.date.localeCompare(b.date));
  const blocked = [...schedule.blockedTimes].sort((a, b) => a.start.localeCompare(b.start));

  return (
    <>
      <h2>{t('staff.schedules.templatesHeading')}</h2>
      {templates.length === 0 ? <p>{t('staff.schedules.noTemplates')}</p> : null}
      <ul className="booking-staff-entries">
        {templates.map((template) => {
          const validity = template.validUntil
            ? t('staff.schedules.validRange', {
                from: formatPlainDate(template.validFrom, language),
                until: formatPlainDate(template.validUntil, language),
              })
            : t('staff.schedules.validFrom', { from: formatPlainDate(template.validFrom, language) });
          return (
            <li key={template.id}>
              <p className="booking-staff-entries__title">{validity}</p>
              <ul>
                {weekText(template.workingPeriods).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              {onRemove ? (
                <RemoveButton
                  label={t('staff.schedules.removeTemplate', { validity })}
                  onPress={() => onRemove({ kind: 'template', id: template.id, description: validity })}
                />
              ) : null}
            </li>
          );
        })}
      </ul>

      <h2>{t('staff.schedules.exceptionsHeading')}</h2>
      {exceptions.length === 0 ? <p>{t('staff.schedules.noExceptions')}</p> : null}
      <ul className="booking-staff-entries">
        {exceptions.map((exception) => {
          const date = formatPlainDate(exception.date, language);
          const detail =
            exception.kind === 'absence'
              ? exception.period
                ? t('staff.schedules.absencePeriod', { periods: periodsText([exception.period]) })
                : t('staff.schedules.absenceDay')
              : exception.periods && exception.periods.length > 0
                ? t('staff.schedules.extraPeriods', { periods: periodsText(exception.periods) })
                : t('staff.schedules.extraUsual');
          const description = `${date}: ${detail}`;
          return (
            <li key={exception.id}>
              <p className="booking-staff-entries__title">{description}</p>
              {onRemove ? (
                <RemoveButton
                  label={t('staff.schedules.removeEntry', { entry: description })}
                  onPress={() => onRemove({ kind: 'exception', id: exception.id, description })}
                />
              ) : null}
            </li>
          );
        })}
      </ul>

      <h2>{t('staff.schedules.blockedHeading')}</h2>
      {blocked.length === 0 ? <p>{t('staff.schedules.noBlocked')}</p> : null}
      <ul className="booking-staff-entries">
        {blocked.map((entry) => {
          const description = `${formatDateTime(entry.start, language)} – ${formatDateTime(entry.end, language)}`;
          return (
            <li key={entry.id}>
              <p className="booking-staff-entries__title">{description}</p>
              {onRemove ? (
                <RemoveButton
                  label={t('staff.schedules.removeEntry', { entry: description })}
                  onPress={() => onRemove({ kind: 'blockedTime', id: entry.id, description })}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function RemoveButton({ label, onPress }: { label: string; onPress: () => void }) {
  const { t } = useTranslation('booking');
  // The visible word starts the accessible name (WCAG 2.5.3), which says what is removed.
  return (
    <Button variant="secondary" aria-label={label} onPress={onPress}>
      {t('staff.schedules.remove')}
    </Button>
  );
}
