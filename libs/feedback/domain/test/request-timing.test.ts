// Hand-checked times: Helsinki is UTC+2 in winter and UTC+3 in summer; on 2027-03-28 the clocks go from
// 03:00 to 04:00, on 2027-10-31 from 04:00 back to 03:00.
import { describe, expect, it } from 'vitest';
import { helsinkiMonthOf, outsideQuietHours, requestTiming } from '../src/index';

const at = (iso: string) => new Date(iso);

describe('when a feedback request is sent and until when it works', () => {
  it('sends two hours after a daytime visit and expires at the end of the 14th day after', () => {
    // Visit 10:00 Helsinki (08:00Z) on Tuesday 2027-03-23, marked attended at 10:40.
    const timing = requestTiming(at('2027-03-23T08:00:00Z'), at('2027-03-23T08:40:00Z'));
    expect(timing.sendAt.toISOString()).toBe('2027-03-23T10:40:00.000Z');
    // Midnight at the start of 2027-04-07 in Helsinki, summer time by then (UTC+3).
    expect(timing.expiresAt.toISOString()).toBe('2027-04-06T21:00:00.000Z');
  });

  it('moves a send time in the evening quiet hours to 08:00 the next morning', () => {
    // Visit 19:30 Helsinki (17:30Z) in January: 21:30 is quiet, so 08:00 the next day (06:00Z).
    const timing = requestTiming(at('2027-01-12T17:30:00Z'), at('2027-01-12T17:30:00Z'));
    expect(timing.sendAt.toISOString()).toBe('2027-01-13T06:00:00.000Z');
  });

  it('moves a send time after midnight to 08:00 the same day, across the spring DST change', () => {
    // 01:00 Helsinki winter time on 2027-03-28 (23:00Z the day before); 08:00 is summer time (05:00Z).
    expect(
      outsideQuietHours(at('2027-03-27T23:00:00Z'), {
        quietFrom: '21:00',
        quietUntil: '08:00',
      }).toISOString(),
    ).toBe('2027-03-28T05:00:00.000Z');
  });

  it('keeps a daytime instant and honours the configured delay and validity', () => {
    const noon = at('2027-06-10T09:00:00Z'); // 12:00 Helsinki
    expect(outsideQuietHours(noon, { quietFrom: '21:00', quietUntil: '08:00' })).toBe(noon);
    const timing = requestTiming(noon, noon, {
      delayMinutes: 30,
      quietFrom: '22:00',
      quietUntil: '07:00',
      validDays: 1,
    });
    expect(timing.sendAt.toISOString()).toBe('2027-06-10T09:30:00.000Z');
    expect(timing.expiresAt.toISOString()).toBe('2027-06-11T21:00:00.000Z');
  });

  it('counts from the later of the visit and its mark', () => {
    const timing = requestTiming(at('2027-06-10T06:00:00Z'), at('2027-06-10T09:00:00Z'));
    expect(timing.sendAt.toISOString()).toBe('2027-06-10T11:00:00.000Z');
  });

  it('files an instant under its Helsinki month', () => {
    // 00:30 on 1 November in Helsinki is still 31 October in UTC.
    expect(helsinkiMonthOf(at('2027-10-31T22:30:00Z'))).toBe('2027-11-01');
    expect(helsinkiMonthOf(at('2027-10-31T21:30:00Z'))).toBe('2027-10-01');
  });
});
