import {
  bookingIdInputSchema,
  bookingSchema,
  bookTimeInputSchema,
  calendarFileSchema,
  myBookingsSchema,
  rescheduleBookingInputSchema,
} from '@asiointi/booking-contract';
import { isVisitOver } from '@asiointi/booking-domain';
import { listBookingsOfPerson, type BookingDetails } from '@asiointi/booking-data';
import { ApiError } from '@asiointi/platform-service';
import { bookingAuditSpecs, bookingAuditTrail } from '../audit-trail';
import { bookTime } from '../bookings/book-time';
import { bookingCalendarFile } from '../bookings/booking-calendar-file';
import { bookingNotChangeable, cutOffPassed } from '../bookings/booking-errors';
import { residentMayChange, toBooking } from '../bookings/booking-to-contract';
import { cancelBookingNow, rescheduleBookingNow } from '../bookings/change-booking';
import { accessAs } from '../access-as';
import { childrenInOwnList } from '../bookings/guardian-children';
import { readResidentBooking, requireResidentBooking } from '../bookings/resident-booking';
import { createRouter, residentProcedure } from '../trpc';

const { bookingCreate, bookingRead, bookingUpdate } = bookingAuditSpecs;

/** Only a booked time before its cut-off may be changed online; later, the resident calls the unit. */
function refuseChangeAfterCutOff(status: string, mayChange: boolean): void {
  if (mayChange) return;
  if (status !== 'booked') throw bookingNotChangeable();
  throw cutOffPassed();
}

/** A resident's bookings: their own, or their child's when acting for them (X-Acting-For). */
export const bookingsRouter = createRouter({
  /** Books a free time for the subject person; a retry with the same idempotency key returns the first. */
  book: residentProcedure
    .meta({ audit: bookingCreate })
    .input(bookTimeInputSchema)
    .output(bookingSchema)
    .mutation(async ({ ctx, input }) => {
      const name = ctx.subjectPerson.name;
      // The access check names every person it lets through; without a name the day list could not show who comes.
      if (!name) throw new ApiError('INTERNAL_SERVER_ERROR', 'INTERNAL');
      const details = await bookTime(ctx, ctx.auditContext, {
        serviceTypeId: input.serviceTypeId,
        resourceId: input.resourceId,
        start: new Date(input.start),
        channel: input.channel,
        reminderChannel: input.reminderChannel,
        message: input.message,
        bookingRightCode: input.bookingRightCode,
        idempotencyKey: input.idempotencyKey,
        person: { subject: ctx.subjectPerson.subject, name },
        bookedBy: 'resident',
        bookedBySubject: ctx.resident.subject,
        needAssessedAt: null,
      });
      return toBooking(details, ctx.now(), ctx.resident.subject);
    }),

  /**
   * Upcoming (not yet over, soonest first) and past (latest first) bookings of the subject person; acting
   * for themself, a guardian's list also holds the children's they may book for (each read in the child's
   * trail).
   */
  mine: residentProcedure
    .meta({ audit: bookingRead })
    .output(myBookingsSchema)
    .query(async ({ ctx }) => {
      const now = ctx.now();
      const people = [ctx.subjectPerson, ...(await childrenInOwnList(ctx))];
      const rows: BookingDetails[] = [];
      for (const person of people) {
        const access = person === ctx.subjectPerson ? ctx : accessAs(ctx, person);
        rows.push(
          ...(await bookingAuditTrail.read(
            ctx.db,
            access.auditContext,
            { ...bookingRead, subjectPerson: person.subject },
            (tx) => listBookingsOfPerson(tx, person.subject),
          )),
        );
      }
      const startOf = (details: BookingDetails) => details.booking.startsAt.getTime();
      // A visit marked attended or no-show is past even while its time runs.
      const isOver = ({ booking }: BookingDetails) =>
        isVisitOver({ status: booking.status, end: booking.endsAt, now });
      const toContract = (details: BookingDetails) => toBooking(details, now, ctx.resident.subject);
      return {
        upcoming: rows
          .filter((details) => !isOver(details))
          .sort((a, b) => startOf(a) - startOf(b))
          .map(toContract),
        past: rows
          .filter(isOver)
          .sort((a, b) => startOf(b) - startOf(a))
          .map(toContract),
      };
    }),

  get: residentProcedure
    .meta({ audit: bookingRead })
    .input(bookingIdInputSchema)
    .output(bookingSchema)
    .query(async ({ ctx, input }) => {
      const { details } = await readResidentBooking(ctx, input.bookingId, bookingRead);
      return toBooking(details, ctx.now(), ctx.resident.subject);
    }),

  /** Until the cut-off; the time is free again at once and an invitation's use is given back. */
  cancel: residentProcedure
    .meta({ audit: bookingUpdate })
    .input(bookingIdInputSchema)
    .output(bookingSchema)
    .mutation(async ({ ctx, input }) => {
      const { details, access } = await requireResidentBooking(ctx, input.bookingId, bookingUpdate);
      refuseChangeAfterCutOff(details.booking.status, residentMayChange(details, ctx.now()));
      const cancelled = await cancelBookingNow(ctx, access.auditContext, bookingUpdate, details, {
        by: 'resident',
        reason: null,
      });
      return toBooking(cancelled, ctx.now(), ctx.resident.subject);
    }),

  /** Moves the booking to another free time of the same service, until the cut-off of the current one. */
  reschedule: residentProcedure
    .meta({ audit: bookingUpdate })
    .input(rescheduleBookingInputSchema)
    .output(bookingSchema)
    .mutation(async ({ ctx, input }) => {
      const { details, access } = await requireResidentBooking(ctx, input.bookingId, bookingUpdate);
      refuseChangeAfterCutOff(details.booking.status, residentMayChange(details, ctx.now()));
      const moved = await rescheduleBookingNow(ctx, access.auditContext, bookingUpdate, details, {
        resourceId: input.resourceId,
        start: new Date(input.start),
      });
      return toBooking(moved, ctx.now(), ctx.resident.subject);
    }),

  /** The booking as an .ics file in the caller's language. */
  calendarFile: residentProcedure
    .meta({ audit: bookingRead })
    .input(bookingIdInputSchema)
    .output(calendarFileSchema)
    .query(async ({ ctx, input }) => {
      const { details } = await readResidentBooking(ctx, input.bookingId, bookingRead);
      return bookingCalendarFile(details, ctx.language, ctx.portalUrl, ctx.resident.subject);
    }),
});
