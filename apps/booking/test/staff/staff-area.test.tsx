import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { anonymousRemoteAuth } from '@asiointi/platform-federation/auth';
import { dentalClinic, healthCentre } from '../fake-booking-service';
import { northCentre, staffAuth } from './fake-staff-service';
import { currentPath, renderStaff } from './render-staff';

describe('the staff area', () => {
  it('is where staff land when they open the booking module', async () => {
    renderStaff({ path: '/booking' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ajanvarausten hallinta' })).toBeTruthy();
    expect(currentPath.value).toBe('/booking/staff');
  });

  it('lists only the units where the staff member holds a booking role', async () => {
    const auth = staffAuth([
      { role: 'booking-admin', unitId: healthCentre.id },
      { role: 'nurse', unitId: northCentre.id },
      { role: 'feedback-analyst', unitId: dentalClinic.id },
    ]);
    renderStaff({ auth, language: 'en' });
    const nav = await screen.findByRole('navigation', { name: 'Your units' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([healthCentre.name.en, northCentre.name.en]);
    expect(links[0]?.getAttribute('href')).toBe(`/booking/staff/${healthCentre.id}`);
  });

  it('says so when the staff member has no booking role anywhere', async () => {
    renderStaff({ auth: staffAuth([{ role: 'feedback-analyst', unitId: healthCentre.id }]), language: 'sv' });
    expect(
      await screen.findByText(/Du har ingen roll för tidsbokning vid något verksamhetsställe/),
    ).toBeTruthy();
  });

  it('offers the sections a role opens: a nurse gets no figures, a manager no day list', async () => {
    const nurse = renderStaff({
      auth: staffAuth([{ role: 'nurse', unitId: healthCentre.id }]),
      path: `/booking/staff/${healthCentre.id}`,
    });
    const nav = await screen.findByRole('navigation', { name: 'Toimipisteen ajanvarausten hallinta' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Päivälista', 'Aikataulut', 'Resurssit', 'Palvelutyypit', 'Varausoikeudet']);
    expect(within(nav).getByRole('link', { name: 'Päivälista' }).getAttribute('aria-current')).toBe('page');
    nurse.unmount();

    renderStaff({
      auth: staffAuth([{ role: 'manager', unitId: healthCentre.id }]),
      path: `/booking/staff/${healthCentre.id}`,
    });
    await screen.findByRole('heading', { level: 1, name: 'Aikataulut' });
    const managerNav = screen.getByRole('navigation', { name: 'Toimipisteen ajanvarausten hallinta' });
    expect(within(managerNav).queryByRole('link', { name: 'Päivälista' })).toBeNull();
    expect(within(managerNav).getByRole('link', { name: 'Tunnusluvut' })).toBeTruthy();
  });

  it('refuses a unit the staff member has no role in, before calling the service about it', async () => {
    const { service } = renderStaff({ path: `/booking/staff/${dentalClinic.id}/day-list` });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Sinulla ei ole ajanvarauksen roolia tässä toimipisteessä',
      }),
    ).toBeTruthy();
    expect(service.calls.map(({ path }) => path)).toEqual(['units.list']);
  });

  it('asks someone not signed in to sign in, and tells a resident the pages are for staff', async () => {
    const signIn = vi.fn();
    const { service, unmount } = renderStaff({ auth: { ...anonymousRemoteAuth, signIn } });
    screen.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await waitFor(() => expect(signIn).toHaveBeenCalled());
    expect(service.calls).toEqual([]);
    unmount();

    renderStaff({ auth: { ...anonymousRemoteAuth, principalKind: 'resident' }, language: 'en' });
    expect(screen.getByText(/These pages are for the staff of the welfare region/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
  });

  it('sends the staff token with every call', async () => {
    const { service } = renderStaff({ path: `/booking/staff/${healthCentre.id}/day-list` });
    await screen.findByRole('heading', { level: 3, name: 'Matti Meikäläinen' });
    expect(service.headers.every((headers) => headers.get('authorization')?.startsWith('Bearer '))).toBe(
      true,
    );
  });
});
