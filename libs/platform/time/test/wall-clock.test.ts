import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCalendarDays,
  calendarDaysBetween,
  helsinkiDateOf,
  instantAtWallClock,
  instantsAtWallClock,
  firstInstantMsAtWallClock,
  helsinkiInstant,
  helsinkiMinutesOfDay,
  startOfHelsinkiDay,
  dayOfWeek,
  wallTimeOfMinutes,
} from '../src/index';
import { at, day, helsinkiWallClock } from '../src/testing';

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

describe('instantsAtWallClock', () => {
  it.each([
    ['an ordinary winter day', '2026-02-02', '08:00', ['2026-02-02T06:00:00.000Z']],
    ['an ordinary summer day', '2026-06-01', '08:00', ['2026-06-01T05:00:00.000Z']],
    ['March DST Sunday, before the jump', '2026-03-29', '02:59', ['2026-03-29T00:59:00.000Z']],
    ['March DST Sunday, in the missing hour', '2026-03-29', '03:00', []],
    ['March DST Sunday, in the missing hour', '2026-03-29', '03:30', []],
    ['March DST Sunday, after the jump', '2026-03-29', '04:00', ['2026-03-29T01:00:00.000Z']],
    ['March DST Sunday, 08:00 summer time', '2026-03-29', '08:00', ['2026-03-29T05:00:00.000Z']],
    ['October DST Sunday, before', '2026-10-25', '02:59', ['2026-10-24T23:59:00.000Z']],
    [
      'October DST Sunday, the repeated hour',
      '2026-10-25',
      '03:30',
      ['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z'],
    ],
    ['October DST Sunday, after', '2026-10-25', '04:00', ['2026-10-25T02:00:00.000Z']],
    ['October DST Sunday, 08:00 winter time', '2026-10-25', '08:00', ['2026-10-25T06:00:00.000Z']],
    ['24:00 is the next midnight', '2026-02-02', '24:00', ['2026-02-02T22:00:00.000Z']],
  ])('%s: %s %s', (_, date, time, expected) => {
    expect(instantsAtWallClock(day(date), minutes(time)).map((d) => d.toISOString())).toEqual(expected);
  });
});

describe('firstInstantMsAtWallClock', () => {
  it('is the first of instantsAtWallClock, as milliseconds, every minute around both changes', () => {
    for (const date of ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31', '2026-02-02']) {
      for (let minute = 0; minute <= 1440; minute += 1) {
        expect(firstInstantMsAtWallClock(day(date), minute)).toBe(
          instantsAtWallClock(day(date), minute)[0]?.getTime(),
        );
      }
    }
  });
});

describe('instantAtWallClock', () => {
  it('reads a missing time as the moment the clocks jump, a repeated one as its first occurrence', () => {
    expect(instantAtWallClock(day('2026-03-29'), minutes('03:30')).toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    expect(instantAtWallClock(day('2026-10-25'), minutes('03:30')).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });
});

describe('Helsinki calendar', () => {
  it.each([
    ['2026-03-28T21:59:59.999Z', '2026-03-28'],
    ['2026-03-28T22:00:00.000Z', '2026-03-29'],
    ['2026-06-30T21:00:00.000Z', '2026-07-01'],
    ['2026-12-31T22:00:00.000Z', '2027-01-01'],
  ])('%s is on %s in Helsinki', (instant, date) => {
    expect(helsinkiDateOf(at(instant))).toBe(date);
  });

  it('starts days at Helsinki midnight, which moves with DST', () => {
    expect(startOfHelsinkiDay(day('2026-03-29')).toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(startOfHelsinkiDay(day('2026-03-30')).toISOString()).toBe('2026-03-29T21:00:00.000Z');
    expect(startOfHelsinkiDay(day('2026-10-26')).toISOString()).toBe('2026-10-25T22:00:00.000Z');
  });

  it('counts calendar days across DST and years', () => {
    expect(calendarDaysBetween(day('2026-03-28'), day('2026-03-30'))).toBe(2);
    expect(calendarDaysBetween(day('2026-12-30'), day('2027-01-02'))).toBe(3);
    expect(addCalendarDays(day('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addCalendarDays(day('2028-03-01'), -1)).toBe('2028-02-29');
  });

  it('refuses dates that do not exist', () => {
    expect(() => addCalendarDays(day('2026-02-30'), 1)).toThrow(RangeError);
    expect(() => addCalendarDays(day('2026-2-3'), 1)).toThrow(RangeError);
  });

  it('finds every instant again from its Helsinki date and wall-clock minute', () => {
    const from = at('2020-01-01T00:00:00Z').getTime();
    const to = at('2031-01-01T00:00:00Z').getTime();
    fc.assert(
      fc.property(fc.integer({ min: from / 60_000, max: to / 60_000 }), (minute) => {
        const instant = new Date(minute * 60_000);
        const found = instantsAtWallClock(helsinkiDateOf(instant), helsinkiMinutesOfDay(instant));
        expect(found.map((d) => d.getTime())).toContain(instant.getTime());
      }),
    );
  });
});

describe('helsinkiInstant (a date and a typed time)', () => {
  it('turns a Helsinki day and time into the instant, on both sides of the DST changes', () => {
    expect(helsinkiInstant(day('2026-03-28'), '08:00').toISOString()).toBe('2026-03-28T06:00:00.000Z');
    expect(helsinkiInstant(day('2026-03-30'), '08:00').toISOString()).toBe('2026-03-30T05:00:00.000Z');
    expect(helsinkiInstant(day('2026-10-26'), '08:00').toISOString()).toBe('2026-10-26T06:00:00.000Z');
    expect(helsinkiInstant(day('2026-03-29'), '00:00').toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(helsinkiInstant(day('2026-02-02'), '24:00').toISOString()).toBe('2026-02-02T22:00:00.000Z');
  });

  it('moves a time the spring change skips an hour on, and reads a repeated time as its first occurrence', () => {
    // 03:30 does not exist on 29 March 2026: it lands at 04:30 EEST.
    expect(helsinkiInstant(day('2026-03-29'), '03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(helsinkiInstant(day('2026-03-29'), '03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    // 03:30 happens twice on 25 October 2026: first at 03:30 EEST.
    expect(helsinkiInstant(day('2026-10-25'), '03:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses a time that is no wall-clock time', () => {
    expect(() => helsinkiInstant(day('2026-03-28'), '25:00')).toThrow(RangeError);
    expect(() => helsinkiInstant(day('2026-02-30'), '08:00')).toThrow(RangeError);
  });
});

describe('wall-clock round trip, every day from 2020 to 2035', () => {
  it('finds each wall-clock time again from its instants; only the spring gap has none', () => {
    // Every half hour of every day, and every minute of the hour the clocks change in (03:00–03:59).
    const minutesToCheck = new Set([
      ...Array.from({ length: 49 }, (_, half) => half * 30),
      ...Array.from({ length: 60 }, (_, minute) => 180 + minute),
    ]);
    const mismatches: string[] = [];
    const gaps: string[] = [];
    for (let date = day('2020-01-01'); date < '2036-01-01'; date = addCalendarDays(date, 1)) {
      const nextDay = addCalendarDays(date, 1);
      for (const minute of minutesToCheck) {
        const time = wallTimeOfMinutes(minute);
        const instants = instantsAtWallClock(date, minute);
        if (instants.length === 0) {
          gaps.push(`${date} ${time}`);
          // A typed time in the gap lands as far after the jump as it was typed into it.
          if (helsinkiMinutesOfDay(helsinkiInstant(date, time)) !== minute + 60)
            mismatches.push(`gap ${date} ${time}`);
          continue;
        }
        const [expectedDate, expectedMinute] = minute === 1440 ? [nextDay, 0] : [date, minute];
        for (const instant of instants) {
          if (helsinkiDateOf(instant) !== expectedDate || helsinkiMinutesOfDay(instant) !== expectedMinute) {
            mismatches.push(`${date} ${time}: ${helsinkiWallClock(instant)}`);
          }
        }
        if (helsinkiInstant(date, time).getTime() !== instants[0]!.getTime())
          mismatches.push(`typed ${date} ${time}`);
      }
    }
    expect(mismatches).toEqual([]);
    // The gap is 03:00–03:59 on the last Sunday of March, once a year (16 years, 60 minutes each).
    expect(gaps).toHaveLength(16 * 60);
    for (const gap of gaps) {
      const date = day(gap.slice(0, 10));
      expect([dayOfWeek(date), gap.slice(5, 7), gap.slice(11, 13)]).toEqual([0, '03', '03']);
      expect(addCalendarDays(date, 7).slice(5, 7)).toBe('04');
    }
  }, 30_000);
});
