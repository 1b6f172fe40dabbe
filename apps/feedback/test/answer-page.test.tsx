// The answer page of a feedback request: the token is read from the fragment and taken out of the address
// bar, travels in POST bodies only, a saved draft comes back, a sent answer shows the thank-you page, and
// an unusable link the friendly page (the same whatever made it unusable).
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenedRequest, QuestionSetDefinition } from '@asiointi/feedback-contract';
import { fakeModuleService, refusal, type FakeModuleService } from '@asiointi/platform-client/testing';
import { forgetRequestToken } from '../src/answer/request-token';
import { renderModule } from './render-module';

const token = 'A'.repeat(20) + 'b'.repeat(20) + '-_9';

const set: QuestionSetDefinition = {
  key: 'general',
  version: 1,
  audience: 'client',
  title: { fi: 'Palaute', sv: 'Respons', en: 'Feedback on the service you received' },
  intro: { fi: 'Intro', sv: 'Intro', en: 'You answer anonymously.' },
  questions: [
    {
      kind: 'recommendation',
      id: 'recommendation',
      text: { fi: 'Suosittelisitko?', sv: 'Rekommendera?', en: 'Would you recommend us?' },
      commentPrompt: { fi: 'Miksi?', sv: 'Varför?', en: 'Why did you give this rating?' },
    },
    {
      kind: 'statement',
      id: 'safety',
      theme: 'safety',
      scale: 'smiley',
      text: { fi: 'Turvallinen olo', sv: 'Trygg', en: 'I felt safe.' },
    },
  ],
};

const opened = (draft: OpenedRequest['draft'] = null): OpenedRequest => ({
  set,
  unitName: { fi: 'Kaijonharju', sv: 'Kaijonharju', en: 'Kaijonharju Wellbeing Centre' },
  language: 'en',
  draft,
});

/** The service, recording every URL asked, so that a test can check the token is in none. */
function withUrls(service: FakeModuleService) {
  const urls: string[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    urls.push(String(input instanceof Request ? input.url : input));
    return service.fetch(input, init);
  };
  return { service: { ...service, fetch }, urls };
}

function openPage(service: FakeModuleService, fragment = `#${token}`) {
  window.history.replaceState(null, '', `/feedback/answer${fragment}`);
  return renderModule(service, { language: 'en', path: '/feedback/answer' });
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
  forgetRequestToken();
});

describe('answering a feedback request', () => {
  it('takes the token out of the address, answers and sends by POST only, and thanks', async () => {
    const fake = fakeModuleService({
      'requestAnswering.open': () => opened(),
      'requestAnswering.submit': () => ({ submitted: true }),
    });
    const { service, urls } = withUrls(fake);
    openPage(service);
    expect(window.location.hash).toBe('');
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Feedback on the service you received' },
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    expect(screen.getByText('This feedback is about Kaijonharju Wellbeing Centre.')).toBeTruthy();

    const recommendation = screen.getByRole('radiogroup', { name: 'Would you recommend us?' });
    fireEvent.click(within(recommendation).getByRole('radio', { name: '9' }));
    const safety = screen.getByRole('radiogroup', { name: 'I felt safe.' });
    // Smileys carry a text label; "cannot say" is an option of its own.
    expect(within(safety).getByRole('radio', { name: 'Very good' })).toBeTruthy();
    fireEvent.click(within(safety).getByRole('radio', { name: 'Cannot say' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send feedback' }));

    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Thank you for your feedback!' },
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    expect(fake.calls).toEqual(['requestAnswering.open', 'requestAnswering.submit']);
    expect(fake.inputs[1]).toEqual({
      token,
      sheet: {
        setKey: 'general',
        setVersion: 1,
        answers: [
          { kind: 'recommendation', questionId: 'recommendation', value: 9 },
          { kind: 'statement', questionId: 'safety', value: 'cannotSay' },
        ],
      },
    });
    expect(urls.every((url) => !url.includes(token))).toBe(true);
  });

  it('brings back the saved draft and saves again', async () => {
    const service = fakeModuleService({
      'requestAnswering.open': () =>
        opened({
          setKey: 'general',
          setVersion: 1,
          answers: [{ kind: 'statement', questionId: 'safety', value: 4 }],
        }),
      'requestAnswering.saveDraft': () => ({ saved: true }),
    });
    openPage(service);
    const safety = await screen.findByRole('radiogroup', { name: 'I felt safe.' }, { timeout: 5000 });
    expect((within(safety).getByRole('radio', { name: 'Good' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue later' }));
    expect(
      await screen.findByText(
        'Your answers are saved. You can continue later from the same link.',
        {},
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    expect(service.inputs[1]).toMatchObject({
      token,
      sheet: { answers: [{ questionId: 'safety', value: 4 }] },
    });
  });

  it('shows the friendly page for an unusable link, and for an address without a token', async () => {
    const service = fakeModuleService({
      'requestAnswering.open': () => {
        throw refusal('REQUEST_LINK_UNUSABLE', 404);
      },
    });
    const first = openPage(service);
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'This link can no longer be used' },
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    first.unmount();
    forgetRequestToken();
    const none = fakeModuleService({});
    openPage(none, '');
    expect(screen.getByRole('heading', { level: 1, name: 'This link can no longer be used' })).toBeTruthy();
    expect(none.calls).toEqual([]);
  });

  it('keeps the token when the page is mounted again (the language switched), without it in the address', async () => {
    const service = fakeModuleService({ 'requestAnswering.open': () => opened() });
    const first = openPage(service);
    await screen.findByRole('radiogroup', { name: 'I felt safe.' }, { timeout: 5000 });
    first.unmount();
    expect(window.location.hash).toBe('');
    renderModule(service, { language: 'en', path: '/feedback/answer' });
    await screen.findByRole('radiogroup', { name: 'I felt safe.' }, { timeout: 5000 });
    expect(service.inputs).toEqual([{ token }, { token }]);
  });

  it('says in words why an answer was not taken', async () => {
    const service = fakeModuleService({
      'requestAnswering.open': () => opened(),
      'requestAnswering.submit': () => {
        throw refusal('ANSWER_SHEET_EMPTY', 400);
      },
    });
    openPage(service);
    fireEvent.click(await screen.findByRole('button', { name: 'Send feedback' }, { timeout: 5000 }));
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('Answer at least one question before sending.');
  });
});
