import { describe, expect, it } from 'vitest';
import { canReschedule, canResidentCancel, residentCutOff } from '../src/index';
import { at, helsinkiWallClock } from './time-fixtures';

describe('cancel and reschedule cut-off', () => {
  const start = at('2026-02-10T08:00:00Z');

  it.each([
    ['a day and a minute before', '2026-02-09T07:59:00Z', true],
    ['exactly 24 h before', '2026-02-09T08:00:00Z', true],
    ['a millisecond after the cut-off', '2026-02-09T08:00:00.001Z', false],
    ['after the start', '2026-02-10T09:00:00Z', false],
  ])('%s: %s', (_, now, allowed) => {
    expect(canResidentCancel({ start, now: at(now), cutOffHours: 24 })).toBe(allowed);
    expect(canReschedule({ start, now: at(now), cutOffHours: 24 })).toBe(allowed);
  });

  it('with no cut-off allows it until the start', () => {
    expect(canResidentCancel({ start, now: at('2026-02-10T07:59:59Z'), cutOffHours: 0 })).toBe(true);
    expect(canResidentCancel({ start, now: start, cutOffHours: 0 })).toBe(true);
  });

  it('counts real hours across DST: 24 h before Sunday 10:00 EEST is Saturday 09:00 EET', () => {
    const cutOff = residentCutOff(at('2026-03-29T07:00:00Z'), 24);
    expect(cutOff.toISOString()).toBe('2026-03-28T07:00:00.000Z');
    expect(helsinkiWallClock(cutOff)).toBe('2026-03-28 09:00');
  });

  it('and 24 h before Sunday 10:00 EET in October is Saturday 11:00 EEST', () => {
    const cutOff = residentCutOff(at('2026-10-25T08:00:00Z'), 24);
    expect(cutOff.toISOString()).toBe('2026-10-24T08:00:00.000Z');
    expect(helsinkiWallClock(cutOff)).toBe('2026-10-24 11:00');
  });
});
