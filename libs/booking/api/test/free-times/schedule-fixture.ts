// Builds small catalogues and schedules for free-time tests: each test makes its own units, so tests in one
// database never see each other's rows.
import { randomUUID } from 'node:crypto';
import type { WeeklyPeriods } from '@asiointi/booking-contract';
import {
  blockedTimes,
  bookings,
  resources,
  scheduleExceptions,
  scheduleTemplates,
  serviceTypes,
  units,
  type BookingDb,
  type ResourceRow,
  type ServiceTypeRow,
} from '@asiointi/booking-data';
import {
  createServiceLogger,
  inProcessServiceContext,
  type ServiceLanguage,
} from '@asiointi/platform-service';
import { bookingContextFactory, bookingRouter, createCallerFactory } from '../../src/index';

const createCaller = createCallerFactory(bookingRouter);
const log = createServiceLogger({ service: 'booking-free-times-test', level: 'silent' });
const MINUTE_MS = 60_000;

/** Calls the router in process as an anonymous caller whose clock reads `now`. */
export function callerAt(db: BookingDb, now: Date, language: ServiceLanguage = 'fi') {
  const context = bookingContextFactory(db, { now: () => now });
  return createCaller(context(inProcessServiceContext({ requestId: 'test-request', log, language })));
}

/** Mon–Fri 08:00–12:00: four 60-minute or eight 30-minute times a day. */
export const weekdayMornings: WeeklyPeriods = Object.fromEntries(
  (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => [day, [{ start: '08:00', end: '12:00' }]]),
);

export function scheduleFixture(db: BookingDb) {
  return {
    async unit(values: { municipality?: string; nameFi?: string; nameSv?: string; nameEn?: string } = {}) {
      const id = randomUUID();
      const nameFi = values.nameFi ?? `Yksikkö ${id.slice(0, 8)}`;
      await db.insert(units).values({
        id,
        nameFi,
        nameSv: values.nameSv ?? nameFi,
        nameEn: values.nameEn ?? nameFi,
        municipality: values.municipality ?? 'Oulu',
        streetAddress: 'Testikatu 1',
      });
      return id;
    },

    async serviceType(
      unitId: string,
      values: Partial<typeof serviceTypes.$inferInsert> = {},
    ): Promise<ServiceTypeRow> {
      const [row] = await db
        .insert(serviceTypes)
        .values({
          unitId,
          code: 'nurse-appointment',
          category: 'health',
          nameFi: 'Sairaanhoitajan vastaanotto',
          nameSv: 'Sjukskötarmottagning',
          nameEn: 'Nurse appointment',
          durationMinutes: 60,
          channels: ['onSite'],
          selfBookable: true,
          requiredSkill: 'nurse',
          ...values,
        })
        .returning();
      return row!;
    },

    async resource(
      unitId: string,
      values: Partial<
        Pick<ResourceRow, 'titleFi' | 'titleSv' | 'titleEn' | 'name' | 'skills' | 'languages' | 'active'>
      > = {},
      workingPeriods: WeeklyPeriods | null = weekdayMornings,
    ): Promise<string> {
      const [row] = await db
        .insert(resources)
        .values({ unitId, kind: 'person', name: 'Hoitaja', skills: ['nurse'], languages: ['fi'], ...values })
        .returning({ id: resources.id });
      if (workingPeriods) {
        await db
          .insert(scheduleTemplates)
          .values({ resourceId: row!.id, validFrom: '2027-01-01', workingPeriods });
      }
      return row!.id;
    },

    async exception(
      resourceId: string,
      date: string,
      kind: 'absence' | 'extraOpening',
      periods: { start: `${number}:${number}`; end: `${number}:${number}` }[] | null = null,
    ) {
      await db.insert(scheduleExceptions).values({ resourceId, date, kind, periods });
    },

    async block(resourceId: string, start: string, end: string) {
      await db.insert(blockedTimes).values({ resourceId, startsAt: new Date(start), endsAt: new Date(end) });
    },

    /** A booking of the service type's appointment at `start`, occupying its buffers as the booking step does. */
    async book(
      serviceType: ServiceTypeRow,
      resourceId: string,
      start: string,
      status: 'booked' | 'cancelled' = 'booked',
    ): Promise<string> {
      const startsAt = new Date(start);
      const endsAt = new Date(startsAt.getTime() + serviceType.durationMinutes * MINUTE_MS);
      const cancelled = status === 'cancelled';
      const [row] = await db
        .insert(bookings)
        .values({
          unitId: serviceType.unitId,
          serviceTypeId: serviceType.id,
          resourceId,
          personSubject: 'test-subject',
          personGivenName: 'Testi',
          personFamilyName: 'Henkilö',
          bookedBy: 'resident',
          bookedBySubject: 'test-subject',
          startsAt,
          endsAt,
          occupiedFrom: new Date(startsAt.getTime() - serviceType.bufferBeforeMinutes * MINUTE_MS),
          occupiedUntil: new Date(endsAt.getTime() + serviceType.bufferAfterMinutes * MINUTE_MS),
          channel: 'onSite',
          status,
          reminderChannel: 'sms',
          language: 'fi',
          idempotencyKey: randomUUID(),
          requestFingerprint: 'test',
          cancelledAt: cancelled ? new Date('2027-02-01T10:00:00Z') : null,
          cancelledBy: cancelled ? 'resident' : null,
        })
        .returning({ id: bookings.id });
      return row!.id;
    },
  };
}

/** Start instants as ISO strings, for exact comparisons. */
export const startsOf = (times: readonly { start: Date | string }[]) =>
  times.map((time) => (typeof time.start === 'string' ? time.start : time.start.toISOString()));
