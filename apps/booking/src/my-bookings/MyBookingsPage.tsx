import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Booking } from '@asiointi/booking-contract';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import { Alert, Button, Link, LoadingState } from '@asiointi/platform-ui';
import { residentHrefs } from '../book/resident-paths';
import { QueryError } from '../services/QueryError';
import { BookingCard } from './BookingCard';
import { useMyBookings } from './use-my-bookings';
import '../book/booking-flow.css';

/** What another page tells this one it did (router state), e.g. after a reschedule. */
export interface MyBookingsNotice {
  notice?: 'rescheduled';
}

/** Upcoming and past bookings of the resident, or of the person they act for. */
export function MyBookingsPage({ auth, basePath }: { auth: RemoteAuth; basePath: string }) {
  const { t } = useTranslation('booking');
  const location = useLocation();
  const cameWith = (location.state as MyBookingsNotice | null)?.notice;
  const [cancelled, setCancelled] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <div className="booking-page">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('resident.myBookings.title')}
      </h1>
      <p>{t('resident.myBookings.intro')}</p>
      {auth.principalKind === 'anonymous' ? (
        <>
          <p>{t('resident.myBookings.signInToSee')}</p>
          <Button onPress={() => auth.signIn()}>{t('resident.signIn')}</Button>
        </>
      ) : null}
      {auth.principalKind === 'staff' ? <p>{t('resident.staffCannotBook')}</p> : null}
      {auth.principalKind === 'resident' ? (
        <>
          {auth.actingFor ? (
            <p>
              <strong>{t('resident.myBookings.forOther', { name: auth.actingFor.displayName })}</strong>
            </p>
          ) : null}
          {cancelled ? (
            <Alert variant="success">
              <p>{t('resident.myBookings.cancelled')}</p>
            </Alert>
          ) : null}
          {!cancelled && cameWith === 'rescheduled' ? (
            <Alert variant="success">
              <p>{t('resident.myBookings.rescheduled')}</p>
            </Alert>
          ) : null}
          <ResidentBookings
            auth={auth}
            basePath={basePath}
            onCancelled={() => {
              setCancelled(true);
              // The cancelled card's buttons are gone: focus goes to the page's heading.
              headingRef.current?.focus();
            }}
          />
        </>
      ) : null}
      <p className="booking-back">
        <Link href={residentHrefs.find(basePath)}>{t('resident.myBookings.bookNew')}</Link>
      </p>
    </div>
  );
}

function ResidentBookings({
  auth,
  basePath,
  onCancelled,
}: {
  auth: RemoteAuth;
  basePath: string;
  onCancelled: () => void;
}) {
  const { t } = useTranslation('booking');
  const bookings = useMyBookings();
  const actingFor = auth.actingFor?.displayName;
  if (bookings.isPending) return <LoadingState>{t('resident.myBookings.loading')}</LoadingState>;
  if (bookings.isError) {
    return (
      <QueryError
        error={bookings.error}
        onRetry={() => void bookings.refetch()}
        onSignIn={() => auth.signIn()}
      />
    );
  }
  return (
    <>
      <BookingSection
        title={t('resident.myBookings.upcoming')}
        empty={
          actingFor
            ? t('resident.myBookings.noUpcomingForOther', { name: actingFor })
            : t('resident.myBookings.noUpcoming')
        }
        bookings={bookings.data.upcoming}
        basePath={basePath}
        upcoming
        onCancelled={onCancelled}
      />
      <BookingSection
        title={t('resident.myBookings.past')}
        empty={
          actingFor
            ? t('resident.myBookings.noPastForOther', { name: actingFor })
            : t('resident.myBookings.noPast')
        }
        bookings={bookings.data.past}
        basePath={basePath}
        upcoming={false}
        onCancelled={onCancelled}
      />
    </>
  );
}

interface BookingSectionProps {
  title: string;
  empty: string;
  bookings: Booking[];
  basePath: string;
  upcoming: boolean;
  onCancelled: () => void;
}

function BookingSection({ title, empty, bookings, basePath, upcoming, onCancelled }: BookingSectionProps) {
  return (
    <section className="booking-services" aria-label={title}>
      <h2>{title}</h2>
      {bookings.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="booking-card-list">
          {bookings.map((booking) => (
            <BookingCard
              key={booking.id}
              booking={booking}
              basePath={basePath}
              upcoming={upcoming}
              onCancelled={onCancelled}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
