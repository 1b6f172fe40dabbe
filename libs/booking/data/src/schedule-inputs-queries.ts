import type {
  BlockedPeriod,
  OccupiedRange,
  ScheduleException,
  WeeklyScheduleTemplate,
} from '@asiointi/booking-domain';
import { helsinkiDateOf, type PlainDate } from '@asiointi/platform-time';
import { selectRows } from '@asiointi/platform-db';
import { sql } from 'drizzle-orm';
import type { BookingDb } from './booking-database';
import {
  blockedTimes,
  bookings,
  scheduleExceptions,
  scheduleTemplates,
  type ScheduleExceptionRow,
  type ScheduleTemplateRow,
} from './schema';
import type { WallClockPeriodText, WeeklyPeriods } from '@asiointi/booking-contract';
import { qualifiedResourceIdsArray, type QualifiedResourcesQuery } from './catalogue-queries';
import { uuidArray } from './uuid-array';

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
  /**
   * The resources, by id or as those giving some service types: the latter lets a search read who gives
   * the services (findQualifiedResources) and their schedules at the same time instead of one after the other.
   */
  resources: readonly string[] | QualifiedResourcesQuery;
  /** Instants: anything overlapping [from, until) is loaded; templates and exceptions by Helsinki date. */
  from: Date;
  until: Date;
}

// Rows arrive as JSON arrays (one round trip for all four tables) with instants as epoch milliseconds:
// parsing one JSON document beats mapping thousands of rows and timestamp strings one by one.
type TemplateTuple = [
  resourceId: string,
  validFrom: string,
  validUntil: string | null,
  periods: WeeklyPeriods,
];
type ExceptionTuple = [
  resourceId: string,
  date: string,
  kind: ScheduleExceptionRow['kind'],
  periods: WallClockPeriodText[] | null,
];
type RangeTuple = [resourceId: string, startMs: number, endMs: number];

interface ScheduleInputsRow extends Record<string, unknown> {
  // Both drivers (postgres.js and PGlite) hand a json column over parsed.
  templates: TemplateTuple[];
  exceptions: ExceptionTuple[];
  blocked: RangeTuple[];
  occupied: RangeTuple[];
}

function isIdList(resources: ScheduleInputsQuery['resources']): resources is readonly string[] {
  return Array.isArray(resources);
}

function toRange([resourceId, startMs, endMs]: RangeTuple): OccupiedRange {
  return { resourceId, start: new Date(Number(startMs)), end: new Date(Number(endMs)) };
}

// date_part is float8 arithmetic; extract() computes a numeric, several times slower over thousands of rows.
const epochMs = (column: string) => sql.raw(`date_part('epoch', ${column}) * 1000`);

/**
 * Loads templates, exceptions, blocked times and active bookings of the resources for the window in ONE
 * statement, however many resources there are (a booking checks its one resource with it, a region-wide
 * search well over a thousand). Bookings are read by the btree on (resource_id, occupied_from) of
 * migration 0005: one short range scan per resource, since a booking occupies at most a day (constraint
 * bookings_occupied_within_a_day), so one overlapping the window starts after from - 1 day.
 */
export async function loadScheduleInputs(db: BookingDb, query: ScheduleInputsQuery): Promise<ScheduleInputs> {
  const { resources, from, until } = query;
  const byId = isIdList(resources);
  if ((byId ? resources : resources.serviceTypeIds).length === 0 || from >= until) {
    return { templates: [], exceptions: [], blocked: [], occupied: [] };
  }
  const firstDate = helsinkiDateOf(from);
  const lastDate = helsinkiDateOf(new Date(until.getTime() - 1));
  const ids = byId ? uuidArray(resources) : qualifiedResourceIdsArray(resources);
  const fromText = from.toISOString();
  const untilText = until.toISOString();
  const earliestStartText = new Date(from.getTime() - DAY_MS).toISOString();

  const [row] = await selectRows<ScheduleInputsRow>(
    db,
    sql`select
      (select coalesce(json_agg(json_build_array(resource_id, valid_from, valid_until, working_periods)), '[]')
         from ${scheduleTemplates}
        where resource_id = any(${ids}) and valid_from <= ${lastDate}::date
          and (valid_until is null or valid_until >= ${firstDate}::date)) as templates,
      (select coalesce(json_agg(json_build_array(resource_id, date, kind, periods)), '[]')
         from ${scheduleExceptions}
        where resource_id = any(${ids}) and date between ${firstDate}::date and ${lastDate}::date) as exceptions,
      (select coalesce(json_agg(json_build_array(resource_id, ${epochMs('starts_at')}, ${epochMs('ends_at')})), '[]')
         from ${blockedTimes}
        where resource_id = any(${ids}) and starts_at < ${untilText}::timestamptz
          and ends_at > ${fromText}::timestamptz) as blocked,
      (select coalesce(json_agg(json_build_array(resource_id, ${epochMs('occupied_from')}, ${epochMs('occupied_until')})), '[]')
         from ${bookings}
        where resource_id = any(${ids}) and status <> 'cancelled'
          and occupied_from > ${earliestStartText}::timestamptz and occupied_from < ${untilText}::timestamptz
          and occupied_until > ${fromText}::timestamptz) as occupied`,
  );
  if (!row) throw new Error('loadScheduleInputs: the statement returned no row');
  return {
    templates: row.templates.map(([resourceId, validFrom, validUntil, workingPeriods]) =>
      toWeeklyScheduleTemplate({ resourceId, validFrom, validUntil, workingPeriods }),
    ),
    exceptions: row.exceptions.flatMap(([resourceId, date, kind, periods]) =>
      toScheduleExceptions({ resourceId, date, kind, periods }),
    ),
    blocked: row.blocked.map(toRange),
    occupied: row.occupied.map(toRange),
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
