// A resident reaches a booking only when it is the subject person's (their own, or their child's when
// acting for them). Any other id answers BOOKING_NOT_FOUND, exactly as an id that does not exist, and the
// refusal is written to the audit log (in the booking's person's trail when there is one).
import { findBookingDetails, type BookingDetails } from '@asiointi/booking-data';
import type { AuditContext } from '@asiointi/platform-audit';
import type { SubjectPerson } from '@asiointi/platform-service';
import { bookingAuditTrail, type BookingAuditSpec } from '../audit-trail';
import type { BookingContext } from '../trpc';
import { bookingNotFound } from './booking-errors';

type AuditSpec = BookingAuditSpec & { action: 'read' | 'update' };

export async function requireResidentBooking(
  ctx: BookingContext & { subjectPerson: SubjectPerson; auditContext: AuditContext },
  bookingId: string,
  spec: AuditSpec,
): Promise<BookingDetails> {
  const details = await findBookingDetails(ctx.db, bookingId);
  if (details && details.booking.personSubject === ctx.subjectPerson.subject) return details;
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

/** The subject person's booking for reading: reached as above, and the read written to their trail. */
export async function readResidentBooking(
  ctx: BookingContext & { subjectPerson: SubjectPerson; auditContext: AuditContext },
  bookingId: string,
  spec: AuditSpec & { action: 'read' },
): Promise<BookingDetails> {
  const details = await requireResidentBooking(ctx, bookingId, spec);
  await bookingAuditTrail.record(ctx.db, ctx.auditContext, {
    ...spec,
    resourceId: details.booking.id,
    subjectPerson: details.booking.personSubject,
  });
  return details;
}
