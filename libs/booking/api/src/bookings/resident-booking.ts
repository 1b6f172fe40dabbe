// A resident reaches a booking only when it is the subject person's (their own, or their child's when
// acting for them), or, acting for themself, a child's they may act for in booking now (their own list shows
// those). Any other id answers BOOKING_NOT_FOUND, exactly as an id that does not exist, and the refusal is
// written to the audit log (in the booking's person's trail when there is one).
import { findBookingDetails, type BookingDetails } from '@asiointi/booking-data';
import type { ResidentAccess } from '@asiointi/platform-service';
import { bookingAuditTrail, type BookingAuditSpec } from '../audit-trail';
import type { BookingContext } from '../trpc';
import { bookingNotFound } from './booking-errors';
import { accessAs } from '../access-as';
import { childrenInOwnList } from './guardian-children';

type AuditSpec = BookingAuditSpec & { action: 'read' | 'update' };
type ResidentCallContext = BookingContext & ResidentAccess;

/** The booking and the access it was reached with: what its audit rows say about who acted for whom. */
export interface ReachedBooking {
  details: BookingDetails;
  access: ResidentAccess;
}

async function accessTo(
  ctx: ResidentCallContext,
  details: BookingDetails,
): Promise<ResidentAccess | undefined> {
  const { personSubject } = details.booking;
  if (personSubject === ctx.subjectPerson.subject) return ctx;
  const child = (await childrenInOwnList(ctx)).find((person) => person.subject === personSubject);
  return child && accessAs(ctx, child);
}

export async function requireResidentBooking(
  ctx: ResidentCallContext,
  bookingId: string,
  spec: AuditSpec,
): Promise<ReachedBooking> {
  const details = await findBookingDetails(ctx.db, bookingId);
  const access = details && (await accessTo(ctx, details));
  if (details && access) return { details, access };
  try {
    await bookingAuditTrail.denied(ctx.db, ctx.auditContext, {
      ...spec,
      resourceId: bookingId,
      subjectPerson: details?.booking.personSubject ?? null,
    });
  } catch (error) {
    // Refused all the same (the safe outcome); operations see that the row is missing.
    ctx.log.error({ err: error }, 'a refusal could not be written to the audit log');
  }
  throw bookingNotFound();
}

/** The booking for reading: reached as above, and the read written to its person's trail. */
export async function readResidentBooking(
  ctx: ResidentCallContext,
  bookingId: string,
  spec: AuditSpec & { action: 'read' },
): Promise<ReachedBooking> {
  const reached = await requireResidentBooking(ctx, bookingId, spec);
  await bookingAuditTrail.record(ctx.db, reached.access.auditContext, {
    ...spec,
    resourceId: reached.details.booking.id,
    subjectPerson: reached.details.booking.personSubject,
  });
  return reached;
}
