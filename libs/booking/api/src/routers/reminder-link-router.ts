import { reminderLinkBookingSchema, reminderLinkInputSchema } from '@asiointi/booking-contract';
import { findBookingDetails, type BookingDetails } from '@asiointi/booking-data';
import { systemAuditActor, type AuditContext } from '@asiointi/platform-audit';
import { bookingAuditSpecs, bookingAuditTrail } from '../audit-trail';
import {
  bookingNotChangeable,
  cutOffPassed,
  reminderLinkExpired,
  reminderLinkInvalid,
} from '../bookings/booking-errors';
import { residentMayChange, toReminderLinkBooking } from '../bookings/booking-to-contract';
import { cancelBookingNow } from '../bookings/change-booking';
import { openReminderLink } from '../bookings/reminder-link-token';
import { createRouter, publicProcedure, type BookingContext } from '../trpc';

const { reminderLinkRead, reminderLinkCancel } = bookingAuditSpecs;

/**
 * The link's holder is not identified: whoever has the SMS or e-mail can use it. The audit log says so
 * honestly: no actor subject (kind 'system': the service acting on a sealed link it issued), purpose
 * 'reminder-link', and the booking's person as the subject, so the resident sees it in their own trail.
 */
const linkHolderAudit = (requestId: string): AuditContext => ({ requestId, actor: systemAuditActor });

async function bookingOfLink(ctx: BookingContext, token: string): Promise<BookingDetails> {
  const opened = openReminderLink(ctx.linkTokens, token, ctx.now());
  if (!opened.ok) throw opened.reason === 'expired' ? reminderLinkExpired() : reminderLinkInvalid();
  const details = await findBookingDetails(ctx.db, opened.bookingId);
  // A link to a time that has since moved (or a booking that is gone) opens nothing.
  if (!details || details.booking.startsAt.getTime() !== opened.startsAt) throw reminderLinkInvalid();
  return details;
}

/** A reminder's cancel link, without signing in: the time and the unit, and cancelling until the cut-off. */
export const reminderLinkRouter = createRouter({
  view: publicProcedure
    .meta({ audit: reminderLinkRead })
    .input(reminderLinkInputSchema)
    .output(reminderLinkBookingSchema)
    .query(async ({ ctx, input }) => {
      const details = await bookingOfLink(ctx, input.token);
      await bookingAuditTrail.record(ctx.db, linkHolderAudit(ctx.requestId), {
        ...reminderLinkRead,
        resourceId: details.booking.id,
        subjectPerson: details.booking.personSubject,
      });
      return toReminderLinkBooking(details, ctx.now());
    }),

  cancel: publicProcedure
    .meta({ audit: reminderLinkCancel })
    .input(reminderLinkInputSchema)
    .output(reminderLinkBookingSchema)
    .mutation(async ({ ctx, input }) => {
      const details = await bookingOfLink(ctx, input.token);
      if (!residentMayChange(details, ctx.now())) {
        throw details.booking.status === 'booked' ? cutOffPassed() : bookingNotChangeable();
      }
      const cancelled = await cancelBookingNow(
        ctx,
        linkHolderAudit(ctx.requestId),
        reminderLinkCancel,
        details,
        {
          by: 'resident',
          reason: null,
        },
      );
      return toReminderLinkBooking(cancelled, ctx.now());
    }),
});
