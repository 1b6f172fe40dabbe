import type { FreeTimeEntry } from '@asiointi/booking-contract';
import { daysOfWeek, helsinkiDateOf, type PlainDate } from '@asiointi/platform-time';

/** A day that has passed is told apart from one with nothing free: "the day has passed" vs "fully booked". */
export type DayState = 'passed' | 'noFreeTimes' | 'free';

export interface DayOfWeek {
  day: PlainDate;
  state: DayState;
  /** The day's free times, earliest first. */
  times: FreeTimeEntry[];
}

/** The seven Helsinki days of the week from `weekStart`, each with its free times and its state. */
export function daysOfWeekWithTimes(
  weekStart: PlainDate,
  freeTimes: readonly FreeTimeEntry[],
  today: PlainDate,
): DayOfWeek[] {
  const byDay = new Map<string, FreeTimeEntry[]>();
  for (const time of freeTimes) {
    const day = helsinkiDateOf(new Date(time.start));
    byDay.set(day, [...(byDay.get(day) ?? []), time]);
  }
  return daysOfWeek(weekStart).map((day) => {
    const times = [...(byDay.get(day) ?? [])].sort((a, b) => a.start.localeCompare(b.start));
    const state: DayState = day < today ? 'passed' : times.length === 0 ? 'noFreeTimes' : 'free';
    return { day, state, times };
  });
}

/** The day shown first: the first with free times, else the first that has not passed, else Monday. */
export function firstDayToShow(days: readonly DayOfWeek[]): PlainDate | undefined {
  return (
    days.find(({ state }) => state === 'free') ??
    days.find(({ state }) => state !== 'passed') ??
    days[0]
  )?.day;
}
