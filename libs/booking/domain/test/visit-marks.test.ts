import { describe, expect, it } from 'vitest';
import { canUndoVisitMark, isVisitOver, visitMarkProblem, visitMarksAllowed } from '../src';
import { at } from './time-fixtures';

// Tuesday 24 November 2026, 9.00 in Helsinki (UTC+2).
const start = at('2026-11-24T07:00:00Z');

describe('marking a visit', () => {
  it('offers nothing the day before the appointment', () => {
    expect(visitMarksAllowed({ status: 'booked', start, now: at('2026-11-23T21:59:00Z') })).toEqual([]);
    expect(visitMarkProblem('attended', { status: 'booked', start, now: at('2026-11-23T12:00:00Z') })).toBe(
      'TOO_EARLY',
    );
  });

  it('allows "arrived" from the Helsinki day of the appointment (00.00 local is 22.00 UTC the day before)', () => {
    expect(visitMarksAllowed({ status: 'booked', start, now: at('2026-11-23T22:00:00Z') })).toEqual([
      'arrived',
    ]);
  });

  it('allows "attended" and "no-show" only from the start', () => {
    expect(visitMarksAllowed({ status: 'booked', start, now: at('2026-11-24T06:59:59Z') })).toEqual([
      'arrived',
    ]);
    expect(visitMarksAllowed({ status: 'booked', start, now: start })).toEqual([
      'arrived',
      'attended',
      'noShow',
    ]);
    expect(visitMarksAllowed({ status: 'arrived', start, now: start })).toEqual(['attended']);
  });

  it('follows the Helsinki day across the DST change (a 29 March 2026 visit at 8.00 EEST)', () => {
    const springStart = at('2026-03-29T05:00:00Z');
    expect(
      visitMarksAllowed({ status: 'booked', start: springStart, now: at('2026-03-28T21:59:00Z') }),
    ).toEqual([]);
    expect(
      visitMarksAllowed({ status: 'booked', start: springStart, now: at('2026-03-28T22:00:00Z') }),
    ).toEqual(['arrived']);
  });

  it('never marks a cancelled or already settled visit', () => {
    const later = at('2026-11-24T12:00:00Z');
    expect(visitMarkProblem('attended', { status: 'cancelled', start, now: later })).toBe('NOT_MARKABLE');
    expect(visitMarkProblem('noShow', { status: 'attended', start, now: later })).toBe('NOT_MARKABLE');
    expect(visitMarksAllowed({ status: 'noShow', start, now: later })).toEqual([]);
  });
});

describe('undoing a mark', () => {
  const markedAt = at('2026-11-24T07:30:00Z');
  it('is possible on the Helsinki day the mark was made', () => {
    expect(
      canUndoVisitMark({ status: 'attended', statusChangedAt: markedAt, now: at('2026-11-24T21:59:00Z') }),
    ).toBe(true);
  });

  it('is closed from the next Helsinki day on', () => {
    expect(
      canUndoVisitMark({ status: 'attended', statusChangedAt: markedAt, now: at('2026-11-24T22:00:00Z') }),
    ).toBe(false);
  });

  it('has nothing to undo for a booked or cancelled visit', () => {
    expect(canUndoVisitMark({ status: 'booked', statusChangedAt: markedAt, now: markedAt })).toBe(false);
    expect(canUndoVisitMark({ status: 'cancelled', statusChangedAt: markedAt, now: markedAt })).toBe(false);
    expect(canUndoVisitMark({ status: 'noShow', statusChangedAt: null, now: markedAt })).toBe(false);
  });
});

describe('a visit over for the resident', () => {
  const end = at('2026-11-24T07:20:00Z');
  it('is over once marked attended or no-show, even before its end', () => {
    expect(isVisitOver({ status: 'attended', end, now: start })).toBe(true);
    expect(isVisitOver({ status: 'noShow', end, now: start })).toBe(true);
    expect(isVisitOver({ status: 'arrived', end, now: start })).toBe(false);
    expect(isVisitOver({ status: 'booked', end, now: end })).toBe(true);
  });
});
