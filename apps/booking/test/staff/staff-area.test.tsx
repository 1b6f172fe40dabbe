import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { anonymousRemoteAuth } from '@asiointi/platform-federation/auth';
import { dentalClinic, healthCentre } from '../fake-booking-service';
import { familyCentre, fakeStaffFetch, northCentre, staffAuth, staffUnitOf } from './fake-staff-service';
import { currentPath, renderStaff } from './render-staff';

describe('the staff area', () => {
  it('is where staff land when they open the booking module', async () => {
    renderStaff({ path: '/booking' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ajanvarausten hallinta' })).toBeTruthy();
    expect(currentPath.value).toBe('/booking/staff');
  });

  it('lists the staff member’s units as the service names them, booking’s as links to their pages', async () => {
    const auth = staffAuth([
      { role: 'booking-admin', unitId: healthCentre.id },
      { role: 'nurse', unitId: northCentre.id },
      { role: 'manager', unitId: familyCentre.id },
    ]);
    const service = fakeStaffFetch({
      'units.mine': () => ({
        units: [staffUnitOf(healthCentre), staffUnitOf(northCentre), familyCentre],
        notShown: 0,
      }),
    });
    renderStaff({ auth, service, language: 'en' });
    const nav = await screen.findByRole('navigation', { name: 'Your units' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([healthCentre.name.en, northCentre.name.en]);
    expect(links[0]?.getAttribute('href')).toBe(`/booking/staff/${healthCentre.id}`);
    // The unit booking has no services in: named, not a link, and saying so; never its id.
    const items = within(nav).getAllByRole('listitem');
    expect(items[2]?.textContent).toBe(
      `${familyCentre.name.en}${familyCentre.municipality}The unit has no bookable services yet.`,
    );
    expect(nav.textContent).not.toContain(familyCentre.id);
    expect(service.callsTo('units.mine')).toEqual([undefined]);
  });

  it('says in Finnish and Swedish too that a unit has no bookable services yet', async () => {
    const auth = staffAuth([{ role: 'manager', unitId: familyCentre.id }]);
    const cases = [
      ['fi', 'Toimipisteesi', 'Toimipisteellä ei ole vielä varattavia palveluita.'],
      ['sv', 'Dina verksamhetsställen', 'Verksamhetsstället har inga bokningsbara tjänster ännu.'],
    ] as const;
    for (const [language, label, note] of cases) {
      const service = fakeStaffFetch({ 'units.mine': () => ({ units: [familyCentre], notShown: 0 }) });
      const { unmount } = renderStaff({ auth, service, language });
      const nav = await screen.findByRole('navigation', { name: label });
      expect(within(nav).getByText(familyCentre.name[language])).toBeTruthy();
      expect(within(nav).getByText(note)).toBeTruthy();
      expect(within(nav).queryByRole('link')).toBeNull();
      unmount();
    }
  });

  it('tells how many units could not be named, rather than showing their ids', async () => {
    const service = fakeStaffFetch({
      'units.mine': () => ({ units: [staffUnitOf(healthCentre)], notShown: 2 }),
    });
    renderStaff({ service, language: 'en' });
    expect(
      await screen.findByText('2 of your units could not be shown just now. Try again later.'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: healthCentre.name.en })).toBeTruthy();
  });

  it('offers to try again when the list cannot be read', async () => {
    const service = fakeStaffFetch({
      'units.mine': () => ({ errorCode: 'SERVICE_UNAVAILABLE', httpStatus: 503 }),
    });
    renderStaff({ service, language: 'en' });
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Your units' })).toBeNull();
  });

  it('says so when the staff member has no booking role anywhere, without asking the service', async () => {
    const { service } = renderStaff({
      auth: staffAuth([{ role: 'feedback-analyst', unitId: healthCentre.id }]),
      language: 'sv',
    });
    expect(
      await screen.findByText(/Du har ingen roll för tidsbokning vid något verksamhetsställe/),
    ).toBeTruthy();
    expect(service.callsTo('units.mine')).toEqual([]);
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
