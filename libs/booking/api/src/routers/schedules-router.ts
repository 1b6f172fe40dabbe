import { randomUUID } from 'node:crypto';
import {
  addScheduleExceptionInputSchema,
  blockedTimeSchema,
  blockTimeInputSchema,
  BookingErrorCode,
  createScheduleTemplateInputSchema,
  removeScheduleEntryInputSchema,
  resourceScheduleInputSchema,
  resourceScheduleSchema,
  scheduleExceptionSchema,
  scheduleTemplateSchema,
} from '@asiointi/booking-contract';
import {
  findResource,
  findScheduleEntryOwner,
  insertBlockedTime,
  insertScheduleException,
  insertScheduleTemplate,
  isScheduleOverlap,
  loadResourceSchedule,
  removeScheduleEntry,
  type BookingDb,
} from '@asiointi/booking-data';
import { helsinkiDateOf } from '@asiointi/platform-time';
import type { AuditContext, TransactionOf } from '@asiointi/platform-audit';
import { ApiError, type StaffAccess } from '@asiointi/platform-service';
import { z } from 'zod';
import { bookingAuditSpecs, bookingAuditTrail } from '../audit-trail';
import { toBlockedTime, toScheduleException, toScheduleTemplate } from '../staff-catalogue-to-contract';
import { type BookingContext, createRouter, staffProcedure } from '../trpc';
import { catalogueMaintainer, catalogueReaders } from './staff-roles';

const { scheduleCreate, scheduleDelete } = bookingAuditSpecs;
const resourceNotFound = () => new ApiError('NOT_FOUND', BookingErrorCode.RESOURCE_NOT_FOUND);

/** The resource, after checking the caller holds the role in its unit (staff see only their units). */
async function authorisedResource(
  ctx: BookingContext & Pick<StaffAccess, 'requireUnit'>,
  resourceId: string,
) {
  const resource = await findResource(ctx.db, resourceId);
  if (!resource) throw resourceNotFound();
  const { auditContext } = await ctx.requireUnit(resource.unitId);
  return { resource, auditContext };
}

/** A schedule change with its audit row: the resource's data, a catalogue change without a person. */
function auditedScheduleChange<T>(
  ctx: BookingContext,
  auditContext: AuditContext,
  spec: typeof scheduleCreate | typeof scheduleDelete,
  resourceId: string,
  change: (tx: TransactionOf<BookingDb>) => Promise<T>,
): Promise<T> {
  return bookingAuditTrail.change(ctx.db, auditContext, { ...spec, resourceId, subjectPerson: null }, change);
}

export const schedulesRouter = createRouter({
  /** Templates, and the exceptions and blocked times that are not yet past. */
  get: staffProcedure(catalogueReaders)
    .input(resourceScheduleInputSchema)
    .output(resourceScheduleSchema)
    .query(async ({ ctx, input }) => {
      await authorisedResource(ctx, input.resourceId);
      const now = ctx.now();
      const rows = await loadResourceSchedule(ctx.db, {
        resourceId: input.resourceId,
        today: helsinkiDateOf(now),
        now,
      });
      return {
        templates: rows.templates.map(toScheduleTemplate),
        exceptions: rows.exceptions.map(toScheduleException),
        blockedTimes: rows.blockedTimes.map(toBlockedTime),
      };
    }),

  /** A weekly template; SCHEDULE_OVERLAPS when another of the resource's is valid on some of its days. */
  createTemplate: staffProcedure(catalogueMaintainer)
    .meta({ audit: scheduleCreate })
    .input(createScheduleTemplateInputSchema)
    .output(scheduleTemplateSchema)
    .mutation(async ({ ctx, input }) => {
      const { auditContext } = await authorisedResource(ctx, input.resourceId);
      try {
        const row = await auditedScheduleChange(ctx, auditContext, scheduleCreate, input.resourceId, (tx) =>
          insertScheduleTemplate(tx, { ...input, id: randomUUID() }),
        );
        return toScheduleTemplate(row);
      } catch (error) {
        // The exclusion constraint schedule_templates_no_overlap decides, also between concurrent requests.
        if (isScheduleOverlap(error)) throw new ApiError('CONFLICT', BookingErrorCode.SCHEDULE_OVERLAPS);
        throw error;
      }
    }),

  /** An absence or an extra opening on one Helsinki day. */
  addException: staffProcedure(catalogueMaintainer)
    .meta({ audit: scheduleCreate })
    .input(addScheduleExceptionInputSchema)
    .output(scheduleExceptionSchema)
    .mutation(async ({ ctx, input }) => {
      const { auditContext } = await authorisedResource(ctx, input.resourceId);
      const periods =
        input.kind === 'absence' ? (input.period ? [input.period] : null) : (input.periods ?? null);
      const row = await auditedScheduleChange(ctx, auditContext, scheduleCreate, input.resourceId, (tx) =>
        insertScheduleException(tx, {
          id: randomUUID(),
          resourceId: input.resourceId,
          date: input.date,
          kind: input.kind,
          periods,
        }),
      );
      return toScheduleException(row);
    }),

  /** Time the resource cannot be booked (existing bookings stay: the unit moves them itself). */
  blockTime: staffProcedure(catalogueMaintainer)
    .meta({ audit: scheduleCreate })
    .input(blockTimeInputSchema)
    .output(blockedTimeSchema)
    .mutation(async ({ ctx, input }) => {
      const { auditContext } = await authorisedResource(ctx, input.resourceId);
      const row = await auditedScheduleChange(ctx, auditContext, scheduleCreate, input.resourceId, (tx) =>
        insertBlockedTime(tx, {
          id: randomUUID(),
          resourceId: input.resourceId,
          startsAt: new Date(input.start),
          endsAt: new Date(input.end),
        }),
      );
      return toBlockedTime(row);
    }),

  /** Removes a template, an exception or a blocked time of a resource of the caller's unit. */
  remove: staffProcedure(catalogueMaintainer)
    .meta({ audit: scheduleDelete })
    .input(removeScheduleEntryInputSchema)
    .output(z.object({ removed: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const owner = await findScheduleEntryOwner(ctx.db, input);
      if (!owner) throw new ApiError('NOT_FOUND', BookingErrorCode.RESOURCE_NOT_FOUND);
      const { auditContext } = await ctx.requireUnit(owner.unitId);
      await auditedScheduleChange(ctx, auditContext, scheduleDelete, owner.resourceId, async (tx) => {
        const removed = await removeScheduleEntry(tx, { ...input, resourceId: owner.resourceId });
        if (!removed) throw new ApiError('NOT_FOUND', BookingErrorCode.RESOURCE_NOT_FOUND);
      });
      return { removed: true as const };
    }),
});
