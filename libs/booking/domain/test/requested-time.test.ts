import { describe, expect, it } from 'vitest';
import { validateRequestedTime, type RequestedTimeQuery } from '../src/index';
import { at } from './time-fixtures';

const now = at('2026-02-02T10:00:00Z'); // Monday 12:00 in Helsinki
const freeTimes = [
  { resourceId: 'nurse', start: at('2026-02-03T07:00:00Z'), end: at('2026-02-03T07:30:00Z') },
  { resourceId: 'nurse', start: at('2026-02-02T10:30:00Z'), end: at('2026-02-02T11:00:00Z') },
  { resourceId: 'nurse', start: at('2026-05-10T07:00:00Z'), end: at('2026-05-10T07:30:00Z') },
];
const query = (slotStart: string, more: Partial<RequestedTimeQuery> = {}): RequestedTimeQuery => ({
  slotStart: at(slotStart),
  now,
  horizonDays: 90,
  freeTimes,
  ...more,
});

describe('validateRequestedTime', () => {
  it.each([
    ['a free time', query('2026-02-03T07:00:00Z'), { ok: true }],
    [
      'a free time of the named resource',
      query('2026-02-03T07:00:00Z', { resourceId: 'nurse' }),
      { ok: true },
    ],
    [
      'another resource',
      query('2026-02-03T07:00:00Z', { resourceId: 'doctor' }),
      { ok: false, problem: 'NOT_A_FREE_TIME' },
    ],
    ['not on the grid', query('2026-02-03T07:10:00Z'), { ok: false, problem: 'NOT_A_FREE_TIME' }],
    ['in the past', query('2026-02-02T09:59:59Z'), { ok: false, problem: 'IN_THE_PAST' }],
    [
      'sooner than the lead time',
      query('2026-02-02T10:30:00Z', { minimumLeadMinutes: 60 }),
      { ok: false, problem: 'TOO_SOON' },
    ],
    ['after the horizon', query('2026-05-10T07:00:00Z'), { ok: false, problem: 'OUTSIDE_HORIZON' }],
    ['on the horizon’s last day', query('2026-05-03T07:00:00Z'), { ok: false, problem: 'NOT_A_FREE_TIME' }],
    [
      'malformed',
      { ...query('2026-02-03T07:00:00Z'), slotStart: new Date('not a date') },
      { ok: false, problem: 'MALFORMED_TIME' },
    ],
  ])('%s', (_, input, verdict) => {
    expect(validateRequestedTime(input)).toEqual(verdict);
  });
});
