import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarTitleFor, reminderTextFor, type AppointmentTextQuery } from '../src/index';
import { at } from './time-fixtures';

const physio: Omit<AppointmentTextQuery, 'language'> = {
  sensitive: false,
  serviceName: 'Fysioterapia',
  unitName: 'Tuiran hyvinvointikeskus',
  start: at('2026-03-30T06:00:00Z'), // Monday 09:00 EEST
};

describe('reminderTextFor', () => {
  it.each([
    [
      'fi',
      false,
      'Muistutus ajanvarauksestasi: Fysioterapia, Tuiran hyvinvointikeskus, ma 30.3.2026 klo 9.00.',
    ],
    [
      'sv',
      false,
      'Påminnelse om din bokade tid: Fysioterapia, Tuiran hyvinvointikeskus, mån 30.3.2026 kl. 9.00.',
    ],
    [
      'en',
      false,
      'Reminder of your appointment: Fysioterapia, Tuiran hyvinvointikeskus, Mon, 30 March 2026 at 9:00.',
    ],
    ['fi', true, 'Muistutus ajanvarauksestasi: Tuiran hyvinvointikeskus, ma 30.3.2026 klo 9.00.'],
    ['sv', true, 'Påminnelse om din bokade tid: Tuiran hyvinvointikeskus, mån 30.3.2026 kl. 9.00.'],
    ['en', true, 'Reminder of your appointment: Tuiran hyvinvointikeskus, Mon, 30 March 2026 at 9:00.'],
  ] as const)('%s, sensitive %s', (language, sensitive, text) => {
    expect(reminderTextFor({ ...physio, sensitive, language })).toBe(text);
  });

  it.each([
    ['2026-03-29T00:59:00Z', 'su 29.3.2026 klo 2.59'],
    ['2026-03-29T01:00:00Z', 'su 29.3.2026 klo 4.00'],
    ['2026-10-25T00:30:00Z', 'su 25.10.2026 klo 3.30'],
    ['2026-10-25T01:30:00Z', 'su 25.10.2026 klo 3.30'],
    ['2026-10-25T06:00:00Z', 'su 25.10.2026 klo 8.00'],
  ])('writes %s in Helsinki time: %s', (start, written) => {
    expect(reminderTextFor({ ...physio, start: at(start), language: 'fi' })).toContain(written);
  });
});

describe('calendarTitleFor', () => {
  it('names the service only when it is not sensitive', () => {
    expect(calendarTitleFor({ ...physio, language: 'fi' })).toBe(
      'Ajanvaraus: Fysioterapia, Tuiran hyvinvointikeskus',
    );
    expect(calendarTitleFor({ ...physio, sensitive: true, language: 'en' })).toBe(
      'Appointment: Tuiran hyvinvointikeskus',
    );
  });

  it('names the person when the file is for someone else’s appointment (a guardian’s child)', () => {
    expect(calendarTitleFor({ ...physio, language: 'sv', forPerson: 'Eetu Virtanen' })).toBe(
      'Bokad tid (Eetu Virtanen): Fysioterapia, Tuiran hyvinvointikeskus',
    );
  });
});

describe('a sensitive service is never named', () => {
  it('in any language, at any time, whatever the name', () => {
    const sensitiveName = fc
      .tuple(
        fc.constantFrom(
          'Mielenterveyspalvelut',
          'Päihdepalvelut',
          'Seksuaaliterveys',
          'Missbruksvård',
          'Mental health',
        ),
        fc.string({ maxLength: 12 }),
      )
      .map(([base, suffix]) => `${base}${suffix}`);
    fc.assert(
      fc.property(
        sensitiveName,
        fc.constantFrom('fi', 'sv', 'en'),
        fc.date({ min: at('2020-01-01T00:00:00Z'), max: at('2035-01-01T00:00:00Z'), noInvalidDate: true }),
        (serviceName, language, start) => {
          const query = {
            sensitive: true,
            serviceName,
            unitName: 'Tuiran hyvinvointikeskus',
            start,
            language,
          } as const;
          for (const text of [reminderTextFor(query), calendarTitleFor(query)]) {
            expect(text).not.toContain(serviceName);
            expect(text).toContain('Tuiran hyvinvointikeskus');
          }
          // The same query without the flag does name it, so the check above can fail.
          expect(reminderTextFor({ ...query, sensitive: false })).toContain(serviceName);
        },
      ),
    );
  });
});
