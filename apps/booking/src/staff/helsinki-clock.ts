import { portalTimeZone } from '@asiointi/platform-i18n';

// Staff type Helsinki days and wall-clock times; the service wants instants. Intl knows the DST rules, so
// no time-zone library is bundled into the remote.

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: portalTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function helsinkiParts(
  instant: Date,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts = Object.fromEntries(
    partsFormatter.formatToParts(instant).map(({ type, value }) => [type, Number(value)]),
  );
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Helsinki's offset from UTC at an instant, in milliseconds (+2 h or +3 h). */
function offsetAt(instant: Date): number {
  const p = helsinkiParts(instant);
  const wallAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wallAsUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The Helsinki calendar day of an instant, "2026-03-29". */
export function helsinkiDateOf(instant: Date): string {
  const p = helsinkiParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Today in Helsinki. */
export function helsinkiToday(now: Date = new Date()): string {
  return helsinkiDateOf(now);
}

/**
 * The instant (ISO 8601, UTC) of a Helsinki day and wall-clock time. A time skipped by the spring DST
 * change moves forward an hour; an autumn time that occurs twice gets its first occurrence.
 */
export function helsinkiInstant(date: string, time: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes: the offset depends on the instant we are looking for.
  const firstGuess = wallAsUtc - offsetAt(new Date(wallAsUtc));
  const instant = wallAsUtc - offsetAt(new Date(firstGuess));
  return new Date(instant).toISOString();
}

/** A Helsinki day `days` after (or before) another. */
export function addDays(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return shifted.toISOString().slice(0, 10);
}

/** The Monday of the week a day is in (weeks start on Monday in Finland). */
export function mondayOf(date: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** "8.00", "8:00" or "0800" as the contract's "08:00"; undefined when it is no time of day. */
export function normaliseWallTime(typed: string): string | undefined {
  const match = /^\s*(\d{1,2})\s*[.:]?\s*(\d{2})\s*$/.exec(typed);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return undefined;
  return `${pad(hours)}:${pad(minutes)}`;
}
