// Age in completed years. Someone born on 29 February has their birthday on 28 February in other years:
// the Finnish rule for periods counted in years (Act on the Calculation of Statutory Time Limits 150/1930,
// section 4) ends a period on the last day of the month when the month has no matching day.
import { type CalendarDateParts, compareCalendarDates, daysInMonth } from './calendar-date-parts';
import { helsinkiDatePartsAt } from './helsinki-day';

export function birthdayIn(year: number, birthDate: CalendarDateParts): CalendarDateParts {
  return { year, month: birthDate.month, day: Math.min(birthDate.day, daysInMonth(year, birthDate.month)) };
}

/** Completed years on a calendar date; negative when the date is before the birth date. */
export function ageOn(birthDate: CalendarDateParts, on: CalendarDateParts): number {
  const years = on.year - birthDate.year;
  const hadBirthdayThisYear = compareCalendarDates(on, birthdayIn(on.year, birthDate)) >= 0;
  return hadBirthdayThisYear ? years : years - 1;
}

/** Completed years at an instant, judged by the date in Europe/Helsinki. */
export function ageAt(birthDate: CalendarDateParts, instant: Date): number {
  return ageOn(birthDate, helsinkiDatePartsAt(instant));
}
