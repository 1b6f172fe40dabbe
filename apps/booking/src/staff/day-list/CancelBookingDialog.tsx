import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { staffCancelBookingInputSchema, type DayListEntry } from '@asiointi/booking-contract';
import { formatTime, type Language } from '@asiointi/platform-i18n';
import { Button, Dialog, TextAreaField, useValidatedSubmit } from '@asiointi/platform-ui';
import { useTRPC } from '../../api/trpc';
import { StaffError } from '../StaffError';

export interface CancelBookingDialogProps {
  entry: DayListEntry;
  personName: string;
  language: Language;
  onClose: () => void;
  onCancelled: () => void;
}

/** The unit cancels a booking: the reason is required, as the resident is told it. */
export function CancelBookingDialog({
  entry,
  personName,
  language,
  onClose,
  onCancelled,
}: CancelBookingDialogProps) {
  const { t } = useTranslation('booking');
  const fields = t('staff.cancel.fields', { returnObjects: true });
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const cancel = useMutation(
    trpc.staffBookings.cancel.mutationOptions({
      retry: false,
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.staffBookings.dayList.pathFilter());
        onCancelled();
      },
    }),
  );
  const form = useValidatedSubmit(staffCancelBookingInputSchema, {
    bookingId: entry.id,
    reason,
  });
  const formId = `booking-staff-cancel-${entry.id}`;

  return (
    <Dialog
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('staff.cancel.title')}
      actions={() => (
        <>
          <Button variant="secondary" onPress={onClose}>
            {t('staff.cancel.back')}
          </Button>
          <Button type="submit" form={formId}>
            {cancel.isPending ? t('staff.cancel.cancelling') : t('staff.cancel.confirm')}
          </Button>
        </>
      )}
    >
      <form id={formId} onSubmit={form.submitTo(cancel)} noValidate>
        <p>
          {t('staff.cancel.which', {
            name: personName,
            service: entry.service.name[language],
            time: formatTime(entry.start, language),
          })}
        </p>
        <TextAreaField
          {...form.field('reason', fields.reason)}
          value={reason}
          onChange={setReason}
          isRequired
          characterLimit={staffCancelBookingInputSchema.shape.reason.maxLength ?? undefined}
          autoFocus
        />
        {cancel.isError ? <StaffError error={cancel.error} /> : null}
      </form>
    </Dialog>
  );
}
