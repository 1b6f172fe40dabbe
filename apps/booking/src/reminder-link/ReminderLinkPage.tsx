import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ReminderLinkBooking } from '@asiointi/booking-contract';
import { useLanguage } from '@asiointi/platform-i18n';
import { Alert, Button, Dialog, DialogTrigger, LoadingState } from '@asiointi/platform-ui';
import { errorMessageKey } from '../api/error-message-key';
import { errorCodeOf } from '@asiointi/platform-client';
import { BookingFacts } from '../book/BookingFacts';
import { useSingleFlight } from '../book/use-single-flight';
import { useTimeRange } from '../book/use-time-range';
import { QueryError } from '../services/QueryError';
import { useCancelByReminderLink, useReminderLink } from './use-reminder-link';
import '../book/booking-flow.css';

/**
 * The reminder message's cancel link ({portal}/booking/cancel/<token>): the time and the unit only,
 * and a cancel button for whoever holds the link, without signing in.
 */
export function ReminderLinkPage() {
  const { t } = useTranslation('booking');
  const { token = '' } = useParams();
  const link = useReminderLink(token);
  // A link that is unknown or has run out will not work on a retry either.
  const refused =
    link.isError &&
    ['REMINDER_LINK_INVALID', 'REMINDER_LINK_EXPIRED', 'VALIDATION_FAILED'].includes(
      errorCodeOf(link.error) ?? '',
    );
  return (
    <div className="booking-page">
      <h1 tabIndex={-1}>{t('resident.reminderLink.title')}</h1>
      {link.isPending ? <LoadingState>{t('resident.reminderLink.loading')}</LoadingState> : null}
      {refused ? (
        <Alert variant="error">
          <p>
            {t(errorMessageKey(link.error, { VALIDATION_FAILED: 'resident.errors.reminderLinkInvalid' }))}
          </p>
        </Alert>
      ) : null}
      {link.isError && !refused ? (
        <QueryError error={link.error} onRetry={() => void link.refetch()} />
      ) : null}
      {link.isSuccess ? <LinkedBooking token={token} booking={link.data} /> : null}
    </div>
  );
}

function LinkedBooking({ token, booking }: { token: string; booking: ReminderLinkBooking }) {
  const { t } = useTranslation('booking');
  const { language } = useLanguage();
  const timeRange = useTimeRange();
  const cancel = useCancelByReminderLink(token);
  const singleFlight = useSingleFlight();
  const when = timeRange(booking.start, booking.end);
  const callUnit = booking.unitPhone
    ? t('resident.reminderLink.callUnit', { phone: booking.unitPhone })
    : null;
  return (
    <div className="booking-step">
      <BookingFacts
        facts={[
          [t('resident.reminderLink.when'), when],
          [t('resident.reminderLink.where'), booking.unitName[language]],
        ]}
      />
      {cancel.isSuccess ? (
        <Alert variant="success">
          <p>{t('resident.reminderLink.cancelled')}</p>
        </Alert>
      ) : null}
      {!cancel.isSuccess && booking.status === 'cancelled' ? (
        <p>{t('resident.reminderLink.alreadyCancelled')}</p>
      ) : null}
      {booking.status !== 'cancelled' && !booking.canCancel ? (
        <p>
          {t('resident.reminderLink.notCancellable')} {callUnit}
        </p>
      ) : null}
      {booking.status !== 'cancelled' && booking.canCancel ? (
        <>
          <p>{t('resident.reminderLink.intro')}</p>
          <DialogTrigger onOpenChange={(isOpen) => (isOpen ? cancel.reset() : undefined)}>
            <Button>{t('resident.reminderLink.cancel')}</Button>
            <Dialog
              role="alertdialog"
              title={t('resident.reminderLink.cancelTitle')}
              actions={(close) => (
                <>
                  <Button
                    onPress={() => {
                      singleFlight((done) => cancel.mutate({ token }, { onSettled: done, onSuccess: close }));
                    }}
                  >
                    {cancel.isPending
                      ? t('resident.reminderLink.cancelling')
                      : t('resident.reminderLink.cancelConfirm')}
                  </Button>
                  <Button variant="secondary" isDisabled={cancel.isPending} onPress={close}>
                    {t('resident.reminderLink.cancelKeep')}
                  </Button>
                </>
              )}
            >
              <p>{t('resident.reminderLink.cancelText', { time: when })}</p>
              {cancel.isError ? (
                <Alert variant="error">
                  <p>{t(errorMessageKey(cancel.error))}</p>
                  {errorCodeOf(cancel.error) === 'CUT_OFF_PASSED' && callUnit ? <p>{callUnit}</p> : null}
                </Alert>
              ) : null}
            </Dialog>
          </DialogTrigger>
        </>
      ) : null}
    </div>
  );
}
