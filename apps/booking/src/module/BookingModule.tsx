import { Route, Routes } from 'react-router';
import type { RemoteModuleProps } from '@asiointi/platform-federation';
import { initI18n, useNamespace } from '@asiointi/platform-i18n';
import { bookingNamespace, bookingStrings } from '../i18n';
import { PreferencesPage } from '../preferences/PreferencesPage';
import { reminderSettingsPath } from '../preferences/preferences-path';
import { BookingNotFound } from '../services/BookingNotFound';
import { ServicesPage } from '../services/ServicesPage';
import { BookingProviders } from './BookingProviders';
import '../services/booking.css';

export interface BookingModuleProps extends RemoteModuleProps {
  /** Replaces the browser's fetch for calls to the service (tests). */
  fetch?: typeof fetch;
}

/**
 * The booking module as the shell mounts it (exposed as `booking/Module`). Its routes are relative
 * to where the shell mounts it (`basePath`, e.g. /booking), using the shell's router.
 */
export function BookingModule({ apiUrl, basePath, language, auth, fetch }: BookingModuleProps) {
  // Returns the shell's instance (i18next is a shared singleton); sets one up when running alone.
  initI18n();
  useNamespace(bookingNamespace, bookingStrings);
  return (
    <BookingProviders apiUrl={apiUrl} language={language} auth={auth} fetch={fetch}>
      <Routes>
        <Route index element={<ServicesPage language={language} basePath={basePath} />} />
        <Route path={reminderSettingsPath} element={<PreferencesPage auth={auth} basePath={basePath} />} />
        <Route path="*" element={<BookingNotFound basePath={basePath} />} />
      </Routes>
    </BookingProviders>
  );
}

export default BookingModule;
