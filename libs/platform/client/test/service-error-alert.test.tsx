import { fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { anonymousRemoteAuth } from '@asiointi/platform-federation/auth';
import { initI18n, type Language } from '@asiointi/platform-i18n';
import { createModuleClient, ServiceErrorAlert } from '../src/index';
import { fakeModuleService, rawServerMessage, refusal } from '../src/testing';

async function failureOf(code: string, status: number): Promise<unknown> {
  const service = fakeModuleService({
    'thing.get': () => {
      throw refusal(code, status);
    },
  });
  const client = createModuleClient('http://service', {
    language: 'fi',
    auth: anonymousRemoteAuth,
    fetch: service.fetch,
  }) as unknown as {
    thing: { get: { query(): Promise<unknown> } };
  };
  return client.thing.get.query().catch((error: unknown) => error);
}

function renderAlert(language: Language, props: Parameters<typeof ServiceErrorAlert>[0]) {
  const i18n = initI18n({ instance: i18next.createInstance(), storage: undefined });
  void i18n.changeLanguage(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <ServiceErrorAlert {...props} />
    </I18nextProvider>,
  );
}

describe('ServiceErrorAlert', () => {
  it('words a platform code in the portal’s language and offers to try again', async () => {
    const onRetry = vi.fn();
    renderAlert('sv', { error: await failureOf('FORBIDDEN', 403), onRetry });
    expect(screen.getByRole('alert').textContent).toContain('Du har inte rätt att göra det här.');
    expect(screen.getByRole('alert').textContent).not.toContain(rawServerMessage);
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('uses the module’s words for its own codes, and offers sign-in when the sign-in ran out', async () => {
    renderAlert('fi', {
      error: await failureOf('UNIT_NOT_FOUND', 404),
      messages: { UNIT_NOT_FOUND: 'Toimipistettä ei löytynyt.' },
    });
    expect(screen.getByRole('alert').textContent).toContain('Toimipistettä ei löytynyt.');
  });

  it('offers to sign in again instead of retrying', async () => {
    const onSignIn = vi.fn();
    renderAlert('en', { error: await failureOf('UNAUTHENTICATED', 401), onRetry: () => {}, onSignIn });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSignIn).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
