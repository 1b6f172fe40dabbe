import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dentalClinic, fakeBookingFetch, healthCentre, rawServerMessage } from './fake-booking-service';
import { renderBooking, testQueryClient } from './render-booking';

async function chooseUnitByTyping(letter: string, label = /Toimipiste/) {
  const trigger = await screen.findByRole('button', { name: label });
  act(() => trigger.focus());
  fireEvent.keyDown(trigger, { key: letter });
  fireEvent.keyUp(trigger, { key: letter });
}

describe('BookingModule', () => {
  it('shows its heading and a unit picker filled from units.list', async () => {
    const { service } = renderBooking();
    expect(screen.getByRole('heading', { level: 1, name: 'Ajanvaraus' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Ladataan toimipisteitä…');
    expect(await screen.findByRole('button', { name: /Toimipiste/ })).toBeTruthy();
    expect(service.calls).toEqual(['/trpc/units.list']);
  });

  it("lists the chosen unit's services with duration and channels in the current language", async () => {
    renderBooking();
    await chooseUnitByTyping('R');
    const list = await screen.findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Lääkärin vastaanotto',
      'Laboratorio',
    ]);
    expect(items[0]?.textContent).toContain('20 min');
    expect(items[0]?.textContent).toContain('Käynti toimipisteessä, Videoyhteys');
    expect(items[0]?.textContent).toContain('Voit varata ajan verkossa.');
    expect(items[1]?.textContent).toContain('ajanvarausoikeus');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Palvelut: Rantakylän terveysasema');
  });

  it('speaks Swedish, and asks the service for Swedish', async () => {
    const { service } = renderBooking({ language: 'sv' });
    expect(screen.getByRole('heading', { level: 1, name: 'Tidsbokning' })).toBeTruthy();
    await chooseUnitByTyping('H', /Verksamhetsställe/);
    expect(
      await screen.findByRole('heading', { level: 2, name: `Tjänster: ${dentalClinic.name.sv}` }),
    ).toBeTruthy();
    expect(
      await screen.findByText('Det här verksamhetsstället har inga tjänster som visas på nätet.'),
    ).toBeTruthy();
    expect(service.languages).toEqual(['sv', 'sv']);
  });

  it('keeps the chosen unit in the URL, so a link opens the same list', async () => {
    renderBooking({ path: `/booking?unit=${healthCentre.id}`, language: 'en' });
    expect(await screen.findByRole('heading', { level: 3, name: 'Laboratory' })).toBeTruthy();
    expect(screen.getAllByText(/Visit at the unit/).length).toBe(2);
  });

  it('translates UNIT_NOT_FOUND and never shows the server text', async () => {
    renderBooking({ path: '/booking?unit=99999999-9999-4999-8999-999999999999' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Valitsemaasi toimipistettä ei löytynyt. Valitse toinen toimipiste.');
    expect(document.body.textContent).not.toContain(rawServerMessage);
  });

  it('translates VALIDATION_FAILED', async () => {
    renderBooking({ path: '/booking?unit=not-a-uuid', language: 'sv' });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Uppgifterna kunde inte hämtas med det här valet.',
    );
  });

  it('says when the service cannot be reached, with a retry', async () => {
    renderBooking({ service: fakeBookingFetch({ offline: true }), hostQueryClient: testQueryClient() });
    // The module retries a network failure once (after a second) before it gives up.
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert.textContent).toContain(
      'Yhteys palveluun ei toiminut. Tarkista verkkoyhteys ja yritä uudelleen.',
    );
    expect(within(alert).getByRole('button', { name: 'Yritä uudelleen' })).toBeTruthy();
  });

  it("uses the host's query client, under the module's own key prefix", async () => {
    const hostQueryClient = testQueryClient();
    renderBooking({ hostQueryClient });
    await screen.findByRole('button', { name: /Toimipiste/ });
    const keys = hostQueryClient
      .getQueryCache()
      .getAll()
      .map((query) => query.queryKey);
    expect(keys).toEqual([[['booking:fi:self'], ['units', 'list'], { type: 'query' }]]);
  });

  it('has its own not-found page for paths it does not know', async () => {
    renderBooking({ path: '/booking/no-such-page' });
    expect(screen.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Takaisin ajanvaraukseen' }).getAttribute('href')).toBe(
      '/booking',
    );
  });
});
