import { isWithinCareGuarantee, type CareGuaranteeCase } from './care-guarantee';
import type { Figure, FigureDefinition } from './figure';

function share(part: number, n: number, definition: FigureDefinition): Figure {
  return { value: n === 0 ? undefined : part / n, n, definition };
}

/** Share (0–1) of visits within their care-guarantee limit; n = visits with a need assessment. */
export function shareWithinCareGuarantee(visits: readonly (CareGuaranteeCase & { visitAt: Date })[]): Figure {
  const inTime = visits.filter((visit) => isWithinCareGuarantee(visit)).length;
  return share(inTime, visits.length, 'booking.careGuarantee.shareOfVisitsWithinLimit');
}

/** A booking's state; 'arrived' means checked in, not yet marked attended. */
export type BookingStatus = 'booked' | 'arrived' | 'attended' | 'noShow' | 'cancelled';

/**
 * No-shows / (attended + no-shows), 0–1. Cancelled, upcoming and checked-in-but-unmarked bookings have no
 * outcome yet and are left out; n = attended + no-shows.
 */
export function noShowRate(bookings: readonly { status: BookingStatus }[]): Figure {
  const noShows = bookings.filter((booking) => booking.status === 'noShow').length;
  const attended = bookings.filter((booking) => booking.status === 'attended').length;
  return share(noShows, noShows + attended, 'booking.noShow.noShowsPerAttendedAndNoShows');
}

/** Who made a booking: the resident (also for their child, online) or staff on their behalf. */
export type BookedBy = 'resident' | 'staff';

/**
 * Share (0–1) of bookings the residents made themselves; n = all bookings made, cancelled ones included,
 * as the figure measures the booking channel, not the visit.
 */
export function selfServiceShare(bookings: readonly { bookedBy: BookedBy }[]): Figure {
  const bySelf = bookings.filter((booking) => booking.bookedBy === 'resident').length;
  return share(bySelf, bookings.length, 'booking.selfService.shareOfBookingsMadeByResidents');
}
