/** A time on the wall clock, "08:00"; "24:00" closes a period at midnight. */
export type WallTime = `${number}:${number}`;

/** A stretch of wall-clock time within one day, start inclusive, end exclusive: "08:00"–"11:30". */
export interface WallClockPeriod {
  start: WallTime;
  end: WallTime;
}

const wallTimePattern = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Minutes since midnight for "HH:mm" (0–1440). */
export function minutesOfWallTime(time: WallTime): number {
  const match = wallTimePattern.exec(time);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
  if (!(minutes <= 1440)) throw new RangeError(`Not a wall-clock time (HH:mm, up to 24:00): ${time}`);
  return minutes;
}

/** "HH:mm" for minutes since midnight (0–1440): the inverse of minutesOfWallTime. */
export function wallTimeOfMinutes(minutes: number): WallTime {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440) {
    throw new RangeError(`Minutes since midnight are a whole number from 0 to 1440, got ${minutes}`);
  }
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` as WallTime;
}

/** A period as minutes since midnight; periods never cross midnight, so end must come after start. */
export function minutesOfPeriod(period: WallClockPeriod): { start: number; end: number } {
  const start = minutesOfWallTime(period.start);
  const end = minutesOfWallTime(period.end);
  if (end <= start) {
    throw new RangeError(`A period ends after it starts, within one day: ${period.start}–${period.end}`);
  }
  return { start, end };
}

/** A time as staff type it, "8.00", "8:00", "0800" or "8 00", as "08:00"; undefined when it is no time of day. */
export function normaliseWallTime(typed: string): WallTime | undefined {
  const match = /^\s*(\d{1,2})\s*[.:]?\s*(\d{2})\s*$/.exec(typed);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return undefined;
  return wallTimeOfMinutes(hours * 60 + minutes);
}
