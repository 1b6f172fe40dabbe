// Which staff roles reach the booking service's staff procedures (staffProcedure checks them as StaffRole).
// The lists live in the contract, so the remote offers exactly the sections these let through.
import { bookingStaffAccess } from '@asiointi/booking-contract';

/** Staff who work with the unit's bookings: day list, booking on behalf, marking, cancelling. */
export const dayListStaff = bookingStaffAccess.dayList;

/** Staff who work with the unit's bookings see its resources, services and schedules. */
export const catalogueReaders = bookingStaffAccess.catalogueReaders;

/** Only booking administrators change the catalogue and schedules and print invitation codes. */
export const catalogueMaintainer = bookingStaffAccess.catalogueMaintainers;

/** Professionals who assess a resident's need and may then grant a booking right. */
export const needAssessors = bookingStaffAccess.needAssessors;

/** Who sees a unit's figures: its managers and booking administrators. */
export const figureReaders = bookingStaffAccess.figureReaders;
