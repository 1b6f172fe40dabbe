import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { helsinkiToday } from '@asiointi/platform-time';
import { healthCentre } from '../fake-booking-service';
import { fakeStaffFetch, nurseVisit, staffAuth } from './fake-staff-service';
import { renderStaff } from './render-staff';

const both = staffAuth([
  { role: 'booking-admin', unitId: healthCentre.id },
  { role: 'nurse', unitId: healthCentre.id },
]);

async function chooseByTyping(trigger: HTMLElement, letter: string) {
  trigger.focus();
  fireEvent.keyDown(trigger, { key: letter });
  fireEvent.keyUp(trigger, { key: letter });
}

describe('booking rights', () => {
  it('grants a right after a need assessment, and forgets the identity code', async () => {
    const { service } = renderStaff({ path: `/booking/staff/${healthCentre.id}/rights`, auth: both });
    const form = (
      await screen.findByRole('heading', {
        name: 'Myönnä ajanvarausoikeus hoidon tarpeen arvioinnin jälkeen',
      })
    ).closest('section') as HTMLElement;
    fireEvent.change(within(form).getByRole('textbox', { name: /Henkilötunnus/ }), {
      target: { value: '010190-123A' },
    });
    await chooseByTyping(within(form).getByRole('button', { name: /Palvelu/ }), 'S');
    fireEvent.click(within(form).getByRole('button', { name: 'Myönnä ajanvarausoikeus' }));
    expect((await within(form).findByRole('status')).textContent).toContain('Ajanvarausoikeus on myönnetty.');
    const [grant] = service.callsTo('bookingRights.grant') as Record<string, unknown>[];
    expect(grant).toMatchObject({
      unitId: healthCentre.id,
      identityCode: '010190-123A',
      serviceCode: nurseVisit.code,
      validFrom: helsinkiToday(),
      usesAllowed: 1,
    });
    expect(typeof grant?.needAssessedAt).toBe('string');
    expect((within(form).getByRole('textbox', { name: /Henkilötunnus/ }) as HTMLInputElement).value).toBe('');
  });

  it('shows new invitation codes once, ready to print', async () => {
    const { service } = renderStaff({
      path: `/booking/staff/${healthCentre.id}/rights`,
      language: 'en',
      auth: both,
    });
    const form = (await screen.findByRole('heading', { name: 'Invitation letter codes' })).closest(
      'section',
    ) as HTMLElement;
    await chooseByTyping(within(form).getByRole('button', { name: /Service/ }), 'N');
    fireEvent.change(within(form).getByRole('textbox', { name: /Number of codes/ }), {
      target: { value: '3' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Create the codes' }));
    const list = await within(form).findByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['ABCD-EFGH-0', 'ABCD-EFGH-1', 'ABCD-EFGH-2']);
    expect(within(form).getByText('The codes are shown only now')).toBeTruthy();
    expect(within(form).getByRole('heading', { name: '3 codes: Nurse appointment' })).toBeTruthy();
    expect(service.callsTo('bookingRights.issueInvitationCodes')).toMatchObject([
      { count: 3, usesAllowed: 1 },
    ]);

    fireEvent.click(within(form).getByRole('button', { name: 'Done, hide the codes' }));
    expect(within(form).queryByText('ABCD-EFGH-0')).toBeNull();
  });

  it('offers a nurse the grant but not the codes, which are for booking administrators', async () => {
    renderStaff({
      path: `/booking/staff/${healthCentre.id}/rights`,
      auth: staffAuth([{ role: 'nurse', unitId: healthCentre.id }]),
    });
    await screen.findByRole('heading', { name: 'Myönnä ajanvarausoikeus hoidon tarpeen arvioinnin jälkeen' });
    expect(screen.queryByRole('heading', { name: 'Kutsukirjeiden koodit' })).toBeNull();
  });
});

describe('figures', () => {
  it('shows each figure per service with its basis and definition, numbers in the language', async () => {
    const { service } = renderStaff({ path: `/booking/staff/${healthCentre.id}/figures`, language: 'fi' });
    const section = (
      await screen.findByRole('heading', { level: 2, name: 'Sairaanhoitajan vastaanotto' })
    ).closest('section') as HTMLElement;
    const text = section.textContent ?? '';
    expect(text).toContain('T3 (kolmas vapaa aika)3 päivää');
    expect(text).toContain('87,5');
    expect(text).toContain('Perusteena 1');
    expect(text).toContain('Ei tietoa');
    expect(text).toContain('Päiviä tästä päivästä palvelun kolmanteen vapaaseen aikaan');
    const [input] = service.callsTo('figures.unit') as { from: string; until: string }[];
    expect(input?.until).toBe(helsinkiToday());
    expect(input && input.from < input.until).toBe(true);
  });

  it('formats shares the English way', async () => {
    renderStaff({
      path: `/booking/staff/${healthCentre.id}/figures`,
      language: 'en',
      service: fakeStaffFetch(),
    });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Nurse appointment' })).closest(
      'section',
    ) as HTMLElement;
    expect(section.textContent).toContain('87.5%');
    expect(section.textContent).toContain('Based on 1,234');
    expect(section.textContent).toContain('No data');
  });
});
