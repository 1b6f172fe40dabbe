import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  dayOfWeek,
  endOfNthWorkingDay,
  helsinkiDateOf,
  helsinkiMinutesOfDay,
  isFinnishEveDayOff,
  isFinnishPublicHoliday,
  isWorkingDay,
  startOfHelsinkiDay,
  type PlainDate,
} from '../src/index';
import { at, helsinkiWallClock } from '../src/testing';

describe('addWorkingDays', () => {
  it.each([
    [
      'an ordinary week: Friday 14:00 + 3 → Wednesday 14:00',
      '2026-03-06T12:00:00Z',
      3,
      '2026-03-11T12:00:00.000Z',
    ],
    [
      'received on a Saturday, the count starts on Monday',
      '2026-03-07T08:00:00Z',
      3,
      '2026-03-11T08:00:00.000Z',
    ],
    [
      'Easter 2026: Thursday + 1 → Tuesday after Easter',
      '2026-04-02T07:00:00Z',
      1,
      '2026-04-07T07:00:00.000Z',
    ],
    [
      'Easter 2027 over the March DST Sunday: Thu 10:00 EET + 1 → Tue 10:00 EEST',
      '2027-03-25T08:00:00Z',
      1,
      '2027-03-30T07:00:00.000Z',
    ],
    [
      'Midsummer: Thursday + 1 → Monday (Eve not counted)',
      '2026-06-18T09:00:00Z',
      1,
      '2026-06-22T09:00:00.000Z',
    ],
    [
      'Christmas week: Wednesday 23 Dec + 3 → Wednesday 30 Dec',
      '2026-12-23T07:00:00Z',
      3,
      '2026-12-30T07:00:00.000Z',
    ],
    ['7 working days over New Year and Epiphany', '2026-12-28T08:00:00Z', 7, '2027-01-08T08:00:00.000Z'],
    [
      'October DST weekend: Fri 10:00 EEST + 1 → Mon 10:00 EET',
      '2026-10-23T07:00:00Z',
      1,
      '2026-10-26T08:00:00.000Z',
    ],
    ['a Helsinki Saturday that is a UTC Friday', '2026-03-06T22:30:00Z', 1, '2026-03-08T22:30:00.000Z'],
    ['0 days is the instant itself', '2026-12-24T10:00:00Z', 0, '2026-12-24T10:00:00.000Z'],
    ['seconds carry over', '2026-03-06T12:00:07.250Z', 1, '2026-03-09T12:00:07.250Z'],
  ])('%s', (_, from, n, expected) => {
    expect(addWorkingDays(at(from), n).toISOString()).toBe(expected);
  });

  it('keeps the Helsinki wall-clock time', () => {
    expect(helsinkiWallClock(addWorkingDays(at('2027-03-25T08:00:00Z'), 1))).toBe('2027-03-30 10:00');
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays(at('2026-03-06T12:00:00Z'), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(at('2026-03-06T12:00:00Z'), 1.5)).toThrow(RangeError);
  });
});

describe('endOfNthWorkingDay', () => {
  it('ends a 7-working-day deadline at the Helsinki midnight after its last day', () => {
    // Child-welfare notification on Monday 28 Dec 2026: 29, 30, 31 Dec, 4, 5, 7, 8 Jan count.
    expect(endOfNthWorkingDay(at('2026-12-28T08:00:00Z'), 7).toISOString()).toBe('2027-01-08T22:00:00.000Z');
  });

  it('ends on the right midnight when the last day is in summer time', () => {
    // Friday 27 March 2026 + 1 → Monday 30 March, ending at Tuesday 00:00 EEST.
    expect(endOfNthWorkingDay(at('2026-03-27T08:00:00Z'), 1).toISOString()).toBe('2026-03-30T21:00:00.000Z');
  });
});

describe('deadlines in working days (properties)', () => {
  const instants = fc
    .integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2095, 0, 1) })
    .map((ms) => new Date(ms));
  const counts = fc.integer({ min: 1, max: 60 });

  /** Working days after the start's Helsinki day, up to and including `last`. */
  function workingDaysAfter(start: Date, last: PlainDate): number {
    let counted = 0;
    for (
      let date = addCalendarDays(helsinkiDateOf(start), 1);
      date <= last;
      date = addCalendarDays(date, 1)
    ) {
      if (isWorkingDay(date)) counted += 1;
    }
    return counted;
  }

  it('lands on a working day, after the start, at its wall-clock time, n working days on', () => {
    fc.assert(
      fc.property(instants, counts, (start, n) => {
        const due = addWorkingDays(start, n);
        const dueDay = helsinkiDateOf(due);
        expect(due.getTime()).toBeGreaterThan(start.getTime());
        expect(isWorkingDay(due)).toBe(true);
        expect(dayOfWeek(dueDay) % 6).not.toBe(0); // neither Sunday (0) nor Saturday (6)
        expect(isFinnishPublicHoliday(dueDay) || isFinnishEveDayOff(dueDay)).toBe(false);
        expect(helsinkiMinutesOfDay(due)).toBe(helsinkiMinutesOfDay(start));
        expect(due.getUTCSeconds() * 1000 + due.getUTCMilliseconds()).toBe(
          start.getUTCSeconds() * 1000 + start.getUTCMilliseconds(),
        );
        expect(workingDaysAfter(start, dueDay)).toBe(n);
        expect(workingDaysAfter(start, addCalendarDays(dueDay, -1))).toBe(n - 1);
      }),
      { numRuns: 300 },
    );
  });

  it('ends at the Helsinki midnight after the n-th working day, never before the start', () => {
    fc.assert(
      fc.property(instants, counts, (start, n) => {
        const end = endOfNthWorkingDay(start, n);
        const lastDay = helsinkiDateOf(new Date(end.getTime() - 1));
        expect(end.getTime()).toBeGreaterThan(start.getTime());
        expect(helsinkiMinutesOfDay(end)).toBe(0);
        expect(end.getUTCSeconds() + end.getUTCMilliseconds()).toBe(0);
        expect(isWorkingDay(lastDay)).toBe(true);
        expect(lastDay).toBe(helsinkiDateOf(addWorkingDays(start, n)));
        expect(workingDaysAfter(start, lastDay)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('with 0 days keeps the instant and ends with its own Helsinki day', () => {
    fc.assert(
      fc.property(instants, (start) => {
        expect(addWorkingDays(start, 0)).toEqual(start);
        expect(endOfNthWorkingDay(start, 0)).toEqual(
          startOfHelsinkiDay(addCalendarDays(helsinkiDateOf(start), 1)),
        );
      }),
    );
  });
});
