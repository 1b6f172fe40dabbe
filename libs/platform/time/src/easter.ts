import { formatCalendarDate } from './calendar-date-parts';
import type { PlainDate } from './plain-date';

/**
 * Easter Sunday of a year on the Gregorian calendar (the Western churches' Easter, which Finland's movable
 * holidays follow), by the anonymous Gregorian computus (Meeus/Jones/Butcher): the first Sunday after the
 * ecclesiastical full moon on or after 21 March.
 */
export function easterSunday(year: number): PlainDate {
  // Proleptic before 1583, as JavaScript's Date is.
  if (!Number.isInteger(year) || year < 0) throw new RangeError(`A year is a whole number ≥ 0, got ${year}`);
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const leapCenturies = Math.floor(century / 4);
  const centuryRest = century % 4;
  const lunarCorrection = Math.floor((century - Math.floor((century + 8) / 25) + 1) / 3);
  const epact = (19 * golden + century - leapCenturies - lunarCorrection + 15) % 30;
  const weekdayShift =
    (32 + 2 * centuryRest + 2 * Math.floor(yearOfCentury / 4) - epact - (yearOfCentury % 4)) % 7;
  const lateCorrection = Math.floor((golden + 11 * epact + 22 * weekdayShift) / 451);
  const daysFromMarch = epact + weekdayShift - 7 * lateCorrection + 114;
  return formatCalendarDate({ year, month: Math.floor(daysFromMarch / 31), day: (daysFromMarch % 31) + 1 });
}
