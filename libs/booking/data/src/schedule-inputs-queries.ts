import {
  helsinkiDateOf,
  type BlockedPeriod,
  type OccupiedRange,
  type PlainDate,
  type ScheduleException,
  type WeeklyScheduleTemplate,
} from '@asiointi/booking-domain';
import { and, gt, gte, isNull, lt, lte, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { BookingDb } from './booking-database';
import {
  blockedTimes,
  bookings,
  scheduleExceptions,
  scheduleTemplates,
  type ScheduleExceptionRow,
  type ScheduleTemplateRow,
} from './schema';

const DAY_MS = 86_400_000;

/** What free-time generation needs of a set of resources, in the domain's types. */
export interface ScheduleInputs {
  templates: WeeklyScheduleTemplate[];
  exceptions: ScheduleException[];
  blocked: BlockedPeriod[];
  /** Active bookings' ranges, buffers included (what the no-double-booking constraint guards). */
  occupied: OccupiedRange[];
}

export interface ScheduleInputsQuery {
  resourceIds: readonly string[];
  /** Instants: anything overlapping [from, until) is loaded; templates and exceptions by Helsinki date. */
  from: Date;
  until: Date;
}

/**
 * One array parameter instead of one parameter per id: a region-wide search passes well over a thousand
 * resources, and a single `= any($1::uuid[])` keeps the statement (and its plan) the same size.
 */
export function uuidArray(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}

export function isAnyOf(column: SQLWrapper, ids: readonly string[]): SQL {
  return sql`${column} = any(${uuidArray(ids)})`;
}

/**
 * Active bookings' occupied ranges of the resources overlapping the window, by the btree on (resource_id,
 * occupied_from) of migration 0005: one short range scan per resource. A booking occupies at most a day
 * (constraint bookings_occupied_within_a_day), so one overlapping the window starts after from - 1 day.
 */
async function loadOccupiedRanges(
  db: BookingDb,
  { resourceIds, from, until }: ScheduleInputsQuery,
): Promise<OccupiedRange[]> {
  const earliestStart = new Date(from.getTime() - DAY_MS);
  const rows = await db
    .select({
      resourceId: bookings.resourceId,
      start: bookings.occupiedFrom,
      end: bookings.occupiedUntil,
    })
    .from(bookings)
    .where(
      and(
        isAnyOf(bookings.resourceId, resourceIds),
        sql`${bookings.status} <> 'cancelled'`,
        gt(bookings.occupiedFrom, earliestStart),
        lt(bookings.occupiedFrom, until),
        gt(bookings.occupiedUntil, from),
      ),
    );
  return rows;
}

/**
 * Loads templates, exceptions, blocked times and active bookings of the resources for the window: one query
 * per table, run together, however many resources there are.
 */
export async function loadScheduleInputs(db: BookingDb, query: ScheduleInputsQuery): Promise<ScheduleInputs> {
  const { resourceIds, from, until } = query;
  if (resourceIds.length === 0 || from >= until) {
    return { templates: [], exceptions: [], blocked: [], occupied: [] };
  }
  const firstDate = helsinkiDateOf(from);
  const lastDate = helsinkiDateOf(new Date(until.getTime() - 1));

  const [templateRows, exceptionRows, blockedRows, occupiedRows] = await Promise.all([
    db
      .select({
        resourceId: scheduleTemplates.resourceId,
        validFrom: scheduleTemplates.validFrom,
        validUntil: scheduleTemplates.validUntil,
        workingPeriods: scheduleTemplates.workingPeriods,
      })
      .from(scheduleTemplates)
      .where(
        and(
          isAnyOf(scheduleTemplates.resourceId, resourceIds),
          lte(scheduleTemplates.validFrom, lastDate),
          or(isNull(scheduleTemplates.validUntil), gte(scheduleTemplates.validUntil, firstDate)),
        ),
      ),
    db
      .select({
        resourceId: scheduleExceptions.resourceId,
        date: scheduleExceptions.date,
        kind: scheduleExceptions.kind,
        periods: scheduleExceptions.periods,
      })
      .from(scheduleExceptions)
      .where(
        and(
          isAnyOf(scheduleExceptions.resourceId, resourceIds),
          gte(scheduleExceptions.date, firstDate),
          lte(scheduleExceptions.date, lastDate),
        ),
      ),
    db
      .select({
        resourceId: blockedTimes.resourceId,
        start: blockedTimes.startsAt,
        end: blockedTimes.endsAt,
      })
      .from(blockedTimes)
      .where(
        and(
          isAnyOf(blockedTimes.resourceId, resourceIds),
          lt(blockedTimes.startsAt, until),
          gt(blockedTimes.endsAt, from),
        ),
      ),
    loadOccupiedRanges(db, query),
  ]);

  return {
    templates: templateRows.map(toWeeklyScheduleTemplate),
    exceptions: exceptionRows.flatMap(toScheduleExceptions),
    blocked: blockedRows,
    occupied: occupiedRows,
  };
}

export function toWeeklyScheduleTemplate(
  row: Pick<ScheduleTemplateRow, 'resourceId' | 'validFrom' | 'validUntil' | 'workingPeriods'>,
): WeeklyScheduleTemplate {
  return {
    resourceId: row.resourceId,
    validFrom: row.validFrom as PlainDate,
    ...(row.validUntil === null ? {} : { validUntil: row.validUntil as PlainDate }),
    workingPeriods: row.workingPeriods,
  };
}

/**
 * A stored exception as the domain's: an absence without periods (null) is the whole day; one with several
 * periods off becomes one absence per period, each subtracted.
 */
export function toScheduleExceptions(
  row: Pick<ScheduleExceptionRow, 'resourceId' | 'date' | 'kind' | 'periods'>,
): ScheduleException[] {
  const date = row.date as PlainDate;
  if (row.kind === 'extraOpening') {
    return [
      {
        kind: 'extraOpening',
        resourceId: row.resourceId,
        date,
        ...(row.periods === null ? {} : { periods: row.periods }),
      },
    ];
  }
  if (row.periods === null) return [{ kind: 'absence', resourceId: row.resourceId, date }];
  return row.periods.map((period) => ({ kind: 'absence', resourceId: row.resourceId, date, period }));
}
