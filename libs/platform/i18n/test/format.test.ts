import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDateWithWeekday,
  formatPlainDate,
  formatPlainDateWithWeekday,
  formatTime,
  formatWallTime,
} from '../src';

// Finland moves to summer time (EET, UTC+2 -> EEST, UTC+3) at 03:00 local time on the last Sunday
// of March and back at 04:00 local time on the last Sunday of October.
describe('formatting in Europe/Helsinki', () => {
  it('shows the hour before and after the spring change correctly', () => {
    expect(formatTime('2026-03-29T00:59:00Z', 'fi')).toBe('2.59');
    expect(formatTime('2026-03-29T01:00:00Z', 'fi')).toBe('4.00');
  });

  it('shows the repeated hour of the autumn change from the instant, not the device', () => {
    expect(formatTime('2026-10-25T00:30:00Z', 'fi')).toBe('3.30');
    expect(formatTime('2026-10-25T01:30:00Z', 'fi')).toBe('3.30');
    expect(formatTime('2026-10-25T02:30:00Z', 'fi')).toBe('4.30');
  });

  it('puts a late-evening UTC instant on the next Helsinki day', () => {
    expect(formatDate('2026-06-30T21:30:00Z', 'fi')).toBe('1.7.2026');
    expect(formatDate('2026-12-31T22:30:00Z', 'sv')).toBe('1.1.2027');
  });

  it('formats in each language', () => {
    const instant = new Date('2026-03-29T01:00:00Z');
    expect(formatDateTime(instant, 'fi')).toBe('29.3.2026 klo 4.00');
    expect(formatDateTime(instant, 'sv')).toBe('29.3.2026 kl. 4.00');
    expect(formatDateTime(instant, 'en')).toBe('29 March 2026 at 4:00');
    expect(formatDateWithWeekday(instant, 'fi')).toBe('su 29.3.2026');
    expect(formatDateWithWeekday(instant, 'en')).toBe('Sun, 29 March 2026');
  });

  it('refuses a value that is not a date', () => {
    expect(() => formatDate('not a date', 'fi')).toThrow(RangeError);
    expect(() => formatPlainDate('2026-02-30', 'fi')).toThrow(RangeError);
  });

  it('formats a Helsinki calendar day as that day, on DST change days too', () => {
    expect(formatPlainDate('2026-03-29', 'fi')).toBe('29.3.2026');
    expect(formatPlainDate('2026-10-25', 'en')).toBe('25 October 2026');
    expect(formatPlainDateWithWeekday('2026-03-29', 'sv')).toBe('sön 29.3.2026');
    expect(formatPlainDateWithWeekday('2026-12-31', 'en')).toBe('Thu, 31 December 2026');
  });

  it('writes a wall-clock time as each language does', () => {
    expect(formatWallTime('08:00', 'fi')).toBe('8.00');
    expect(formatWallTime('16:30', 'sv')).toBe('16.30');
    expect(formatWallTime('08:00', 'en')).toBe('8:00');
    expect(formatWallTime('24:00', 'fi')).toBe('24.00');
  });
});
