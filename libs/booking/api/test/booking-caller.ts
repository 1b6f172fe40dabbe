import type { BookingDb } from '@asiointi/booking-data';
import {
  createServiceLogger,
  inProcessServiceContext,
  type ServiceLanguage,
} from '@asiointi/platform-service';
import { bookingContextFactory, bookingRouter, createCallerFactory } from '../src/index';

const createCaller = createCallerFactory(bookingRouter);
const log = createServiceLogger({ service: 'booking-api-test', level: 'silent' });

/** Calls the router in process as an anonymous caller, with the context the service would build. */
export function bookingCaller(db: BookingDb, language: ServiceLanguage = 'fi') {
  return createCaller(
    bookingContextFactory(db)(inProcessServiceContext({ requestId: 'test-request', log, language })),
  );
}
