import {
  bookingSchema,
  bookOnBehalfInputSchema,
  dayListEntrySchema,
  dayListInputSchema,
  markBookingInputSchema,
  staffCancelBookingInputSchema,
  undoVisitMarkInputSchema,
} from '@asiointi/booking-contract';
import { canUndoVisitMark, statusesMarkableAs, visitMarkProblem } from '@asiointi/booking-domain';
import {
  findBookingDetails,
  findServiceType,
  listBookingsOfUnitBetween,
  markBookingStatus,
  undoVisitMarkStatus,
  type BookingDetails,
} from '@asiointi/booking-data';
import { addCalendarDays, startOfHelsinkiDay, type PlainDate } from '@asiointi/platform-time';
import { ApiError, type StaffAccess } from '@asiointi/platform-service';
import { z } from 'zod';
import { bookingAuditSpecs, bookingAuditTrail } from '../audit-trail';
import { bookTime } from '../bookings/book-time';
import {
  bookingNotChangeable,
  bookingNotFound,
  markNotUndoable,
  personNotFound,
  serviceTypeNotFound,
  visitNotStarted,
} from '../bookings/booking-errors';
import { toBooking, toDayListEntry } from '../bookings/booking-to-contract';
import { cancelBookingNow } from '../bookings/change-booking';
import { enqueueVisitCompleted, enqueueVisitCompletionWithdrawn } from '../bookings/visit-completed';
import { createRouter, staffProcedure, type BookingContext } from '../trpc';
import { dayListStaff } from './staff-roles';

const { staffBookingRead, staffBookingCreate, staffBookingUpdate } = bookingAuditSpecs;

// Who works with a unit's bookings (dayListStaff): the booking administrators at the desk and the
// professionals who see the clients (nurses, the work-ability team). Managers and feedback analysts see
// figures, never names.

/** The booking, once the caller is known to hold a role in its unit (a refusal goes to the person's trail). */
async function requireUnitBooking(ctx: BookingContext & StaffAccess, bookingId: string) {
  const details = await findBookingDetails(ctx.db, bookingId);
  if (!details) throw bookingNotFound();
  const access = await ctx.requireUnit(details.booking.unitId, {
    subjectPerson: details.booking.personSubject,
  });
  return { details, auditContext: access.auditContext };
}

/** The audit entry of a change staff make to one booking, in its person's trail. */
function staffUpdateOf(details: BookingDetails) {
  return {
    ...staffBookingUpdate,
    resourceId: details.booking.id,
    subjectPerson: details.booking.personSubject,
  };
}

export const staffBookingsRouter = createRouter({
  /** A unit's bookings on one Helsinki day (optionally one resource's), cancelled ones included. */
  dayList: staffProcedure(dayListStaff)
    .meta({ audit: staffBookingRead })
    .input(dayListInputSchema)
    .output(z.array(dayListEntrySchema))
    .query(async ({ ctx, input }) => {
      const { auditContext } = await ctx.requireUnit(input.unitId);
      const day = input.date as PlainDate;
      return ctx.db.transaction(async (tx) => {
        const rows = await listBookingsOfUnitBetween(tx, {
          unitId: input.unitId,
          from: startOfHelsinkiDay(day),
          until: startOfHelsinkiDay(addCalendarDays(day, 1)),
          resourceId: input.resourceId,
        });
        // One read row per person listed, in that person's own trail.
        const people = new Set(rows.map(({ booking }) => booking.personSubject));
        for (const subjectPerson of people) {
          await bookingAuditTrail.record(tx, auditContext, { ...staffBookingRead, subjectPerson });
        }
        return rows.map(toDayListEntry);
      });
    }),

  /** Books for a resident found by identity code (the code is sent to the directory only, never stored). */
  bookOnBehalf: staffProcedure(dayListStaff)
    .meta({ audit: staffBookingCreate })
    .input(bookOnBehalfInputSchema)
    .output(bookingSchema)
    .mutation(async ({ ctx, input }) => {
      const serviceType = await findServiceType(ctx.db, input.serviceTypeId);
      if (!serviceType) throw serviceTypeNotFound();
      const { auditContext } = await ctx.requireUnit(serviceType.unitId);
      if (!ctx.accessToken) throw new ApiError('UNAUTHORIZED', 'UNAUTHENTICATED');
      const person = await ctx.personDirectory.lookupByIdentityCode(input.identityCode, ctx.accessToken);
      if (!person) throw personNotFound();
      const details = await bookTime(ctx, auditContext, {
        serviceTypeId: input.serviceTypeId,
        resourceId: input.resourceId,
        start: new Date(input.start),
        channel: input.channel,
        reminderChannel: input.reminderChannel,
        message: input.message,
        bookingRightCode: undefined,
        idempotencyKey: input.idempotencyKey,
        person: { subject: person.subject, name: person.name },
        bookedBy: 'staff',
        bookedBySubject: ctx.staff.subject,
        needAssessedAt: input.needAssessedAt === null ? null : new Date(input.needAssessedAt),
      });
      return toBooking(details, ctx.now(), ctx.staff.subject);
    }),

  /**
   * Arrived (from the appointment's Helsinki day), attended (publishes booking.visit.completed) or did not
   * come (both from its start): never before, so no resident reads "attended" for a visit still ahead.
   */
  mark: staffProcedure(dayListStaff)
    .meta({ audit: staffBookingUpdate })
    .input(markBookingInputSchema)
    .output(dayListEntrySchema)
    .mutation(async ({ ctx, input }) => {
      const { details, auditContext } = await requireUnitBooking(ctx, input.bookingId);
      const now = ctx.now();
      const problem = visitMarkProblem(input.status, {
        status: details.booking.status,
        start: details.booking.startsAt,
        now,
      });
      if (problem === 'NOT_MARKABLE') throw bookingNotChangeable();
      if (problem === 'TOO_EARLY') throw visitNotStarted();
      const entry = staffUpdateOf(details);
      const marked = await bookingAuditTrail.change(ctx.db, auditContext, entry, async (tx) => {
        const row = await markBookingStatus(
          tx,
          details.booking.id,
          input.status,
          statusesMarkableAs(input.status),
          now,
        );
        if (!row) throw bookingNotChangeable();
        const after: BookingDetails = { ...details, booking: row };
        if (input.status === 'attended') await enqueueVisitCompleted(tx, after, now);
        return after;
      });
      return toDayListEntry(marked);
    }),

  /**
   * Takes back a mark made by mistake, on the Helsinki day it was made, audited as the mark was. An
   * attended visit's booking.visit.completed is followed by booking.visit.completion-withdrawn.
   */
  undoMark: staffProcedure(dayListStaff)
    .meta({ audit: staffBookingUpdate })
    .input(undoVisitMarkInputSchema)
    .output(dayListEntrySchema)
    .mutation(async ({ ctx, input }) => {
      const { details, auditContext } = await requireUnitBooking(ctx, input.bookingId);
      const now = ctx.now();
      const { status, statusChangedAt } = details.booking;
      if (!statusChangedAt || !canUndoVisitMark({ status, statusChangedAt, now })) throw markNotUndoable();
      const entry = staffUpdateOf(details);
      const undone = await bookingAuditTrail.change(ctx.db, auditContext, entry, async (tx) => {
        const row = await undoVisitMarkStatus(tx, details.booking.id, { status, at: statusChangedAt }, now);
        if (!row) throw markNotUndoable();
        if (status === 'attended') await enqueueVisitCompletionWithdrawn(tx, details, now);
        return { ...details, booking: row };
      });
      return toDayListEntry(undone);
    }),

  /** The unit cancels; the resident is told the reason at once and the reminder is called off. */
  cancel: staffProcedure(dayListStaff)
    .meta({ audit: staffBookingUpdate })
    .input(staffCancelBookingInputSchema)
    .output(dayListEntrySchema)
    .mutation(async ({ ctx, input }) => {
      const { details, auditContext } = await requireUnitBooking(ctx, input.bookingId);
      const cancelled = await cancelBookingNow(ctx, auditContext, staffBookingUpdate, details, {
        by: 'staff',
        reason: input.reason,
      });
      return toDayListEntry(cancelled);
    }),
});
