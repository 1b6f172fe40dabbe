import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { helsinkiToday } from '@asiointi/platform-time';
import { healthCentre } from '../fake-booking-service';
import { emptySchedule, fakeStaffFetch, nurseRoom, staffAuth } from './fake-staff-service';
import { renderStaff } from './render-staff';

const path = `/booking/staff/${healthCentre.id}/schedules`;
const officeDay = [{ start: '08:00', end: '16:00' }];

describe('schedules', () => {
  it('creates a weekly schedule for the first resource from today, Monday to Friday 8–16 to start from', async () => {
    const { service } = renderStaff({ path });
    expect(
      await screen.findByText('Resurssilla ei ole viikkoaikataulua, joten sillä ei ole vapaita aikoja.'),
    ).toBeTruthy();
    const tuesday = screen.getByRole('group', { name: 'Tiistai' });
    fireEvent.change(within(tuesday).getByRole('textbox', { name: /Päättyy 1/ }), {
      target: { value: '12.00' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna viikkoaikataulu' }));

    expect((await screen.findByRole('status')).textContent).toBe('Viikkoaikataulu on tallennettu.');
    expect(service.callsTo('schedules.createTemplate')).toEqual([
      {
        resourceId: nurseRoom.id,
        validFrom: helsinkiToday(),
        validUntil: null,
        workingPeriods: {
          mon: officeDay,
          tue: [{ start: '08:00', end: '12:00' }],
          wed: officeDay,
          thu: officeDay,
          fri: officeDay,
        },
      },
    ]);
    await waitFor(() => expect(service.callsTo('schedules.get').length).toBe(2));
  });

  it('marks a time that is no time, and an end before the start, without sending', async () => {
    const { service } = renderStaff({ path, language: 'en' });
    const monday = await screen.findByRole('group', { name: 'Monday' });
    fireEvent.change(within(monday).getByRole('textbox', { name: /Start 1/ }), {
      target: { value: '25:00' },
    });
    const friday = screen.getByRole('group', { name: 'Friday' });
    fireEvent.change(within(friday).getByRole('textbox', { name: /End 1/ }), { target: { value: '07:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the weekly schedule' }));
    expect(await within(monday).findByText('Enter a time of day, e.g. 08:00.')).toBeTruthy();
    expect(within(friday).getByText('Enter a time after the start, e.g. 16:00.')).toBeTruthy();
    expect(service.callsTo('schedules.createTemplate')).toEqual([]);
  });

  it('translates SCHEDULE_OVERLAPS', async () => {
    renderStaff({
      path,
      language: 'sv',
      service: fakeStaffFetch({
        'schedules.createTemplate': () => ({ errorCode: 'SCHEDULE_OVERLAPS', httpStatus: 409 }),
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Spara veckoschemat' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Giltighetstiden överlappar ett annat veckoschema för samma resurs.',
    );
  });

  it('lists templates, exceptions and blocked times, and removes one after asking', async () => {
    const { service } = renderStaff({
      path,
      service: fakeStaffFetch({
        'schedules.get': () => ({
          ...emptySchedule,
          templates: [
            {
              id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
              resourceId: nurseRoom.id,
              validFrom: '2026-03-02',
              validUntil: '2026-06-30',
              workingPeriods: { mon: officeDay, wed: [{ start: '12:00', end: '18:00' }] },
            },
          ],
          exceptions: [
            {
              id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
              kind: 'absence',
              resourceId: nurseRoom.id,
              date: '2026-04-03',
              period: null,
            },
          ],
          blockedTimes: [
            {
              id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
              resourceId: nurseRoom.id,
              start: '2026-04-01T10:00:00+03:00',
              end: '2026-04-01T11:00:00+03:00',
            },
          ],
        }),
      }),
    });
    expect(await screen.findByText('Voimassa 2.3.2026–30.6.2026')).toBeTruthy();
    expect(screen.getByText('ma 8.00–16.00')).toBeTruthy();
    expect(screen.getByText('ke 12.00–18.00')).toBeTruthy();
    expect(screen.getByText('3.4.2026: poissa koko päivän')).toBeTruthy();
    expect(screen.getByText('1.4.2026 klo 10.00 – 1.4.2026 klo 11.00')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Poista: 3.4.2026: poissa koko päivän' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Poistetaanko tämä?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Poista' }));
    expect((await screen.findByRole('status')).textContent).toBe('Merkintä on poistettu.');
    expect(service.callsTo('schedules.remove')).toEqual([
      { kind: 'exception', id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb' },
    ]);
  });

  it('adds an absence of part of a day and blocks a time, as Helsinki instants', async () => {
    const { service } = renderStaff({ path, language: 'en' });
    const exceptionForm = (await screen.findByRole('heading', { name: 'New exception' })).closest(
      'section',
    ) as HTMLElement;
    // The date field starts empty: sending says so.
    fireEvent.click(within(exceptionForm).getByRole('checkbox', { name: 'All day' }));
    const absence = within(exceptionForm).getByRole('group', { name: 'Time of absence' });
    fireEvent.change(within(absence).getByRole('textbox', { name: /Start 1/ }), {
      target: { value: '12:00' },
    });
    fireEvent.change(within(absence).getByRole('textbox', { name: /End 1/ }), { target: { value: '1300' } });
    fireEvent.click(within(exceptionForm).getByRole('button', { name: 'Save the exception' }));
    expect(await within(exceptionForm).findByText('Enter a date as day, month and year.')).toBeTruthy();
    expect(service.callsTo('schedules.addException')).toEqual([]);
  });

  it('shows a nurse the schedule without the forms that change it', async () => {
    renderStaff({ path, auth: staffAuth([{ role: 'nurse', unitId: healthCentre.id }]) });
    await screen.findByText('Resurssilla ei ole viikkoaikataulua, joten sillä ei ole vapaita aikoja.');
    expect(screen.queryByRole('button', { name: 'Tallenna viikkoaikataulu' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Uusi poikkeus' })).toBeNull();
  });
});
