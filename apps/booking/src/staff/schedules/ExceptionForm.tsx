import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { addScheduleExceptionInputSchema } from '@asiointi/booking-contract';
import { Button, Checkbox, FormProblem, Radio, RadioGroup, useValidatedSubmit } from '@asiointi/platform-ui';
import { useTRPC } from '../../api/trpc';
import { PlainDateField } from '../PlainDateField';
import { StaffError } from '../StaffError';
import { periodsOf, type PeriodDraft } from './period-drafts';
import { PeriodsEditor } from './PeriodsEditor';

type ExceptionKind = 'absence' | 'extraOpening';

export interface ExceptionFormProps {
  resourceId: string;
  onSaved: () => Promise<unknown>;
}

/** One day's exception: an absence (whole day or one period) or an extra opening (own or usual hours). */
export function ExceptionForm({ resourceId, onSaved }: ExceptionFormProps) {
  const { t } = useTranslation('booking');
  const fields = t('staff.schedules.exceptionFields', { returnObjects: true });
  const trpc = useTRPC();
  const headingId = useId();
  const [kind, setKind] = useState<ExceptionKind>('absence');
  const [date, setDate] = useState<string | null>(null);
  const [wholeDay, setWholeDay] = useState(true);
  const [periods, setPeriods] = useState<PeriodDraft[]>([]);

  // An absence has at most one period; an extra opening several.
  const drafts = kind === 'absence' ? periods.slice(0, 1) : periods;
  const typed = periodsOf(drafts);
  const absencePeriod = wholeDay ? null : typed?.[0];
  const form = useValidatedSubmit(
    addScheduleExceptionInputSchema,
    kind === 'absence'
      ? { kind, resourceId, date, period: absencePeriod }
      : { kind, resourceId, date, periods: typed && typed.length > 0 ? typed : null },
    { draftsValid: typed !== undefined },
  );
  const add = useMutation(
    trpc.schedules.addException.mutationOptions({
      retry: false,
      onSuccess: async () => {
        form.hideProblems();
        setDate(null);
        setPeriods([]);
        await onSaved();
      },
    }),
  );

  return (
    <section aria-labelledby={headingId} className="booking-staff-section">
      <h2 id={headingId}>{t('staff.schedules.newException')}</h2>
      <form className="booking-staff-form" onSubmit={form.submitTo(add)} noValidate>
        <RadioGroup
          label={t('staff.schedules.exceptionKind')}
          value={kind}
          onChange={(value) => {
            setKind(value === 'extraOpening' ? 'extraOpening' : 'absence');
            setPeriods([]);
          }}
        >
          <Radio value="absence">{t('staff.schedules.absence')}</Radio>
          <Radio value="extraOpening">{t('staff.schedules.extraOpening')}</Radio>
        </RadioGroup>
        <PlainDateField {...form.field('date', fields.date)} value={date} onChange={setDate} isRequired />
        {kind === 'absence' ? (
          <Checkbox
            isSelected={wholeDay}
            onChange={(selected) => {
              setWholeDay(selected);
              setPeriods(selected ? [] : [{ start: '', end: '' }]);
            }}
          >
            {t('staff.schedules.wholeDay')}
          </Checkbox>
        ) : null}
        {kind === 'extraOpening' || !wholeDay ? (
          <PeriodsEditor
            legend={kind === 'absence' ? t('staff.schedules.absenceTime') : t('staff.schedules.openingTimes')}
            periods={drafts}
            onChange={setPeriods}
            draftField={form.draftField}
            emptyText={
              kind === 'absence' ? t('staff.schedules.absenceNeedsTime') : t('staff.schedules.usualHours')
            }
          />
        ) : null}
        <FormProblem show={form.showFormProblem} />
        {add.isError ? <StaffError error={add.error} /> : null}
        <Button type="submit">
          {add.isPending ? t('staff.form.saving') : t('staff.schedules.saveException')}
        </Button>
      </form>
    </section>
  );
}
