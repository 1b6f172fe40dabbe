import {
  addCalendarDays,
  helsinkiDateOf,
  instantAtWallClock,
  minutesOfWallTime,
  type WallTime,
} from '@asiointi/platform-time';

export interface ReminderQuery {
  start: Date;
  /** When the booking was made or last moved: a reminder is never scheduled before it. */
  bookedAt: Date;
  /** Helsinki wall-clock time on the day before the appointment (default 18:00). */
  sendAt?: WallTime;
}

export interface ReminderSchedule {
  sendAt: Date;
  timing: 'dayBefore' | 'immediately';
}

/**
 * When to send the reminder: at 18:00 Helsinki time on the calendar day before the appointment's Helsinki
 * date (the wall-clock time, so it is 18:00 whether that day is summer or winter time), or at once when
 * the booking is made after that moment. No reminder once the appointment has started.
 */
export function reminderTimeFor({
  start,
  bookedAt,
  sendAt = '18:00',
}: ReminderQuery): ReminderSchedule | undefined {
  if (bookedAt.getTime() >= start.getTime()) return undefined;
  const dayBefore = instantAtWallClock(addCalendarDays(helsinkiDateOf(start), -1), minutesOfWallTime(sendAt));
  return bookedAt.getTime() < dayBefore.getTime()
    ? { sendAt: dayBefore, timing: 'dayBefore' }
    : { sendAt: new Date(bookedAt.getTime()), timing: 'immediately' };
}
