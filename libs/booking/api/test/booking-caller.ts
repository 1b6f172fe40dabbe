import type { BookingDb } from '@asiointi/booking-data';
import { createServiceLogger, type ServiceLanguage } from '@asiointi/platform-service';
import { bookingRouter, createCallerFactory } from '../src/index';

const createCaller = createCallerFactory(bookingRouter);
const log = createServiceLogger({ service: 'booking-api-test', level: 'silent' });

/** Calls the router in process, with the context the service would build for a request. */
export function bookingCaller(db: BookingDb, language: ServiceLanguage = 'fi') {
  return createCaller({ db, language, requestId: 'test-request', log });
}
