import { useTranslation } from 'react-i18next';
import type { Booking } from '@asiointi/booking-contract';
import { useLanguage } from '@asiointi/platform-i18n';
import { Alert, Button, Dialog, DialogTrigger } from '@asiointi/platform-ui';
import { errorMessageKey } from '../api/error-message-key';
import { useSingleFlight } from '../book/use-single-flight';
import { useTimeRange } from '../book/use-time-range';
import { useCancelBooking } from './use-my-bookings';

/** "Cancel the time" and an alert dialog that asks before cancelling. */
export function CancelBookingDialog({ booking, onCancelled }: { booking: Booking; onCancelled: () => void }) {
  const { t } = useTranslation('booking');
  const { language } = useLanguage();
  const timeRange = useTimeRange();
  const cancel = useCancelBooking();
  const singleFlight = useSingleFlight();
  return (
    <DialogTrigger onOpenChange={(isOpen) => (isOpen ? cancel.reset() : undefined)}>
      <Button variant="secondary">{t('resident.myBookings.cancel')}</Button>
      <Dialog
        role="alertdialog"
        title={t('resident.myBookings.cancelTitle')}
        actions={(close) => (
          <>
            <Button
              onPress={() => {
                singleFlight((done) =>
                  cancel.mutate(
                    { bookingId: booking.id },
                    {
                      onSettled: done,
                      onSuccess: () => {
                        close();
                        onCancelled();
                      },
                    },
                  ),
                );
              }}
            >
              {cancel.isPending
                ? t('resident.myBookings.cancelling')
                : t('resident.myBookings.cancelConfirm')}
            </Button>
            <Button variant="secondary" isDisabled={cancel.isPending} onPress={close}>
              {t('resident.myBookings.cancelKeep')}
            </Button>
          </>
        )}
      >
        <p>
          {t('resident.myBookings.cancelText', {
            service: booking.service.name[language],
            time: timeRange(booking.start, booking.end),
          })}
        </p>
        {cancel.isError ? (
          <Alert variant="error">
            <p>{t(errorMessageKey(cancel.error))}</p>
          </Alert>
        ) : null}
      </Dialog>
    </DialogTrigger>
  );
}
