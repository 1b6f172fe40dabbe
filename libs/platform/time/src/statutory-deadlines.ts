import { helsinkiDateOf, helsinkiMinutesOfDay } from './helsinki-day';
import { addCalendarDays } from './plain-date';
import { instantAtWallClock, startOfHelsinkiDay } from './wall-clock';
import { isWorkingDay } from './working-days';

// Deadlines counted in working days, as the Act on the Calculation of Statutory Time Limits (150/1930)
// counts them. Family centre, client guidance, feedback and booking deadlines all use these two.

function nthWorkingDayAfter(instant: Date, workingDays: number) {
  if (!Number.isInteger(workingDays) || workingDays < 0) {
    throw new RangeError(`Working days are a whole number ≥ 0, got ${workingDays}`);
  }
  // As in Act 150/1930 section 2, the day the time starts from is not counted.
  let day = helsinkiDateOf(instant);
  for (let counted = 0; counted < workingDays;) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

/**
 * The same Helsinki wall-clock time on the n-th working day after the instant's day (that day itself is
 * not counted; Saturdays, Sundays, public holidays, Midsummer Eve and Christmas Eve are skipped). A contact
 * received on Friday 14:00 with n = 3 is due on Wednesday 14:00. Working days never fall on a DST change
 * day (always a Sunday), so the wall-clock time always exists; n = 0 returns the instant itself.
 */
export function addWorkingDays(instant: Date, workingDays: number): Date {
  if (workingDays === 0) return new Date(instant.getTime());
  const wallClock = instantAtWallClock(
    nthWorkingDayAfter(instant, workingDays),
    helsinkiMinutesOfDay(instant),
  );
  // Helsinki offsets are whole minutes, so seconds and milliseconds carry over unchanged.
  return new Date(wallClock.getTime() + instant.getUTCSeconds() * 1000 + instant.getUTCMilliseconds());
}

/**
 * The end (exclusive: the next Helsinki midnight) of the n-th working day after the instant's day, for
 * deadlines stated as "within n working days", e.g. the child-welfare assessment decision (7).
 */
export function endOfNthWorkingDay(instant: Date, workingDays: number): Date {
  return startOfHelsinkiDay(addCalendarDays(nthWorkingDayAfter(instant, workingDays), 1));
}
