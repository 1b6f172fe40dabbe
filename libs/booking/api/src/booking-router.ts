import { createAuditRouter } from '@asiointi/platform-audit';
import { bookingAuditTrail } from './audit-trail';
import { bookingAuditVocabulary } from './audit-vocabulary';
import { bookingsRouter } from './routers/bookings-router';
import { catalogueRouter } from './routers/catalogue-router';
import { freeTimesRouter } from './routers/free-times-router';
import { bookingRightsRouter } from './routers/booking-rights-router';
import { figuresRouter } from './routers/figures-router';
import { preferencesRouter } from './routers/preferences-router';
import { reminderContactRouter } from './routers/reminder-contact-router';
import { resourcesRouter } from './routers/resources-router';
import { schedulesRouter } from './routers/schedules-router';
import { reminderLinkRouter } from './routers/reminder-link-router';
import { servicesRouter } from './routers/services-router';
import { staffBookingsRouter } from './routers/staff-bookings-router';
import { serviceTypesRouter } from './routers/service-types-router';
import { unitsRouter } from './routers/units-router';
import { createRouter, residentProcedure } from './trpc';

export const bookingRouter = createRouter({
  units: unitsRouter,
  services: servicesRouter,
  preferences: preferencesRouter,
  reminderContact: reminderContactRouter,
  serviceTypes: serviceTypesRouter,
  resources: resourcesRouter,
  schedules: schedulesRouter,
  bookingRights: bookingRightsRouter,
  figures: figuresRouter,
  catalogue: catalogueRouter,
  freeTimes: freeTimesRouter,
  bookings: bookingsRouter,
  reminderLink: reminderLinkRouter,
  staffBookings: staffBookingsRouter,
  /** "Who has handled my data" for the booking service, as on every service. */
  audit: createAuditRouter({
    createRouter,
    residentProcedure,
    database: (ctx) => ctx.db,
    log: bookingAuditTrail.log,
    vocabulary: bookingAuditVocabulary,
  }),
});

/** The type the booking frontend's tRPC client is built on (import it with `import type`). */
export type BookingRouter = typeof bookingRouter;
