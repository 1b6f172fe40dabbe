import { isWithinCareGuarantee, type CareGuaranteeCase } from './care-guarantee';
import type { ShareCounts } from './figure-counts';

/** Visits within their care-guarantee limit out of the visits with a need assessment. */
export function shareWithinCareGuarantee(
  visits: readonly (CareGuaranteeCase & { visitAt: Date })[],
): ShareCounts {
  const inTime = visits.filter((visit) => isWithinCareGuarantee(visit)).length;
  return { numerator: inTime, denominator: visits.length };
}

/** A booking's state; 'arrived' means checked in, not yet marked attended. */
export type BookingStatus = 'booked' | 'arrived' | 'attended' | 'noShow' | 'cancelled';

/**
 * No-shows out of attended + no-shows. Cancelled, upcoming and checked-in-but-unmarked bookings have no
 * outcome yet and are left out.
 */
export function noShowRate(bookings: readonly { status: BookingStatus }[]): ShareCounts {
  const noShows = bookings.filter((booking) => booking.status === 'noShow').length;
  const attended = bookings.filter((booking) => booking.status === 'attended').length;
  return { numerator: noShows, denominator: noShows + attended };
}

/** Who made a booking: the resident (also for their child, online) or staff on their behalf. */
export type BookedBy = 'resident' | 'staff';

/**
 * Bookings the residents made themselves out of all bookings, cancelled ones included, as the figure
 * measures the booking channel, not the visit.
 */
export function selfServiceShare(bookings: readonly { bookedBy: BookedBy }[]): ShareCounts {
  const bySelf = bookings.filter((booking) => booking.bookedBy === 'resident').length;
  return { numerator: bySelf, denominator: bookings.length };
}
