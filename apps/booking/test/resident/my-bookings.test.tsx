import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anonymousRemoteAuth } from '@asiointi/platform-federation/auth';
import {
  bookingOf,
  fakeResidentService,
  freeTime,
  now,
  tuesdayNine,
  wednesdayOne,
} from './fake-resident-service';
import { chooseTime } from './pick-time';
import { location, renderResident } from './render-resident';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});
afterEach(() => vi.useRealTimers());

const upcoming = bookingOf(tuesdayNine, { changeableUntil: '2026-11-23T07:00:00Z', canChange: false });
const later = bookingOf(freeTime('2026-11-27T10:00:00Z'), {
  id: 'b0000000-0000-4000-8000-000000000009',
  changeableUntil: '2026-11-26T10:00:00Z',
});
const past = bookingOf(freeTime('2026-11-02T10:00:00Z'), {
  id: 'b0000000-0000-4000-8000-000000000008',
  status: 'attended',
  canChange: false,
});

function service() {
  return fakeResidentService({
    bookings: [structuredClone(upcoming), structuredClone(later), structuredClone(past)],
  });
}

describe('my bookings', () => {
  it('lists upcoming and past times, with the phone number once the cut-off has passed', async () => {
    renderResident({ path: '/booking/my-bookings', service: service() });
    const upcomingList = await screen.findByRole('region', { name: 'Tulevat ajat' });
    const cards = within(upcomingList).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(cards[0]?.textContent).toContain('ti 24.11.2026 klo 9.00–9.20');
    expect(cards[0]?.textContent).toContain(
      'Aikaa ei voi enää perua tai siirtää verkossa. Soita toimipisteeseen Rantakylän terveysasema: +358 40 123 4567.',
    );
    expect(within(cards[0]!).queryByRole('button', { name: 'Peru aika' })).toBeNull();
    expect(cards[1]?.textContent).toContain(
      'Voit perua tai siirtää ajan verkossa 26.11.2026 klo 12.00 asti.',
    );
    expect(within(cards[1]!).getByRole('link', { name: 'Siirrä aikaa' }).getAttribute('href')).toBe(
      `/booking/my-bookings/${later.id}/reschedule`,
    );
    const pastList = screen.getByRole('region', { name: 'Menneet ajat' });
    expect(within(pastList).getByRole('listitem').textContent).toContain('Käyty');
  });

  it('marks whom each booking is for, a child’s by name, with each booking’s reference', async () => {
    const childs = bookingOf(freeTime('2026-11-27T12:00:00Z'), {
      id: 'b0000000-0000-4000-8000-000000000007',
      reference: 'EETU-2345',
      person: { given: 'Eetu', family: 'Virtanen', isYou: false },
    });
    renderResident({
      path: '/booking/my-bookings',
      service: fakeResidentService({ bookings: [structuredClone(later), childs] }),
      language: 'en',
    });
    const upcomingList = await screen.findByRole('region', { name: 'Upcoming times' });
    const [own, child] = within(upcomingList).getAllByRole('listitem');
    expect(within(own!).getByText('Yourself')).toBeTruthy();
    expect(within(own!).getByText('K7QM-2XHD')).toBeTruthy();
    expect(within(child!).getByText('Eetu Virtanen')).toBeTruthy();
    expect(within(child!).getByText('EETU-2345')).toBeTruthy();
    expect(within(child!).getByText('Booking reference')).toBeTruthy();
  });

  it('cancels after asking in a dialog', async () => {
    const fake = service();
    renderResident({ path: '/booking/my-bookings', service: fake, language: 'sv' });
    const upcomingList = await screen.findByRole('region', { name: 'Kommande tider' });
    fireEvent.click(within(upcomingList).getByRole('button', { name: 'Avboka tiden' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Vill du avboka tiden?' });
    expect(dialog.textContent).toContain('Läkarmottagning fre 27.11.2026 kl. 12.00–12.20');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ja, avboka tiden' }));
    expect(await screen.findByText('Tiden är avbokad.')).toBeTruthy();
    expect(fake.inputsOf('bookings.cancel')).toEqual([{ bookingId: later.id }]);
    await waitFor(() =>
      expect(within(upcomingList).getAllByRole('listitem')[1]?.textContent).toContain('Avbokad'),
    );
    expect(within(upcomingList).queryByRole('button', { name: 'Avboka tiden' })).toBeNull();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('keeps the time when the resident says no', async () => {
    const fake = service();
    renderResident({ path: '/booking/my-bookings', service: fake, language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel the time' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Cancel the time?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'No, keep the time' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(fake.inputsOf('bookings.cancel')).toEqual([]);
  });

  it('reschedules to another free time of the same service', async () => {
    const fake = service();
    renderResident({ path: `/booking/my-bookings/${later.id}/reschedule`, service: fake });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Siirrä aikaa: Lääkärin vastaanotto' }),
    ).toBeTruthy();
    await chooseTime('ke 25.11.2026', 'klo 13.00, Lääkäri Anna Aalto');
    const dialog = await screen.findByRole('alertdialog', { name: 'Siirretäänkö aika?' });
    expect(dialog.textContent).toContain('ke 25.11.2026 klo 13.00–13.20');
    // The moment the moved time stops being changeable online, told before moving.
    expect(dialog.textContent).toContain(
      'Voit perua tai siirtää ajan verkossa ti 24.11.2026 klo 13.00 asti.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Kyllä, siirrä aika' }));
    expect(await screen.findByText('Aika on siirretty.')).toBeTruthy();
    expect(location.current).toBe('/booking/my-bookings');
    expect(fake.inputsOf('bookings.reschedule')).toEqual([
      { bookingId: later.id, resourceId: wednesdayOne.resourceId, start: wednesdayOne.start },
    ]);
  });

  it('asks someone not signed in to sign in', () => {
    const signIn = vi.fn();
    const fake = service();
    renderResident({ path: '/booking/my-bookings', service: fake, auth: { ...anonymousRemoteAuth, signIn } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirjaudu sisään' }));
    expect(signIn).toHaveBeenCalled();
    expect(fake.calls).toEqual([]);
  });
});
