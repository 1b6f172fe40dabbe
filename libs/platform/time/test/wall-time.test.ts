import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  minutesOfPeriod,
  minutesOfWallTime,
  normaliseWallTime,
  wallTimeOfMinutes,
  type WallTime,
} from '../src/index';

describe('wall-clock times', () => {
  it('reads times as staff type them', () => {
    expect(normaliseWallTime('8.00')).toBe('08:00');
    expect(normaliseWallTime('8:00')).toBe('08:00');
    expect(normaliseWallTime('0815')).toBe('08:15');
    expect(normaliseWallTime(' 16.30 ')).toBe('16:30');
    expect(normaliseWallTime('24:00')).toBe('24:00');
    expect(normaliseWallTime('24:30')).toBeUndefined();
    expect(normaliseWallTime('8')).toBeUndefined();
    expect(normaliseWallTime('12:60')).toBeUndefined();
    expect(normaliseWallTime('klo 8')).toBeUndefined();
  });

  it('turns "HH:mm" into minutes since midnight and back, up to 24:00', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1440 }), (minutes) => {
        const time = wallTimeOfMinutes(minutes);
        expect(time).toMatch(/^\d{2}:\d{2}$/);
        expect(minutesOfWallTime(time)).toBe(minutes);
        expect(normaliseWallTime(time.replace(':', '.'))).toBe(time);
      }),
    );
    expect(() => minutesOfWallTime('24:01' as WallTime)).toThrow(RangeError);
    expect(() => minutesOfWallTime('8:00' as WallTime)).toThrow(RangeError);
    expect(() => wallTimeOfMinutes(1441)).toThrow(RangeError);
  });

  it('takes a period within one day, ending after it starts', () => {
    expect(minutesOfPeriod({ start: '08:00', end: '24:00' })).toEqual({ start: 480, end: 1440 });
    expect(() => minutesOfPeriod({ start: '12:00', end: '12:00' })).toThrow(RangeError);
  });
});
