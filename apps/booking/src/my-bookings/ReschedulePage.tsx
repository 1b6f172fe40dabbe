import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { BookableService, Booking, FreeTimeEntry } from '@asiointi/booking-contract';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import { useLanguage } from '@asiointi/platform-i18n';
import { helsinkiToday, mondayOf } from '@asiointi/platform-time';
import { Alert, Button, Dialog, Link, LoadingState } from '@asiointi/platform-ui';
import { errorMessageKey, type BookingErrorKey } from '../api/error-message-key';
import { errorCodeOf } from '@asiointi/platform-client';
import { useTRPC } from '../api/trpc';
import { residentHrefs } from '../book/resident-paths';
import { useBooking } from '../book/use-booking';
import { useSingleFlight } from '../book/use-single-flight';
import { useTimeRange } from '../book/use-time-range';
import { CutOffNotice } from '../book/CutOffNotice';
import { WeekView } from '../book/WeekView';
import { QueryError } from '../services/QueryError';
import type { MyBookingsNotice } from './MyBookingsPage';
import { useRescheduleBooking } from './use-my-bookings';
import '../book/booking-flow.css';
import { timeGoneCodes } from '../book/time-gone-codes';
import { unitAddress } from '../services/unit-address';

/** Moves a booking: the week view of the same service and unit, then a confirmation dialog. */
export function ReschedulePage({ auth, basePath }: { auth: RemoteAuth; basePath: string }) {
  const { t } = useTranslation('booking');
  const { bookingId = '' } = useParams();
  const booking = useBooking(bookingId);
  return (
    <div className="booking-page">
      {booking.isSuccess ? (
        <RescheduleBooking booking={booking.data} basePath={basePath} />
      ) : (
        <h1 tabIndex={-1}>{t('resident.myBookings.reschedule')}</h1>
      )}
      {booking.isPending ? <LoadingState>{t('resident.reschedule.loading')}</LoadingState> : null}
      {booking.isError ? (
        <QueryError
          error={booking.error}
          onRetry={() => void booking.refetch()}
          onSignIn={() => auth.signIn()}
        />
      ) : null}
      <p className="booking-back">
        <Link href={residentHrefs.myBookings(basePath)}>{t('resident.reschedule.backToMyBookings')}</Link>
      </p>
    </div>
  );
}

function RescheduleBooking({ booking, basePath }: { booking: Booking; basePath: string }) {
  const { t } = useTranslation('booking');
  const { language } = useLanguage();
  const timeRange = useTimeRange();
  const navigate = useNavigate();
  const reschedule = useRescheduleBooking();
  const singleFlight = useSingleFlight();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const today = helsinkiToday();
  const [weekStart, setWeekStart] = useState(() => mondayOf(today));
  const [chosen, setChosen] = useState<{ time: FreeTimeEntry; service: BookableService } | undefined>();
  const [notice, setNotice] = useState<BookingErrorKey | 'resident.week.timeTaken' | undefined>();

  const move = (time: FreeTimeEntry) => {
    singleFlight((done) =>
      reschedule.mutate(
        { bookingId: booking.id, resourceId: time.resourceId, start: time.start },
        {
          onSettled: done,
          onSuccess: () =>
            void navigate(residentHrefs.myBookings(basePath), {
              state: { notice: 'rescheduled' } satisfies MyBookingsNotice,
            }),
          onError: (error) => {
            const code = errorCodeOf(error) ?? '';
            if (timeGoneCodes.has(code)) {
              // The time went to someone else: fresh times, and the resident picks again.
              void queryClient.invalidateQueries({ queryKey: trpc.freeTimes.pathKey() });
              setChosen(undefined);
              setNotice(code === 'TIME_TAKEN' ? 'resident.week.timeTaken' : errorMessageKey(error));
            }
          },
        },
      ),
    );
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('resident.reschedule.title', { service: booking.service.name[language] })}</h1>
      <p>{t('resident.reschedule.current', { time: timeRange(booking.start, booking.end) })}</p>
      <p>{`${booking.unit.name[language]}, ${unitAddress(booking.unit, language)}`}</p>
      {notice ? (
        <Alert variant="info">
          <p>{t(notice)}</p>
        </Alert>
      ) : null}
      {booking.status === 'booked' && booking.canChange ? (
        <WeekView
          serviceTypeId={booking.service.id}
          weekStart={weekStart}
          today={today}
          onWeekChange={setWeekStart}
          onChoose={(time, week) => {
            setNotice(undefined);
            reschedule.reset();
            setChosen({ time, service: week.service });
          }}
        />
      ) : (
        <p>
          {t('resident.reschedule.notChangeable')}{' '}
          {booking.unit.phone ? t('resident.week.callUnit', { phone: booking.unit.phone }) : null}
        </p>
      )}
      <Dialog
        role="alertdialog"
        title={t('resident.reschedule.confirmTitle')}
        isOpen={chosen !== undefined}
        onOpenChange={(isOpen) => (isOpen ? undefined : setChosen(undefined))}
        actions={(close) => (
          <>
            <Button onPress={() => (chosen ? move(chosen.time) : undefined)}>
              {reschedule.isPending ? t('resident.reschedule.moving') : t('resident.reschedule.confirm')}
            </Button>
            <Button variant="secondary" isDisabled={reschedule.isPending} onPress={close}>
              {t('resident.reschedule.keep')}
            </Button>
          </>
        )}
      >
        {chosen ? (
          <>
            <p>
              {t('resident.reschedule.confirmText', { time: timeRange(chosen.time.start, chosen.time.end) })}
            </p>
            <CutOffNotice time={chosen.time} service={chosen.service} unitPhone={booking.unit.phone} />
          </>
        ) : null}
        {reschedule.isError && !timeGoneCodes.has(errorCodeOf(reschedule.error) ?? '') ? (
          <Alert variant="error">
            <p>{t(errorMessageKey(reschedule.error))}</p>
          </Alert>
        ) : null}
      </Dialog>
    </>
  );
}
