import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aino, signedInAs } from './fake-session';
import { bookingRemote, feedbackRemote, renderShell } from './render-shell';
import { json, stubFetch } from './stub-fetch';

const annaAsGuardian = {
  subject: 'a51d0000-0000-4000-8000-000000000001',
  name: { given: 'Anna', family: 'Virtanen' },
};

afterEach(() => vi.unstubAllGlobals());

function answer({ consentStatus = 200, allowedBefore = [] as string[] } = {}) {
  let allowed = allowedBefore;
  return stubFetch(({ url, method, body }) => {
    if (url.pathname === '/relations')
      return json({ actor: aino.subject, evaluatedAt: '2026-03-02T08:00:00.000Z', relations: [] });
    if (url.pathname === '/relations/guardians')
      return json({ guardians: [{ ...annaAsGuardian, allowedScopes: allowed }] });
    if (method === 'PUT' && url.pathname === `/relations/guardians/${annaAsGuardian.subject}/consent`) {
      if (consentStatus !== 200) return json({ error: 'CONSENT_IS_FOR_MINORS_AGED_12_TO_17' }, consentStatus);
      allowed = (JSON.parse(body ?? '{}') as { scopes: string[] }).scopes;
      return json({ guardians: [{ ...annaAsGuardian, allowedScopes: allowed }] });
    }
    return json({}, 404);
  });
}

describe('who may act for me', () => {
  it('lets a 14-year-old allow her guardian bookings, saved with her token', async () => {
    const requests = answer();
    renderShell({
      path: '/guardian-permissions',
      session: signedInAs(aino),
      remotes: [bookingRemote, feedbackRemote],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kuka saa asioida puolestani' }),
    ).toBeTruthy();
    const group = await screen.findByRole('group', {
      name: 'Anna Virtanen saa asioida puolestani näissä palveluissa:',
    });
    const boxes = within(group).getAllByRole('checkbox') as HTMLInputElement[];
    // One box per module of the portal, named as its manifest entry names it.
    expect(boxes.map((box) => [box.value, box.checked])).toEqual([
      ['booking', false],
      ['feedback', false],
    ]);
    expect(within(group).getByRole('checkbox', { name: 'Palaute' })).toBeTruthy();
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Ajanvaraus' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna valinta' }));

    expect((await screen.findByText(/Valinta tallennettu/)).textContent).toBe(
      'Valinta tallennettu: Anna saa asioida puolestasi näissä: Ajanvaraus.',
    );
    const put = requests.find(({ method }) => method === 'PUT');
    expect(put?.headers.get('authorization')).toBe(`Bearer token-of-${aino.subject}`);
    expect(JSON.parse(put?.body ?? '')).toEqual({ scopes: ['booking'] });
  });

  it('keeps a permission for a service that is not deployed now when she saves', async () => {
    const requests = answer({ allowedBefore: ['work-ability'] });
    renderShell({ path: '/guardian-permissions', session: signedInAs(aino), remotes: [bookingRemote] });
    const group = await screen.findByRole('group', {
      name: 'Anna Virtanen saa asioida puolestani näissä palveluissa:',
    });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(1);
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Ajanvaraus' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna valinta' }));
    await screen.findByText(/Valinta tallennettu/);
    const put = requests.find(({ method }) => method === 'PUT');
    expect(JSON.parse(put?.body ?? '')).toEqual({ scopes: ['work-ability', 'booking'] });
  });

  it('says when the choice is not hers to make (not aged 12–17)', async () => {
    answer({ consentStatus: 409 });
    renderShell({ path: '/guardian-permissions', session: signedInAs(aino), language: 'sv' });
    await screen.findByRole('group', {
      name: 'Anna Virtanen får sköta ärenden för mig i de här tjänsterna:',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Spara valet' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Du kan göra det här valet när du är 12–17 år.',
    );
  });
});
