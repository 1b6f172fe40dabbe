import {
  addCalendarDays,
  calendarDaysBetween,
  helsinkiDateOf,
  type PlainDate,
} from '@asiointi/platform-time';

/** An age band with its own limit: minAge ≤ age < maxAgeExclusive (either bound may be left open). */
export interface CareGuaranteeAgeRule {
  minAge?: number;
  maxAgeExclusive?: number;
  limitDays: number;
}

/**
 * A service type's care-guarantee limit (hoitotakuu), stored as data so a change in the law is a data
 * change: the days from the need assessment within which the visit must take place.
 */
export interface CareGuaranteeRule {
  limitDays: number;
  /** The first band the age falls into wins; with no age known, or none matching, limitDays applies. */
  ageRules?: readonly CareGuaranteeAgeRule[];
}

export function careGuaranteeLimitFor(rule: CareGuaranteeRule, ageYears?: number): number {
  if (ageYears === undefined) return rule.limitDays;
  const band = rule.ageRules?.find(
    (ageRule) =>
      (ageRule.minAge === undefined || ageYears >= ageRule.minAge) &&
      (ageRule.maxAgeExclusive === undefined || ageYears < ageRule.maxAgeExclusive),
  );
  return band?.limitDays ?? rule.limitDays;
}

export interface CareGuaranteeCase {
  needAssessedAt: Date;
  rule: CareGuaranteeRule;
  ageYears?: number;
}

/**
 * The last Helsinki calendar day a visit is within the guarantee. Days are counted on the Helsinki calendar
 * and the assessment day is day 0 (as statutory time limits are counted, Act 150/1930 section 2): with a
 * 14-day limit, need assessed on Monday 1 June (any time of day) → the visit is in time up to and
 * including Monday 15 June, at any time of that day. Weekends and holidays count.
 */
export function careGuaranteeLastDay({ needAssessedAt, rule, ageYears }: CareGuaranteeCase): PlainDate {
  return addCalendarDays(helsinkiDateOf(needAssessedAt), careGuaranteeLimitFor(rule, ageYears));
}

/** Whether the visit's Helsinki date is on or before careGuaranteeLastDay (a same-day visit is in time). */
export function isWithinCareGuarantee(query: CareGuaranteeCase & { visitAt: Date }): boolean {
  return calendarDaysBetween(careGuaranteeLastDay(query), helsinkiDateOf(query.visitAt)) <= 0;
}
