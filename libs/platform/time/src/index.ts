// Helsinki dates and times, DST-safe arithmetic, Finnish public holidays, working days and statutory
// deadlines. No I/O and no time-zone library: Intl carries the time-zone database in browsers and Node.
export { HELSINKI_TIME_ZONE } from './time-zone';

// Calendar dates ("2026-03-29") and their arithmetic.
export {
  addCalendarDays,
  calendarDaysBetween,
  dayOfWeek,
  daysOfWeek,
  isPlainDate,
  mondayOf,
  type PlainDate,
} from './plain-date';
export {
  compareCalendarDates,
  daysInMonth,
  formatCalendarDate,
  isLeapYear,
  isValidCalendarDay,
  parseCalendarDate,
  type CalendarDateParts,
} from './calendar-date-parts';
export { ageAt, ageOn, birthdayIn } from './age';

// From an instant to the Helsinki day and wall clock, and back.
export {
  helsinkiDateOf,
  helsinkiDatePartsAt,
  helsinkiMinutesOfDay,
  helsinkiToday,
  toPlainDate,
  type DayInput,
} from './helsinki-day';
export {
  firstInstantMsAtWallClock,
  helsinkiInstant,
  instantAtWallClock,
  instantsAtWallClock,
  noonOf,
  startOfHelsinkiDay,
} from './wall-clock';
export {
  minutesOfPeriod,
  minutesOfWallTime,
  normaliseWallTime,
  wallTimeOfMinutes,
  type WallClockPeriod,
  type WallTime,
} from './wall-time';

// Finnish public holidays, working days and deadlines in working days (Act 150/1930).
export { easterSunday } from './easter';
export { finnishPublicHolidaysOf, isFinnishPublicHoliday } from './finnish-holidays';
export { isFinnishDayOff, isFinnishEveDayOff, isWorkingDay } from './working-days';
export { addWorkingDays, endOfNthWorkingDay } from './statutory-deadlines';
