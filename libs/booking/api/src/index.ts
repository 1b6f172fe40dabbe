export { bookingRouter, type BookingRouter } from './booking-router';
export {
  bookingContextFactory,
  createCallerFactory,
  BOOKING_ACTING_SCOPE,
  type BookingContext,
} from './trpc';
export { bookingAuditSpecs, bookingAuditTrail } from './audit-trail';
