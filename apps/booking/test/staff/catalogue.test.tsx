import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { healthCentre } from '../fake-booking-service';
import { fakeStaffFetch, nurseRoom, nurseVisit } from './fake-staff-service';
import { renderStaff } from './render-staff';

describe('resources and service types', () => {
  it('adds a resource with its kind, skills and languages', async () => {
    const { service } = renderStaff({ path: `/booking/staff/${healthCentre.id}/resources`, language: 'en' });
    expect(await screen.findByText(nurseRoom.name)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a resource' }));
    const form = (await screen.findByRole('heading', { name: 'New resource' })).closest(
      'section',
    ) as HTMLElement;
    fireEvent.click(within(form).getByRole('radio', { name: 'Room' }));
    fireEvent.change(within(form).getByRole('textbox', { name: /^Name/ }), { target: { value: 'Room 12' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Skills/ }), {
      target: { value: 'laboratory, nurse' },
    });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Swedish' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('status')).textContent).toBe('The resource Room 12 has been saved.');
    expect(service.callsTo('resources.save')).toEqual([
      {
        unitId: healthCentre.id,
        kind: 'room',
        name: 'Room 12',
        skills: ['laboratory', 'nurse'],
        languages: ['fi', 'sv'],
        active: true,
      },
    ]);
  });

  it('edits a service type with every rule, including an age rule of the care guarantee', async () => {
    const { service } = renderStaff({
      path: `/booking/staff/${healthCentre.id}/service-types`,
      language: 'en',
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Nurse appointment' }));
    const form = (
      await screen.findByRole('heading', { name: 'Edit service type: Nurse appointment' })
    ).closest('section') as HTMLElement;
    fireEvent.change(within(form).getByRole('textbox', { name: /^Duration/ }), { target: { value: '45' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Video call' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: /Sensitive service/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add an age rule' }));
    fireEvent.change(within(form).getByRole('textbox', { name: 'Rule 1: under age' }), {
      target: { value: '23' },
    });
    fireEvent.change(within(form).getByRole('textbox', { name: /Rule 1: limit/ }), {
      target: { value: '7' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));

    expect((await screen.findByRole('status')).textContent).toBe(
      'The service type Nurse appointment has been saved.',
    );
    const { id, ...rest } = nurseVisit;
    expect(service.callsTo('serviceTypes.save')).toEqual([
      {
        ...rest,
        id,
        durationMinutes: 45,
        channels: ['onSite', 'phone', 'video'],
        sensitive: true,
        careGuarantee: { limitDays: 14, ageRules: [{ maxAgeExclusive: 23, limitDays: 7 }] },
      },
    ]);
  });

  it('keeps the cancellation and no-show terms in three languages, or none', async () => {
    const { service } = renderStaff({
      path: `/booking/staff/${healthCentre.id}/service-types`,
      language: 'en',
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Nurse appointment' }));
    const form = (
      await screen.findByRole('heading', { name: 'Edit service type: Nurse appointment' })
    ).closest('section') as HTMLElement;
    const terms = within(form).getByRole('group', { name: 'Cancellation and no-show terms' });
    fireEvent.change(within(terms).getByRole('textbox', { name: /^Cancellation terms in Finnish/ }), {
      target: { value: 'Perumaton käynti maksaa 51,50 €.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    // One language alone is refused before sending: residents read the terms in their own language.
    expect((await within(terms).findAllByText(/Write the terms in this language/)).length).toBe(2);
    expect(service.callsTo('serviceTypes.save')).toEqual([]);

    fireEvent.change(within(terms).getByRole('textbox', { name: /^Cancellation terms in Swedish/ }), {
      target: { value: 'Ett besök som inte avbokats kostar 51,50 €.' },
    });
    fireEvent.change(within(terms).getByRole('textbox', { name: /^Cancellation terms in English/ }), {
      target: { value: 'A visit not cancelled costs €51.50.\nCall us if you cannot come.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'The service type Nurse appointment has been saved.',
    );
    expect(service.callsTo('serviceTypes.save')).toEqual([
      expect.objectContaining({
        cancellationTerms: {
          fi: 'Perumaton käynti maksaa 51,50 €.',
          sv: 'Ett besök som inte avbokats kostar 51,50 €.',
          en: 'A visit not cancelled costs €51.50.\nCall us if you cannot come.',
        },
      }),
    ]);
  });

  it('refuses a bad code and duration before sending, and translates SERVICE_CODE_TAKEN', async () => {
    const { service } = renderStaff({
      path: `/booking/staff/${healthCentre.id}/service-types`,
      service: fakeStaffFetch({
        'serviceTypes.save': () => ({ errorCode: 'SERVICE_CODE_TAKEN', httpStatus: 409 }),
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Lisää palvelutyyppi' }));
    const form = (await screen.findByRole('heading', { name: 'Uusi palvelutyyppi' })).closest(
      'section',
    ) as HTMLElement;
    fireEvent.change(within(form).getByRole('textbox', { name: /^Tunnus/ }), {
      target: { value: 'Bad Code' },
    });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Kesto/ }), { target: { value: '2' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Tallenna' }));
    expect((await within(form).findAllByText(/Käytä 2–64 pientä kirjainta/)).length).toBe(2);
    expect(within(form).getByText('Anna kokonaisluku 5–480 minuuttia.')).toBeTruthy();
    expect(service.callsTo('serviceTypes.save')).toEqual([]);

    for (const [label, value] of [
      [/^Nimi suomeksi/, 'Fysioterapia'],
      [/^Nimi ruotsiksi/, 'Fysioterapi'],
      [/^Nimi englanniksi/, 'Physiotherapy'],
      [/^Tunnus/, 'physiotherapy'],
      [/^Kesto/, '45'],
      [/^Vaadittu osaaminen/, 'physiotherapist'],
    ] as const) {
      fireEvent.change(within(form).getByRole('textbox', { name: label }), { target: { value } });
    }
    fireEvent.click(within(form).getByRole('button', { name: 'Tallenna' }));
    expect(
      await within(form).findByText(
        'Toimipisteellä on jo palvelutyyppi tällä tunnuksella. Valitse toinen tunnus.',
      ),
    ).toBeTruthy();
    expect(service.callsTo('serviceTypes.save')).toHaveLength(1);
  });

  it('closes a service for online booking with one button', async () => {
    const { service } = renderStaff({
      path: `/booking/staff/${healthCentre.id}/service-types`,
      service: fakeStaffFetch({
        'serviceTypes.setSelfBookable': () => ({ ...nurseVisit, selfBookable: false }),
      }),
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Sulje verkkovaraus: Sairaanhoitajan vastaanotto' }),
    );
    expect((await screen.findByRole('status')).textContent).toBe(
      'Palvelua Sairaanhoitajan vastaanotto ei voi enää varata verkossa.',
    );
    expect(service.callsTo('serviceTypes.setSelfBookable')).toEqual([
      { serviceTypeId: nurseVisit.id, selfBookable: false },
    ]);
  });
});
