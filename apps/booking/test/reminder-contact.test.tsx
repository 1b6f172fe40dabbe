import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anonymousRemoteAuth, type RemoteAuth } from '@asiointi/platform-federation/auth';
import { fakeBookingFetch } from './fake-booking-service';
import { renderBooking } from './render-booking';

const path = '/booking/reminder-settings';
const resident: RemoteAuth = {
  ...anonymousRemoteAuth,
  principalKind: 'resident',
  getAccessToken: async () => 'token-1',
};

describe('where reminders are sent, in the reminder settings', () => {
  it('shows the number the resident entered and saves a changed one only once it is valid and confirmed', async () => {
    const service = fakeBookingFetch();
    renderBooking({ path, auth: resident, service });
    const section = await screen.findByRole('region', { name: 'Mihin muistutukset lähetetään' });
    await within(section).findByText('Matkapuhelinnumero: +358401234567');
    fireEvent.click(within(section).getByRole('button', { name: 'Muuta yhteystietoja' }));

    const phone = within(section).getByRole('textbox', { name: 'Matkapuhelinnumero' });
    fireEvent.change(phone, { target: { value: 'call me' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Tallenna yhteystiedot' }));
    expect(
      within(section).getByText('Tarkista numero. Kirjoita matkapuhelinnumero, esimerkiksi 040 123 4567.'),
    ).toBeTruthy();
    expect(within(section).getByText('Vahvista yhteystiedot ennen tallentamista.')).toBeTruthy();
    expect(service.contactUpdates).toEqual([]);

    fireEvent.change(phone, { target: { value: '040 765 4321' } });
    fireEvent.click(
      within(section).getByRole('checkbox', {
        name: 'Vahvistan, että muistutukset saa lähettää näihin yhteystietoihin.',
      }),
    );
    fireEvent.click(within(section).getByRole('button', { name: 'Tallenna yhteystiedot' }));
    await within(section).findByText('Matkapuhelinnumero: +358407654321');
    expect(service.contactUpdates).toEqual([{ phone: '040 765 4321', email: null, confirmed: true }]);
  });
});
