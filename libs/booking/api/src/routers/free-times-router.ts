import {
  BookingErrorCode,
  firstFreeTimeSchema,
  firstFreeTimesInputSchema,
  weekFreeTimesInputSchema,
  weekFreeTimesSchema,
} from '@asiointi/booking-contract';
import { findServiceTypeWithUnit, listServiceTypesByCode } from '@asiointi/booking-data';
import { horizonEnd } from '@asiointi/booking-domain';
import { addCalendarDays, startOfHelsinkiDay, type PlainDate } from '@asiointi/platform-time';
import { ApiError } from '@asiointi/platform-service';
import { z } from 'zod';
import { findFirstFreeTimes } from '../free-times/find-first-free-times';
import { findFreeTimes } from '../free-times/find-free-times';
import { toFreeTimeEntry } from '../free-times/free-time-entry';
import { toBookableService, toUnit } from '../to-contract';
import { createRouter, publicProcedure } from '../trpc';

const DAYS_IN_WEEK = 7;

// Free times are not personal data: public procedures, no audit. Services that need a booking right or are
// not self-bookable show their times too; the booking step refuses or asks for the right.
export const freeTimesRouter = createRouter({
  /** A service's free times on the seven Helsinki days from weekStart, midnight to midnight (DST included). */
  week: publicProcedure
    .input(weekFreeTimesInputSchema)
    .output(weekFreeTimesSchema)
    .query(async ({ ctx, input }) => {
      const found = await findServiceTypeWithUnit(ctx.db, input.serviceTypeId);
      if (!found) throw new ApiError('NOT_FOUND', BookingErrorCode.SERVICE_TYPE_NOT_FOUND);
      const weekStart = input.weekStart as PlainDate;
      const now = ctx.now();
      const freeTimes = await findFreeTimes(ctx.db, {
        serviceTypes: [found.service],
        from: startOfHelsinkiDay(weekStart),
        until: startOfHelsinkiDay(addCalendarDays(weekStart, DAYS_IN_WEEK)),
        now,
        language: input.language,
      });
      return {
        service: toBookableService(found.service),
        unit: toUnit(found.unit),
        freeTimes: freeTimes.map((freeTime) => toFreeTimeEntry(freeTime, found.service, now)),
      };
    }),

  /** The earliest free time of a service (by code) in each unit within `days` days, earliest first. */
  first: publicProcedure
    .input(firstFreeTimesInputSchema)
    .output(z.array(firstFreeTimeSchema))
    .query(async ({ ctx, input }) => {
      const offered = await listServiceTypesByCode(ctx.db, {
        code: input.serviceCode,
        municipality: input.municipality,
        unitId: input.unitId,
        channel: input.channel,
      });
      if (offered.length === 0) return [];
      const now = ctx.now();
      // A unit has one service type per code: the first time of each type is its unit's first.
      const firsts = await findFirstFreeTimes(ctx.db, {
        serviceTypes: offered.map((row) => row.service),
        from: now,
        until: horizonEnd(now, input.days),
        now,
        language: input.language,
        limit: input.limit,
      });
      const offeredById = new Map(offered.map((row) => [row.service.id, row]));
      return firsts.map((freeTime) => {
        const row = offeredById.get(freeTime.serviceTypeId)!;
        return {
          service: toBookableService(row.service),
          unit: toUnit(row.unit),
          freeTime: toFreeTimeEntry(freeTime, row.service, now),
        };
      });
    }),
});
