import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../src/app/create-query-client';
import { anna, signedInAs } from './fake-session';
import { annasRelations, eetuSubject } from './relations-fixture';
import { renderShell } from './render-shell';
import { json, stubFetch } from './stub-fetch';

afterEach(() => vi.unstubAllGlobals());

function answerAnnasRelations() {
  return stubFetch(({ url }) =>
    url.pathname === '/relations' ? json(annasRelations) : json({ guardians: [] }),
  );
}

async function openSwitcher() {
  fireEvent.click(await screen.findByRole('button', { name: 'Vaihda henkilöä' }));
  return screen.getByRole('dialog', { name: 'Kenen asioita hoidat?' });
}

describe('the person switcher', () => {
  it('asks the relations service with the bearer token, nothing personal in the URL', async () => {
    const requests = answerAnnasRelations();
    renderShell({ session: signedInAs(anna) });
    await screen.findByRole('button', { name: 'Vaihda henkilöä' });
    const relations = requests.find(({ url }) => url.pathname === '/relations');
    expect(relations?.headers.get('authorization')).toBe(`Bearer token-of-${anna.subject}`);
    expect(relations?.url.search).toBe('');
  });

  it('shows in the header that Anna acts for herself', async () => {
    answerAnnasRelations();
    renderShell({ session: signedInAs(anna) });
    await screen.findByRole('button', { name: 'Vaihda henkilöä' });
    const current = within(screen.getByRole('banner')).getByRole('status');
    expect(current.textContent).toBe('Asioin: Itse');
  });

  it('offers herself and Eetu, and shows Aino as unavailable with the reason', async () => {
    answerAnnasRelations();
    renderShell({ session: signedInAs(anna) });
    const dialog = await openSwitcher();
    const group = within(dialog).getByRole('radiogroup', { name: 'Asioin' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['self', eetuSubject]);
    expect((within(group).getByRole('radio', { name: 'Itse' }) as HTMLInputElement).checked).toBe(true);
    expect(within(group).getByRole('radio', { name: 'Eetu Virtanen' })).toBeTruthy();
    expect(within(group).queryByRole('radio', { name: /Aino/ })).toBeNull();

    const unavailable = within(dialog).getByRole('region', {
      name: 'Näiden henkilöiden puolesta et voi nyt asioida',
    });
    expect(unavailable.textContent).toContain('Aino Virtanen');
    expect(unavailable.textContent).toContain('Aino ei ole antanut sinulle lupaa asioida puolestaan.');
  });

  it('switches to Eetu: the header says so (a live region), and module data is dropped', async () => {
    answerAnnasRelations();
    const queryClient = createQueryClient();
    queryClient.setQueryData([['booking:fi:self'], ['preferences', 'get'], { type: 'query' }], {
      mine: true,
    });
    renderShell({ session: signedInAs(anna), queryClient });
    const dialog = await openSwitcher();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Eetu Virtanen' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Vaihda' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const current = within(screen.getByRole('banner')).getByRole('status');
    expect(current.textContent).toBe('Asioin: Eetu Virtanen');
    const keys = queryClient
      .getQueryCache()
      .getAll()
      .map((query) => JSON.stringify(query.queryKey));
    expect(keys.some((key) => key.includes('booking:fi:self'))).toBe(false);
    // Whom Anna may act for is about Anna: it stays.
    expect(keys.some((key) => key.includes('relations'))).toBe(true);
  });

  it('cancels without switching', async () => {
    answerAnnasRelations();
    renderShell({ session: signedInAs(anna), language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Change person' }));
    const dialog = screen.getByRole('dialog', { name: 'Whose matters are you handling?' });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Eetu Virtanen' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(within(screen.getByRole('banner')).getByRole('status').textContent).toBe('Acting for: Myself');
  });

  it('keeps the choice over a reload while the relations still allow it', async () => {
    answerAnnasRelations();
    sessionStorage.setItem(
      'asiointi.actingFor',
      JSON.stringify({ actor: anna.subject, subject: eetuSubject }),
    );
    renderShell({ session: signedInAs(anna), language: 'sv' });
    await waitFor(() =>
      expect(within(screen.getByRole('banner')).getByRole('status').textContent).toBe(
        'Jag sköter ärenden för: Eetu Virtanen',
      ),
    );
  });

  it('says so when the relations cannot be loaded, and Anna acts for herself', async () => {
    stubFetch(() => json({ error: 'down' }, 503));
    renderShell({ session: signedInAs(anna) });
    // The shell retries a failed query once, a second later.
    const notice = await screen.findByText(/Henkilöitä, joiden puolesta voit asioida/, {}, { timeout: 4000 });
    expect(notice.textContent).toContain('Asioit omissa asioissasi.');
    expect(screen.queryByRole('button', { name: 'Vaihda henkilöä' })).toBeNull();
  });
});
