import { figureDescriptionSchema } from '@asiointi/platform-contract';
import { describe, expect, it } from 'vitest';
import {
  bookingFigureDescriptions,
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
    expect(figure).toEqual({ value: 7, n: 4 });
  });

  it('reads the third time on the Helsinki calendar (00:30 Thursday is 3 days, not 2)', () => {
    const figure = t3Days({
      now,
      freeTimes: free('2026-02-02T11:00:00Z', '2026-02-03T07:00:00Z', '2026-02-04T22:30:00Z'),
    });
    expect(figure.value).toBe(3);
  });

  it('is 0 when the third is today, and null with fewer than three', () => {
    expect(
      t3Days({ now, freeTimes: free('2026-02-02T11:00:00Z', '2026-02-02T12:00:00Z', '2026-02-02T13:00:00Z') })
        .value,
    ).toBe(0);
    expect(t3Days({ now, freeTimes: free('2026-02-02T11:00:00Z', '2026-02-03T07:00:00Z') })).toEqual({
      value: null,
      n: 2,
    });
  });
});

describe('shareWithinCareGuarantee', () => {
  const rule = { limitDays: 14 };
  const needAssessedAt = at('2026-06-01T07:00:00Z');
  it('counts the visits within their limit out of all assessed visits', () => {
    const figure = shareWithinCareGuarantee([
      { needAssessedAt, visitAt: at('2026-06-02T07:00:00Z'), rule },
      { needAssessedAt, visitAt: at('2026-06-15T07:00:00Z'), rule },
      { needAssessedAt, visitAt: at('2026-06-16T07:00:00Z'), rule },
    ]);
    expect(figure).toEqual({ numerator: 2, denominator: 3 });
  });
  it('has nothing to divide by without visits', () => {
    expect(shareWithinCareGuarantee([])).toEqual({ numerator: 0, denominator: 0 });
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
    expect(noShowRate(statuses.map((status) => ({ status })))).toEqual({ numerator: 1, denominator: 4 });
    expect(noShowRate([{ status: 'cancelled' }])).toEqual({ numerator: 0, denominator: 0 });
  });
});

describe('selfServiceShare', () => {
  it('counts the bookings residents made themselves out of all bookings', () => {
    expect(
      selfServiceShare([
        { bookedBy: 'resident' },
        { bookedBy: 'staff' },
        { bookedBy: 'resident' },
        { bookedBy: 'resident' },
      ]),
    ).toEqual({ numerator: 3, denominator: 4 });
  });
});

describe('bookingFigureDescriptions', () => {
  it('describes every figure in the platform’s terms, each under its own stable id', () => {
    const descriptions = Object.values(bookingFigureDescriptions);
    for (const description of descriptions)
      expect(figureDescriptionSchema.parse(description)).toEqual(description);
    expect(descriptions.map((description) => description.id)).toEqual([
      'booking.t3',
      'booking.care-guarantee-share',
      'booking.no-show-rate',
      'booking.self-service-share',
    ]);
  });
});
