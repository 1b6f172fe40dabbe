import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { helsinkiToday, mondayOf } from '@asiointi/platform-time';
import { healthCentre, rawServerMessage } from '../fake-booking-service';
import { bookingOfMatti, fakeStaffFetch, nurseRoom, nurseVisit, sundayTenOf } from './fake-staff-service';
import { renderStaff } from './render-staff';

const path = `/booking/staff/${healthCentre.id}/day-list`;

async function chooseByTyping(label: RegExp, letter: string) {
  const trigger = await screen.findByRole('button', { name: label });
  act(() => trigger.focus());
  fireEvent.keyDown(trigger, { key: letter });
  fireEvent.keyUp(trigger, { key: letter });
}

describe('the day list', () => {
  it("lists today's bookings of the unit with time, person, service and status", async () => {
    const { service } = renderStaff({ path });
    const heading = await screen.findByRole('heading', { level: 3, name: 'Matti Meikäläinen' });
    const item = heading.closest('li') as HTMLElement;
    expect(item.textContent).toContain('9.00–9.30');
    expect(item.textContent).toContain('Sairaanhoitajan vastaanotto');
    expect(item.textContent).toContain(nurseRoom.name);
    expect(item.textContent).toContain('Varattu');
    expect(service.callsTo('staffBookings.dayList')).toEqual([
      { unitId: healthCentre.id, date: helsinkiToday() },
    ]);
  });

  it('marks a visit attended and says so', async () => {
    const { service } = renderStaff({ path });
    const actions = await screen.findByRole('group', { name: 'Toiminnot: Matti Meikäläinen' });
    fireEvent.click(within(actions).getByRole('button', { name: 'Käynyt' }));
    expect((await screen.findByRole('status')).textContent).toBe('Matti Meikäläinen on merkitty käyneeksi.');
    expect(service.callsTo('staffBookings.mark')).toEqual([
      { bookingId: bookingOfMatti.id, status: 'attended' },
    ]);
    // The list is read again after the change.
    await waitFor(() => expect(service.callsTo('staffBookings.dayList').length).toBe(2));
  });

  it('translates a refusal to mark and never shows the server text', async () => {
    renderStaff({
      path,
      language: 'en',
      service: fakeStaffFetch({
        'staffBookings.mark': () => ({ errorCode: 'BOOKING_NOT_CHANGEABLE', httpStatus: 409 }),
      }),
    });
    const actions = await screen.findByRole('group', { name: 'Actions: Matti Meikäläinen' });
    fireEvent.click(within(actions).getByRole('button', { name: 'Did not come' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This booking can no longer be changed: it is cancelled or the visit is over.',
    );
    expect(document.body.textContent).not.toContain(rawServerMessage);
  });

  it('cancels only with a reason, which it sends', async () => {
    const { service } = renderStaff({ path });
    const actions = await screen.findByRole('group', { name: 'Toiminnot: Matti Meikäläinen' });
    fireEvent.click(within(actions).getByRole('button', { name: 'Peru varaus' }));
    const dialog = await screen.findByRole('dialog', { name: 'Peru varaus' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Peru varaus' }));
    expect(await within(dialog).findByText('Kirjoita syy, 3–500 merkkiä.')).toBeTruthy();
    expect(service.callsTo('staffBookings.cancel')).toEqual([]);

    const reason = within(dialog).getByRole('textbox', { name: /Peruutuksen syy/ });
    fireEvent.change(reason, { target: { value: 'Hoitaja sairastui' } });
    expect(reason.tagName).toBe('TEXTAREA');
    expect(within(dialog).getByRole('textbox', { description: /17 \/ 500 merkkiä/ })).toBe(reason);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Peru varaus' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Henkilön Matti Meikäläinen varaus on peruttu.',
    );
    expect(service.callsTo('staffBookings.cancel')).toEqual([
      { bookingId: bookingOfMatti.id, reason: 'Hoitaja sairastui' },
    ]);
  });

  it('books for a resident: identity code, service, a free time of the week, channel and reminder', async () => {
    const { service } = renderStaff({ path });
    fireEvent.click(await screen.findByRole('button', { name: 'Varaa aika asukkaalle' }));
    fireEvent.change(await screen.findByRole('textbox', { name: /Henkilötunnus/ }), {
      target: { value: '010190-123a' },
    });
    await chooseByTyping(/Palvelu/, 'S');
    // The week's days as buttons; the day with the time is shown, its times under the professional's name.
    const days = await screen.findByRole('group', { name: 'Viikon päivät' });
    expect(within(days).getAllByRole('button')).toHaveLength(7);
    const laura = await screen.findByRole('group', { name: 'Sairaanhoitaja Laura Virtanen' });
    fireEvent.click(within(laura).getByRole('radio', { name: '10.00' }));
    expect(
      await screen.findByText(/^Valittu aika: .* klo 10\.00, Sairaanhoitaja Laura Virtanen$/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Puhelu' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Sähköposti' }));
    fireEvent.click(screen.getByRole('button', { name: 'Varaa aika' }));

    expect((await screen.findByRole('status', {}, { timeout: 3000 })).textContent).toContain(
      'Aika on varattu',
    );
    const [booked] = service.callsTo('staffBookings.bookOnBehalf') as Record<string, unknown>[];
    expect(booked).toMatchObject({
      serviceTypeId: nurseVisit.id,
      resourceId: nurseRoom.id,
      start: sundayTenOf(mondayOf(helsinkiToday())),
      channel: 'phone',
      identityCode: '010190-123A',
      reminderChannel: 'email',
      needAssessedAt: null,
    });
    expect(String(booked?.idempotencyKey).length).toBeGreaterThanOrEqual(8);
    // The identity code is cleared once it has done its job.
    expect((screen.getByRole('textbox', { name: /Henkilötunnus/ }) as HTMLInputElement).value).toBe('');
  });

  it('says what is missing instead of sending an incomplete booking, and translates PERSON_NOT_FOUND', async () => {
    const { service } = renderStaff({
      path,
      service: fakeStaffFetch({
        'staffBookings.bookOnBehalf': () => ({ errorCode: 'PERSON_NOT_FOUND', httpStatus: 404 }),
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Varaa aika asukkaalle' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Varaa aika' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Tietoja puuttuu tai ne ovat virheellisiä.',
    );
    expect(screen.getByText('Anna 11-merkkinen henkilötunnus.')).toBeTruthy();
    expect(service.callsTo('staffBookings.bookOnBehalf')).toEqual([]);

    fireEvent.change(screen.getByRole('textbox', { name: /Henkilötunnus/ }), {
      target: { value: '010190-123A' },
    });
    await chooseByTyping(/Palvelu/, 'S');
    const laura = await screen.findByRole('group', { name: 'Sairaanhoitaja Laura Virtanen' });
    fireEvent.click(within(laura).getByRole('radio', { name: '10.00' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Käynti toimipisteessä' }));
    fireEvent.click(screen.getByRole('button', { name: 'Varaa aika' }));
    expect(await screen.findByText('Henkilötunnuksella ei löytynyt henkilöä. Tarkista tunnus.')).toBeTruthy();
  });
});
