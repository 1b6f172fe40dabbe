import { describe, expect, it } from 'vitest';
import { generateFreeTimes, type FreeTimeQuery } from '../src/index';
import { everyDay, period, starts, timing, wallStarts, weekdays } from './schedule-fixtures';
import { at, day } from './time-fixtures';

const longAgo = at('2020-01-01T00:00:00Z');

/** Free times on one Helsinki day (midnight to midnight given as instants), with "now" long before. */
function onDay(
  from: string,
  until: string,
  query: Partial<FreeTimeQuery> & Pick<FreeTimeQuery, 'templates'>,
) {
  return generateFreeTimes({
    serviceType: timing(30),
    from: at(from),
    until: at(until),
    now: longAgo,
    ...query,
  });
}

describe('generateFreeTimes on the DST change days', () => {
  const dayShift = [everyDay('nurse', period('08:00', '16:00'))];
  const halfHourly = Array.from(
    { length: 16 },
    (_, i) => `${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
  );

  it.each([
    [
      'Saturday before spring forward (EET)',
      '2026-03-27T22:00:00Z',
      '2026-03-28T22:00:00Z',
      '2026-03-28T06:00:00.000Z',
      '2026-03-28T13:30:00.000Z',
    ],
    [
      'spring-forward Sunday (EEST from 04:00)',
      '2026-03-28T22:00:00Z',
      '2026-03-29T21:00:00Z',
      '2026-03-29T05:00:00.000Z',
      '2026-03-29T12:30:00.000Z',
    ],
    [
      'Saturday before fall back (EEST)',
      '2026-10-23T21:00:00Z',
      '2026-10-24T21:00:00Z',
      '2026-10-24T05:00:00.000Z',
      '2026-10-24T12:30:00.000Z',
    ],
    [
      'fall-back Sunday (EET from 03:00 again)',
      '2026-10-24T21:00:00Z',
      '2026-10-25T22:00:00Z',
      '2026-10-25T06:00:00.000Z',
      '2026-10-25T13:30:00.000Z',
    ],
  ])(
    '%s: 08:00–16:00 gives the usual 16 times at the usual wall-clock times',
    (_, from, until, first, last) => {
      const times = onDay(from, until, { templates: dayShift });
      expect(times).toHaveLength(16);
      expect(starts(times)[0]).toBe(first);
      expect(starts(times).at(-1)).toBe(last);
      expect(wallStarts(times)).toEqual(halfHourly);
      expect(times.every((t) => t.end.getTime() - t.start.getTime() === 30 * 60_000)).toBe(true);
    },
  );

  it('spring forward: a night shift 01:00–05:00 skips the missing hour (3 real hours, 3 times)', () => {
    const times = onDay('2026-03-28T22:00:00Z', '2026-03-29T21:00:00Z', {
      templates: [everyDay('mobile', period('01:00', '05:00'))],
      serviceType: timing(60),
    });
    expect(starts(times)).toEqual([
      '2026-03-28T23:00:00.000Z',
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T01:00:00.000Z',
    ]);
    expect(wallStarts(times)).toEqual(['01:00', '02:00', '04:00']);
    expect(times.at(-1)?.end.toISOString()).toBe('2026-03-29T02:00:00.000Z'); // 05:00 EEST
  });

  it('spring forward: a grid time after the gap that would overlap the one before it is skipped', () => {
    const times = onDay('2026-03-28T22:00:00Z', '2026-03-29T21:00:00Z', {
      templates: [everyDay('mobile', period('01:00', '05:00'))],
      serviceType: timing(45),
    });
    // 02:30 EET lasts until 04:15 EEST, so 04:00 EEST is not offered; 03:15 does not exist.
    expect(wallStarts(times)).toEqual(['01:00', '01:45', '02:30']);
    expect(starts(times)).toEqual([
      '2026-03-28T23:00:00.000Z',
      '2026-03-28T23:45:00.000Z',
      '2026-03-29T00:30:00.000Z',
    ]);
  });

  it('fall back: a night shift 01:00–05:00 offers the repeated hour once, at its first occurrence', () => {
    const times = onDay('2026-10-24T21:00:00Z', '2026-10-25T22:00:00Z', {
      templates: [everyDay('mobile', period('01:00', '05:00'))],
      serviceType: timing(60),
    });
    expect(wallStarts(times)).toEqual(['01:00', '02:00', '03:00', '04:00']);
    expect(starts(times)).toEqual([
      '2026-10-24T22:00:00.000Z',
      '2026-10-24T23:00:00.000Z',
      '2026-10-25T00:00:00.000Z', // 03:00 EEST; 03:00 EET (01:00Z) is not offered again
      '2026-10-25T02:00:00.000Z',
    ]);
  });

  it('fall back: a period ending inside the repeated hour ends at its first occurrence', () => {
    const times = onDay('2026-10-24T21:00:00Z', '2026-10-25T22:00:00Z', {
      templates: [everyDay('mobile', period('02:00', '03:30'))],
      serviceType: timing(30),
    });
    expect(starts(times)).toEqual([
      '2026-10-24T23:00:00.000Z',
      '2026-10-24T23:30:00.000Z',
      '2026-10-25T00:00:00.000Z',
    ]);
  });
});

describe('generateFreeTimes: grid, buffers, bookings, blocks', () => {
  // Monday 2 February 2026, winter time (UTC+2).
  const monday = ['2026-02-01T22:00:00Z', '2026-02-02T22:00:00Z'] as const;
  const morning = [weekdays('nurse', period('08:00', '11:30'))];
  const buffered = timing(30, 5, 10);

  it('steps by buffer + duration + buffer from the period start, the last range ending by the period end', () => {
    const times = onDay(...monday, { templates: morning, serviceType: buffered });
    expect(wallStarts(times)).toEqual(['08:05', '08:50', '09:35', '10:20']);
    expect(times[0]).toEqual({
      resourceId: 'nurse',
      start: at('2026-02-02T06:05:00.000Z'),
      end: at('2026-02-02T06:35:00.000Z'),
      occupied: { start: at('2026-02-02T06:00:00.000Z'), end: at('2026-02-02T06:45:00.000Z') },
    });
  });

  it('leaves out grid times whose buffered range overlaps a booking (with its buffers) or a block', () => {
    const times = onDay(...monday, {
      templates: morning,
      serviceType: buffered,
      existingBookings: [
        { resourceId: 'nurse', start: at('2026-02-02T05:30:00Z'), end: at('2026-02-02T06:00:00Z') }, // touches 08:00
        { resourceId: 'nurse', start: at('2026-02-02T06:40:00Z'), end: at('2026-02-02T07:10:00Z') },
        { resourceId: 'nurse', start: at('2026-02-02T09:00:00Z'), end: at('2026-02-02T09:30:00Z') }, // touches 11:00
        { resourceId: 'doctor', start: at('2026-02-02T08:15:00Z'), end: at('2026-02-02T09:00:00Z') },
      ],
      blocked: [{ resourceId: 'nurse', start: at('2026-02-02T08:00:00Z'), end: at('2026-02-02T08:15:00Z') }],
    });
    // 08:00 and 08:45 ranges hit the 08:40–09:10 booking; 09:30 hits the 10:00–10:15 block; the grid stays.
    expect(wallStarts(times)).toEqual(['10:20']);
  });

  it('never offers a time that has started, and keeps the minimum lead time', () => {
    const now = at('2026-02-02T06:50:00Z'); // 08:50
    expect(wallStarts(onDay(...monday, { templates: morning, serviceType: buffered, now }))).toEqual([
      '08:50',
      '09:35',
      '10:20',
    ]);
    expect(
      wallStarts(
        onDay(...monday, { templates: morning, serviceType: buffered, now, minimumLeadMinutes: 60 }),
      ),
    ).toEqual(['10:20']);
  });

  it('returns times whose start lies in [from, until)', () => {
    const times = generateFreeTimes({
      templates: morning,
      serviceType: buffered,
      from: at('2026-02-02T06:50:00Z'),
      until: at('2026-02-02T08:20:00Z'),
      now: longAgo,
    });
    expect(wallStarts(times)).toEqual(['08:50', '09:35']);
  });

  it('cuts at the booking horizon', () => {
    const times = generateFreeTimes({
      templates: morning,
      serviceType: timing(60),
      from: at('2026-02-02T10:00:00Z'),
      until: at('2026-03-01T00:00:00Z'),
      now: at('2026-02-02T10:00:00Z'),
      horizonDays: 1,
    });
    expect(starts(times)).toEqual([
      '2026-02-03T06:00:00.000Z',
      '2026-02-03T07:00:00.000Z',
      '2026-02-03T08:00:00.000Z',
    ]);
  });

  it('merges overlapping periods into one grid, and sorts several resources by start', () => {
    const times = onDay(...monday, {
      templates: [
        weekdays('b-room', period('08:30', '09:30')),
        weekdays('a-nurse', period('08:00', '10:00'), period('09:00', '11:00')),
      ],
      serviceType: timing(60),
    });
    expect(times.map((t) => `${t.resourceId} ${t.start.toISOString()}`)).toEqual([
      'a-nurse 2026-02-02T06:00:00.000Z',
      'b-room 2026-02-02T06:30:00.000Z',
      'a-nurse 2026-02-02T07:00:00.000Z',
      'a-nurse 2026-02-02T08:00:00.000Z',
    ]);
  });
});

describe('generateFreeTimes: templates, holidays and exceptions', () => {
  const hourly = timing(60);
  const week = (
    from: string,
    until: string,
    query: Partial<FreeTimeQuery> & Pick<FreeTimeQuery, 'templates'>,
  ) => onDay(from, until, { serviceType: hourly, ...query });

  it('uses the template valid on each date, a newer one replacing the older', () => {
    const templates = [
      weekdays('nurse', period('08:00', '10:00')),
      {
        ...weekdays('nurse', period('12:00', '13:00')),
        validFrom: day('2026-03-02'),
        validUntil: day('2026-03-31'),
      },
    ];
    const times = week('2026-02-27T22:00:00Z', '2026-04-01T21:00:00Z', { templates });
    const firstOf = (date: string) =>
      times.filter((t) => t.start.toISOString().startsWith(date)).map((t) => t.start.toISOString());
    expect(firstOf('2026-02-')).toEqual([]); // 28 Feb is a Saturday
    expect(firstOf('2026-03-02')).toEqual(['2026-03-02T10:00:00.000Z']);
    expect(firstOf('2026-03-31')).toEqual(['2026-03-31T09:00:00.000Z']);
    expect(firstOf('2026-04-01')).toEqual(['2026-04-01T05:00:00.000Z', '2026-04-01T06:00:00.000Z']);
  });

  it.each([
    ['Good Friday', '2026-04-02T21:00:00Z', '2026-04-03T21:00:00Z'],
    ['Easter Monday', '2026-04-05T21:00:00Z', '2026-04-06T21:00:00Z'],
    ['Midsummer Eve', '2026-06-18T21:00:00Z', '2026-06-19T21:00:00Z'],
    ['Christmas Eve', '2026-12-23T22:00:00Z', '2026-12-24T22:00:00Z'],
    ["New Year's Day", '2026-12-31T22:00:00Z', '2027-01-01T22:00:00Z'],
  ])('closes on %s', (_, from, until) => {
    expect(week(from, until, { templates: [weekdays('nurse', period('08:00', '10:00'))] })).toEqual([]);
  });

  it("stays open on New Year's Eve, and on holidays when told not to skip them", () => {
    const templates = [weekdays('nurse', period('08:00', '10:00'))];
    expect(week('2026-12-30T22:00:00Z', '2026-12-31T22:00:00Z', { templates })).toHaveLength(2);
    expect(
      week('2026-04-02T21:00:00Z', '2026-04-03T21:00:00Z', { templates, skipPublicHolidays: false }),
    ).toHaveLength(2);
  });

  it('opens a holiday with an extra opening: its own periods, or the usual hours when it names none', () => {
    const templates = [weekdays('nurse', period('08:00', '10:00'))];
    const goodFriday = ['2026-04-02T21:00:00Z', '2026-04-03T21:00:00Z'] as const;
    const own = week(...goodFriday, {
      templates,
      exceptions: [
        {
          kind: 'extraOpening',
          resourceId: 'nurse',
          date: day('2026-04-03'),
          periods: [period('12:00', '14:00')],
        },
      ],
    });
    expect(wallStarts(own)).toEqual(['12:00', '13:00']);
    const usual = week(...goodFriday, {
      templates,
      exceptions: [{ kind: 'extraOpening', resourceId: 'nurse', date: day('2026-04-03') }],
    });
    expect(wallStarts(usual)).toEqual(['08:00', '09:00']);
  });

  it('adds an extra opening to an ordinary day, also on a weekend', () => {
    const times = week('2026-02-06T22:00:00Z', '2026-02-07T22:00:00Z', {
      templates: [weekdays('nurse', period('08:00', '10:00'))],
      exceptions: [
        {
          kind: 'extraOpening',
          resourceId: 'nurse',
          date: day('2026-02-07'),
          periods: [period('10:00', '12:00')],
        },
      ],
    });
    expect(wallStarts(times)).toEqual(['10:00', '11:00']);
  });

  it('lets an absence win: a whole day closes even an extra opening, a period splits the day', () => {
    const templates = [weekdays('nurse', period('08:00', '12:00'))];
    const monday = ['2026-02-01T22:00:00Z', '2026-02-02T22:00:00Z'] as const;
    const date = day('2026-02-02');
    expect(
      week(...monday, {
        templates,
        exceptions: [
          { kind: 'extraOpening', resourceId: 'nurse', date, periods: [period('13:00', '15:00')] },
          { kind: 'absence', resourceId: 'nurse', date },
        ],
      }),
    ).toEqual([]);
    const split = week(...monday, {
      templates,
      exceptions: [{ kind: 'absence', resourceId: 'nurse', date, period: period('09:15', '10:00') }],
    });
    expect(wallStarts(split)).toEqual(['08:00', '10:00', '11:00']);
  });

  it("touches only the named resource's schedule", () => {
    const times = week('2026-02-01T22:00:00Z', '2026-02-02T22:00:00Z', {
      templates: [weekdays('nurse', period('08:00', '09:00')), weekdays('doctor', period('08:00', '09:00'))],
      exceptions: [{ kind: 'absence', resourceId: 'doctor', date: day('2026-02-02') }],
    });
    expect(times.map((t) => t.resourceId)).toEqual(['nurse']);
  });

  it('refuses a service type without a duration and a period that ends before it starts', () => {
    const templates = [weekdays('nurse', period('08:00', '10:00'))];
    expect(() =>
      week('2026-02-01T22:00:00Z', '2026-02-02T22:00:00Z', { templates, serviceType: timing(0) }),
    ).toThrow(RangeError);
    expect(() =>
      week('2026-02-01T22:00:00Z', '2026-02-02T22:00:00Z', {
        templates: [weekdays('nurse', period('10:00', '08:00'))],
      }),
    ).toThrow(RangeError);
  });
});
