import { fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
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
  it('shows each figure per service with its basis, definition, period and time, numbers in the language', async () => {
    const { service } = renderStaff({ path: `/booking/staff/${healthCentre.id}/figures`, language: 'fi' });
    const section = (
      await screen.findByRole('heading', { level: 2, name: 'Sairaanhoitajan vastaanotto' })
    ).closest('section') as HTMLElement;
    const text = section.textContent ?? '';
    expect(text).toContain('T3 (kolmas vapaa aika)3 päivää');
    expect(text).toContain('87,5');
    expect(text).toContain('Perusteena 1');
    expect(text).toContain('Ei tietoa');
    expect(text).toContain('Päiviä laskentapäivästä palvelun kolmanteen vapaaseen aikaan');
    expect(text).toContain('Jakso 4.3.2027.');
    expect(text).toContain('Jakso 1.2.2027–28.2.2027.');
    expect(text).toContain('Laskettu 4.3.2027 klo 15.00.');
    const [input] = service.callsTo('figures.list') as { unitIds: string[]; from: string; until: string }[];
    expect(input?.unitIds).toEqual([healthCentre.id]);
    expect(input?.until).toBe(helsinkiToday());
    expect(input && input.from < input.until).toBe(true);
  });

  it('says a group too small is too few to show, and shows no number for it', async () => {
    renderStaff({ path: `/booking/staff/${healthCentre.id}/figures`, language: 'fi' });
    const section = (
      await screen.findByRole('heading', { level: 2, name: 'Sairaanhoitajan vastaanotto' })
    ).closest('section') as HTMLElement;
    const noShow = within(section).getByText('Saapumatta jääneiden osuus').closest('div') as HTMLElement;
    expect(within(noShow).getByText('Liian vähän näytettäväksi')).toBeTruthy();
    expect(within(noShow).getByText('Perusteena alle 5')).toBeTruthy();
    expect(noShow.textContent).not.toMatch(/%/);
  });

  it('shows names, never the figures’ ids or the services’ codes', async () => {
    renderStaff({ path: `/booking/staff/${healthCentre.id}/figures`, language: 'sv' });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Sjukskötarmottagning' })).closest(
      'section',
    ) as HTMLElement;
    expect(section.textContent).toContain('För få för att visas');
    expect(section.textContent).not.toContain('booking.');
    expect(section.textContent).not.toContain(nurseVisit.code);
    expect(section.textContent).not.toContain(healthCentre.id);
  });

  it('has no axe violations in the figures’ structure', async () => {
    renderStaff({ path: `/booking/staff/${healthCentre.id}/figures`, language: 'en' });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Nurse appointment' })).closest(
      'section',
    ) as HTMLElement;
    // happy-dom has no layout: contrast is the e2e test's to check.
    const results = await axe.run(section, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
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
    expect(section.textContent).toContain('Too few to show');
    expect(section.textContent).toContain('Computed 4 March 2027 at 15:00.');
  });
});
