import type { ReactElement } from 'react';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { render } from '@testing-library/react';
import { initI18n, type Language } from '@asiointi/platform-i18n';
import { UiProvider } from '../src';

/** Renders inside what an app provides: translations (in a fresh instance), a router, UiProvider. */
export function renderWithProviders(ui: ReactElement, { language = 'fi' }: { language?: Language } = {}) {
  const i18n = initI18n({ instance: i18next.createInstance(), storage: undefined });
  void i18n.changeLanguage(language);
  return {
    i18n,
    ...render(
      <I18nextProvider i18n={i18n}>
        <MemoryRouter>
          <UiProvider>{ui}</UiProvider>
        </MemoryRouter>
      </I18nextProvider>,
    ),
  };
}
