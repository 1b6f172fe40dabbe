import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { blockTimeInputSchema } from '@asiointi/booking-contract';
import { helsinkiInstant, normaliseWallTime, type PlainDate } from '@asiointi/platform-time';
import { Button, FormProblem, TextField, useValidatedSubmit } from '@asiointi/platform-ui';
import { useTRPC } from '../../api/trpc';
import { PlainDateField } from '../PlainDateField';
import { StaffError } from '../StaffError';

export interface BlockTimeFormProps {
  resourceId: string;
  onSaved: () => Promise<unknown>;
}

/** Time the resource cannot be booked (a meeting, training), on one Helsinki day. */
export function BlockTimeForm({ resourceId, onSaved }: BlockTimeFormProps) {
  const { t } = useTranslation('booking');
  const fields = t('staff.schedules.blockFields', { returnObjects: true });
  const trpc = useTRPC();
  const headingId = useId();
  const [date, setDate] = useState<PlainDate | null>(null);
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');

  const startTime = normaliseWallTime(start);
  const endTime = normaliseWallTime(end);
  const form = useValidatedSubmit(blockTimeInputSchema, {
    resourceId,
    start: date && startTime ? helsinkiInstant(date, startTime).toISOString() : null,
    end: date && endTime ? helsinkiInstant(date, endTime).toISOString() : null,
  });
  const endProblem = !endTime || (startTime !== undefined && endTime <= startTime);
  const block = useMutation(
    trpc.schedules.blockTime.mutationOptions({
      retry: false,
      onSuccess: async () => {
        form.hideProblems();
        setStart('');
        setEnd('');
        await onSaved();
      },
    }),
  );

  return (
    <section aria-labelledby={headingId} className="booking-staff-section">
      <h2 id={headingId}>{t('staff.schedules.newBlock')}</h2>
      <form className="booking-staff-form" onSubmit={form.submitTo(block)} noValidate>
        <PlainDateField {...form.draftField(!date, fields.date)} value={date} onChange={setDate} isRequired />
        <div className="booking-staff-period">
          <TextField
            {...form.draftField(!startTime, fields.start)}
            value={start}
            onChange={setStart}
            inputMode="numeric"
            isRequired
          />
          <TextField
            {...form.draftField(endProblem, fields.end)}
            value={end}
            onChange={setEnd}
            inputMode="numeric"
            isRequired
          />
        </div>
        <FormProblem show={form.showFormProblem} />
        {block.isError ? <StaffError error={block.error} /> : null}
        <Button type="submit">
          {block.isPending ? t('staff.form.saving') : t('staff.schedules.saveBlock')}
        </Button>
      </form>
    </section>
  );
}
