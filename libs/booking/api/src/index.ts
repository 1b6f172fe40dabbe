export { bookingRouter, type BookingRouter } from './booking-router';
export {
  bookingContextFactory,
  createCallerFactory,
  BOOKING_ACTING_SCOPE,
  REMINDER_LINK_PURPOSE,
  type BookingContext,
  type BookingContextOptions,
} from './trpc';
export { bookingCancelledByUnitTemplate, bookingReminderTemplate } from './bookings/booking-notifications';
export { reminderAddressesOf } from './bookings/reminder-addresses';
export { bookingAuditSpecs, bookingAuditTrail, type BookingAuditSpec } from './audit-trail';
export { bookingAuditVocabulary } from './audit-vocabulary';
export { findFreeTimes, type FoundFreeTime, type FreeTimeSearch } from './free-times/find-free-times';
export {
  defaultUnitSyncIntervalMs,
  startUnitDirectorySync,
  syncUnitsFromDirectory,
  type UnitDirectorySync,
  type UnitDirectorySyncOptions,
  type UnitSyncRun,
} from './units/unit-directory-sync';
