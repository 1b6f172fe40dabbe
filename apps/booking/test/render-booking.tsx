import type { ReactNode } from 'react';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { anonymousRemoteAuth, type RemoteAuth } from '@asiointi/platform-federation/auth';
import { initI18n, type Language } from '@asiointi/platform-i18n';
import { BookingModule } from '../src/module/BookingModule';
import { fakeBookingFetch } from './fake-booking-service';

export const apiUrl = 'http://127.0.0.1:4401';

interface Options {
  language?: Language;
  path?: string;
  service?: ReturnType<typeof fakeBookingFetch>;
  /** The host's query client; without one the module makes its own. */
  hostQueryClient?: QueryClient;
  /** The shell's sign-in; nobody signed in unless given. */
  auth?: RemoteAuth;
}

/** Mounts the module as the shell does: under /booking/*, with the shell's i18n instance. */
export function renderBooking({
  language = 'fi',
  path = '/booking',
  service = fakeBookingFetch(),
  hostQueryClient,
  auth = anonymousRemoteAuth,
}: Options = {}) {
  const i18n = initI18n({ instance: i18next.createInstance(), storage: undefined });
  void i18n.changeLanguage(language);
  const withHost = (node: ReactNode) =>
    hostQueryClient ? <QueryClientProvider client={hostQueryClient}>{node}</QueryClientProvider> : node;
  const result = render(
    <I18nextProvider i18n={i18n}>
      {withHost(
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route
              path="/booking/*"
              element={
                <BookingModule
                  apiUrl={apiUrl}
                  basePath="/booking"
                  language={language}
                  auth={auth}
                  fetch={service.fetch}
                />
              }
            />
          </Routes>
        </MemoryRouter>,
      )}
    </I18nextProvider>,
  );
  return { ...result, i18n, service, auth };
}

export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}
