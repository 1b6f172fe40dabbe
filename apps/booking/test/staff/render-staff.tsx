import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import { vi } from 'vitest';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import { initI18n, type Language } from '@asiointi/platform-i18n';
import { BookingModule } from '../../src/module/BookingModule';
import { apiUrl } from '../render-booking';
import { bookingAdminOfCentre, fakeStaffFetch } from './fake-staff-service';

interface Options {
  language?: Language;
  path?: string;
  service?: ReturnType<typeof fakeStaffFetch>;
  auth?: RemoteAuth;
}

// Forms with many React Aria fields render slowly on a busy 2-core machine.
configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 60_000 });

/** Where the router is now, for asserting redirects. */
export const currentPath = { value: '' };

function LocationProbe() {
  currentPath.value = useLocation().pathname;
  return null;
}

/** Mounts the module as the shell does, signed in as staff, with a fake staff service. */
export function renderStaff({
  language = 'fi',
  path = '/booking/staff',
  service = fakeStaffFetch(),
  auth = bookingAdminOfCentre,
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
                  apiUrl={apiUrl}
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
  return { ...result, service, queryClient };
}
