import { servicesRouter } from './routers/services-router';
import { unitsRouter } from './routers/units-router';
import { createRouter } from './trpc';

export const bookingRouter = createRouter({
  units: unitsRouter,
  services: servicesRouter,
});

/** The type the booking frontend's tRPC client is built on (import it with `import type`). */
export type BookingRouter = typeof bookingRouter;
