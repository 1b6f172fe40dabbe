import { HELSINKI_TIME_ZONE } from './time-zone';

// Helsinki's offset from UTC, read from the time-zone database every browser and Node carry (Intl), so no
// time-zone library is bundled anywhere.

export const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

// Made on first use: a browser chunk that imports only date arithmetic never builds it.
let offsetFormat: Intl.DateTimeFormat | undefined;

/** Helsinki's offset from UTC at an instant (epoch milliseconds), in minutes: 120 in winter, 180 in summer. */
export function helsinkiOffsetMinutes(ms: number): number {
  offsetFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: HELSINKI_TIME_ZONE,
    timeZoneName: 'longOffset',
  });
  // "29/03/2026, GMT+03:00"; "GMT" alone when the offset is zero; seconds only before 1921 (local mean time).
  const match = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(offsetFormat.format(ms));
  if (!match) throw new RangeError(`No Helsinki offset for ${ms}`);
  const [, sign, hours = '0', minutes = '0', seconds = '0'] = match;
  const size = Number(hours) * 60 + Number(minutes) + Number(seconds) / 60;
  return sign === '-' ? -size : size;
}

// Helsinki's clocks change on whole UTC hours (01:00 UTC since 1983, 00:00 UTC before), so the offset is
// constant within a UTC hour: one time-zone lookup per hour instead of one per call. Free-time searches
// over a region ask for hundreds of thousands of dates.
const offsetMsByUtcHour = new Map<number, number>();

/** helsinkiOffsetMinutes in milliseconds, looked up once per UTC hour. */
export function helsinkiOffsetMs(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  let offset = offsetMsByUtcHour.get(hour);
  if (offset === undefined) {
    if (offsetMsByUtcHour.size > 50_000) offsetMsByUtcHour.clear();
    offset = helsinkiOffsetMinutes(hour * HOUR_MS) * MINUTE_MS;
    offsetMsByUtcHour.set(hour, offset);
  }
  return offset;
}

// Helsinki's offsets a day either side of a wall time cover both offsets that can apply around a change
// (Finland changes clocks at most twice a year). Cached per hour, as slot generation asks for every slot.
const offsetsByWallHour = new Map<number, readonly [number, number]>();

/** The offsets (minutes) a day before and a day after a wall-clock time read as if it were UTC. */
export function offsetsAround(wallAsUtc: number): readonly [before: number, after: number] {
  const hour = Math.floor(wallAsUtc / HOUR_MS);
  let offsets = offsetsByWallHour.get(hour);
  if (!offsets) {
    if (offsetsByWallHour.size > 50_000) offsetsByWallHour.clear();
    offsets = [helsinkiOffsetMinutes(wallAsUtc - 86_400_000), helsinkiOffsetMinutes(wallAsUtc + 86_400_000)];
    offsetsByWallHour.set(hour, offsets);
  }
  return offsets;
}
