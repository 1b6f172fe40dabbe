// An appointment as an iCalendar file (RFC 5545) for "add to calendar": one VEVENT, times in UTC so every
// calendar shows them in its own zone, text escaped and lines folded as the RFC requires. The caller passes
// calendarTitleFor(...) as the summary, so a sensitive service is never named in the file.

export interface CalendarFileEvent {
  /** Globally unique and stable for the appointment, e.g. `booking-<id>@asiointi.example.fi`: a re-download updates the same event. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string;
  description?: string;
  /** Absolute URL, e.g. the booking's page in the portal. */
  url?: string;
  /** DTSTAMP: when this version of the appointment was made. */
  createdAt: Date;
}

const productId = '-//Asiointi//Booking//EN';
const maxLineOctets = 75;

/** 20260330T060000Z (RFC 5545 3.3.5, form #2: UTC). */
function utcDateTime(date: Date, field: string): string {
  if (Number.isNaN(date.getTime())) throw new RangeError(`calendarFileFor: ${field} is not a valid date`);
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** TEXT may not hold control characters other than tab (RFC 5545 3.1); newlines are escaped before this. */
function isAllowedInText(character: string): boolean {
  const codePoint = character.codePointAt(0) ?? 0;
  return codePoint === 0x09 || (codePoint >= 0x20 && codePoint !== 0x7f);
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped; other controls dropped. */
function escapeText(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
  return [...escaped].filter(isAllowedInText).join('');
}

function octetsOf(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets of UTF-8 (RFC 5545 3.1): continuation lines start with one space, which
 * counts towards their 75. Splits only between characters, never inside a multi-byte one.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = octetsOf(character.codePointAt(0) ?? 0);
    if (octets + size > maxLineOctets) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

function checkedUrl(url: string): string {
  // A URI value is not escaped, so it must not be able to end the line and start a property of its own.
  if (!/^https?:\/\/[^\s"<>\\^`{|}]+$/.test(url))
    throw new RangeError('calendarFileFor: url must be an absolute http(s) URL');
  return url;
}

export function calendarFileFor(event: CalendarFileEvent): string {
  const start = utcDateTime(event.start, 'start');
  const end = utcDateTime(event.end, 'end');
  if (event.end.getTime() <= event.start.getTime())
    throw new RangeError('calendarFileFor: end must be after start');
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${productId}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(event.createdAt, 'createdAt')}`,
    `DTSTART:${start}`,
    `DTEND:${end}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location === undefined ? [] : [`LOCATION:${escapeText(event.location)}`]),
    ...(event.description === undefined ? [] : [`DESCRIPTION:${escapeText(event.description)}`]),
    ...(event.url === undefined ? [] : [`URL:${checkedUrl(event.url)}`]),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
