// Rules about people's ages and mandates are judged by the date in Finland, whatever the server's zone.
// Intl is built into browsers and Node, so this stays free of imports.
import { type CalendarDate, type CalendarDateParts, formatCalendarDate } from './calendar-date';

export const HELSINKI_TIME_ZONE = 'Europe/Helsinki';

const helsinkiDateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: HELSINKI_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The calendar date in Europe/Helsinki at the given instant. */
export function helsinkiDatePartsAt(instant: Date): CalendarDateParts {
  if (Number.isNaN(instant.getTime())) throw new RangeError('helsinkiDatePartsAt needs a valid instant');
  const parts = helsinkiDateFormat.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

export function helsinkiDateAt(instant: Date): CalendarDate {
  return formatCalendarDate(helsinkiDatePartsAt(instant));
}
