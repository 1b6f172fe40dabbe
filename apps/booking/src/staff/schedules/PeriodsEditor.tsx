import { useTranslation } from 'react-i18next';
import { Button, TextField, type ValidatedForm } from '@asiointi/platform-ui';
import { problemsOf, type PeriodDraft } from './period-drafts';

export interface PeriodsEditorProps {
  /** The group's name, e.g. the weekday: announced with every field in it. */
  legend: string;
  periods: readonly PeriodDraft[];
  onChange: (periods: PeriodDraft[]) => void;
  /** The form's props for a field it checks itself: periods are checked as typed, before the schema. */
  draftField: ValidatedForm['draftField'];
  /** Shown when there are no periods (a closed day, or the usual hours). */
  emptyText: string;
}

/** Start and end times of a day's periods, with buttons to add and remove a period. */
export function PeriodsEditor({ legend, periods, onChange, draftField, emptyText }: PeriodsEditorProps) {
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
        const fields = t('staff.periods.fields', { returnObjects: true, number });
        return (
          <div key={index} className="booking-staff-period">
            {(['start', 'end'] as const).map((edge) => (
              <TextField
                key={edge}
                {...draftField(problems[edge], fields[edge])}
                value={period[edge]}
                onChange={(time) => update(index, { [edge]: time })}
                inputMode="numeric"
                isRequired
              />
            ))}
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
