import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  instantAtWallClock,
  startOfHelsinkiDay,
  wallTimeOfMinutes,
  type PlainDate,
  type WallTime,
} from '@asiointi/platform-time';
import {
  generateFreeTimes,
  rangesOverlap,
  workingPeriodsOfDay,
  type MinutePeriod,
  type OccupiedRange,
  type WeeklyScheduleTemplate,
} from '../src/index';
import { timing } from './schedule-fixtures';
import { day, helsinkiWallClock } from './time-fixtures';

const hhmm = wallTimeOfMinutes;

// The DST Sundays, Good Friday, an ordinary Monday and a summer Wednesday.
const dates = [
  '2026-03-29',
  '2026-10-25',
  '2027-03-28',
  '2027-10-31',
  '2026-04-03',
  '2026-02-02',
  '2026-07-15',
].map(day);

const periodArb = fc
  .tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 1, max: 40 }))
  .map(([start, length]) => ({ start: hhmm(start * 15), end: hhmm(Math.min(96, start + length) * 15) }));

const scenarioArb = fc.record({
  date: fc.constantFrom(...dates),
  periodsA: fc.array(periodArb, { minLength: 1, maxLength: 3 }),
  periodsB: fc.array(periodArb, { minLength: 1, maxLength: 2 }),
  duration: fc.integer({ min: 1, max: 24 }).map((n) => n * 5),
  before: fc.constantFrom(0, 5, 10),
  after: fc.constantFrom(0, 5, 15),
  // Bookings and blocks as minutes from the day's start (instants, so they may cross DST hours).
  taken: fc.array(
    fc.record({
      resourceId: fc.constantFrom('a', 'b'),
      startMinute: fc.integer({ min: 0, max: 1440 }),
      length: fc.integer({ min: 1, max: 180 }),
    }),
    { maxLength: 6 },
  ),
  nowMinute: fc.integer({ min: -60, max: 1440 }),
  skipPublicHolidays: fc.boolean(),
});

describe('generateFreeTimes (properties)', () => {
  it('never overlaps another free time, a booking or a block; stays inside a working period; never past', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const dayStart = startOfHelsinkiDay(s.date).getTime();
        const templates: WeeklyScheduleTemplate[] = [
          {
            resourceId: 'a',
            validFrom: s.date,
            validUntil: s.date,
            workingPeriods: everyWeekday(s.periodsA),
          },
          {
            resourceId: 'b',
            validFrom: s.date,
            validUntil: s.date,
            workingPeriods: everyWeekday(s.periodsB),
          },
        ];
        const taken: OccupiedRange[] = s.taken.map((t) => ({
          resourceId: t.resourceId,
          start: new Date(dayStart + t.startMinute * 60_000),
          end: new Date(dayStart + (t.startMinute + t.length) * 60_000),
        }));
        const now = new Date(dayStart + s.nowMinute * 60_000);
        const serviceType = timing(s.duration, s.before, s.after);
        const times = generateFreeTimes({
          templates,
          existingBookings: taken.slice(0, 3),
          blocked: taken.slice(3),
          serviceType,
          from: startOfHelsinkiDay(s.date),
          until: startOfHelsinkiDay(addCalendarDays(s.date, 1)),
          now,
          skipPublicHolidays: s.skipPublicHolidays,
        });

        const periodsOf: Record<string, MinutePeriod[]> = {};
        for (const resourceId of ['a', 'b']) {
          const query = {
            resourceId,
            date: s.date,
            templates,
            exceptions: [],
            skipPublicHolidays: s.skipPublicHolidays,
          };
          periodsOf[resourceId] = workingPeriodsOfDay(query);
        }
        for (const [i, time] of times.entries()) {
          expect(time.start.getTime()).toBeGreaterThanOrEqual(now.getTime());
          expect(time.start.getTime() - time.occupied.start.getTime()).toBe(s.before * 60_000);
          expect(time.end.getTime() - time.start.getTime()).toBe(s.duration * 60_000);
          expect(time.occupied.end.getTime() - time.end.getTime()).toBe(s.after * 60_000);
          for (const other of times.slice(i + 1)) {
            if (other.resourceId === time.resourceId)
              expect(rangesOverlap(time.occupied, other.occupied)).toBe(false);
          }
          for (const range of taken) {
            if (range.resourceId === time.resourceId) expect(rangesOverlap(time.occupied, range)).toBe(false);
          }
          const inside = periodsOf[time.resourceId]!.some(
            (p) =>
              time.occupied.start.getTime() >= instantAtWallClock(s.date, p.start).getTime() &&
              time.occupied.end.getTime() <= instantAtWallClock(s.date, p.end).getTime(),
          );
          expect(inside).toBe(true);
        }
        // Sorted by start, and no wall-clock time offered twice by one resource.
        const keys = times.map((t) => `${t.resourceId} ${t.start.getTime()}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(times.map((t) => t.start.getTime())).toEqual(
          times.map((t) => t.start.getTime()).sort((x, y) => x - y),
        );
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it("with maxPerResource keeps exactly each resource's earliest free times, across days and DST", () => {
    const start = day('2026-10-23'); // Friday before the October change, to the Wednesday after
    fc.assert(
      fc.property(
        fc.array(periodArb, { minLength: 1, maxLength: 3 }),
        fc.array(periodArb, { minLength: 1, maxLength: 2 }),
        fc.integer({ min: 1, max: 12 }).map((n) => n * 10),
        fc.array(
          fc.record({
            resourceId: fc.constantFrom('a', 'b'),
            startMinute: fc.integer({ min: 0, max: 5 * 1440 }),
            length: fc.integer({ min: 1, max: 600 }),
          }),
          { maxLength: 8 },
        ),
        fc.integer({ min: 1, max: 5 }),
        (periodsA, periodsB, duration, taken, max) => {
          const from = startOfHelsinkiDay(start);
          const query = {
            templates: [
              { resourceId: 'a', validFrom: start, workingPeriods: everyWeekday(periodsA) },
              { resourceId: 'b', validFrom: start, workingPeriods: everyWeekday(periodsB) },
            ],
            existingBookings: taken.map((t) => ({
              resourceId: t.resourceId,
              start: new Date(from.getTime() + t.startMinute * 60_000),
              end: new Date(from.getTime() + (t.startMinute + t.length) * 60_000),
            })),
            serviceType: timing(duration, 5, 5),
            from,
            until: startOfHelsinkiDay(addCalendarDays(start, 6)),
            now: from,
          };
          const all = generateFreeTimes(query);
          const limited = generateFreeTimes({ ...query, maxPerResource: max });
          const earliest = ['a', 'b'].flatMap((id) => all.filter((t) => t.resourceId === id).slice(0, max));
          const key = (t: { resourceId: string; start: Date }) => `${t.start.toISOString()} ${t.resourceId}`;
          expect(limited.map(key)).toEqual(earliest.map(key).sort());
          expect(limited).toEqual(all.filter((t) => limited.some((l) => key(l) === key(t))));
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);

  it('offers a day shift the same wall-clock times on a DST Sunday as on the Sunday before', () => {
    const pairs: [PlainDate, PlainDate][] = [
      [day('2026-03-22'), day('2026-03-29')],
      [day('2026-10-18'), day('2026-10-25')],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.integer({ min: 16, max: 40 }), // starts from 04:00 on, clear of the changing hour
        fc.integer({ min: 4, max: 40 }),
        fc.integer({ min: 1, max: 12 }).map((n) => n * 10),
        ([ordinary, dstDay], start, length, duration) => {
          const workingPeriods = {
            sun: [{ start: hhmm(start * 15), end: hhmm(Math.min(96, start + length) * 15) }],
          };
          const wallTimes = (date: PlainDate) =>
            generateFreeTimes({
              templates: [{ resourceId: 'a', validFrom: day('2026-01-01'), workingPeriods }],
              serviceType: timing(duration),
              from: startOfHelsinkiDay(date),
              until: startOfHelsinkiDay(addCalendarDays(date, 1)),
              now: new Date(0),
            }).map((t) => helsinkiWallClock(t.start).slice(11));
          expect(wallTimes(dstDay)).toEqual(wallTimes(ordinary));
        },
      ),
    );
  });
});

function everyWeekday(
  periods: { start: WallTime; end: WallTime }[],
): WeeklyScheduleTemplate['workingPeriods'] {
  return { mon: periods, tue: periods, wed: periods, thu: periods, fri: periods, sat: periods, sun: periods };
}
