import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { anonymousRemoteAuth, type RemoteAuth } from '@asiointi/platform-federation/auth';
import { fakeBookingFetch } from './fake-booking-service';
import { renderBooking, testQueryClient } from './render-booking';

const path = '/booking/reminder-settings';
const eetu = { subject: 'a51d0000-0000-4000-8000-000000000002', displayName: 'Eetu Virtanen' };

function resident(overrides: Partial<RemoteAuth> = {}): RemoteAuth {
  return {
    ...anonymousRemoteAuth,
    principalKind: 'resident',
    getAccessToken: async () => 'token-1',
    ...overrides,
  };
}

describe('reminder settings', () => {
  it('is reached from the booking front page', async () => {
    renderBooking();
    expect(screen.getByRole('link', { name: 'Muistutusasetukset' }).getAttribute('href')).toBe(
      '/booking/reminder-settings',
    );
    await screen.findByRole('button', { name: /Toimipiste/ });
  });

  it('asks someone not signed in to sign in, through the shell', async () => {
    const signIn = vi.fn();
    const { service } = renderBooking({ path, auth: { ...anonymousRemoteAuth, signIn } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Muistutusasetukset' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kirjaudu sisään' }));
    expect(signIn).toHaveBeenCalled();
    expect(service.calls).toEqual([]);
  });

  it("shows the resident's stored settings and saves a change", async () => {
    const { service } = renderBooking({ path, auth: resident() });
    const group = await screen.findByRole('radiogroup', { name: 'Muistutus varatusta ajasta' });
    expect((within(group).getByRole('radio', { name: 'Tekstiviesti' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.getByRole('button', { name: /Asiointikieli vastaanotolla/ }).textContent).toContain(
      'ruotsi',
    );

    // Where reminders go, read from the resident's own contact details.
    await screen.findByText('Matkapuhelinnumero: +358401234567');
    fireEvent.click(within(group).getByRole('radio', { name: 'Sähköposti' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna asetukset' }));
    expect((await screen.findByRole('status')).textContent).toBe('Asetukset tallennettu.');
    expect(service.updates).toEqual([{ reminderChannel: 'email', serviceLanguage: 'sv' }]);
    expect(service.headers.every((headers) => headers.get('authorization') === 'Bearer token-1')).toBe(true);
  });

  it('says whose settings they are when acting for a child, and asks the service about him', async () => {
    const { service } = renderBooking({ path, auth: resident({ actingFor: eetu }), language: 'en' });
    expect(await screen.findByText('These settings are for Eetu Virtanen.')).toBeTruthy();
    await screen.findByRole('radiogroup', { name: 'Reminder of a booked appointment' });
    expect(service.headers[0]?.get('x-acting-for')).toBe(eetu.subject);
  });

  it.each([
    [
      'ACTING_FOR_NOT_ALLOWED',
      403,
      'Et voi hoitaa tätä asiaa valitsemasi henkilön puolesta. Vaihda asioiva henkilö sivun yläosasta.',
    ],
    ['FORBIDDEN', 403, 'Sinulla ei ole oikeutta tähän toimintoon.'],
  ])('translates %s', async (errorCode, httpStatus, message) => {
    renderBooking({
      path,
      auth: resident({ actingFor: eetu }),
      service: fakeBookingFetch({ preferences: { errorCode, httpStatus } }),
      hostQueryClient: testQueryClient(),
    });
    expect((await screen.findByRole('alert')).textContent).toContain(message);
  });

  it('offers to sign in again on UNAUTHENTICATED', async () => {
    const signIn = vi.fn();
    renderBooking({
      path,
      auth: resident({ signIn }),
      service: fakeBookingFetch({ preferences: { errorCode: 'UNAUTHENTICATED', httpStatus: 401 } }),
      hostQueryClient: testQueryClient(),
      language: 'sv',
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Din inloggning har gått ut. Logga in igen.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Logga in' }));
    expect(signIn).toHaveBeenCalled();
  });

  it('words VALIDATION_FAILED for the form when saving', async () => {
    renderBooking({
      path,
      auth: resident(),
      service: fakeBookingFetch({ updateErrorCode: 'VALIDATION_FAILED' }),
    });
    await screen.findByRole('radiogroup');
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna asetukset' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Asetuksia ei voitu tallentaa näillä valinnoilla. Tarkista valinnat ja yritä uudelleen.',
    );
  });

  it('tells staff the settings are for residents', () => {
    renderBooking({ path, auth: { ...anonymousRemoteAuth, principalKind: 'staff' }, language: 'en' });
    expect(
      screen.getByText('Reminder settings are for residents. They cannot be changed with a staff sign-in.'),
    ).toBeTruthy();
  });
});
