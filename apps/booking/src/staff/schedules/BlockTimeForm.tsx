import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { blockTimeInputSchema } from '@asiointi/booking-contract';
import { helsinkiInstant, normaliseWallTime, type PlainDate } from '@asiointi/platform-time';
import { Button, TextField } from '@asiointi/platform-ui';
import { useTRPC } from '../../api/trpc';
import { FormProblem } from '../FormProblem';
import { PlainDateField } from '../PlainDateField';
import { StaffError } from '../StaffError';
import { useValidatedSubmit } from '../use-validated-submit';

export interface BlockTimeFormProps {
  resourceId: string;
  onSaved: () => Promise<unknown>;
}

/** Time the resource cannot be booked (a meeting, training), on one Helsinki day. */
export function BlockTimeForm({ resourceId, onSaved }: BlockTimeFormProps) {
  const { t } = useTranslation('booking');
  const trpc = useTRPC();
  const headingId = useId();
  const [date, setDate] = useState<PlainDate | null>(null);
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');

  const startTime = normaliseWallTime(start);
  const endTime = normaliseWallTime(end);
  const { showInvalid, showFormProblem, hideProblems, submitTo } = useValidatedSubmit(blockTimeInputSchema, {
    resourceId,
    start: date && startTime ? helsinkiInstant(date, startTime).toISOString() : '',
    end: date && endTime ? helsinkiInstant(date, endTime).toISOString() : '',
  });
  const endProblem = !endTime || (startTime !== undefined && endTime <= startTime);
  const block = useMutation(
    trpc.schedules.blockTime.mutationOptions({
      retry: false,
      onSuccess: async () => {
        hideProblems();
        setStart('');
        setEnd('');
        await onSaved();
      },
    }),
  );

  return (
    <section aria-labelledby={headingId} className="booking-staff-section">
      <h2 id={headingId}>{t('staff.schedules.newBlock')}</h2>
      <form className="booking-staff-form" onSubmit={submitTo(block)} noValidate>
        <PlainDateField
          label={t('staff.schedules.blockDate')}
          value={date}
          onChange={setDate}
          isRequired
          isInvalid={showInvalid && !date}
          errorMessage={t('staff.form.dateMissing')}
        />
        <div className="booking-staff-period">
          <TextField
            label={t('staff.schedules.blockStart')}
            description={t('staff.periods.timeHelp')}
            value={start}
            onChange={setStart}
            inputMode="numeric"
            isRequired
            isInvalid={showInvalid && !startTime}
            errorMessage={t('staff.periods.startInvalid')}
          />
          <TextField
            label={t('staff.schedules.blockEnd')}
            value={end}
            onChange={setEnd}
            inputMode="numeric"
            isRequired
            isInvalid={showInvalid && endProblem}
            errorMessage={t('staff.periods.endInvalid')}
          />
        </div>
        <FormProblem show={showFormProblem} />
        {block.isError ? <StaffError error={block.error} /> : null}
        <Button type="submit">
          {block.isPending ? t('staff.form.saving') : t('staff.schedules.saveBlock')}
        </Button>
      </form>
    </section>
  );
}
