import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { doctor, healthCentre } from '../fake-booking-service';
import { doctorNorth, now, tuesdayNine } from './fake-resident-service';
import { location, renderResident } from './render-resident';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});
afterEach(() => vi.useRealTimers());

async function choose(label: RegExp, option: string) {
  const trigger = await screen.findByRole('button', { name: label });
  act(() => trigger.focus());
  fireEvent.keyDown(trigger, { key: 'ArrowDown' });
  const listbox = await screen.findByRole('listbox');
  fireEvent.click(within(listbox).getByRole('option', { name: option }));
}

describe('find a service', () => {
  it('groups the services with the units that give them: address, opening hours, accessibility', async () => {
    renderResident();
    expect(await screen.findByRole('heading', { level: 1, name: 'Etsi palvelu ja varaa aika' })).toBeTruthy();
    expect(await screen.findByText('Löytyi 2 palvelua.')).toBeTruthy();
    const doctorGroup = screen
      .getByRole('heading', { level: 3, name: 'Lääkärin vastaanotto' })
      .closest('li')!;
    const units = within(doctorGroup)
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.textContent);
    expect(units).toEqual(['Rantakylän terveysasema', 'Pohjolan terveysasema']);
    expect(doctorGroup.textContent).toContain('Rantatie 5, Merikaupunki');
    expect(doctorGroup.textContent).toContain('ma 8.00–16.00');
    expect(doctorGroup.textContent).toContain('ma 8.00–12.00, 13.00–16.00');
    expect(doctorGroup.textContent).toContain('Esteetön sisäänkäynti pääovelta.');
    expect(doctorGroup.textContent).toContain('Esteettömyystietoja ei ole ilmoitettu.');
    expect(doctorGroup.textContent).toContain('suomi, ruotsi');
    expect(
      within(doctorGroup)
        .getByRole('link', { name: 'Katso vapaat ajat: Pohjolan terveysasema' })
        .getAttribute('href'),
    ).toBe(`/booking/book/${doctorNorth.id}`);
    const labGroup = screen.getByRole('heading', { level: 3, name: 'Laboratorio' }).closest('li')!;
    expect(labGroup.textContent).toContain('Tarvitset ajanvarausoikeuden');
  });

  it('filters by language of service and keeps the choice in the URL and in the links', async () => {
    const { service } = renderResident({ language: 'sv' });
    await screen.findByText('2 tjänster hittades.');
    await choose(/Språk$/, 'svenska');
    expect(await screen.findByText('1 tjänst hittades.')).toBeTruthy();
    expect(service.inputsOf('catalogue.search').at(-1)).toEqual({ language: 'sv' });
    expect(location.current).toBe('/booking/find?language=sv');
    expect(
      screen.getByRole('link', { name: 'Se lediga tider: Strandby hälsostation' }).getAttribute('href'),
    ).toBe(`/booking/book/${doctor.id}?language=sv`);
  });

  it('clears the unit when the municipality changes, and drops values the contract would refuse', async () => {
    const { service } = renderResident({
      path: `/booking/find?municipality=Merikaupunki&unitId=${healthCentre.id}&category=nonsense`,
    });
    await screen.findByText('Löytyi 2 palvelua.');
    expect(service.inputsOf('catalogue.search')[0]).toEqual({
      municipality: 'Merikaupunki',
      unitId: healthCentre.id,
    });
    await choose(/Kunta$/, 'Oulu');
    await screen.findByText('Löytyi 1 palvelu.');
    expect(service.inputsOf('catalogue.search').at(-1)).toEqual({ municipality: 'Oulu' });
  });

  it('names municipalities in Swedish on Swedish pages and searches by the directory’s name', async () => {
    const { service } = renderResident({ language: 'sv' });
    await choose(/Kommun$/, 'Uleåborg');
    const doctorGroup = (await screen.findByRole('heading', { level: 3, name: /Läkarmottagning/ })).closest(
      'li',
    )!;
    expect(doctorGroup.textContent).toContain('Pohjantie 1, Uleåborg');
    expect(doctorGroup.textContent).not.toContain('Oulu');
    expect(service.inputsOf('catalogue.search').at(-1)).toEqual({ municipality: 'Oulu' });
  });

  it('lists the first free times across units for a chosen service, each a link to step 2', async () => {
    const { service } = renderResident({ language: 'en' });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Show the first free times: Doctor’s appointment' }),
    );
    const region = await screen.findByRole('region', { name: 'First free times: Doctor’s appointment' });
    const links = await within(region).findAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Book 24 November 2026 at 9:00, Rantakylä health centre',
      'Book 26 November 2026 at 10:00, Pohjola health centre',
    ]);
    expect(links[0]?.getAttribute('href')).toBe(
      `/booking/book/${doctor.id}?week=2026-11-23&start=${encodeURIComponent(tuesdayNine.start)}&resourceId=${tuesdayNine.resourceId}`,
    );
    expect(service.inputsOf('freeTimes.first')).toEqual([{ serviceCode: doctor.code }]);
    expect(document.activeElement).toBe(within(region).getByRole('heading', { level: 2 }));
  });
});
