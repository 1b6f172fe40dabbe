import { useTranslation } from 'react-i18next';
import type { Booking } from '@asiointi/booking-contract';
import { useDateFormat, useLanguage } from '@asiointi/platform-i18n';
import { Link } from '@asiointi/platform-ui';
import { BookingFacts } from '../book/BookingFacts';
import { personName } from '../book/person-name';
import { CalendarFileButton } from '../book/CalendarFileButton';
import { residentHrefs } from '../book/resident-paths';
import { useTimeRange } from '../book/use-time-range';
import { CancelBookingDialog } from './CancelBookingDialog';
import { unitAddress } from '../services/unit-address';

export interface BookingCardProps {
  booking: Booking;
  basePath: string;
  /** Upcoming bookings can be changed (until the cut-off) and downloaded; past ones are shown only. */
  upcoming: boolean;
  onCancelled: () => void;
}

/** One booking: what, when, where, its state, and what the resident can still do with it. */
export function BookingCard({ booking, basePath, upcoming, onCancelled }: BookingCardProps) {
  const { t } = useTranslation('booking');
  const { language } = useLanguage();
  const format = useDateFormat();
  const timeRange = useTimeRange();
  const active = booking.status === 'booked';
  const unitName = booking.unit.name[language];
  return (
    <li className="booking-card">
      <h3>{booking.service.name[language]}</h3>
      <BookingFacts
        facts={[
          [
            t('resident.summary.forWhom'),
            booking.person.isYou ? t('resident.summary.self') : personName(booking.person),
          ],
          [t('resident.summary.when'), timeRange(booking.start, booking.end)],
          [t('resident.summary.where'), `${unitName}, ${unitAddress(booking.unit, language)}`],
          [t('resident.summary.who'), booking.resourceName[language]],
          [t('resident.summary.channel'), t(`channels.${booking.channel}`)],
          [t('resident.summary.status'), t(`resident.myBookings.status.${booking.status}`)],
          [t('resident.summary.reference'), booking.reference],
        ]}
      />
      {booking.status === 'cancelled' && booking.cancelledBy === 'staff' && booking.cancellationReason ? (
        <p>{t('resident.myBookings.cancelledByUnit', { reason: booking.cancellationReason })}</p>
      ) : null}
      {upcoming && active && booking.canChange ? (
        <>
          <p>
            {t('resident.myBookings.changeableUntil', { time: format.dateTime(booking.changeableUntil) })}
          </p>
          <div className="booking-card__actions">
            <Link href={residentHrefs.reschedule(basePath, booking.id)}>
              {t('resident.myBookings.reschedule')}
            </Link>
            <CancelBookingDialog booking={booking} onCancelled={onCancelled} />
          </div>
        </>
      ) : null}
      {upcoming && active && !booking.canChange ? (
        <p>
          {booking.unit.phone
            ? t('resident.myBookings.cutOffPassed', { unit: unitName, phone: booking.unit.phone })
            : t('resident.myBookings.cutOffPassedNoPhone', { unit: unitName })}
        </p>
      ) : null}
      {upcoming && active ? <CalendarFileButton bookingId={booking.id} /> : null}
    </li>
  );
}
