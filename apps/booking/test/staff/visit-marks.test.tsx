// The day list offers each mark only once the visit allows it (Helsinki wall clock), and an undo for a
// mark made today.
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { healthCentre } from '../fake-booking-service';
import { bookingOfMatti, fakeStaffFetch } from './fake-staff-service';
import { renderStaff } from './render-staff';

const path = `/booking/staff/${healthCentre.id}/day-list`;
// Matti's visit: Monday 30 March 2026, 9.00–9.30 in Helsinki (EEST).

afterEach(() => vi.useRealTimers());

function at(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

describe('marks on the day list', () => {
  it('offers only "arrived" before the start on the day, and says from when the outcome can be marked', async () => {
    at('2026-03-30T05:30:00Z'); // 8.30 in Helsinki
    renderStaff({ path });
    const actions = await screen.findByRole('group', { name: 'Toiminnot: Matti Meikäläinen' });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Saapunut', 'Peru varaus']);
    expect(
      screen.getByText('Käynnin voi merkitä käydyksi tai saapumatta jääneeksi klo 9.00 alkaen.'),
    ).toBeTruthy();
  });

  it('offers no mark at all the day before', async () => {
    at('2026-03-29T20:00:00Z'); // 23.00 in Helsinki, the evening before
    renderStaff({ path, language: 'en' });
    const actions = await screen.findByRole('group', { name: 'Actions: Matti Meikäläinen' });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Cancel booking']);
  });

  it('undoes a mark made today, and says so', async () => {
    at('2026-03-30T07:00:00Z');
    const marked = {
      ...bookingOfMatti,
      status: 'attended' as const,
      statusChangedAt: '2026-03-30T06:10:00.000Z',
    };
    const service = fakeStaffFetch({
      'staffBookings.dayList': () => [marked],
      'staffBookings.undoMark': () => ({ ...bookingOfMatti, statusChangedAt: '2026-03-30T07:00:00.000Z' }),
    });
    renderStaff({ path, service, language: 'sv' });
    const actions = await screen.findByRole('group', { name: 'Åtgärder: Matti Meikäläinen' });
    fireEvent.click(within(actions).getByRole('button', { name: 'Ångra markeringen' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Markeringen för Matti Meikäläinen har ångrats. Besöket är bokat igen.',
    );
    expect(service.callsTo('staffBookings.undoMark')).toEqual([{ bookingId: bookingOfMatti.id }]);
  });

  it('offers no undo for a mark made on an earlier day', async () => {
    at('2026-03-31T07:00:00Z');
    const marked = {
      ...bookingOfMatti,
      status: 'noShow' as const,
      statusChangedAt: '2026-03-30T06:10:00.000Z',
    };
    renderStaff({ path, service: fakeStaffFetch({ 'staffBookings.dayList': () => [marked] }) });
    await screen.findByRole('heading', { level: 3, name: 'Matti Meikäläinen' });
    expect(screen.queryByRole('group', { name: 'Toiminnot: Matti Meikäläinen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Kumoa merkintä' })).toBeNull();
  });

  it('translates the service’s refusal of an early mark', async () => {
    at('2026-03-30T06:00:00Z');
    renderStaff({
      path,
      language: 'en',
      service: fakeStaffFetch({
        'staffBookings.mark': () => ({ errorCode: 'VISIT_NOT_STARTED', httpStatus: 412 }),
      }),
    });
    const actions = await screen.findByRole('group', { name: 'Actions: Matti Meikäläinen' });
    fireEvent.click(within(actions).getByRole('button', { name: 'Attended' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The visit cannot be marked yet');
  });
});
