import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SignedInPerson } from '../src/auth/signed-in-person';
import { anna, fakeSession, nurseSari, signedInAs, unitsUrl } from './fake-session';
import { annasRelations } from './relations-fixture';
import { renderShell } from './render-shell';
import { json, stubFetch } from './stub-fetch';
import { kaijonharjuUnitId, unitDirectory, unlistedUnitId } from './unit-directory-fixture';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function answerRelations() {
  return stubFetch(({ url }) =>
    url.pathname === '/relations/guardians' ? json({ guardians: [] }) : json(annasRelations),
  );
}

describe('signing in', () => {
  it('offers a sign-in button to someone not signed in', () => {
    const { session } = renderShell();
    fireEvent.click(screen.getByRole('button', { name: 'Kirjaudu sisään' }));
    expect(session.signIn).toHaveBeenCalledWith();
  });

  it('speaks Swedish and English too', () => {
    renderShell({ language: 'sv' });
    expect(screen.getByRole('button', { name: 'Logga in' })).toBeTruthy();
  });

  it('says it is checking while a reload restores the session, and waits with the module', () => {
    renderShell({ session: fakeSession({ status: 'checking' }), path: '/booking' });
    expect(screen.getByRole('heading', { level: 1, name: 'Ajanvaraus' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Tarkistetaan kirjautumista…');
    expect(screen.queryByRole('button', { name: 'Kirjaudu sisään' })).toBeNull();
  });

  it('tells why the session ended, and offers to sign in again', () => {
    const session = fakeSession({ notice: 'session-ended' });
    renderShell({ session });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Istuntosi on päättynyt. Kirjaudu uudelleen sisään jatkaaksesi.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Kirjaudu sisään' }));
    expect(session.signIn).toHaveBeenCalled();
    fireEvent.click(within(alert).getByRole('button', { name: 'Sulje ilmoitus' }));
    expect(session.dismissNotice).toHaveBeenCalled();
  });
});

describe('the user menu', () => {
  it("shows the signed-in resident's name, and opens links to their own pages and sign-out", async () => {
    answerRelations();
    const session = signedInAs(anna);
    renderShell({ session });
    const trigger = await screen.findByRole('button', { name: 'Kirjautuneena Anna Virtanen' });
    fireEvent.click(trigger);
    const menu = screen.getByRole('dialog', { name: 'Käyttäjävalikko' });
    expect(
      within(menu).getByRole('link', { name: 'Kuka on käsitellyt tietojani' }).getAttribute('href'),
    ).toBe('/my-data-access');
    expect(await within(menu).findByText(/Asioin/)).toBeTruthy();
    fireEvent.click(within(menu).getByRole('button', { name: 'Kirjaudu ulos' }));
    expect(session.signOut).toHaveBeenCalled();
  });

  it('links a minor with guardians to "Who may act for me"', async () => {
    stubFetch(({ url }) =>
      url.pathname === '/relations/guardians'
        ? json({
            guardians: [
              { subject: anna.subject, name: { given: 'Anna', family: 'Virtanen' }, allowedScopes: [] },
            ],
          })
        : json({ actor: 'x', evaluatedAt: '2026-03-02T08:00:00.000Z', relations: [] }),
    );
    renderShell({ session: signedInAs({ ...anna, displayName: 'Aino Virtanen' }) });
    // Wait for the guardians to load before opening.
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    fireEvent.click(await screen.findByRole('button', { name: 'Kirjautuneena Aino Virtanen' }));
    expect(screen.getByRole('link', { name: 'Kuka saa asioida puolestani' }).getAttribute('href')).toBe(
      '/guardian-permissions',
    );
  });
});

describe('staff mode', () => {
  it('says staff mode and the roles with the unit’s name, and shows nothing of the resident side', async () => {
    const requests = stubFetch(({ url }) => (url.pathname === '/units' ? json(unitDirectory) : json({})));
    renderShell({ session: signedInAs(nurseSari), language: 'en' });
    const banner = screen.getByRole('banner');
    expect(banner.textContent).toContain('Staff');
    const roles = within(banner).getByRole('list', { name: 'Your roles' });
    await waitFor(() => expect(roles.textContent).toBe('Nurse, Kaijonharju Wellbeing Centre'));
    expect(screen.queryByRole('button', { name: 'Change person' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Signed in as Sari Niemi' }));
    expect(screen.queryByRole('link', { name: 'Who has handled my data' })).toBeNull();
    // Staff are not asked about relations at all; the unit directory is public: asked once, without a token.
    expect(requests.map((request) => request.url.href)).toEqual([unitsUrl]);
    expect(requests[0]?.headers.get('authorization')).toBeNull();
  });

  it('names units in the current language, and in general words, never by id, until the directory names them', async () => {
    let answerUnits: (response: Response) => void = () => undefined;
    stubFetch(() => new Promise<Response>((resolve) => (answerUnits = resolve)));
    const manager: SignedInPerson = {
      ...nurseSari,
      roles: [
        { role: 'nurse', unitId: kaijonharjuUnitId },
        { role: 'manager', unitId: unlistedUnitId },
      ],
    };
    renderShell({ session: signedInAs(manager), language: 'sv' });
    const roles = within(screen.getByRole('banner')).getByRole('list', { name: 'Dina roller' });
    const texts = () =>
      within(roles)
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(texts()).toEqual([
      'Sjukskötare, ett verksamhetsställe inom välfärdsområdet',
      'Chef, ett verksamhetsställe inom välfärdsområdet',
    ]);
    await act(async () => answerUnits(json(unitDirectory)));
    await waitFor(() => expect(texts()[0]).toBe('Sjukskötare, Kaijonharju välfärdscentral'));
    // A unit the directory does not list keeps the general wording.
    expect(texts()[1]).toBe('Chef, ett verksamhetsställe inom välfärdsområdet');
  });

  it('keeps the general wording when the unit directory cannot be read', async () => {
    stubFetch(({ url }) => (url.pathname === '/units' ? json({ error: 'DOWN' }, 503) : json({})));
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    renderShell({ session: signedInAs(nurseSari), language: 'fi', queryClient });
    await waitFor(() =>
      expect(queryClient.getQueryState(['shell', 'unit-directory', unitsUrl])?.status).toBe('error'),
    );
    expect(within(screen.getByRole('banner')).getByRole('list', { name: 'Roolisi' }).textContent).toBe(
      'Sairaanhoitaja, hyvinvointialueen toimipiste',
    );
    expect(document.body.textContent).not.toContain(kaijonharjuUnitId);
  });

  it('links a staff member with a role to the staff pages of the modules deployed', () => {
    stubFetch(() => json({}));
    renderShell({ session: signedInAs(nurseSari), language: 'sv' });
    const staffPages = within(screen.getByRole('banner')).getByRole('navigation', {
      name: 'Personalens sidor',
    });
    expect(
      within(staffPages).getByRole('link', { name: 'Hantering av tidsbokningar' }).getAttribute('href'),
    ).toBe('/booking/staff');
  });

  it('offers no staff link without a role, nor to a module that is not deployed, nor to a resident', () => {
    stubFetch(() => json({}));
    const noRoles = renderShell({ session: signedInAs({ ...nurseSari, roles: [] }), language: 'en' });
    expect(screen.getByText('No roles have been recorded for you.')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Staff pages' })).toBeNull();
    noRoles.unmount();

    const noBooking = renderShell({ session: signedInAs(nurseSari), language: 'en', remotes: [] });
    expect(screen.getByRole('list', { name: 'Your roles' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Staff pages' })).toBeNull();
    noBooking.unmount();

    answerRelations();
    renderShell({ session: signedInAs(anna), language: 'en' });
    expect(screen.queryByRole('link', { name: 'Appointment management' })).toBeNull();
  });

  it('keeps staff off a resident-only page', () => {
    stubFetch(() => json({}));
    renderShell({ session: signedInAs(nurseSari), path: '/my-data-access' });
    expect(screen.getByRole('alert').textContent).toContain('Tämä sivu on asukkaille.');
  });
});

describe('a page that needs sign-in', () => {
  it('sends someone not signed in to sign in, once, and back to the same page', () => {
    const { session } = renderShell({ path: '/my-data-access' });
    expect(screen.getByRole('heading', { level: 1, name: 'Kuka on käsitellyt tietojani' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Siirrytään tunnistautumiseen…');
    expect(session.signIn).toHaveBeenCalledTimes(1);
    expect(session.signIn).toHaveBeenCalledWith();
  });

  it('does not send anyone to sign in while they are signing out', () => {
    const session = fakeSession({ status: 'signing-out' });
    renderShell({ path: '/my-data-access', session });
    expect(session.signIn).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toContain('Kirjaudutaan ulos…');
  });

  it('lets the person read a session message first instead of redirecting', () => {
    const session = fakeSession({ notice: 'sign-in-cancelled' });
    renderShell({ path: '/my-data-access', session });
    expect(session.signIn).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toContain('Kirjautuminen keskeytettiin.');
    expect(screen.getAllByRole('button', { name: 'Kirjaudu sisään' }).length).toBeGreaterThan(0);
  });
});

describe('the signed-out page', () => {
  it('thanks the person, and says why after an idle timeout', async () => {
    renderShell({
      path: '/auth/signed-out',
      session: fakeSession({ signedOutReason: 'idle', idleMinutes: 15 }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Istuntosi päättyi' })).toBeTruthy();
    expect(screen.getByText(/koska et käyttänyt palvelua 15 minuuttiin/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kirjaudu uudelleen' })).toBeTruthy();
  });

  it('says signed out after signing out by choice', async () => {
    renderShell({
      path: '/auth/signed-out',
      session: fakeSession({ signedOutReason: 'user' }),
      language: 'en',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'You have signed out' })).toBeTruthy();
  });
});

describe('the idle warning', () => {
  it('asks two minutes before the end, continues on "Continue", and signs out when time runs out', async () => {
    vi.useFakeTimers({ now: 0, shouldAdvanceTime: true });
    answerRelations();
    const session = signedInAs(anna, { idleMinutes: 3 });
    renderShell({ session });
    await act(async () => vi.advanceTimersByTime(60_000));
    const dialog = await screen.findByRole('alertdialog', { name: 'Haluatko jatkaa asiointia?' });
    expect(dialog.textContent).toContain('Aikaa jäljellä: 2:00');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Jatka asiointia' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Jatka asiointia' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();

    await act(async () => vi.advanceTimersByTime(60_000));
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    await act(async () => vi.advanceTimersByTime(120_000));
    expect(session.signOut).toHaveBeenCalledWith('idle');
  });

  it('signs out at once from the warning', async () => {
    vi.useFakeTimers({ now: 0, shouldAdvanceTime: true });
    answerRelations();
    const session = signedInAs(anna, { idleMinutes: 3 });
    renderShell({ session, language: 'sv' });
    await act(async () => vi.advanceTimersByTime(60_000));
    fireEvent.click(await screen.findByRole('button', { name: 'Logga ut' }));
    expect(session.signOut).toHaveBeenCalledWith('user');
  });
});
