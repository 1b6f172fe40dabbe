import { describe, expect, it } from 'vitest';
import {
  noShowRate,
  selfServiceShare,
  shareWithinCareGuarantee,
  t3Days,
  type BookingStatus,
} from '../src/index';
import { at } from './time-fixtures';

describe('t3Days', () => {
  const now = at('2026-02-02T10:00:00Z'); // Monday 12:00
  const free = (...starts: string[]) => starts.map((start) => ({ start: at(start) }));

  it('counts Helsinki calendar days to the third next free time, ignoring started ones', () => {
    const figure = t3Days({
      now,
      freeTimes: free(
        '2026-02-09T07:00:00Z',
        '2026-02-02T09:00:00Z', // already started
        '2026-02-02T12:00:00Z',
        '2026-02-04T07:00:00Z',
        '2026-02-10T07:00:00Z',
      ),
    });
    expect(figure).toEqual({ value: 7, n: 4, definition: 'booking.t3.daysToThirdNextFreeTime' });
  });

  it('reads the third time on the Helsinki calendar (00:30 Thursday is 3 days, not 2)', () => {
    const figure = t3Days({
      now,
      freeTimes: free('2026-02-02T11:00:00Z', '2026-02-03T07:00:00Z', '2026-02-04T22:30:00Z'),
    });
    expect(figure.value).toBe(3);
  });

  it('is 0 when the third is today, and undefined with fewer than three', () => {
    expect(
      t3Days({ now, freeTimes: free('2026-02-02T11:00:00Z', '2026-02-02T12:00:00Z', '2026-02-02T13:00:00Z') })
        .value,
    ).toBe(0);
    expect(t3Days({ now, freeTimes: free('2026-02-02T11:00:00Z', '2026-02-03T07:00:00Z') })).toEqual({
      value: undefined,
      n: 2,
      definition: 'booking.t3.daysToThirdNextFreeTime',
    });
  });
});

describe('shareWithinCareGuarantee', () => {
  const rule = { limitDays: 14 };
  const needAssessedAt = at('2026-06-01T07:00:00Z');
  it('is the share of visits within their limit, with n', () => {
    const figure = shareWithinCareGuarantee([
      { needAssessedAt, visitAt: at('2026-06-02T07:00:00Z'), rule },
      { needAssessedAt, visitAt: at('2026-06-15T07:00:00Z'), rule },
      { needAssessedAt, visitAt: at('2026-06-16T07:00:00Z'), rule },
    ]);
    expect(figure).toEqual({
      value: 2 / 3,
      n: 3,
      definition: 'booking.careGuarantee.shareOfVisitsWithinLimit',
    });
  });
  it('has no value without visits', () => {
    expect(shareWithinCareGuarantee([]).value).toBeUndefined();
  });
});

describe('noShowRate', () => {
  it('is no-shows / (attended + no-shows); cancelled, upcoming and unmarked bookings are left out', () => {
    const statuses: BookingStatus[] = [
      'attended',
      'attended',
      'attended',
      'noShow',
      'cancelled',
      'booked',
      'arrived',
    ];
    expect(noShowRate(statuses.map((status) => ({ status })))).toEqual({
      value: 0.25,
      n: 4,
      definition: 'booking.noShow.noShowsPerAttendedAndNoShows',
    });
    expect(noShowRate([{ status: 'cancelled' }])).toEqual({
      value: undefined,
      n: 0,
      definition: 'booking.noShow.noShowsPerAttendedAndNoShows',
    });
  });
});

describe('selfServiceShare', () => {
  it('is the share of bookings residents made themselves', () => {
    expect(
      selfServiceShare([
        { bookedBy: 'resident' },
        { bookedBy: 'staff' },
        { bookedBy: 'resident' },
        { bookedBy: 'resident' },
      ]),
    ).toEqual({
      value: 0.75,
      n: 4,
      definition: 'booking.selfService.shareOfBookingsMadeByResidents',
    });
  });
});
