import { describe, expect, it } from 'vitest';
import {
  careGuaranteeLastDay,
  careGuaranteeLimitFor,
  isWithinCareGuarantee,
  type CareGuaranteeRule,
} from '../src/index';
import { at } from './time-fixtures';

// Illustrative figures: the rule is data, so tests do not assert what the law says today.
const rule: CareGuaranteeRule = {
  limitDays: 14,
  ageRules: [
    { maxAgeExclusive: 23, limitDays: 7 },
    { minAge: 75, limitDays: 10 },
    { minAge: 70, limitDays: 12 }, // overlaps the band above: the first match wins
  ],
};

describe('careGuaranteeLimitFor', () => {
  it.each([
    [undefined, 14],
    [0, 7],
    [22.9, 7],
    [23, 14],
    [69, 14],
    [70, 12],
    [75, 10],
    [90, 10],
  ])('age %s → %s days', (age, days) => {
    expect(careGuaranteeLimitFor(rule, age)).toBe(days);
  });

  it('uses the plain limit when there are no age rules', () => {
    expect(careGuaranteeLimitFor({ limitDays: 90 }, 30)).toBe(90);
  });
});

describe('isWithinCareGuarantee (Helsinki calendar days, assessment day = day 0, last day inclusive)', () => {
  const assessed = at('2026-06-01T07:00:00Z'); // Monday 1 June 10:00
  it.each([
    ['the same day', '2026-06-01T12:00:00Z', true],
    ['day 14, late evening', '2026-06-15T20:30:00Z', true],
    ['day 15 at 00:00 Helsinki (still day 14 in UTC)', '2026-06-15T21:00:00Z', false],
  ])('%s: %s', (_, visit, within) => {
    expect(isWithinCareGuarantee({ needAssessedAt: assessed, visitAt: at(visit), rule, ageYears: 40 })).toBe(
      within,
    );
  });

  it('starts counting from the Helsinki date of the assessment', () => {
    const lateEvening = at('2026-06-01T21:30:00Z'); // 2 June 00:30 in Helsinki
    expect(careGuaranteeLastDay({ needAssessedAt: lateEvening, rule, ageYears: 40 })).toBe('2026-06-16');
    expect(
      isWithinCareGuarantee({
        needAssessedAt: lateEvening,
        visitAt: at('2026-06-16T12:00:00Z'),
        rule,
        ageYears: 40,
      }),
    ).toBe(true);
  });

  it('uses the age rule and counts over a DST change by the calendar', () => {
    expect(careGuaranteeLastDay({ needAssessedAt: at('2026-03-25T10:00:00Z'), rule, ageYears: 16 })).toBe(
      '2026-04-01',
    );
  });
});
