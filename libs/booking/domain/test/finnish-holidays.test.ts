import { describe, expect, it } from 'vitest';
import { isFinnishPublicHoliday, isWorkingDay } from '../src/index';
import { at, day } from './time-fixtures';

describe('Finnish public holidays and working days', () => {
  it.each([
    // date, public holiday, working day, why
    ['2026-04-02', false, true, 'Maundy Thursday is a working day'],
    ['2026-04-03', true, false, 'Good Friday 2026'],
    ['2026-04-04', false, false, 'Easter Saturday is a Saturday'],
    ['2026-04-05', true, false, 'Easter Sunday 2026'],
    ['2026-04-06', true, false, 'Easter Monday 2026'],
    ['2026-04-07', false, true, 'the Tuesday after Easter'],
    ['2027-03-26', true, false, 'Good Friday 2027'],
    ['2027-03-29', true, false, 'Easter Monday 2027'],
    ['2027-03-30', false, true, 'the Tuesday after Easter 2027'],
    ['2026-05-01', true, false, 'May Day'],
    ['2026-05-14', true, false, 'Ascension Day'],
    ['2026-06-18', false, true, 'the Thursday before Midsummer'],
    ['2026-06-19', false, false, 'Midsummer Eve: not a public holiday, but a day off'],
    ['2026-06-20', true, false, 'Midsummer Day'],
    ['2027-06-25', false, false, 'Midsummer Eve 2027'],
    ['2026-12-06', true, false, 'Independence Day on a Sunday'],
    ['2026-12-07', false, true, 'no substitute day in Finland'],
    ['2026-12-23', false, true, 'the day before Christmas Eve'],
    ['2026-12-24', false, false, 'Christmas Eve: not a public holiday, but a day off'],
    ['2026-12-25', true, false, 'Christmas Day'],
    ['2026-12-26', true, false, "St Stephen's Day"],
    ['2026-12-28', false, true, 'Monday of Christmas week'],
    ['2026-12-31', false, true, "New Year's Eve is a working day"],
    ['2027-01-01', true, false, "New Year's Day"],
    ['2027-01-06', true, false, 'Epiphany'],
  ])('%s: holiday %s, working day %s (%s)', (date, holiday, working) => {
    expect(isFinnishPublicHoliday(day(date))).toBe(holiday);
    expect(isWorkingDay(day(date))).toBe(working);
  });

  it('reads an instant on the Helsinki calendar, not the UTC one', () => {
    // 00:30 on Christmas Day in Helsinki, still Christmas Eve in UTC.
    expect(isFinnishPublicHoliday(at('2026-12-24T22:30:00Z'))).toBe(true);
    // 00:30 on the Tuesday after Easter in Helsinki, still Easter Monday in UTC.
    expect(isFinnishPublicHoliday(at('2026-04-06T21:30:00Z'))).toBe(false);
    expect(isWorkingDay(at('2026-04-06T21:30:00Z'))).toBe(true);
  });
});
