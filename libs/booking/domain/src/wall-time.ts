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

/** A period as minutes since midnight; periods never cross midnight, so end must come after start. */
export function minutesOfPeriod(period: WallClockPeriod): { start: number; end: number } {
  const start = minutesOfWallTime(period.start);
  const end = minutesOfWallTime(period.end);
  if (end <= start) {
    throw new RangeError(`A period ends after it starts, within one day: ${period.start}–${period.end}`);
  }
  return { start, end };
}
