// Which staff roles reach the booking catalogue's staff procedures (staffProcedure checks them as StaffRole).

/** Staff who work with the unit's bookings see its resources, services and schedules. */
export const catalogueReaders = ['booking-admin', 'nurse', 'manager'] as const;

/** Only booking administrators change the catalogue and schedules and print invitation codes. */
export const catalogueMaintainer = 'booking-admin';

/** Professionals who assess a resident's need and may then grant a booking right. */
export const needAssessors = ['nurse'] as const;

/** Who sees a unit's figures: its managers and booking administrators. */
export const figureReaders = ['manager', 'booking-admin'] as const;
