export { bookingRouter, type BookingRouter } from './booking-router';
export { bookingContextFactory, createCallerFactory, type BookingContext } from './trpc';
