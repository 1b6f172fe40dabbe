import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CatalogueEntry, StaffUnit } from '@asiointi/feedback-contract';
import { fakeModuleService, rawServerMessage, refusal } from '@asiointi/platform-client/testing';
import { anonymousRemoteAuth, type RemoteAuth } from '@asiointi/platform-federation/auth';
import { renderModule } from './render-module';

const centre: StaffUnit = {
  id: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01',
  name: {
    fi: 'Kaijonharjun hyvinvointikeskus',
    sv: 'Kaijonharju välfärdscentral',
    en: 'Kaijonharju Wellbeing Centre',
  },
};

const advice: CatalogueEntry = {
  id: 'a0000000-0000-4000-8000-000000000001',
  unitId: centre.id,
  unitName: centre.name,
  name: { fi: 'Neuvonta puhelimessa', sv: 'Rådgivning per telefon', en: 'Advice by phone' },
  description: { fi: 'Soita arkisin.', sv: 'Ring vardagar.', en: 'Call on weekdays.' },
};

const staff: RemoteAuth = {
  ...anonymousRemoteAuth,
  principalKind: 'staff',
  getAccessToken: async () => 'staff-token',
  staffRoles: [{ role: 'manager', unitId: centre.id }],
};

describe('the feedback remote for residents', () => {
  it('lists what each unit offers, by the unit’s name, in the portal’s language', async () => {
    const service = fakeModuleService({ 'catalogue.list': () => [advice] });
    renderModule(service, { language: 'sv' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Respons');
    const unit = await screen.findByRole('region', { name: 'Kaijonharju välfärdscentral' });
    expect(within(unit).getByRole('heading', { level: 3 }).textContent).toBe('Rådgivning per telefon');
    expect(service.headers[0]?.get('accept-language')).toBe('sv');
  });

  it('says in words when the service fails, never with the server’s text, and tries again', async () => {
    let fail = true;
    const service = fakeModuleService({
      'catalogue.list': () => {
        if (fail) throw refusal('UNITS_UNAVAILABLE', 503);
        return [advice];
      },
    });
    renderModule(service, { language: 'en' });
    // A server error is retried once (retryUnlessRefused) before it is shown.
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('The service is not available right now.');
    expect(alert.textContent).not.toContain(rawServerMessage);
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Advice by phone')).toBeTruthy();
  });
});

describe('the feedback remote for staff', () => {
  it('asks a resident to sign in with a staff account', () => {
    renderModule(fakeModuleService({}), { path: '/feedback/staff' });
    return waitFor(() => expect(screen.getByText(/Tämä sivu on henkilöstölle/)).toBeTruthy());
  });

  it('checks the form with the contract before anything is sent, then adds the entry', async () => {
    const added: unknown[] = [];
    const service = fakeModuleService({
      'staffUnits.mine': () => [centre],
      'catalogue.list': () => [advice],
      'catalogue.add': (input) => {
        added.push(input);
        return {
          ...advice,
          id: 'a0000000-0000-4000-8000-000000000002',
          name: (input as CatalogueEntry).name,
        };
      },
    });
    renderModule(service, { path: '/feedback/staff', auth: staff });
    await screen.findByText('Kaijonharjun hyvinvointikeskus');

    fireEvent.click(screen.getByRole('button', { name: 'Lisää palvelu' }));
    expect(screen.getByText(/Kirjoita nimi suomeksi/)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Nimi suomeksi/ }).getAttribute('aria-invalid')).toBe('true');
    expect(service.calls).not.toContain('catalogue.add');

    fireEvent.change(screen.getByRole('textbox', { name: /Nimi suomeksi/ }), {
      target: { value: 'Iltavastaanotto' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Nimi ruotsiksi/ }), {
      target: { value: 'Kvällsmottagning' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Nimi englanniksi/ }), {
      target: { value: 'Evening clinic' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää palvelu' }));
    expect(await screen.findByText('Palvelu lisätty: Iltavastaanotto.')).toBeTruthy();
    expect(added).toEqual([
      {
        unitId: centre.id,
        name: { fi: 'Iltavastaanotto', sv: 'Kvällsmottagning', en: 'Evening clinic' },
        description: null,
      },
    ]);
  });
});
