import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import { anonymousRemoteAuth, type RemoteAuth } from '@asiointi/platform-federation/auth';
import { initI18n, type Language } from '@asiointi/platform-i18n';
import { BookingModule } from '../../src/module/BookingModule';
import { fakeResidentService } from './fake-resident-service';

// These flows take several renders and requests: on a busy 2-core machine, one second is too short.
configure({ asyncUtilTimeout: 5000 });

export const eetu = { subject: 'a51d0000-0000-4000-8000-000000000002', displayName: 'Eetu Virtanen' };

export function resident(overrides: Partial<RemoteAuth> = {}): RemoteAuth {
  return {
    ...anonymousRemoteAuth,
    principalKind: 'resident',
    getAccessToken: async () => 'token-1',
    ...overrides,
  };
}

interface Options {
  language?: Language;
  path?: string;
  service?: ReturnType<typeof fakeResidentService>;
  auth?: RemoteAuth;
}

/** Where the module's router is now, for assertions on navigation. */
export const location = { current: '' };

function LocationProbe() {
  const { pathname, search } = useLocation();
  location.current = `${pathname}${search}`;
  return null;
}

/** Mounts the module under /booking/* with the shell's query client (no retries) and i18n instance. */
export function renderResident({
  language = 'fi',
  path = '/booking/find',
  service = fakeResidentService(),
  auth = resident(),
}: Options = {}) {
  const i18n = initI18n({ instance: i18next.createInstance(), storage: undefined });
  void i18n.changeLanguage(language);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[path]}>
          <LocationProbe />
          <Routes>
            <Route
              path="/booking/*"
              element={
                <BookingModule
                  apiUrl="http://127.0.0.1:4401"
                  basePath="/booking"
                  language={language}
                  auth={auth}
                  fetch={service.fetch}
                />
              }
            />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...result, service, auth, queryClient };
}
