import { z } from 'zod';

/** A Helsinki calendar day, "2026-03-29": schedules and holidays are about days, not instants. */
export { plainDateSchema, type PlainDateText } from '@asiointi/platform-contract';

export const weekdaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type WeekdayKey = z.infer<typeof weekdaySchema>;

/** "08:00" on the Helsinki wall clock; "24:00" closes a period at midnight. */
export const wallTimeSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, { message: 'Expected a time as HH:mm' })
  .transform((value) => value as `${number}:${number}`);

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** A stretch of one day, start inclusive, end exclusive; never crosses midnight. */
export const wallClockPeriodSchema = z
  .object({ start: wallTimeSchema, end: wallTimeSchema })
  .refine((period) => minutesOf(period.end) > minutesOf(period.start), {
    message: 'A period ends after it starts',
    path: ['end'],
  });
export type WallClockPeriodText = z.infer<typeof wallClockPeriodSchema>;

/** Periods per weekday; a missing weekday is closed. Periods of a day may not overlap. */
export const weeklyPeriodsSchema = z
  .partialRecord(weekdaySchema, z.array(wallClockPeriodSchema).max(12))
  .refine(
    (week) =>
      Object.values(week).every((periods) => {
        const sorted = [...(periods ?? [])].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
        return sorted.every(
          (period, index) => index === 0 || minutesOf(sorted[index - 1]!.end) <= minutesOf(period.start),
        );
      }),
    { message: 'Periods of one day may not overlap' },
  );
export type WeeklyPeriods = z.infer<typeof weeklyPeriodsSchema>;
