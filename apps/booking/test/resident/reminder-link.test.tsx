import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anonymousRemoteAuth } from '@asiointi/platform-federation/auth';
import { healthCentre } from '../fake-booking-service';
import { fakeResidentService, now, tuesdayNine } from './fake-resident-service';
import { renderResident } from './render-resident';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});
afterEach(() => vi.useRealTimers());

const token = 'tok_0123456789abcdefghij';
const path = `/booking/cancel/${token}`;
const linked = {
  start: tuesdayNine.start,
  end: tuesdayNine.end,
  unitName: healthCentre.name,
  unitPhone: healthCentre.phone,
  status: 'booked' as const,
  canCancel: true,
};

describe('the reminder message’s cancel link', () => {
  it('shows only the time and the unit, and cancels without signing in', async () => {
    const service = fakeResidentService({ reminderLink: linked });
    renderResident({ path, service, auth: anonymousRemoteAuth });
    expect(await screen.findByRole('heading', { level: 1, name: 'Varatun ajan peruminen' })).toBeTruthy();
    expect(await screen.findByText('ti 24.11.2026 klo 9.00–9.20')).toBeTruthy();
    expect(screen.getByText('Rantakylän terveysasema')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Peru aika' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Perutaanko aika?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Kyllä, peru aika' }));
    expect(await screen.findByText('Aika on peruttu. Voit sulkea sivun.')).toBeTruthy();
    expect(service.inputsOf('reminderLink.cancel')).toEqual([{ token }]);
    expect(service.headers.every((headers) => headers.get('authorization') === null)).toBe(true);
  });

  it('tells the unit’s number when the time can no longer be cancelled online', async () => {
    renderResident({
      path,
      service: fakeResidentService({ reminderLink: { ...linked, canCancel: false } }),
      language: 'en',
    });
    expect(
      await screen.findByText(
        'This time cannot be cancelled online. Please call the unit: +358 40 123 4567.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel the time' })).toBeNull();
  });

  it.each([
    ['REMINDER_LINK_EXPIRED', 410, 'Länken har gått ut.'],
    ['REMINDER_LINK_INVALID', 404, 'Länken fungerar inte.'],
  ])('translates %s', async (errorCode, httpStatus, message) => {
    renderResident({
      path,
      service: fakeResidentService({ reminderLink: { errorCode, httpStatus } }),
      language: 'sv',
    });
    expect((await screen.findByRole('alert')).textContent).toContain(message);
  });
});
