// Which staff roles reach which part of booking's staff side. The service enforces these lists on every
// call; the remote reads the same lists only to offer the sections a person can use. Role names are the
// identity provider's (platform-auth's STAFF_ROLES); a role is always held in a unit.

export const bookingStaffAccess = {
  /** Work with the unit's bookings: day list, booking on a resident's behalf, marking and cancelling visits. */
  dayList: ['booking-admin', 'nurse', 'work-ability-professional'],
  /** See the unit's resources, services and schedules. */
  catalogueReaders: ['booking-admin', 'nurse', 'manager'],
  /** Change the catalogue and schedules, and print invitation codes. */
  catalogueMaintainers: ['booking-admin'],
  /** Assess a resident's need and then grant a booking right. */
  needAssessors: ['nurse'],
  /** See the unit's figures (T3, care guarantee, no-shows, self-service share). */
  figureReaders: ['manager', 'booking-admin'],
} as const;

export type BookingStaffRole = (typeof bookingStaffAccess)[keyof typeof bookingStaffAccess][number];

/** Every role that reaches some part of booking's staff side. */
export const bookingStaffRoles: readonly BookingStaffRole[] = [
  ...new Set(Object.values(bookingStaffAccess).flat()),
];
