import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { healthCentre } from '../fake-booking-service';
import { fakeStaffFetch, nurseVisit } from './fake-staff-service';
import { renderStaff } from './render-staff';

async function choose(scope: HTMLElement, label: RegExp, option: string) {
  const trigger = within(scope).getByRole('button', { name: label });
  act(() => trigger.focus());
  fireEvent.keyDown(trigger, { key: 'ArrowDown' });
  const listbox = await screen.findByRole('listbox');
  fireEvent.click(within(listbox).getByRole('option', { name: option }));
}

describe('resources and service types', () => {
  it('adds a resource with a title in every language and skills from the managed list', async () => {
    const { service } = renderStaff({ path: `/booking/staff/${healthCentre.id}/resources`, language: 'en' });
    // Listed by title and name in the staff member's language, skills by their names.
    const listed = (await screen.findByText('Nurse Laura Virtanen')).closest('li') as HTMLElement;
    expect(within(listed).getByText('Nurse')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a resource' }));
    const form = (await screen.findByRole('heading', { name: 'New resource' })).closest(
      'section',
    ) as HTMLElement;
    fireEvent.click(within(form).getByRole('radio', { name: 'Room' }));
    const typeIn = (name: RegExp, value: string) =>
      fireEvent.change(within(form).getByRole('textbox', { name }), { target: { value } });
    typeIn(/^Title in Finnish/, 'Näytteenottohuone');
    typeIn(/^Title in Swedish/, 'Provtagningsrum');
    typeIn(/^Title in English/, 'Sampling room');
    typeIn(/^Name/, '12');
    // No free-text codes: the skills are a list of names to tick.
    expect(within(form).queryByRole('textbox', { name: /^Skills/ })).toBeNull();
    const skills = within(form).getByRole('group', { name: /^Skills/ });
    fireEvent.click(within(skills).getByRole('checkbox', { name: 'Laboratory samples' }));
    fireEvent.click(within(skills).getByRole('checkbox', { name: 'Nurse' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Swedish' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'The resource Sampling room 12 has been saved.',
    );
    expect(service.callsTo('resources.save')).toEqual([
      {
        unitId: healthCentre.id,
        kind: 'room',
        title: { fi: 'Näytteenottohuone', sv: 'Provtagningsrum', en: 'Sampling room' },
        name: '12',
        skills: ['laboratory', 'nurse'],
        languages: ['fi', 'sv'],
        active: true,
      },
    ]);
  });

  it('asks for the title in every language once one is given', async () => {
    const { service } = renderStaff({ path: `/booking/staff/${healthCentre.id}/resources`, language: 'fi' });
    fireEvent.click(await screen.findByRole('button', { name: 'Lisää resurssi' }));
    const form = (await screen.findByRole('heading', { name: 'Uusi resurssi' })).closest(
      'section',
    ) as HTMLElement;
    fireEvent.change(within(form).getByRole('textbox', { name: /^Nimike suomeksi/ }), {
      target: { value: 'Sairaanhoitaja' },
    });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Nimi(?!ke)/ }), {
      target: { value: 'Sari' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Tallenna' }));
    const swedish = await within(form).findByRole('textbox', { name: /^Nimike ruotsiksi/ });
    await waitFor(() => expect(swedish.getAttribute('aria-invalid')).toBe('true'));
    expect(service.callsTo('resources.save')).toEqual([]);
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
    expect((await within(form).findAllByText(/Käytä 2–64 pientä kirjainta/)).length).toBe(1);
    expect(within(form).getByText('Valitse osaaminen luettelosta.')).toBeTruthy();
    expect(within(form).getByText('Anna kokonaisluku 5–480 minuuttia.')).toBeTruthy();
    expect(service.callsTo('serviceTypes.save')).toEqual([]);

    for (const [label, value] of [
      [/^Nimi suomeksi/, 'Fysioterapia'],
      [/^Nimi ruotsiksi/, 'Fysioterapi'],
      [/^Nimi englanniksi/, 'Physiotherapy'],
      [/^Tunnus/, 'physiotherapy'],
      [/^Kesto/, '45'],
    ] as const) {
      fireEvent.change(within(form).getByRole('textbox', { name: label }), { target: { value } });
    }
    // The skill is chosen by its name from the managed list.
    await choose(form, /Vaadittu osaaminen/, 'Fysioterapeutti');
    fireEvent.click(within(form).getByRole('button', { name: 'Tallenna' }));
    expect(
      await within(form).findByText(
        'Toimipisteellä on jo palvelutyyppi tällä tunnuksella. Valitse toinen tunnus.',
      ),
    ).toBeTruthy();
    expect(service.callsTo('serviceTypes.save')).toMatchObject([{ requiredSkill: 'physiotherapist' }]);
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
