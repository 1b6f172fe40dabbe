// The booking service over HTTP for the staff catalogue tests: demo data, a fixed clock, the dev identity
// provider's person directory, and calls as test persons that answer with data or an error code.
import { randomUUID } from 'node:crypto';
import {
  auditLog,
  bookingDatabaseDefinition,
  bookings,
  seedBookingDemoData,
  type BookingDb,
} from '@asiointi/booking-data';
import type { TestPersonKey } from '@asiointi/dev-idp';
import type { DatabaseTestEngine } from '@asiointi/platform-db/testing';
import {
  createPersonDirectory,
  createService,
  createUnitDirectory,
  readServiceConfig,
  type RunningService,
} from '@asiointi/platform-service';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { bookingContextFactory, bookingRouter } from '../../src/index';
import { callBooking } from '../support/call-booking';
import type { TestIdentityProvider } from '../support/identity-provider';

/** Thursday 4 March 2027 at 15:00 in Helsinki (UTC+2). */
export const fixedNow = new Date('2027-03-04T13:00:00Z');

export function useStaffBookingService(engine: DatabaseTestEngine, identity: TestIdentityProvider) {
  const database = engine.useDatabase(bookingDatabaseDefinition);
  let service: RunningService | undefined;
  beforeAll(async () => {
    await seedBookingDemoData(database().db);
    service = await createService({
      name: 'booking',
      config: readServiceConfig({}, { port: 0, logLevel: 'silent', oidcIssuer: identity.idp().issuer }),
      router: bookingRouter,
      database: { ping: async () => {}, close: async () => {} },
      createContext: bookingContextFactory(database().db, {
        now: () => fixedNow,
        personDirectory: createPersonDirectory({ personsUrl: identity.idp().personsUrl }),
        units: createUnitDirectory({ unitsUrl: identity.idp().unitsUrl }),
      }),
    });
  }, 60_000);
  afterAll(() => service?.close());

  const db = () => database().db;
  return {
    db,
    /** A query (default) or mutation as the person; `code` is the error code of a refusal. */
    async call(person: TestPersonKey, procedure: string, input?: unknown, mutation = false) {
      if (!service) throw new Error('The service runs only inside this block’s tests.');
      const result = await callBooking(service.url, identity, { person }, procedure, { input, mutation });
      return {
        status: result.status,
        text: result.text,
        data: result.data as never,
        code: result.error?.data.code as string | undefined,
      };
    },
    async auditRows() {
      const [row] = await db().select({ n: count() }).from(auditLog);
      return row?.n ?? 0;
    },
  };
}

/** A booking row as the bookings engineer's procedures would store it, for figures' known counts. */
export async function insertBooking(
  db: BookingDb,
  booking: {
    unitId: string;
    serviceTypeId: string;
    resourceId: string;
    startsAt: string;
    minutes: number;
    status: 'booked' | 'arrived' | 'attended' | 'noShow' | 'cancelled';
    bookedBy: 'resident' | 'staff';
    needAssessedAt?: string;
    /** When the booking was made; a week before its time unless given. */
    madeAt?: string;
  },
): Promise<void> {
  const startsAt = new Date(booking.startsAt);
  const endsAt = new Date(startsAt.getTime() + booking.minutes * 60_000);
  const cancelled = booking.status === 'cancelled';
  const madeAt = booking.madeAt ? new Date(booking.madeAt) : new Date(startsAt.getTime() - 7 * 86_400_000);
  await db.insert(bookings).values({
    unitId: booking.unitId,
    serviceTypeId: booking.serviceTypeId,
    resourceId: booking.resourceId,
    personSubject: `figures-test-${randomUUID()}`,
    personGivenName: 'Testi',
    personFamilyName: 'Henkilö',
    bookedBy: booking.bookedBy,
    bookedBySubject: booking.bookedBy === 'staff' ? 'staff-subject' : 'resident-subject',
    startsAt,
    endsAt,
    occupiedFrom: startsAt,
    occupiedUntil: endsAt,
    channel: 'onSite',
    status: booking.status,
    reminderChannel: 'none',
    language: 'fi',
    needAssessedAt: booking.needAssessedAt ? new Date(booking.needAssessedAt) : null,
    idempotencyKey: randomUUID(),
    requestFingerprint: 'figures-test',
    cancelledAt: cancelled ? startsAt : null,
    cancelledBy: cancelled ? 'staff' : null,
    createdAt: madeAt,
    updatedAt: madeAt,
  });
}
