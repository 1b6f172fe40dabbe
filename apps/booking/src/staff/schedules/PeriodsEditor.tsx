import { useTranslation } from 'react-i18next';
import { Button, TextField } from '@asiointi/platform-ui';
import { problemsOf, type PeriodDraft } from './period-drafts';

export interface PeriodsEditorProps {
  /** The group's name, e.g. the weekday: announced with every field in it. */
  legend: string;
  periods: readonly PeriodDraft[];
  onChange: (periods: PeriodDraft[]) => void;
  showProblems: boolean;
  /** Shown when there are no periods (a closed day, or the usual hours). */
  emptyText: string;
}

/** Start and end times of a day's periods, with buttons to add and remove a period. */
export function PeriodsEditor({ legend, periods, onChange, showProblems, emptyText }: PeriodsEditorProps) {
  const { t } = useTranslation('booking');
  const update = (index: number, change: Partial<PeriodDraft>) =>
    onChange(periods.map((period, at) => (at === index ? { ...period, ...change } : period)));
  return (
    <fieldset className="booking-staff-fieldset">
      <legend>{legend}</legend>
      {periods.length === 0 ? <p className="booking-staff-muted">{emptyText}</p> : null}
      {periods.map((period, index) => {
        const problems = problemsOf(period);
        const number = index + 1;
        return (
          <div key={index} className="booking-staff-period">
            <TextField
              label={t('staff.periods.start', { number })}
              description={t('staff.periods.timeHelp')}
              value={period.start}
              onChange={(start) => update(index, { start })}
              inputMode="numeric"
              isRequired
              isInvalid={showProblems && problems.start}
              errorMessage={t('staff.periods.startInvalid')}
            />
            <TextField
              label={t('staff.periods.end', { number })}
              value={period.end}
              onChange={(end) => update(index, { end })}
              inputMode="numeric"
              isRequired
              isInvalid={showProblems && problems.end}
              errorMessage={t('staff.periods.endInvalid')}
            />
            <Button
              variant="secondary"
              aria-label={t('staff.periods.removeNamed', { number, legend })}
              onPress={() => onChange(periods.filter((_, at) => at !== index))}
            >
              {t('staff.periods.remove')}
            </Button>
          </div>
        );
      })}
      <Button
        variant="secondary"
        aria-label={t('staff.periods.addNamed', { legend })}
        onPress={() => onChange([...periods, { start: '', end: '' }])}
      >
        {t('staff.periods.add')}
      </Button>
    </fieldset>
  );
}
