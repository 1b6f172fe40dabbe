// A booking service over HTTP on a fresh test database with a small world of its own: two health centres
// (the dev identity provider's units, so its staff hold roles there), a few service types, resources
// working every day 08:00–16:00 from 2027, and a clock the test sets.
import {
  auditLog,
  bookingDatabaseDefinition,
  bookingRights,
  bookings,
  eventOutbox,
  hashBookingRightCode,
  notificationOutbox,
  resources,
  scheduleExceptions,
  scheduleTemplates,
  serviceTypes,
  units,
  type BookingDb,
} from '@asiointi/booking-data';
import { instantAtWallClock } from '@asiointi/platform-time';
import { TEST_UNIT_IDS } from '@asiointi/dev-idp';
import type { DatabaseTestEngine } from '@asiointi/platform-db/testing';
import {
  createLinkTokenSealer,
  createPersonDirectory,
  createService,
  readServiceConfig,
  type RunningService,
} from '@asiointi/platform-service';
import { afterAll, beforeAll } from 'vitest';
import { bookingContextFactory, bookingRouter, REMINDER_LINK_PURPOSE } from '../../../src/index';
import type { TestIdentityProvider } from '../../support/identity-provider';

export const unitIds = { central: TEST_UNIT_IDS.centralHealthCentre, north: TEST_UNIT_IDS.northHealthCentre };

export const serviceIds = {
  /** 30 min, 5 min buffer after, cut-off 24 h, horizon 365 days, the longest allowed (so October 2027 is bookable in March). */
  nurse: 'c0000000-0000-4000-8000-000000000001',
  /** Needs a booking right. */
  vaccination: 'c0000000-0000-4000-8000-000000000002',
  /** Only the unit books it. */
  physician: 'c0000000-0000-4000-8000-000000000003',
  /** Never named in reminders or calendar files. */
  mentalHealth: 'c0000000-0000-4000-8000-000000000004',
  /** Horizon 14 days. */
  shortHorizon: 'c0000000-0000-4000-8000-000000000005',
  /** The north centre's nurse appointment. */
  northNurse: 'c0000000-0000-4000-8000-000000000006',
} as const;

export const resourceIds = {
  nurseA: 'd0000000-0000-4000-8000-000000000001',
  nurseB: 'd0000000-0000-4000-8000-000000000002',
  northNurse: 'd0000000-0000-4000-8000-000000000003',
} as const;

export const portalUrl = 'https://asiointi.example.fi';
export const linkTokenSecret = 'a-test-secret-that-is-long-enough-for-links';
export const invitationCode = 'TEST-KUTS-0001';

const everyDay = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [{ start: '08:00', end: '16:00' }]]),
);

const unitRow = (id: string, name: string) => ({
  id,
  nameFi: `${name} fi`,
  nameSv: `${name} sv`,
  nameEn: `${name} en`,
  municipality: 'Oulu',
  streetAddress: 'Testikatu 1',
  phone: '+358 8 000 0000',
});

const serviceRow = (
  id: string,
  unitId: string,
  code: string,
  parts: Partial<typeof serviceTypes.$inferInsert> = {},
) => ({
  id,
  unitId,
  code,
  category: 'health' as const,
  nameFi: `${code} fi`,
  nameSv: `${code} sv`,
  nameEn: `${code} en`,
  durationMinutes: 30,
  channels: ['onSite' as const, 'phone' as const],
  selfBookable: true,
  bufferAfterMinutes: 5,
  cancellationCutOffHours: 24,
  bookingHorizonDays: 365,
  ...parts,
});

async function insertWorld(db: BookingDb): Promise<void> {
  await db.insert(units).values([unitRow(unitIds.central, 'Central'), unitRow(unitIds.north, 'North')]);
  await db
    .insert(serviceTypes)
    .values([
      serviceRow(serviceIds.nurse, unitIds.central, 'nurse-appointment'),
      serviceRow(serviceIds.vaccination, unitIds.central, 'vaccination', { requiresBookingRight: true }),
      serviceRow(serviceIds.physician, unitIds.central, 'physician', { selfBookable: false }),
      serviceRow(serviceIds.mentalHealth, unitIds.central, 'mental-health', { sensitive: true }),
      serviceRow(serviceIds.shortHorizon, unitIds.central, 'short-horizon', { bookingHorizonDays: 14 }),
      serviceRow(serviceIds.northNurse, unitIds.north, 'nurse-appointment'),
    ]);
  await db.insert(resources).values([
    { id: resourceIds.nurseA, unitId: unitIds.central, kind: 'person', name: 'Nurse A', skills: ['general'] },
    { id: resourceIds.nurseB, unitId: unitIds.central, kind: 'person', name: 'Nurse B', skills: ['general'] },
    {
      id: resourceIds.northNurse,
      unitId: unitIds.north,
      kind: 'person',
      name: 'Nurse N',
      skills: ['general'],
    },
  ]);
  await db.insert(scheduleTemplates).values(
    Object.values(resourceIds).map((resourceId) => ({
      resourceId,
      validFrom: '2027-01-01',
      workingPeriods: everyDay,
    })),
  );
  // The DST Sundays are days off: the centre opens them on purpose.
  await db.insert(scheduleExceptions).values(
    ['2027-03-28', '2027-10-31'].map((date) => ({
      resourceId: resourceIds.nurseA,
      date,
      kind: 'extraOpening' as const,
    })),
  );
  await db.insert(bookingRights).values({
    source: 'invitation',
    codeHash: hashBookingRightCode(invitationCode),
    serviceCode: 'vaccination',
    unitId: unitIds.central,
    validFrom: '2027-01-01',
    validUntil: '2027-12-31',
    usesAllowed: 1,
    grantedBySubject: 'test',
  });
}

export interface Clock {
  now: Date;
}

export function useBookingLifecycle(engine: DatabaseTestEngine, identity: TestIdentityProvider) {
  const database = engine.useDatabase(bookingDatabaseDefinition);
  // Monday 22 March 2027, 10:00 in Helsinki (EET), the week before summer time starts.
  const clock: Clock = { now: new Date('2027-03-22T08:00:00Z') };
  const linkTokens = createLinkTokenSealer(linkTokenSecret, REMINDER_LINK_PURPOSE);
  let service: RunningService | undefined;
  beforeAll(async () => {
    await insertWorld(database().db);
    service = await createService({
      name: 'booking',
      config: readServiceConfig(
        {},
        // Tests send far more than a person would in a minute.
        { port: 0, logLevel: 'silent', oidcIssuer: identity.idp().issuer, rateLimitPerMinute: 100_000 },
      ),
      router: bookingRouter,
      database: { ping: async () => {}, close: async () => {} },
      createContext: bookingContextFactory(database().db, {
        now: () => clock.now,
        linkTokens,
        portalUrl,
        personDirectory: createPersonDirectory({ personsUrl: identity.idp().personsUrl }),
      }),
    });
  }, 60_000);
  afterAll(() => service?.close());

  return {
    clock,
    linkTokens,
    db: () => database().db,
    dialect: engine.dialect,
    url: () => {
      if (!service) throw new Error('The service runs only inside this block’s tests.');
      return service.url;
    },
    /** Row counts of what a booking writes, to prove that a refusal wrote nothing. */
    async counts() {
      const db = database().db;
      const [b, n, a, e] = await Promise.all([
        db.$count(bookings),
        db.$count(notificationOutbox),
        db.$count(auditLog),
        db.$count(eventOutbox),
      ]);
      return { bookings: b, notifications: n, audit: a, events: e };
    },
  };
}

/** The k-th time on a resource's 35-minute grid (30 min + 5 min buffer) from 08:00 Helsinki time. */
export function slot(date: `${number}-${number}-${number}`, k: number): string {
  return instantAtWallClock(date, 8 * 60 + 35 * k).toISOString();
}

let keyCounter = 0;
/** A fresh idempotency key per booking attempt. */
export const newKey = () => `test-key-${Date.now()}-${(keyCounter += 1)}`;
