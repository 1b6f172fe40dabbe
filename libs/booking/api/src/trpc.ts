import type { BookingDb } from '@asiointi/booking-data';
import { initServiceTrpc, type ServiceContext } from '@asiointi/platform-service';

/** What booking procedures get: the service context plus the booking database. */
export interface BookingContext extends ServiceContext {
  db: BookingDb;
}

export const { createRouter, publicProcedure, createCallerFactory } = initServiceTrpc<BookingContext>();

/** The createContext a booking service passes to createService. */
export function bookingContextFactory(db: BookingDb) {
  return (base: ServiceContext): BookingContext => ({ ...base, db });
}
