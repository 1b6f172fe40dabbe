import { PermanentDeliveryError, type MessageToRender } from '@asiointi/platform-notifications';
import { describe, expect, it } from 'vitest';
import { renderBookingMessage } from '../src/reminder-messages';

// 30.3.2026 at 9.00 in Helsinki (summer time, UTC+3).
const startsAt = '2026-03-30T06:00:00.000Z';

function notice(overrides: Partial<MessageToRender> = {}): MessageToRender {
  return {
    channel: 'sms',
    templateKey: 'booking.cancelled-by-unit',
    language: 'fi',
    templateParams: {
      startsAt,
      unitName: 'Tuiran hyvinvointikeskus',
      reason: 'Hoitaja on sairaana',
      unitPhone: '08 123 4567',
    },
    ...overrides,
  };
}

describe('the unit’s cancellation notice', () => {
  it('tells the time, the unit, the reason and whom to call, in Finnish, Swedish and English', () => {
    expect(renderBookingMessage(notice()).text).toBe(
      'Ajanvarauksesi on peruttu: Tuiran hyvinvointikeskus, ma 30.3.2026 klo 9.00.\nSyy: Hoitaja on sairaana\nLisätietoja: 08 123 4567',
    );
    expect(renderBookingMessage(notice({ language: 'sv' })).text).toMatch(
      /^Din tidsbokning har avbokats: .*kl\. 9\.00\.\nOrsak: /,
    );
    const email = renderBookingMessage(notice({ language: 'en', channel: 'email' }));
    expect(email.subject).toBe('Your appointment has been cancelled');
    expect(email.text).toMatch(
      /^Your appointment has been cancelled: .*at 9:00\.\nReason: .*\nMore information: 08 123 4567$/,
    );
  });

  it('leaves the phone out when the unit has none, and fails at once without a reason', () => {
    const { unitPhone: _, ...withoutPhone } = notice().templateParams;
    expect(renderBookingMessage(notice({ templateParams: withoutPhone })).text).not.toContain('Lisätietoja');
    expect(() => renderBookingMessage(notice({ templateParams: { startsAt, unitName: 'X' } }))).toThrow(
      PermanentDeliveryError,
    );
  });
});
