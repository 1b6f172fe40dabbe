import { Navigate, Route, Routes } from 'react-router';
import type { RemoteModuleProps } from '@asiointi/platform-federation';
import { initI18n, useNamespace } from '@asiointi/platform-i18n';
import { LazyPage } from '@asiointi/platform-ui';
import { bookingNamespace, bookingResidentStrings } from '../i18n';
import { reminderSettingsPath } from '../preferences/preferences-path';
import { BookingNotFound } from '../services/BookingNotFound';
import { ServicesPage } from '../services/ServicesPage';
import { residentRoutes } from '../book/resident-paths';
import { LazyStaffArea } from '../staff/LazyStaffArea';
import { staffPath } from '../staff/staff-paths';
import { BookingProviders } from '../api/trpc';
import {
  BookingConfirmationPage,
  BookServicePage,
  FindServicePage,
  MyBookingsPage,
  PreferencesPage,
  ReminderLinkPage,
  ReschedulePage,
} from './lazy-resident-pages';
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
  useNamespace(bookingNamespace, bookingResidentStrings);
  return (
    <BookingProviders apiUrl={apiUrl} language={language} auth={auth} fetch={fetch}>
      <Routes>
        {/* Staff land on their own side: the day list, schedules and settings of their units. */}
        <Route
          index
          element={
            auth.principalKind === 'staff' ? (
              <Navigate to={staffPath} replace />
            ) : (
              <ServicesPage language={language} basePath={basePath} />
            )
          }
        />
        <Route
          path={`${staffPath}/*`}
          element={<LazyStaffArea auth={auth} basePath={basePath} language={language} />}
        />
        <Route
          path={reminderSettingsPath}
          element={
            <LazyPage>
              <PreferencesPage auth={auth} basePath={basePath} />
            </LazyPage>
          }
        />
        <Route
          path={residentRoutes.find}
          element={
            <LazyPage>
              <FindServicePage basePath={basePath} />
            </LazyPage>
          }
        />
        <Route
          path={residentRoutes.book}
          element={
            <LazyPage>
              <BookServicePage auth={auth} basePath={basePath} />
            </LazyPage>
          }
        />
        <Route
          path={residentRoutes.booked}
          element={
            <LazyPage>
              <BookingConfirmationPage auth={auth} basePath={basePath} />
            </LazyPage>
          }
        />
        <Route
          path={residentRoutes.myBookings}
          element={
            <LazyPage>
              <MyBookingsPage auth={auth} basePath={basePath} />
            </LazyPage>
          }
        />
        <Route
          path={residentRoutes.reschedule}
          element={
            <LazyPage>
              <ReschedulePage auth={auth} basePath={basePath} />
            </LazyPage>
          }
        />
        <Route
          path={residentRoutes.reminderLink}
          element={
            <LazyPage>
              <ReminderLinkPage />
            </LazyPage>
          }
        />
        <Route path="*" element={<BookingNotFound basePath={basePath} />} />
      </Routes>
    </BookingProviders>
  );
}

export default BookingModule;
