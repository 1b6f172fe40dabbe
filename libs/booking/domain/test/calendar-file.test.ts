import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarFileFor, calendarTitleFor, type CalendarFileEvent } from '../src/index';
import { foldLine } from '../src/calendar-file';

const appointment: CalendarFileEvent = {
  uid: 'booking-42@asiointi.example.fi',
  // 30.3.2026 9.00–9.45 in Helsinki, the day after summer time began (UTC+3).
  start: new Date('2026-03-30T06:00:00Z'),
  end: new Date('2026-03-30T06:45:00.500Z'),
  summary: 'Ajanvaraus: Fysioterapia, Tuiran hyvinvointikeskus',
  createdAt: new Date('2026-03-01T10:15:30.123Z'),
};

const octets = (text: string) => new TextEncoder().encode(text).length;

/** Undoes folding (RFC 5545 3.1): a CRLF followed by one space is removed. */
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('calendarFileFor', () => {
  it('writes one published event with UTC times and CRLF line endings', () => {
    expect(calendarFileFor(appointment)).toBe(
      [
        'BEGIN:VCALENDAR',
        'PRODID:-//Asiointi//Booking//EN',
        'VERSION:2.0',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:booking-42@asiointi.example.fi',
        'DTSTAMP:20260301T101530Z',
        'DTSTART:20260330T060000Z',
        'DTEND:20260330T064500Z',
        'SUMMARY:Ajanvaraus: Fysioterapia\\, Tuiran hyvinvointikeskus',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('escapes backslash, semicolon, comma and newlines in text, and keeps ä, ö and å', () => {
    const file = calendarFileFor({
      ...appointment,
      summary: 'Bokad tid: Rådgivning, Åbo; Östra',
      location: 'Kauppakatu 1 A\\B, 90100 Oulu',
      description: 'Ota mukaan Kela-kortti.\r\nTa med FPA-kortet.\nBring your card.',
      url: 'https://asiointi.example.fi/booking/42?lang=sv',
    });
    const lines = unfold(file).split('\r\n');
    expect(lines).toContain('SUMMARY:Bokad tid: Rådgivning\\, Åbo\\; Östra');
    expect(lines).toContain('LOCATION:Kauppakatu 1 A\\\\B\\, 90100 Oulu');
    expect(lines).toContain('DESCRIPTION:Ota mukaan Kela-kortti.\\nTa med FPA-kortet.\\nBring your card.');
    expect(lines).toContain('URL:https://asiointi.example.fi/booking/42?lang=sv');
    expect(file).not.toMatch(/[^\r]\n/);
    const controls = calendarFileFor({ ...appointment, location: 'Huone\t2\u0007\u0000\u007f' });
    expect(controls).toContain('LOCATION:Huone\t2\r\n');
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the original', () => {
    const description =
      'Tämä ajanvaraus on äitiysneuvolan ensikäynti; ota mukaan äitiyskortti, ö-ö-ö. '.repeat(4);
    const file = calendarFileFor({ ...appointment, description });
    const physical = file.split('\r\n');
    for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
    expect(file).not.toContain('\uFFFD');
    const unfolded = unfold(file);
    expect(unfolded).toContain(`DESCRIPTION:${description.replace(/;/g, '\\;').replace(/,/g, '\\,')}`);
  });

  it('folds any text into lines of at most 75 octets that join back exactly', () => {
    // Escaped text has no line breaks left; any other character (ä, emoji, CJK) may land on the limit.
    const escapedText = fc
      .string({ unit: 'grapheme', maxLength: 300 })
      .map((text) => text.replace(/[\r\n]/g, ''));
    fc.assert(
      fc.property(escapedText, (text) => {
        const folded = foldLine(`DESCRIPTION:${text}`);
        for (const line of folded.split('\r\n')) {
          expect(octets(line)).toBeLessThanOrEqual(75);
          expect(line.length).toBeGreaterThan(0);
        }
        expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${text}`);
      }),
    );
  });

  it('folds exactly at the limit: 75 octets stay on one line, a two-byte character moves whole', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine(`${'x'.repeat(74)}ä`)).toBe(`${'x'.repeat(74)}\r\n ä`);
    expect(foldLine(`${'x'.repeat(73)}ä`)).toBe(`${'x'.repeat(73)}ä`);
  });

  it('takes a sensitive appointment title that names only the unit', () => {
    const summary = calendarTitleFor({
      sensitive: true,
      serviceName: 'Päihdepalvelut',
      unitName: 'Tuiran hyvinvointikeskus',
      language: 'fi',
    });
    const file = calendarFileFor({ ...appointment, summary });
    expect(file).toContain('SUMMARY:Ajanvaraus: Tuiran hyvinvointikeskus\r\n');
    expect(file).not.toContain('Päihde');
  });

  it('refuses invalid times and a URL that could break the file', () => {
    expect(() => calendarFileFor({ ...appointment, end: appointment.start })).toThrow(RangeError);
    expect(() => calendarFileFor({ ...appointment, start: new Date('x') })).toThrow(/start/);
    expect(() => calendarFileFor({ ...appointment, url: 'https://a.example.fi/\r\nATTENDEE:x' })).toThrow(
      RangeError,
    );
    expect(() => calendarFileFor({ ...appointment, url: 'javascript:alert(1)' })).toThrow(RangeError);
  });
});
