import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import {
  createScheduleTemplateInputSchema,
  weekdaySchema,
  type WeekdayKey,
  type WeeklyPeriods,
} from '@asiointi/booking-contract';
import { Button, FormProblem, useValidatedSubmit } from '@asiointi/platform-ui';
import { useTRPC } from '../../api/trpc';
import { helsinkiToday } from '@asiointi/platform-time';
import { PlainDateField } from '../PlainDateField';
import { StaffError } from '../StaffError';
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
  const fields = t('staff.schedules.templateFields', { returnObjects: true });
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
  const form = useValidatedSubmit(
    createScheduleTemplateInputSchema,
    { resourceId, validFrom, validUntil, workingPeriods },
    { draftsValid: periodsValid },
  );
  const create = useMutation(
    trpc.schedules.createTemplate.mutationOptions({
      retry: false,
      onSuccess: async () => {
        form.hideProblems();
        await onSaved();
      },
    }),
  );

  return (
    <section aria-labelledby={headingId} className="booking-staff-section">
      <h2 id={headingId}>{t('staff.schedules.newTemplate')}</h2>
      <form className="booking-staff-form" onSubmit={form.submitTo(create)} noValidate>
        <div className="booking-staff-filters">
          <PlainDateField
            {...form.field('validFrom', fields.validFrom)}
            value={validFrom}
            onChange={setValidFrom}
            isRequired
          />
          <PlainDateField
            {...form.field('validUntil', fields.validUntil)}
            value={validUntil}
            onChange={setValidUntil}
          />
        </div>
        {weekdaySchema.options.map((day) => (
          <PeriodsEditor
            key={day}
            legend={t(`staff.weekdaysLong.${day}`)}
            periods={week[day]}
            onChange={(periods) => setWeek((current) => ({ ...current, [day]: periods }))}
            draftField={form.draftField}
            emptyText={t('staff.periods.closed')}
          />
        ))}
        {periodsValid && form.invalid('workingPeriods') ? (
          <p className="booking-staff-error">{t('staff.periods.overlap')}</p>
        ) : null}
        <FormProblem show={form.showFormProblem} />
        {create.isError ? <StaffError error={create.error} /> : null}
        <Button type="submit">
          {create.isPending ? t('staff.form.saving') : t('staff.schedules.saveTemplate')}
        </Button>
      </form>
    </section>
  );
}
