// Cancelling and moving a booking, each in one transaction with its audit row and its reminder. A cancelled
// time is free again at once: the exclusion constraint ignores cancelled bookings.
import { retryOnConflict } from '@asiointi/platform-db';
import {
  cancelBooking,
  findBookingDetails,
  isDoubleBooking,
  moveBooking,
  returnBookingRightUse,
  type BookingDetails,
} from '@asiointi/booking-data';
import type { AuditContext, AuditEntry } from '@asiointi/platform-audit';
import { bookingAuditTrail } from '../audit-trail';
import type { BookingContext } from '../trpc';
import { bookingNotChangeable, timeTaken } from './booking-errors';
import { cancelReminder, notifyCancelledByUnit, replaceReminder } from './booking-notifications';
import { requireFreeTime } from './requested-time';

export interface Cancellation {
  by: 'resident' | 'staff';
  /** The unit's reason, told to the resident; null when the resident (or a link's holder) cancels. */
  reason: string | null;
}

export async function cancelBookingNow(
  ctx: BookingContext,
  auditContext: AuditContext,
  entry: Omit<AuditEntry, 'resourceId' | 'subjectPerson'>,
  details: BookingDetails,
  cancellation: Cancellation,
): Promise<BookingDetails> {
  const now = ctx.now();
  const { booking } = details;
  const audited = { ...entry, resourceId: booking.id, subjectPerson: booking.personSubject };
  return bookingAuditTrail.change(ctx.db, auditContext, audited, async (tx) => {
    const cancelled = await cancelBooking(tx, booking.id, { ...cancellation, now });
    // Cancelled or visited meanwhile: throwing takes the audit row back too.
    if (!cancelled) throw bookingNotChangeable();
    await cancelReminder(tx, booking.id, 'booking-cancelled');
    if (cancelled.bookingRightId) await returnBookingRightUse(tx, cancelled.bookingRightId);
    const after = { ...details, booking: cancelled };
    if (cancellation.by === 'staff' && cancellation.reason !== null) {
      await notifyCancelledByUnit(tx, after, cancellation.reason, now);
    }
    return after;
  });
}

/**
 * Moves the booking in place to another free time of the same service (and unit); the reminder follows.
 * Run again after a deadlock between two overlapping moves or inserts, as bookTime is.
 */
export function rescheduleBookingNow(
  ctx: BookingContext,
  auditContext: AuditContext,
  entry: Omit<AuditEntry, 'resourceId' | 'subjectPerson'>,
  details: BookingDetails,
  to: { resourceId: string; start: Date },
): Promise<BookingDetails> {
  return retryOnConflict(() => rescheduleOnce(ctx, auditContext, entry, details, to));
}

async function rescheduleOnce(
  ctx: BookingContext,
  auditContext: AuditContext,
  entry: Omit<AuditEntry, 'resourceId' | 'subjectPerson'>,
  details: BookingDetails,
  to: { resourceId: string; start: Date },
): Promise<BookingDetails> {
  const now = ctx.now();
  const { booking, serviceType } = details;
  const freeTime = await requireFreeTime(ctx.db, {
    serviceType,
    resourceId: to.resourceId,
    start: to.start,
    now,
  });
  const audited = { ...entry, resourceId: booking.id, subjectPerson: booking.personSubject };
  try {
    return await bookingAuditTrail.change(ctx.db, auditContext, audited, async (tx) => {
      const moved = await moveBooking(
        tx,
        booking.id,
        {
          resourceId: freeTime.resourceId,
          startsAt: freeTime.start,
          endsAt: freeTime.end,
          occupiedFrom: freeTime.occupied.start,
          occupiedUntil: freeTime.occupied.end,
        },
        now,
      );
      if (!moved) throw bookingNotChangeable();
      // Read back whole: the resource may have changed.
      const after = await findBookingDetails(tx, booking.id);
      if (!after) throw bookingNotChangeable();
      await replaceReminder(tx, after, { ...ctx, now });
      return after;
    });
  } catch (error) {
    if (isDoubleBooking(error)) throw timeTaken(error);
    throw error;
  }
}
