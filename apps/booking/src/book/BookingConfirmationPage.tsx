import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Booking } from '@asiointi/booking-contract';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import { useLanguage } from '@asiointi/platform-i18n';
import { Link, LoadingState } from '@asiointi/platform-ui';
import { QueryError } from '../services/QueryError';
import { BookingFacts } from './BookingFacts';
import { personName } from './person-name';
import { CalendarFileButton } from './CalendarFileButton';
import { residentHrefs } from './resident-paths';
import { useBooking } from './use-booking';
import { useTimeRange } from './use-time-range';
import './booking-flow.css';
import { unitAddress } from '../services/unit-address';

/** After booking: what, when and where, the .ics file, and the way to "my bookings". */
export function BookingConfirmationPage({ auth, basePath }: { auth: RemoteAuth; basePath: string }) {
  const { t } = useTranslation('booking');
  const { bookingId = '' } = useParams();
  const booking = useBooking(bookingId);
  return (
    <div className="booking-page">
      <h1 tabIndex={-1}>{t('resident.confirmation.title')}</h1>
      {booking.isPending ? <LoadingState>{t('resident.confirmation.loading')}</LoadingState> : null}
      {booking.isError ? (
        <QueryError
          error={booking.error}
          onRetry={() => void booking.refetch()}
          onSignIn={() => auth.signIn()}
        />
      ) : null}
      {booking.isSuccess ? <ConfirmedBooking booking={booking.data} /> : null}
      <p className="booking-back">
        <Link href={residentHrefs.myBookings(basePath)}>{t('resident.confirmation.toMyBookings')}</Link>
      </p>
    </div>
  );
}

function ConfirmedBooking({ booking }: { booking: Booking }) {
  const { t } = useTranslation('booking');
  const { language } = useLanguage();
  const timeRange = useTimeRange();
  return (
    <div className="booking-step">
      {booking.reminderChannel !== 'none' ? <p>{t('resident.confirmation.intro')}</p> : null}
      <BookingFacts
        facts={[
          [t('resident.summary.reference'), booking.reference],
          !booking.person.isYou && [t('resident.summary.forWhom'), personName(booking.person)],
          [t('resident.summary.what'), booking.service.name[language]],
          [t('resident.summary.when'), timeRange(booking.start, booking.end)],
          [
            t('resident.summary.where'),
            `${booking.unit.name[language]}, ${unitAddress(booking.unit, language)}`,
          ],
          [t('resident.summary.who'), booking.resourceName[language]],
          [t('resident.summary.channel'), t(`channels.${booking.channel}`)],
        ]}
      />
      <CalendarFileButton bookingId={booking.id} />
    </div>
  );
}
