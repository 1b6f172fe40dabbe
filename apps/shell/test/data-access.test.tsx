import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anna, signedInAs } from './fake-session';
import { auditAnswer, type FakeAuditService } from './fake-audit-service';
import { annasRelations, eetuSubject } from './relations-fixture';
import { bookingRemote, feedbackRemote, renderShell } from './render-shell';
import { json, stubFetch, type RecordedRequest } from './stub-fetch';
import { kaijonharjuUnitId, unitDirectory } from './unit-directory-fixture';

afterEach(() => vi.unstubAllGlobals());

function answer(down: string[] = [], services: Record<string, FakeAuditService> = {}) {
  const audit = auditAnswer(down, services);
  return stubFetch((request: RecordedRequest) => {
    if (request.url.pathname === '/relations') return json(annasRelations);
    if (request.url.pathname === '/relations/guardians') return json({ guardians: [] });
    if (request.url.pathname === '/units') return json(unitDirectory);
    return audit(request);
  });
}

const auditCalls = (requests: RecordedRequest[]) =>
  requests.filter(({ url }) => url.pathname === '/trpc/audit.myDataEvents');

describe('who has handled my data', () => {
  it('explains the right, and lists the events of each service, newest first, in Helsinki time', async () => {
    answer();
    renderShell({ path: '/my-data-access', session: signedInAs(anna) });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kuka on käsitellyt tietojani' }),
    ).toBeTruthy();
    expect(screen.getByText(/703\/2023, 11 §/)).toBeTruthy();

    const list = await screen.findByRole('list', { name: 'Tapahtumat: Ajanvaraus' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(20);
    // 28.3.2026 12:00 UTC minus an hour is 13.00 in Helsinki (EET, before the DST change on the 29th).
    expect(within(items[0]!).getByRole('heading', { level: 3 }).textContent).toBe('28.3.2026 klo 13.00');
    expect(items[0]?.textContent).toContain('PalveluAjanvaraus');
    expect(items[0]?.textContent).toContain('KukaSinä');
    expect(items[0]?.textContent).toContain('MitäMuutti tietoja: ajanvarauksen muistutusasetukset');
    expect(items[0]?.textContent).toContain('MiksiAsiointi verkkopalvelussa');
    expect(items[1]?.textContent).toContain('KukaHuoltajasi');
    expect(items[1]?.textContent).toContain('TulosEstetty: ei oikeutta tietoihin');
    // A professional by role and the unit's name, never the unit's id.
    await waitFor(() =>
      expect(items[2]?.textContent).toContain('KukaSairaanhoitaja, Kaijonharjun hyvinvointikeskus'),
    );
    expect(list.textContent).not.toContain(kaijonharjuUnitId);
    // A purpose the service has no words for shows as it came.
    expect(items[2]?.textContent).toContain('Miksiappointment-reminder');
    // Someone else's refused attempt: another person, never "you" and never who.
    expect(items[3]?.textContent).toContain('KukaToinen henkilö');
    expect(items[3]?.textContent).toContain('TulosEstetty');
  });

  it('sends the token, and loads the next page with the cursor, moving focus to the first new event', async () => {
    const requests = answer();
    renderShell({ path: '/my-data-access', session: signedInAs(anna) });
    await screen.findByRole('list', { name: 'Tapahtumat: Ajanvaraus' });
    const first = auditCalls(requests)[0];
    expect(first?.headers.get('authorization')).toBe(`Bearer token-of-${anna.subject}`);
    expect(first?.headers.get('x-acting-for')).toBeNull();
    expect(JSON.parse(first?.url.searchParams.get('input') ?? '')).toEqual({ '0': { limit: 20 } });

    fireEvent.click(screen.getByRole('button', { name: 'Näytä lisää tapahtumia' }));
    const list = screen.getByRole('list', { name: 'Tapahtumat: Ajanvaraus' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(25));
    expect(JSON.parse(auditCalls(requests)[1]?.url.searchParams.get('input') ?? '')).toEqual({
      '0': { limit: 20, before: '20' },
    });
    await waitFor(() => expect(document.activeElement).toBe(within(list).getAllByRole('listitem')[20]));
    // The last page has no cursor: nothing more to load.
    expect(screen.queryByRole('button', { name: 'Näytä lisää tapahtumia' })).toBeNull();
  });

  it("shows a notice for a service that fails, and the other services' events", async () => {
    answer(['127.0.0.1:4404']);
    renderShell({
      path: '/my-data-access',
      session: signedInAs(anna),
      remotes: [bookingRemote, feedbackRemote],
    });
    const feedback = screen.getByRole('region', { name: 'Palaute' });
    expect((await within(feedback).findByRole('alert', {}, { timeout: 4000 })).textContent).toContain(
      'Palvelun tietoja ei saatu juuri nyt haettua.',
    );
    expect(within(feedback).getByRole('button', { name: 'Yritä uudelleen' })).toBeTruthy();
    expect(await screen.findByRole('list', { name: 'Tapahtumat: Ajanvaraus' })).toBeTruthy();
  });

  it('shows a module’s rows in the words its service answers, in Swedish too, with none of them in the shell', async () => {
    // A module the shell was built without any words for: its service answers them with the events.
    const feedback: FakeAuditService = {
      events: [
        {
          id: '00000000-0000-4000-8000-0000000000f1',
          at: '2026-03-27T08:00:00.000Z',
          service: 'feedback',
          actor: { kind: 'staff', role: 'feedback-analyst', unitId: kaijonharjuUnitId },
          action: 'read',
          resource: 'feedback-answer',
          purpose: 'service-development',
          outcome: 'success',
        },
      ],
      vocabulary: {
        resources: {
          'feedback-answer': { fi: 'palautevastaukset', sv: 'svar på kundrespons', en: 'feedback answers' },
        },
        purposes: {
          'service-development': {
            fi: 'Palvelujen kehittäminen',
            sv: 'Utveckling av tjänsterna',
            en: 'Developing the services',
          },
        },
      },
    };
    answer([], { '127.0.0.1:4404': feedback });
    renderShell({
      path: '/my-data-access',
      session: signedInAs(anna),
      remotes: [bookingRemote, feedbackRemote],
      language: 'sv',
    });
    const feedbackList = await screen.findByRole('list', { name: 'Händelser: Respons' });
    const item = within(feedbackList).getByRole('listitem');
    expect(item.textContent).toContain('VadLäste uppgifter: svar på kundrespons');
    expect(item.textContent).toContain('VarförUtveckling av tjänsterna');
    await waitFor(() =>
      expect(item.textContent).toContain('VemResponsanalytiker, Kaijonharju välfärdscentral'),
    );

    const bookingItems = within(
      await screen.findByRole('list', { name: 'Händelser: Tidsbokning' }),
    ).getAllByRole('listitem');
    expect(bookingItems[0]?.textContent).toContain(
      'VadÄndrade uppgifter: påminnelseinställningar för tidsbokning',
    );
    expect(bookingItems[0]?.textContent).toContain('VarförÄrenden som sköttes i e-tjänsten');
    await waitFor(() =>
      expect(bookingItems[2]?.textContent).toContain('VemSjukskötare, Kaijonharju välfärdscentral'),
    );
  });

  it("shows Eetu's events when Anna acts for him, with the acting-for header", async () => {
    const requests = answer();
    sessionStorage.setItem(
      'asiointi.actingFor',
      JSON.stringify({ actor: anna.subject, subject: eetuSubject }),
    );
    renderShell({ path: '/my-data-access', session: signedInAs(anna), language: 'en' });
    expect(await screen.findByText('Showing the data of Eetu Virtanen.')).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Events: Appointment booking' });
    expect(within(list).getAllByRole('listitem')[0]?.textContent).toContain('WhoEetu themselves');
    await waitFor(() =>
      expect(
        auditCalls(requests).some((request) => request.headers.get('x-acting-for') === eetuSubject),
      ).toBe(true),
    );
  });
});
