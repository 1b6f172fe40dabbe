import { describe, expect, it } from 'vitest';
import { addDays, daysOfWeek, helsinkiDateOf, isPlainDate, mondayOf } from '../../src/book/helsinki-calendar';
import { formatWallTime } from '../../src/find/wall-time';

describe('Helsinki calendar days', () => {
  it('gives the Helsinki day of an instant, across midnight and DST', () => {
    expect(helsinkiDateOf('2026-03-28T22:30:00Z')).toBe('2026-03-29'); // 00.30 EET
    expect(helsinkiDateOf('2026-10-24T21:30:00Z')).toBe('2026-10-25'); // 00.30 EEST
    expect(helsinkiDateOf('2026-10-25T21:59:00Z')).toBe('2026-10-25'); // 23.59 EET
  });

  it('finds the Monday of a week and its seven days', () => {
    expect(mondayOf('2026-03-29')).toBe('2026-03-23'); // a Sunday
    expect(mondayOf('2026-03-23')).toBe('2026-03-23');
    expect(daysOfWeek('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('accepts only real calendar days', () => {
    expect(isPlainDate('2026-02-28')).toBe(true);
    expect(isPlainDate('2026-02-30')).toBe(false);
    expect(isPlainDate('2026-2-3')).toBe(false);
  });

  it('writes a wall-clock time as each language does', () => {
    expect(formatWallTime('08:00', 'fi')).toBe('8.00');
    expect(formatWallTime('16:30', 'sv')).toBe('16.30');
    expect(formatWallTime('08:00', 'en')).toBe('8:00');
  });
});
