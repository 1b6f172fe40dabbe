// The booking pages after the first one come in chunks of their own: a resident opening the module
// downloads its front page (units and their services), and the search, the week view with its times,
// the confirmation, own bookings, reminder settings and the reminder link's page when they go there.
import { lazy } from 'react';

export const FindServicePage = lazy(() =>
  import('../find/FindServicePage').then(({ FindServicePage }) => ({ default: FindServicePage })),
);
export const BookServicePage = lazy(() =>
  import('../book/BookServicePage').then(({ BookServicePage }) => ({ default: BookServicePage })),
);
export const BookingConfirmationPage = lazy(() =>
  import('../book/BookingConfirmationPage').then(({ BookingConfirmationPage }) => ({
    default: BookingConfirmationPage,
  })),
);
export const MyBookingsPage = lazy(() =>
  import('../my-bookings/MyBookingsPage').then(({ MyBookingsPage }) => ({ default: MyBookingsPage })),
);
export const ReschedulePage = lazy(() =>
  import('../my-bookings/ReschedulePage').then(({ ReschedulePage }) => ({ default: ReschedulePage })),
);
export const PreferencesPage = lazy(() =>
  import('../preferences/PreferencesPage').then(({ PreferencesPage }) => ({ default: PreferencesPage })),
);
export const ReminderLinkPage = lazy(() =>
  import('../reminder-link/ReminderLinkPage').then(({ ReminderLinkPage }) => ({ default: ReminderLinkPage })),
);
