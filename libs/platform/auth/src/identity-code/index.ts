// Browser-safe: nothing here imports from Node, so the shell can validate codes too.
export * from './identity-code';
export * from './identity-code-schema';
export * from './mask';
export * from './compose-identity-code';
export * from './check-character';
export * from './century-signs';
// Birth dates and ages are calendar rules of platform-time; the code's users get them here too.
export {
  ageAt,
  ageOn,
  birthdayIn,
  compareCalendarDates,
  daysInMonth,
  formatCalendarDate,
  helsinkiDatePartsAt,
  isLeapYear,
  isValidCalendarDay,
  parseCalendarDate,
  type CalendarDateParts,
} from '@asiointi/platform-time';
