// The booking service: its database, its router and its context, on the platform's module service.
import { bookingContextFactory, bookingRouter, REMINDER_LINK_PURPOSE } from '@asiointi/booking-api';
import {
  bookingDatabaseDefinition,
  eventOutbox,
  notificationLog,
  notificationOutbox,
  seedBookingDemoData,
} from '@asiointi/booking-data';
import { defineModuleService } from '@asiointi/platform-service';
import { renderBookingMessage } from './reminder-messages';

export const bookingService = defineModuleService({
  name: 'booking',
  defaultPort: 4401,
  database: bookingDatabaseDefinition,
  router: bookingRouter,
  // The cancel-link sealer and the portal's address travel in the context for the procedures that
  // schedule reminders (cancelUrl) and open those links.
  createContext: ({ db, linkTokens, portalUrl, personDirectory }) =>
    bookingContextFactory(db, { linkTokens, portalUrl, personDirectory }),
  // Marking a visit attended publishes booking.visit.completed.
  events: { outbox: eventOutbox },
  notifications: { outbox: notificationOutbox, log: notificationLog, render: renderBookingMessage },
  // Reminders carry a cancel link that works without signing in.
  linkTokens: { purpose: REMINDER_LINK_PURPOSE },
  seedDemoData: seedBookingDemoData,
});
