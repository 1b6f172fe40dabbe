import type { WallClockPeriod, WallTime } from '@asiointi/platform-time';
import type { FreeTime, ServiceTiming, WeeklyScheduleTemplate } from '../src/index';
import { day, helsinkiWallClock } from './time-fixtures';

export const period = (start: string, end: string): WallClockPeriod => ({
  start: start as WallTime,
  end: end as WallTime,
});

export const timing = (
  durationMinutes: number,
  bufferBeforeMinutes = 0,
  bufferAfterMinutes = 0,
): ServiceTiming => ({
  durationMinutes,
  bufferBeforeMinutes,
  bufferAfterMinutes,
});

/** The same periods on every day of the week, valid from 2026 on. */
export function everyDay(resourceId: string, ...periods: WallClockPeriod[]): WeeklyScheduleTemplate {
  return {
    resourceId,
    validFrom: day('2026-01-01'),
    workingPeriods: {
      mon: periods,
      tue: periods,
      wed: periods,
      thu: periods,
      fri: periods,
      sat: periods,
      sun: periods,
    },
  };
}

/** Monday to Friday only. */
export function weekdays(resourceId: string, ...periods: WallClockPeriod[]): WeeklyScheduleTemplate {
  return {
    resourceId,
    validFrom: day('2026-01-01'),
    workingPeriods: { mon: periods, tue: periods, wed: periods, thu: periods, fri: periods },
  };
}

export const starts = (times: readonly FreeTime[]) => times.map((time) => time.start.toISOString());
export const wallStarts = (times: readonly FreeTime[]) =>
  times.map((time) => helsinkiWallClock(time.start).slice(11));
