// The booking service: its database, its router, its context and its own worker, on the platform's module
// service.
import {
  bookingContextFactory,
  bookingRouter,
  REMINDER_LINK_PURPOSE,
  reminderAddressesOf,
  startUnitDirectorySync,
} from '@asiointi/booking-api';
import {
  bookingDatabaseDefinition,
  eventOutbox,
  notificationLog,
  notificationOutbox,
  seedBookingDemoData,
} from '@asiointi/booking-data';
import { defineModuleService } from '@asiointi/platform-service';
import { readBookingServiceEnv } from './booking-service-env';
import { renderBookingMessage } from './reminder-messages';

export interface BookingServiceSettings {
  /**
   * Where UNIT_SYNC_INTERVAL_MINUTES is read from when the worker starts (main.ts passes process.env), so
   * that a bad value is reported as the service's start failure. Absent: nothing is read.
   */
  environment?: Record<string, string | undefined>;
  /** How often booking's unit names follow the unit directory; wins over the environment (tests). */
  unitSyncIntervalMs?: number;
}

export function defineBookingService(settings: BookingServiceSettings = {}) {
  return defineModuleService({
    name: 'booking',
    defaultPort: 4401,
    database: bookingDatabaseDefinition,
    router: bookingRouter,
    // The cancel-link sealer and the portal's address travel in the context for the procedures that
    // schedule reminders (cancelUrl) and open those links; the unit directory names units booking lacks.
    createContext: ({ db, linkTokens, portalUrl, personDirectory, units }) =>
      bookingContextFactory(db, { linkTokens, portalUrl, personDirectory, units }),
    // Marking a visit attended publishes booking.visit.completed.
    events: { outbox: eventOutbox },
    // Sent to the number or address the resident who booked entered and confirmed.
    notifications: {
      outbox: notificationOutbox,
      log: notificationLog,
      render: renderBookingMessage,
      addresses: reminderAddressesOf,
    },
    // Reminders carry a cancel link that works without signing in.
    linkTokens: { purpose: REMINDER_LINK_PURPOSE },
    seedDemoData: seedBookingDemoData,
    // Booking's copy of unit names, municipalities and addresses follows the unit directory.
    workers: ({ db, units, logger }) => [
      startUnitDirectorySync({
        db,
        directory: units,
        logger: logger.child({ worker: 'unit-directory-sync' }),
        intervalMs:
          settings.unitSyncIntervalMs ?? readBookingServiceEnv(settings.environment ?? {}).unitSyncIntervalMs,
      }),
    ],
  });
}

/** The booking service with the default unit sync interval (the embedded portal and tests). */
export const bookingService = defineBookingService();
