import { portalTimeZone } from '@asiointi/platform-i18n';

// Calendar arithmetic on Helsinki days ("2026-03-29") with Intl only, so the remote bundles no
// time-zone or holiday library. Days are counted on UTC midnights, which have no DST jumps.

const dayFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: portalTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const plainDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The Helsinki calendar day of an instant. */
export function helsinkiDateOf(instant: Date | string): string {
  return dayFormatter.format(typeof instant === 'string' ? new Date(instant) : instant);
}

function toUtcMidnight(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtcMidnight(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whether a string is a real calendar day (2026-02-30 is not). */
export function isPlainDate(value: string): boolean {
  return plainDatePattern.test(value) && fromUtcMidnight(toUtcMidnight(value)) === value;
}

export function addDays(date: string, days: number): string {
  const next = toUtcMidnight(date);
  next.setUTCDate(next.getUTCDate() + days);
  return fromUtcMidnight(next);
}

/** The Monday of the week a day falls in (Finnish weeks start on Monday). */
export function mondayOf(date: string): string {
  const weekday = toUtcMidnight(date).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** The seven days of the week starting on `monday`. */
export function daysOfWeek(monday: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/**
 * A day at Helsinki noon: formatting it in Helsinki always gives that day, whatever the DST offset,
 * so it can go to the portal's date formatters.
 */
export function noonOf(date: string): Date {
  return new Date(`${date}T10:00:00Z`);
}
