import type { BookingDb } from '@asiointi/booking-data';
import { initServiceTrpc, type ServiceContext } from '@asiointi/platform-service';
import { bookingAuditTrail } from './audit-trail';

/** What booking procedures get: the service context plus the booking database. */
export interface BookingContext extends ServiceContext {
  db: BookingDb;
}

/** Booking lets residents act for others only where the relations service allows the scope 'booking'. */
export const BOOKING_ACTING_SCOPE = 'booking';

const t = initServiceTrpc<BookingContext>({
  recordDenied: (ctx, auditContext, entry) => bookingAuditTrail.denied(ctx.db, auditContext, entry),
});

export const { createRouter, publicProcedure, staffProcedure, createCallerFactory } = t;

/** A signed-in resident, for themself or for the person in X-Acting-For (scope 'booking'). */
export const residentProcedure = t.residentProcedure(BOOKING_ACTING_SCOPE);

/** The createContext a booking service passes to createService. */
export function bookingContextFactory(db: BookingDb) {
  return (base: ServiceContext): BookingContext => ({ ...base, db });
}
