// A resource's schedule as staff edit it: weekly templates, one-day exceptions and blocked times.
import type { WallClockPeriodText, WeeklyPeriods } from '@asiointi/booking-contract';
import { PgErrorCode } from '@asiointi/platform-db';
import { and, asc, eq, gt, gte } from 'drizzle-orm';
import type { BookingDb } from './booking-database';
import { violatesConstraint } from './constraint-violation';
import {
  blockedTimes,
  resources,
  scheduleExceptions,
  scheduleTemplates,
  type BlockedTimeRow,
  type ScheduleExceptionRow,
  type ScheduleTemplateRow,
} from './schema';

export interface ResourceScheduleRows {
  templates: ScheduleTemplateRow[];
  exceptions: ScheduleExceptionRow[];
  blockedTimes: BlockedTimeRow[];
}

/**
 * Every template of the resource, and the exceptions and blocked times that still matter: those from the
 * Helsinki day `today` on and those not yet over at `now` (the past ones stay stored, unedited).
 */
export async function loadResourceSchedule(
  db: BookingDb,
  query: { resourceId: string; today: string; now: Date },
): Promise<ResourceScheduleRows> {
  const { resourceId, today, now } = query;
  const [templateRows, exceptionRows, blockedRows] = await Promise.all([
    db
      .select()
      .from(scheduleTemplates)
      .where(eq(scheduleTemplates.resourceId, resourceId))
      .orderBy(asc(scheduleTemplates.validFrom)),
    db
      .select()
      .from(scheduleExceptions)
      .where(and(eq(scheduleExceptions.resourceId, resourceId), gte(scheduleExceptions.date, today)))
      .orderBy(asc(scheduleExceptions.date), asc(scheduleExceptions.createdAt)),
    db
      .select()
      .from(blockedTimes)
      .where(and(eq(blockedTimes.resourceId, resourceId), gt(blockedTimes.endsAt, now)))
      .orderBy(asc(blockedTimes.startsAt)),
  ]);
  return { templates: templateRows, exceptions: exceptionRows, blockedTimes: blockedRows };
}

export async function insertScheduleTemplate(
  db: BookingDb,
  template: {
    id: string;
    resourceId: string;
    validFrom: string;
    validUntil: string | null;
    workingPeriods: WeeklyPeriods;
  },
): Promise<ScheduleTemplateRow> {
  const [row] = await db.insert(scheduleTemplates).values(template).returning();
  return row!;
}

/** The resource already has a template valid on some of these days (schedule_templates_no_overlap). */
export function isScheduleOverlap(error: unknown): boolean {
  return violatesConstraint(error, PgErrorCode.exclusionViolation, 'schedule_templates_no_overlap');
}

/** absence: periods null = the whole day, else the one period off; extraOpening: null = the usual hours. */
export async function insertScheduleException(
  db: BookingDb,
  exception: {
    id: string;
    resourceId: string;
    date: string;
    kind: 'absence' | 'extraOpening';
    periods: WallClockPeriodText[] | null;
  },
): Promise<ScheduleExceptionRow> {
  const [row] = await db.insert(scheduleExceptions).values(exception).returning();
  return row!;
}

export async function insertBlockedTime(
  db: BookingDb,
  blocked: { id: string; resourceId: string; startsAt: Date; endsAt: Date },
): Promise<BlockedTimeRow> {
  const [row] = await db.insert(blockedTimes).values(blocked).returning();
  return row!;
}

export type ScheduleEntryKind = 'template' | 'exception' | 'blockedTime';

const entryTables = {
  template: scheduleTemplates,
  exception: scheduleExceptions,
  blockedTime: blockedTimes,
} as const;

/** The resource and unit a schedule entry belongs to, or undefined when there is no such entry. */
export async function findScheduleEntryOwner(
  db: BookingDb,
  entry: { kind: ScheduleEntryKind; id: string },
): Promise<{ resourceId: string; unitId: string } | undefined> {
  const table = entryTables[entry.kind];
  const [row] = await db
    .select({ resourceId: resources.id, unitId: resources.unitId })
    .from(table)
    .innerJoin(resources, eq(resources.id, table.resourceId))
    .where(eq(table.id, entry.id));
  return row;
}

/** Removes the entry while it still belongs to the resource; false when it did not (gone meanwhile). */
export async function removeScheduleEntry(
  db: BookingDb,
  entry: { kind: ScheduleEntryKind; id: string; resourceId: string },
): Promise<boolean> {
  const table = entryTables[entry.kind];
  const removed = await db
    .delete(table)
    .where(and(eq(table.id, entry.id), eq(table.resourceId, entry.resourceId)))
    .returning({ id: table.id });
  return removed.length > 0;
}
