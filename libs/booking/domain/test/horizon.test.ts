import { describe, expect, it } from 'vitest';
import { horizonEnd, isWithinHorizon } from '../src/index';
import { at } from './time-fixtures';

describe('booking horizon', () => {
  it.each([
    [
      'today plus one day, ending at Helsinki midnight',
      '2026-02-02T10:00:00Z',
      1,
      '2026-02-03T22:00:00.000Z',
    ],
    ['0 days is the rest of today', '2026-02-02T10:00:00Z', 0, '2026-02-02T22:00:00.000Z'],
    [
      'late evening in UTC is already tomorrow in Helsinki',
      '2026-02-02T22:30:00Z',
      0,
      '2026-02-03T22:00:00.000Z',
    ],
    [
      'across spring forward the end is a summer-time midnight',
      '2026-03-28T10:00:00Z',
      1,
      '2026-03-29T21:00:00.000Z',
    ],
    ['a 90-day horizon', '2026-02-02T10:00:00Z', 90, '2026-05-03T21:00:00.000Z'],
  ])('%s', (_, now, days, expected) => {
    expect(horizonEnd(at(now), days).toISOString()).toBe(expected);
  });

  it.each([
    ['2026-02-02T09:59:59.999Z', false],
    ['2026-02-02T10:00:00.000Z', true],
    ['2026-02-03T21:59:59.999Z', true],
    ['2026-02-03T22:00:00.000Z', false],
  ])('%s within 1 day from 2026-02-02T10:00Z: %s', (instant, within) => {
    expect(isWithinHorizon(at(instant), at('2026-02-02T10:00:00Z'), 1)).toBe(within);
  });
});
