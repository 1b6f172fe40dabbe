import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type {
  ChangeEntry,
  FeedbackUnitOption,
  GeneralFeedbackReceipt,
  InboxItem,
  InboxItemSummary,
  StaffUnit,
} from '@asiointi/feedback-contract';
import { fakeModuleService, rawServerMessage, refusal } from '@asiointi/platform-client/testing';
import { anonymousRemoteAuth, type RemoteAuth } from '@asiointi/platform-federation/auth';
import { renderModule } from './render-module';

const centre: StaffUnit & FeedbackUnitOption = {
  id: '6f1c2a4e-8b1d-4c3e-9a51-2f0d7b3e5a01',
  name: {
    fi: 'Kaijonharjun hyvinvointikeskus',
    sv: 'Kaijonharju välfärdscentral',
    en: 'Kaijonharju Wellbeing Centre',
  },
};

const change: ChangeEntry = {
  id: 'c0000000-0000-4000-8000-000000000001',
  unitId: centre.id,
  unitName: centre.name,
  month: '2026-02',
  title: { fi: 'Lisää tuoleja', sv: 'Fler stolar', en: 'More chairs' },
  said: { fi: 'Ei istumapaikkoja.', sv: 'Inga sittplatser. <b>fet</b>', en: 'No seats.' },
  done: { fi: 'Kymmenen tuolia.', sv: 'Tio stolar.', en: 'Ten chairs.' },
  published: true,
};

const summary: InboxItemSummary = {
  id: 'f0000000-0000-4000-8000-000000000001',
  kind: 'complaint',
  status: 'new',
  unitName: centre.name,
  receivedAt: '2026-03-20T10:00:00.000Z',
  replyWanted: true,
  replyDueOn: '2026-04-03',
  overdue: true,
  assignee: { kind: 'nobody' },
};

const item: InboxItem = {
  ...summary,
  serviceName: 'Laboratoriet',
  text: 'Jag väntade länge. <script>alert(1)</script>',
  fromSignedInResident: false,
  contact: { name: 'Ebba Exempel', phone: null, email: 'ebba@example.invalid', language: 'sv' },
  nextStatuses: ['inProgress', 'closed'],
  events: [],
};

const analyst: RemoteAuth = {
  ...anonymousRemoteAuth,
  principalKind: 'staff',
  getAccessToken: async () => 'staff-token',
  staffRoles: [{ role: 'feedback-analyst', unitId: centre.id }],
};

async function choose(label: RegExp, option: string) {
  const trigger = await screen.findByRole('button', { name: label });
  act(() => trigger.focus());
  fireEvent.keyDown(trigger, { key: 'ArrowDown' });
  const listbox = await screen.findByRole('listbox');
  fireEvent.click(within(listbox).getByRole('option', { name: option }));
}

describe('the feedback remote for residents', () => {
  it('offers giving feedback and “you said, we did” on its front page, in the portal’s language', async () => {
    renderModule(fakeModuleService({}), { language: 'sv' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Respons');
    expect(screen.getByRole('link', { name: 'Ge respons' }).getAttribute('href')).toBe('/feedback/give');
    expect(screen.getByRole('link', { name: 'Ni sa, vi gjorde' }).getAttribute('href')).toBe('/feedback/changes');
    expect(screen.queryByRole('link', { name: 'Min respons' })).toBeNull();
  });

  it('checks the form with the contract before sending, then shows when a reply is due', async () => {
    const receipt: GeneralFeedbackReceipt = {
      kind: 'complaint',
      unitName: centre.name,
      replyWanted: true,
      replyDueOn: '2026-04-03',
    };
    const service = fakeModuleService({
      'generalFeedback.units': () => [centre],
      'generalFeedback.submit': () => receipt,
    });
    renderModule(service, { language: 'sv', path: '/feedback/give' });
    await screen.findByRole('button', { name: /Verksamhetsställe/ });

    fireEvent.click(screen.getByRole('button', { name: 'Skicka respons' }));
    expect(screen.getByText('Välj typ av respons.')).toBeTruthy();
    expect(service.calls).not.toContain('generalFeedback.submit');

    fireEvent.click(screen.getByRole('radio', { name: 'Klagomål' }));
    await choose(/Verksamhetsställe/, 'Kaijonharju välfärdscentral');
    fireEvent.change(screen.getByRole('textbox', { name: /Din respons/ }), { target: { value: 'Lång väntan.' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Jag vill ha svar' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Namn/ }), { target: { value: 'Ebba Exempel' } });
    // Neither a phone number nor an e-mail address: refused before sending.
    fireEvent.click(screen.getByRole('button', { name: 'Skicka respons' }));
    expect(service.calls).not.toContain('generalFeedback.submit');
    fireEvent.change(screen.getByRole('textbox', { name: /E-postadress/ }), {
      target: { value: 'ebba@example.invalid' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka respons' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Tack för din respons' })).toBeTruthy();
    expect(screen.getByText('Vi svarar dig senast 3.4.2026 via de kontaktuppgifter du angav.')).toBeTruthy();
    expect(service.inputs[service.calls.indexOf('generalFeedback.submit')]).toEqual({
      kind: 'complaint',
      unitId: centre.id,
      text: 'Lång väntan.',
      contact: { name: 'Ebba Exempel', email: 'ebba@example.invalid', language: 'sv' },
    });
  });

  it('lists the published changes with texts shown as text, never as markup', async () => {
    renderModule(fakeModuleService({ 'changes.published': () => [change] }), {
      language: 'sv',
      path: '/feedback/changes',
    });
    const article = await screen.findByRole('article', { name: 'Fler stolar' });
    expect(within(article).getByText('Inga sittplatser. <b>fet</b>')).toBeTruthy();
    expect(article.querySelector('b')).toBeNull();
    expect(within(article).getByText(/Kaijonharju välfärdscentral, februari 2026/)).toBeTruthy();
  });

  it('says in words when the service fails, never with the server’s text, and tries again', async () => {
    let fail = true;
    const service = fakeModuleService({
      'changes.published': () => {
        if (fail) throw refusal('UNITS_UNAVAILABLE', 503);
        return [change];
      },
    });
    renderModule(service, { language: 'en', path: '/feedback/changes' });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('The service is not available right now.');
    expect(alert.textContent).not.toContain(rawServerMessage);
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('More chairs')).toBeTruthy();
  });
});

describe('the feedback remote for staff', () => {
  it('asks a resident to sign in with a staff account', () => {
    renderModule(fakeModuleService({}), { path: '/feedback/staff' });
    return waitFor(() => expect(screen.getByText(/Tämä sivu on henkilöstölle/)).toBeTruthy());
  });

  it('lists the inbox with overdue items flagged, by name, never by id', async () => {
    const service = fakeModuleService({
      'staffUnits.mine': () => [centre],
      'inbox.list': () => [summary],
    });
    renderModule(service, { language: 'sv', path: '/feedback/staff', auth: analyst });
    const link = await screen.findByRole('link', { name: /Öppna: Klagomål, Kaijonharju välfärdscentral/ });
    expect(link.getAttribute('href')).toBe(`/feedback/staff/inbox/${summary.id}`);
    expect(screen.getByText('Försenad')).toBeTruthy();
    expect(document.body.textContent).not.toContain(centre.id);
  });

  it('shows an item’s text escaped, sends a reply, and explains a refusal in the reader’s language', async () => {
    let refuse = false;
    const service = fakeModuleService({
      'staffUnits.mine': () => [centre],
      'generalFeedback.units': () => [centre],
      'inbox.get': () => item,
      'inbox.reply': (input) => {
        if (refuse) throw refusal('NO_REPLY_ADDRESS', 412);
        return {
          ...item,
          status: 'answered',
          events: [
            {
              kind: 'reply',
              at: '2026-03-21T08:00:00.000Z',
              byName: 'Heidi Lindqvist',
              text: (input as { text: string }).text,
              status: null,
              unitName: null,
              channel: 'email',
            },
          ],
        } satisfies InboxItem;
      },
    });
    renderModule(service, { language: 'sv', path: `/feedback/staff/inbox/${item.id}`, auth: analyst });
    expect(await screen.findByText(item.text)).toBeTruthy();
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getByText('ebba@example.invalid')).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: /^Svar/ }), { target: { value: 'Tack, vi ser över det.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka svar' }));
    expect(await screen.findByText('Heidi Lindqvist svarade', { exact: false })).toBeTruthy();
    expect(service.inputs[service.calls.indexOf('inbox.reply')]).toEqual({
      id: item.id,
      text: 'Tack, vi ser över det.',
    });

    refuse = true;
    fireEvent.change(screen.getByRole('textbox', { name: /^Svar/ }), { target: { value: 'Igen.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka svar' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Avsändaren lämnade inga kontaktuppgifter');
  });
});
