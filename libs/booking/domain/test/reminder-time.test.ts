import { describe, expect, it } from 'vitest';
import { reminderTimeFor } from '../src/index';
import { at, helsinkiWallClock } from './time-fixtures';

const earlyBooking = at('2026-01-01T10:00:00Z');

describe('reminderTimeFor', () => {
  it.each([
    ['an ordinary Tuesday 09:00', '2026-02-10T07:00:00Z', '2026-02-09T16:00:00.000Z'],
    [
      '00:30 Tuesday in Helsinki (still Monday in UTC): Monday 18:00',
      '2026-02-09T22:30:00Z',
      '2026-02-09T16:00:00.000Z',
    ],
    ['Monday after spring forward: Sunday 18:00 EEST', '2026-03-30T06:00:00Z', '2026-03-29T15:00:00.000Z'],
    [
      'the spring-forward Sunday itself: Saturday 18:00 EET',
      '2026-03-29T07:00:00Z',
      '2026-03-28T16:00:00.000Z',
    ],
    ['Monday after fall back: Sunday 18:00 EET', '2026-10-26T07:00:00Z', '2026-10-25T16:00:00.000Z'],
    ['the fall-back Sunday itself: Saturday 18:00 EEST', '2026-10-25T06:00:00Z', '2026-10-24T15:00:00.000Z'],
  ])('%s', (_, start, sendAt) => {
    const reminder = reminderTimeFor({ start: at(start), bookedAt: earlyBooking });
    expect(reminder).toEqual({ sendAt: at(sendAt), timing: 'dayBefore' });
    expect(helsinkiWallClock(reminder!.sendAt).slice(11)).toBe('18:00');
  });

  it('sends at once when booked after the day-before time, and never once the appointment has started', () => {
    const start = at('2026-02-10T07:00:00Z');
    expect(reminderTimeFor({ start, bookedAt: at('2026-02-09T17:00:00Z') })).toEqual({
      sendAt: at('2026-02-09T17:00:00Z'),
      timing: 'immediately',
    });
    expect(reminderTimeFor({ start, bookedAt: at('2026-02-09T16:00:00Z') })?.timing).toBe('immediately');
    expect(reminderTimeFor({ start, bookedAt: at('2026-02-09T15:59:59Z') })?.timing).toBe('dayBefore');
    expect(reminderTimeFor({ start, bookedAt: start })).toBeUndefined();
  });

  it('takes another wall-clock time for the reminder', () => {
    expect(
      reminderTimeFor({ start: at('2026-03-30T06:00:00Z'), bookedAt: earlyBooking, sendAt: '09:00' })?.sendAt,
    ).toEqual(at('2026-03-29T06:00:00Z'));
  });
});
