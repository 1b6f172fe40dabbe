import {
  dayOfWeek,
  isFinnishDayOff,
  minutesOfPeriod,
  type PlainDate,
  type WallClockPeriod,
} from '@asiointi/platform-time';
import { weekdaysByDayOfWeek, type ScheduleException, type WeeklyScheduleTemplate } from './schedule-types';

/** A working period as Helsinki wall-clock minutes since midnight, end exclusive. */
export interface MinutePeriod {
  start: number;
  end: number;
}

export interface WorkingDayQuery {
  resourceId: string;
  date: PlainDate;
  templates: readonly WeeklyScheduleTemplate[];
  exceptions: readonly ScheduleException[];
  /** Public holidays, Midsummer Eve and Christmas Eve are closed unless an extra opening opens them. */
  skipPublicHolidays: boolean;
}

/** The template in force: of those valid on the date, the one that started last (a newer plan replaces). */
export function templateInForce(
  templates: readonly WeeklyScheduleTemplate[],
  resourceId: string,
  date: PlainDate,
): WeeklyScheduleTemplate | undefined {
  let inForce: WeeklyScheduleTemplate | undefined;
  for (const template of templates) {
    if (template.resourceId !== resourceId || template.validFrom > date) continue;
    if (template.validUntil !== undefined && template.validUntil < date) continue;
    if (!inForce || template.validFrom >= inForce.validFrom) inForce = template;
  }
  return inForce;
}

/** Overlapping or touching periods become one, so one stretch of work has one slot grid. */
function merge(periods: MinutePeriod[]): MinutePeriod[] {
  const merged: MinutePeriod[] = [];
  for (const period of [...periods].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && period.start <= last.end) last.end = Math.max(last.end, period.end);
    else merged.push({ ...period });
  }
  return merged;
}

function subtract(periods: MinutePeriod[], absence: MinutePeriod): MinutePeriod[] {
  return periods.flatMap((period) =>
    [
      { start: period.start, end: Math.min(period.end, absence.start) },
      { start: Math.max(period.start, absence.end), end: period.end },
    ].filter((part) => part.end > part.start),
  );
}

/**
 * A resource's working periods on one Helsinki date, merged and sorted: the template's hours for the
 * weekday (none on a closed holiday), plus extra openings, minus absences (a partial absence splits a
 * period, and the slot grid restarts when the resource is back).
 */
export function workingPeriodsOfDay(query: WorkingDayQuery): MinutePeriod[] {
  const { resourceId, date } = query;
  const ofTheDay = query.exceptions.filter((e) => e.resourceId === resourceId && e.date === date);
  if (ofTheDay.some((e) => e.kind === 'absence' && !e.period)) return [];

  const weekday = weekdaysByDayOfWeek[dayOfWeek(date)]!;
  const usualHours: readonly WallClockPeriod[] =
    templateInForce(query.templates, resourceId, date)?.workingPeriods[weekday] ?? [];
  const closedForHoliday = query.skipPublicHolidays && isFinnishDayOff(date);

  const periods: WallClockPeriod[] = closedForHoliday ? [] : [...usualHours];
  for (const exception of ofTheDay) {
    if (exception.kind === 'extraOpening') periods.push(...(exception.periods ?? usualHours));
  }
  let working = merge(periods.map(minutesOfPeriod));
  for (const exception of ofTheDay) {
    if (exception.kind === 'absence' && exception.period) {
      working = subtract(working, minutesOfPeriod(exception.period));
    }
  }
  return working;
}
