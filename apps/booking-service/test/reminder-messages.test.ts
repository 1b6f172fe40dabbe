import {
  PermanentDeliveryError,
  type MessageToRender,
  type TemplateParams,
} from '@asiointi/platform-notifications';
import { describe, expect, it } from 'vitest';
import { renderBookingMessage } from '../src/reminder-messages';

// 30.3.2026 at 9.00 in Helsinki: the first Monday of summer time (UTC+3).
const startsAt = '2026-03-30T06:00:00.000Z';

function reminder(overrides: Partial<MessageToRender> = {}): MessageToRender {
  return {
    channel: 'sms',
    templateKey: 'booking.reminder',
    language: 'fi',
    templateParams: { startsAt, unitName: 'Tuiran hyvinvointikeskus', serviceName: 'Fysioterapia' },
    ...overrides,
  };
}

describe('booking reminder messages', () => {
  it('names the service, the unit and the Helsinki time in Finnish, Swedish and English', () => {
    expect(renderBookingMessage(reminder())).toEqual({
      text: 'Muistutus ajanvarauksestasi: Fysioterapia, Tuiran hyvinvointikeskus, ma 30.3.2026 klo 9.00.',
    });
    expect(
      renderBookingMessage(
        reminder({
          language: 'sv',
          templateParams: { startsAt, unitName: 'Tuira välfärdscentral', serviceName: 'Fysioterapi' },
        }),
      ).text,
    ).toBe('Påminnelse om din bokade tid: Fysioterapi, Tuira välfärdscentral, mån 30.3.2026 kl. 9.00.');
    expect(
      renderBookingMessage(
        reminder({
          language: 'en',
          templateParams: { startsAt, unitName: 'Tuira Wellbeing Centre', serviceName: 'Physiotherapy' },
        }),
      ).text,
    ).toBe(
      'Reminder of your appointment: Physiotherapy, Tuira Wellbeing Centre, Mon, 30 March 2026 at 9:00.',
    );
  });

  it('names the booking’s reference and, for a guardian, the child whose appointment it is', () => {
    const params = { startsAt, unitName: 'Tuiran hyvinvointikeskus', serviceName: 'Fysioterapia' };
    expect(
      renderBookingMessage(
        reminder({ templateParams: { ...params, reference: 'K7QM-2XHD', forName: 'Eetu' } }),
      ).text,
    ).toBe(
      'Muistutus ajanvarauksestasi: Fysioterapia, Tuiran hyvinvointikeskus, ma 30.3.2026 klo 9.00.\n' +
        'Varaus henkilölle: Eetu\nVaraustunnus: K7QM-2XHD',
    );
    const swedish = renderBookingMessage(
      reminder({ language: 'sv', templateParams: { ...params, reference: 'K7QM-2XHD', forName: 'Eetu' } }),
    ).text;
    expect(swedish).toContain('\nBokningen gäller: Eetu\nBokningsnummer: K7QM-2XHD');
    const english = renderBookingMessage(
      reminder({ language: 'en', channel: 'email', templateParams: { ...params, reference: 'K7QM-2XHD' } }),
    ).text;
    expect(english).toContain('\nBooking reference: K7QM-2XHD');
    expect(english).not.toContain('Booked for');
  });

  it('never names a sensitive service: only "your appointment" and the unit', () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const { text } = renderBookingMessage(
        reminder({
          language,
          templateParams: { startsAt, unitName: 'Tuiran hyvinvointikeskus', serviceName: null },
        }),
      );
      expect(text).toMatch(/ajanvarauksestasi|din bokade tid|your appointment/);
      expect(text).toContain(': Tuiran hyvinvointikeskus, ');
      expect(text).not.toContain('Fysioterapia');
    }
  });

  it('adds the cancel link on its own line, and a subject for e-mail only', () => {
    const cancelUrl = 'https://asiointi.example.fi/peru/AQID';
    const email = renderBookingMessage(
      reminder({
        channel: 'email',
        language: 'sv',
        templateParams: { startsAt, unitName: 'Tuira', cancelUrl },
      }),
    );
    expect(email.subject).toBe('Påminnelse om din bokade tid');
    expect(email.text.split('\n')).toEqual([
      'Påminnelse om din bokade tid: Tuira, mån 30.3.2026 kl. 9.00.',
      `Om du inte kan komma, avboka tiden: ${cancelUrl}`,
    ]);
    const sms = renderBookingMessage(
      reminder({ templateParams: { startsAt, unitName: 'Tuira', cancelUrl } }),
    );
    expect(sms.subject).toBeUndefined();
    expect(sms.text).toContain(`peru aika: ${cancelUrl}`);
  });

  it('uses Helsinki time across the change to summer time', () => {
    // 29.3.2026 at 3.00 UTC is 6.00 in Helsinki (clocks went from 3.00 to 4.00 at 1.00 UTC).
    const { text } = renderBookingMessage(
      reminder({ templateParams: { startsAt: '2026-03-29T03:00:00Z', unitName: 'Tuira' } }),
    );
    expect(text).toContain('su 29.3.2026 klo 6.00');
  });

  it('fails permanently for an unknown template or parameters a retry cannot fix', () => {
    expect(() => renderBookingMessage(reminder({ templateKey: 'booking.unknown' }))).toThrow(
      PermanentDeliveryError,
    );
    const broken: TemplateParams[] = [
      { unitName: 'Tuira' },
      { startsAt: 'tomorrow', unitName: 'Tuira' },
      { startsAt, unitName: '' },
      { startsAt, unitName: 'Tuira', cancelUrl: 'javascript:alert(1)' },
      { startsAt, unitName: 'Tuira', serviceName: 42 },
    ];
    for (const templateParams of broken) {
      expect(
        () => renderBookingMessage(reminder({ templateParams })),
        JSON.stringify(templateParams),
      ).toThrow(PermanentDeliveryError);
    }
  });
});
