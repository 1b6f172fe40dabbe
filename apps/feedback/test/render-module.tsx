import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { render } from '@testing-library/react';
import type { FakeModuleService } from '@asiointi/platform-client/testing';
import { anonymousRemoteAuth, type RemoteAuth } from '@asiointi/platform-federation/auth';
import { initI18n, type Language } from '@asiointi/platform-i18n';
import { FeedbackModule } from '../src/module/FeedbackModule';

/** Mounts the module as the shell does: under /feedback/*, with the shell's i18n instance. */
export function renderModule(
  service: FakeModuleService,
  {
    language = 'fi',
    path = '/feedback',
    auth = anonymousRemoteAuth,
  }: { language?: Language; path?: string; auth?: RemoteAuth } = {},
) {
  const i18n = initI18n({ instance: i18next.createInstance(), storage: undefined });
  void i18n.changeLanguage(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route
            path="/feedback/*"
            element={
              <FeedbackModule
                apiUrl="http://127.0.0.1:4402"
                basePath="/feedback"
                language={language}
                auth={auth}
                fetch={service.fetch}
              />
            }
          />
        </Routes>
      </MemoryRouter>
    </I18nextProvider>,
  );
}
