import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HELSINKI_TIME_ZONE, helsinkiDateOf, helsinkiMinutesOfDay, helsinkiToday } from '../src/index';

const pad = (n: number) => String(n).padStart(2, '0');

/** The slow, obviously right reading by another library: the time-zone database's own wall clock. */
function wallClockOf(ms: number) {
  const local = new TZDate(ms, HELSINKI_TIME_ZONE);
  return {
    date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
    minutes: local.getHours() * 60 + local.getMinutes(),
  };
}

describe('Helsinki date and time of day of an instant', () => {
  it('agrees with the time-zone database for any instant from 1990 to 2100', () => {
    const instants = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(instants, (ms) => {
        const expected = wallClockOf(ms);
        expect(helsinkiDateOf(new Date(ms))).toBe(expected.date);
        expect(helsinkiMinutesOfDay(new Date(ms))).toBe(expected.minutes);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees around the clock changes of 2027, minute by minute', () => {
    for (const changeUtc of [Date.UTC(2027, 2, 28, 1), Date.UTC(2027, 9, 31, 1)]) {
      for (let ms = changeUtc - 3 * 3_600_000; ms <= changeUtc + 3 * 3_600_000; ms += 60_000) {
        const expected = wallClockOf(ms);
        expect(helsinkiDateOf(new Date(ms))).toBe(expected.date);
        expect(helsinkiMinutesOfDay(new Date(ms))).toBe(expected.minutes);
      }
    }
  });
});

describe('helsinkiToday', () => {
  it('is the Helsinki date of now, or of the instant given', () => {
    expect(helsinkiToday(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
    const before = helsinkiDateOf(new Date());
    const today = helsinkiToday();
    expect([before, helsinkiDateOf(new Date())]).toContain(today);
  });

  it('refuses an invalid instant', () => {
    expect(() => helsinkiDateOf(new Date('nope'))).toThrow(RangeError);
    expect(() => helsinkiMinutesOfDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});
