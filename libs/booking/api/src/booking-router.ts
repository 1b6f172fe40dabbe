import { createAuditRouter } from '@asiointi/platform-audit';
import { bookingAuditTrail } from './audit-trail';
import { preferencesRouter } from './routers/preferences-router';
import { servicesRouter } from './routers/services-router';
import { serviceTypesRouter } from './routers/service-types-router';
import { unitsRouter } from './routers/units-router';
import { createRouter, residentProcedure } from './trpc';

export const bookingRouter = createRouter({
  units: unitsRouter,
  services: servicesRouter,
  preferences: preferencesRouter,
  serviceTypes: serviceTypesRouter,
  /** "Who has handled my data" for the booking service, as on every service. */
  audit: createAuditRouter({
    createRouter,
    residentProcedure,
    database: (ctx) => ctx.db,
    log: bookingAuditTrail.log,
  }),
});

/** The type the booking frontend's tRPC client is built on (import it with `import type`). */
export type BookingRouter = typeof bookingRouter;
