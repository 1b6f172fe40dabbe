import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import {
  createScheduleTemplateInputSchema,
  weekdaySchema,
  type WeekdayKey,
  type WeeklyPeriods,
} from '@asiointi/booking-contract';
import { Button } from '@asiointi/platform-ui';
import { useTRPC } from '../../api/trpc';
import { FormProblem } from '../FormProblem';
import { helsinkiToday } from '@asiointi/platform-time';
import { PlainDateField } from '../PlainDateField';
import { StaffError } from '../StaffError';
import { useValidatedSubmit } from '../use-validated-submit';
import { periodsOf, type PeriodDraft } from './period-drafts';
import { PeriodsEditor } from './PeriodsEditor';

type WeekDrafts = Record<WeekdayKey, PeriodDraft[]>;

// A usual office week to start from: most templates are a variation of it.
const officeHours = (): WeekDrafts => ({
  mon: [{ start: '08:00', end: '16:00' }],
  tue: [{ start: '08:00', end: '16:00' }],
  wed: [{ start: '08:00', end: '16:00' }],
  thu: [{ start: '08:00', end: '16:00' }],
  fri: [{ start: '08:00', end: '16:00' }],
  sat: [],
  sun: [],
});

export interface TemplateFormProps {
  resourceId: string;
  onSaved: () => Promise<unknown>;
}

/** A new weekly template: its validity and the working periods of each weekday. */
export function TemplateForm({ resourceId, onSaved }: TemplateFormProps) {
  const { t } = useTranslation('booking');
  const trpc = useTRPC();
  const headingId = useId();
  const [validFrom, setValidFrom] = useState<string | null>(() => helsinkiToday());
  const [validUntil, setValidUntil] = useState<string | null>(null);
  const [week, setWeek] = useState<WeekDrafts>(officeHours);

  const workingPeriods: WeeklyPeriods = {};
  let periodsValid = true;
  for (const day of weekdaySchema.options) {
    const periods = periodsOf(week[day]);
    if (!periods) periodsValid = false;
    else if (periods.length > 0) workingPeriods[day] = periods;
  }
  const { showInvalid, showFormProblem, invalid, hideProblems, submitTo } = useValidatedSubmit(
    createScheduleTemplateInputSchema,
    { resourceId, validFrom: validFrom ?? '', validUntil, workingPeriods },
    { draftsValid: periodsValid },
  );
  const create = useMutation(
    trpc.schedules.createTemplate.mutationOptions({
      retry: false,
      onSuccess: async () => {
        hideProblems();
        await onSaved();
      },
    }),
  );

  return (
    <section aria-labelledby={headingId} className="booking-staff-section">
      <h2 id={headingId}>{t('staff.schedules.newTemplate')}</h2>
      <form className="booking-staff-form" onSubmit={submitTo(create)} noValidate>
        <div className="booking-staff-filters">
          <PlainDateField
            label={t('staff.schedules.validFromLabel')}
            value={validFrom}
            onChange={setValidFrom}
            isRequired
            isInvalid={invalid('validFrom')}
            errorMessage={t('staff.form.dateMissing')}
          />
          <PlainDateField
            label={t('staff.schedules.validUntilLabel')}
            description={t('staff.schedules.validUntilHelp')}
            value={validUntil}
            onChange={setValidUntil}
            isInvalid={invalid('validUntil')}
            errorMessage={t('staff.schedules.validUntilInvalid')}
          />
        </div>
        {weekdaySchema.options.map((day) => (
          <PeriodsEditor
            key={day}
            legend={t(`staff.weekdaysLong.${day}`)}
            periods={week[day]}
            onChange={(periods) => setWeek((current) => ({ ...current, [day]: periods }))}
            showProblems={showInvalid}
            emptyText={t('staff.periods.closed')}
          />
        ))}
        {periodsValid && invalid('workingPeriods') ? (
          <p className="booking-staff-error">{t('staff.periods.overlap')}</p>
        ) : null}
        <FormProblem show={showFormProblem} />
        {create.isError ? <StaffError error={create.error} /> : null}
        <Button type="submit">
          {create.isPending ? t('staff.form.saving') : t('staff.schedules.saveTemplate')}
        </Button>
      </form>
    </section>
  );
}
