// A unit's page says how each service is booked; a booking right comes before "book online".
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dentalClinic, doctor, fakeBookingFetch, healthCentre } from './fake-booking-service';
import { renderBooking } from './render-booking';

describe('how a service of a unit is booked', () => {
  it('says that a booking right is needed, not "you can book online", for a service that needs one', async () => {
    const service = fakeBookingFetch({
      servicesByUnit: {
        [healthCentre.id]: [{ ...doctor, selfBookable: true, requiresBookingRight: true }],
        [dentalClinic.id]: [],
      },
    });
    renderBooking({ service, path: `/booking?unit=${healthCentre.id}`, language: 'en' });
    const item = within(await screen.findByRole('list')).getByRole('listitem');
    expect(item.textContent).toContain(
      'You can book online once you have a booking right: the code in an invitation letter, or a right a professional has granted you.',
    );
    expect(item.textContent).not.toContain('You can book an appointment online.');
  });
});
