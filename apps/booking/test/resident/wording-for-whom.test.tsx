// Messages that speak to the right person: the one signed in, or the child they act for.
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anonymousRemoteAuth } from '@asiointi/platform-federation/auth';
import { doctor, laboratory } from '../fake-booking-service';
import { fakeResidentService, now } from './fake-resident-service';
import { chooseTime, showDay } from './pick-time';
import { eetu, renderResident, resident } from './render-resident';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});
afterEach(() => vi.useRealTimers());

async function chooseTuesdayNine() {
  await chooseTime('ti 24.11.2026', 'klo 9.00, Lääkäri Anna Aalto');
  await screen.findByRole('heading', { level: 2, name: 'Kenelle aika varataan' });
}

describe('for whom the messages speak', () => {
  it('does not tell someone already acting for a child how to book for their child', async () => {
    renderResident({ path: `/booking/book/${doctor.id}`, auth: resident({ actingFor: eetu }) });
    await chooseTuesdayNine();
    expect(screen.queryByText(/varata ajan lapsellesi/)).toBeNull();
    expect(
      screen.getByText(
        'Jos haluat varata ajan itsellesi tai jollekulle toiselle, vaihda asioiva henkilö sivun yläosasta.',
      ),
    ).toBeTruthy();
  });

  it('still tells a resident booking for themselves how to book for their child', async () => {
    renderResident({ path: `/booking/book/${doctor.id}` });
    await chooseTuesdayNine();
    expect(
      screen.getByText('Jos haluat varata ajan lapsellesi, vaihda asioiva henkilö sivun yläosasta.'),
    ).toBeTruthy();
  });

  it('says whose booking right makes the code unnecessary', async () => {
    const service = fakeResidentService({
      rights: [
        {
          id: 'c0000000-0000-4000-8000-000000000001',
          source: 'assessment',
          serviceCode: laboratory.code,
          serviceName: laboratory.name,
          validFrom: '2026-11-01',
          validUntil: '2026-12-31',
          usesAllowed: 1,
          usesLeft: 1,
        },
      ],
    });
    renderResident({
      path: `/booking/book/${laboratory.id}`,
      service,
      auth: resident({ actingFor: eetu }),
      language: 'en',
    });
    const tuesday = await showDay('Tue, 24 November 2026');
    fireEvent.click(within(tuesday).getAllByRole('button')[0]!);
    expect(
      await screen.findByText(
        'Eetu Virtanen already has a booking right for this service. No code is needed.',
      ),
    ).toBeTruthy();
  });

  it('names the child whose bookings are empty, not the guardian', async () => {
    renderResident({
      path: '/booking/my-bookings',
      service: fakeResidentService({ bookings: [] }),
      auth: resident({ actingFor: eetu }),
      language: 'sv',
    });
    expect(await screen.findByText('Eetu Virtanen har inga kommande tider.')).toBeTruthy();
    expect(screen.getByText('Eetu Virtanen har inga tidigare tider.')).toBeTruthy();
    expect(screen.queryByText(/^Du har inga/)).toBeNull();
  });

  it('asks someone signed out to sign in to see their bookings, not to book', () => {
    renderResident({ path: '/booking/my-bookings', auth: anonymousRemoteAuth, language: 'en' });
    expect(screen.getByText('Sign in to see your bookings.')).toBeTruthy();
    expect(screen.queryByText('Sign in to book a time.')).toBeNull();
  });
});
