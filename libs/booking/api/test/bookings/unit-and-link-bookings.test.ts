// Staff work with a unit's bookings, reminder links are used without signing in, and a resource is never
// double-booked, over HTTP with real tokens on one service per database (one setup keeps the suite fast).
// Staff: the day list, booking for a resident found by identity code, marking visits (attended publishes
// booking.visit.completed) and cancelling with a reason. Links: show the time and unit, cancel until the
// cut-off, expire at the start, open nothing once tampered with or once the time moved. Races: on
// PostgreSQL 50 requests race for one free time through the whole service and exactly one wins; on both
// engines the exclusion constraint itself refuses an overlapping row, buffers included.
import { randomUUID } from 'node:crypto';
import {
  auditLog,
  bookings,
  eventOutbox,
  insertBooking,
  isDoubleBooking,
  notificationOutbox,
  type NewBookingRow,
} from '@asiointi/booking-data';
import { TEST_SUBJECTS as s, testResident, type TestPersonKey } from '@asiointi/dev-idp';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type BookingCaller, callBooking } from '../support/call-booking';
import { useIdentityProvider } from '../support/identity-provider';
import {
  newKey,
  portalUrl,
  resourceIds,
  serviceIds,
  slot,
  unitIds,
  useBookingLifecycle,
} from './support/lifecycle-fixture';

const sari: BookingCaller = { person: 'nurseSari' };
const tuomasOfTheNorth: BookingCaller = { person: 'nurseNorthTuomas' };
const emily: BookingCaller = { person: 'englishSpeakerEmily' };
const anonymous: BookingCaller = {};
/** A valid identity code (checksum and all) that belongs to no test person. */
const nobodysCode = '010180-9026';
const racers: TestPersonKey[] = [
  'englishSpeakerEmily',
  'guardianAnna',
  'swedishSpeakerEbba',
  'guardianMikko',
  'mandateHolderPekka',
];

describeOnDatabases('unit bookings, reminder links and races', (engine) => {
  const identity = useIdentityProvider();
  const world = useBookingLifecycle(engine, identity);
  const call = (caller: BookingCaller, procedure: string, input?: unknown, mutation = false) =>
    callBooking(world.url(), identity, caller, procedure, { input, mutation });

  describe('staff', () => {
    const bookOnBehalf = (caller: BookingCaller, input: Record<string, unknown>) =>
      call(
        caller,
        'staffBookings.bookOnBehalf',
        {
          serviceTypeId: serviceIds.physician,
          resourceId: resourceIds.nurseA,
          channel: 'phone',
          identityCode: testResident('englishSpeakerEmily').identityCode,
          reminderChannel: 'email',
          needAssessedAt: '2027-03-20T09:00:00+02:00',
          idempotencyKey: newKey(),
          ...input,
        },
        true,
      );

    it('books for a resident found by identity code, even a service residents cannot book', async () => {
      const result = await bookOnBehalf(sari, { start: slot('2027-03-23', 3) });
      expect(result.status, result.text).toBe(200);
      expect(result.data).toMatchObject({ bookedBy: 'staff', channel: 'phone' });
      const [row] = await world
        .db()
        .select()
        .from(bookings)
        .where(eq(bookings.id, (result.data as { id: string }).id));
      expect(row).toMatchObject({
        personSubject: s.englishSpeakerEmily,
        personGivenName: 'Emily',
        personFamilyName: 'Clarke',
        bookedBy: 'staff',
        bookedBySubject: s.nurseSari,
        needAssessedAt: new Date('2027-03-20T07:00:00.000Z'),
      });
      // The code is nowhere in what was stored.
      const stored = JSON.stringify(await world.db().select().from(auditLog));
      expect(stored).not.toContain(testResident('englishSpeakerEmily').identityCode);
      // The resident sees it among their own.
      const mine = await call(emily, 'bookings.mine');
      expect((mine.data as { upcoming: { id: string }[] }).upcoming.map((booking) => booking.id)).toContain(
        row!.id,
      );
    });

    it('refuses an unknown person, and a unit the caller has no role in, writing nothing', async () => {
      const before = await world.counts();
      const unknown = await bookOnBehalf(sari, { start: slot('2027-03-23', 4), identityCode: nobodysCode });
      expect(unknown.error?.data.code).toBe('PERSON_NOT_FOUND');
      const otherUnit = await bookOnBehalf(tuomasOfTheNorth, { start: slot('2027-03-23', 4) });
      expect(otherUnit.error?.data.code).toBe('FORBIDDEN');
      expect(await world.counts()).toEqual(before);
    });

    it('lists the Helsinki day with names, one audit row per person listed; other units are refused', async () => {
      const booked = await call(
        emily,
        'bookings.book',
        {
          serviceTypeId: serviceIds.nurse,
          resourceId: resourceIds.nurseB,
          start: slot('2027-03-23', 5),
          channel: 'onSite',
          reminderChannel: 'sms',
          message: 'Please call first',
          idempotencyKey: newKey(),
        },
        true,
      );
      expect(booked.status, booked.text).toBe(200);
      const list = await call(sari, 'staffBookings.dayList', { unitId: unitIds.central, date: '2027-03-23' });
      expect(list.status, list.text).toBe(200);
      const entries = list.data as { start: string; person: { given: string }; message: string | null }[];
      expect(entries.map((entry) => entry.start)).toEqual([slot('2027-03-23', 3), slot('2027-03-23', 5)]);
      expect(entries[1]).toMatchObject({
        person: { given: 'Emily', family: 'Clarke' },
        message: 'Please call first',
      });
      const reads = await world
        .db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.actorSubject, s.nurseSari), eq(auditLog.action, 'read')));
      expect(reads).toHaveLength(1);
      expect(reads[0]).toMatchObject({
        subjectPerson: s.englishSpeakerEmily,
        purpose: 'care-delivery',
        actorRole: 'nurse',
        actorUnitId: unitIds.central,
      });
      const otherDay = await call(sari, 'staffBookings.dayList', {
        unitId: unitIds.central,
        date: '2027-03-24',
      });
      expect(otherDay.data).toEqual([]);
      const refused = await call(tuomasOfTheNorth, 'staffBookings.dayList', {
        unitId: unitIds.central,
        date: '2027-03-23',
      });
      expect(refused.error?.data.code).toBe('FORBIDDEN');
      const residentRefused = await call(emily, 'staffBookings.dayList', {
        unitId: unitIds.central,
        date: '2027-03-23',
      });
      expect(residentRefused.error?.data.code).toBe('FORBIDDEN');
    });

    it('marks a visit attended in one transaction with booking.visit.completed, and only once', async () => {
      const booked = await bookOnBehalf(sari, { start: slot('2027-03-23', 7), message: 'Secret note' });
      const bookingId = (booked.data as { id: string }).id;
      const byOtherUnit = await call(
        tuomasOfTheNorth,
        'staffBookings.mark',
        { bookingId, status: 'attended' },
        true,
      );
      expect(byOtherUnit.error?.data.code).toBe('FORBIDDEN');
      const denied = await world
        .db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.actorSubject, s.nurseNorthTuomas), eq(auditLog.outcome, 'denied')));
      expect(denied).toHaveLength(1);
      expect(denied[0]).toMatchObject({ subjectPerson: s.englishSpeakerEmily });

      // From the appointment's start (visit-marks.test.ts has the rules of time).
      const bookedAt = world.clock.now;
      world.clock.now = new Date(slot('2027-03-23', 7));
      expect(
        (await call(sari, 'staffBookings.mark', { bookingId, status: 'arrived' }, true)).data,
      ).toMatchObject({ status: 'arrived' });
      const attended = await call(sari, 'staffBookings.mark', { bookingId, status: 'attended' }, true);
      expect(attended.data).toMatchObject({ status: 'attended' });
      const events = await world.db().select().from(eventOutbox);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ type: 'booking.visit.completed', source: 'booking' });
      expect(events[0]!.payload).toEqual({
        bookingId,
        serviceCode: 'physician',
        unitId: unitIds.central,
        personSubject: s.englishSpeakerEmily,
        visitedAt: slot('2027-03-23', 7),
        channel: 'phone',
        language: 'fi',
        serviceName: { fi: 'physician fi', sv: 'physician sv', en: 'physician en' },
      });
      expect(JSON.stringify(events[0]!.payload)).not.toMatch(/Emily|Secret/);
      const again = await call(sari, 'staffBookings.mark', { bookingId, status: 'noShow' }, true);
      expect(again.error?.data.code).toBe('BOOKING_NOT_CHANGEABLE');
      expect(await world.db().$count(eventOutbox)).toBe(1);
      world.clock.now = bookedAt;
    });

    it('cancels with a reason: the resident is told, the reminder is called off, the time is free again', async () => {
      const start = slot('2027-03-25', 4);
      const booked = await bookOnBehalf(sari, { start, serviceTypeId: serviceIds.nurse, channel: 'onSite' });
      const bookingId = (booked.data as { id: string }).id;
      const cancelled = await call(
        sari,
        'staffBookings.cancel',
        { bookingId, reason: 'The nurse is ill' },
        true,
      );
      expect(cancelled.data).toMatchObject({ status: 'cancelled' });
      const notices = await world
        .db()
        .select()
        .from(notificationOutbox)
        .where(eq(notificationOutbox.recipientRef, `person:${s.englishSpeakerEmily}`));
      const ofThis = notices.filter((notice) => notice.dedupeKey.startsWith(`booking:${bookingId}:`));
      expect(ofThis.map((notice) => [notice.templateKey, notice.status]).sort()).toEqual([
        ['booking.cancelled-by-unit', 'pending'],
        ['booking.reminder', 'cancelled'],
      ]);
      const notice = ofThis.find((item) => item.templateKey === 'booking.cancelled-by-unit');
      expect(notice).toMatchObject({ channel: 'email', sendAt: world.clock.now });
      expect(notice?.templateParams).toMatchObject({ reason: 'The nurse is ill', startsAt: start });
      const resident = await call(emily, 'bookings.get', { bookingId });
      expect(resident.data).toMatchObject({
        status: 'cancelled',
        cancelledBy: 'staff',
        cancellationReason: 'The nurse is ill',
      });
      const rebooked = await bookOnBehalf(sari, {
        start,
        serviceTypeId: serviceIds.nurse,
        channel: 'onSite',
      });
      expect(rebooked.status, rebooked.text).toBe(200);
    });
  });

  describe('reminder links', () => {
    async function bookWithLink(start: string): Promise<{ bookingId: string; token: string }> {
      const booked = await call(
        emily,
        'bookings.book',
        {
          serviceTypeId: serviceIds.nurse,
          resourceId: resourceIds.nurseA,
          start,
          channel: 'onSite',
          reminderChannel: 'sms',
          idempotencyKey: newKey(),
        },
        true,
      );
      const bookingId = (booked.data as { id: string }).id;
      const [reminder] = await world
        .db()
        .select()
        .from(notificationOutbox)
        .where(
          and(
            eq(notificationOutbox.dedupeKey, `booking:${bookingId}:reminder`),
            eq(notificationOutbox.status, 'pending'),
          ),
        );
      const cancelUrl = (reminder?.templateParams as { cancelUrl: string }).cancelUrl;
      return { bookingId, token: cancelUrl.slice(`${portalUrl}/booking/cancel/`.length) };
    }

    it('shows the time and unit only, and lets the holder cancel; both audited as the link', async () => {
      const start = slot('2027-04-12', 2);
      const { bookingId, token } = await bookWithLink(start);
      const viewed = await call(anonymous, 'reminderLink.view', { token });
      expect(viewed.status, viewed.text).toBe(200);
      expect(viewed.data).toEqual({
        start,
        end: new Date(new Date(start).getTime() + 30 * 60_000).toISOString(),
        unitName: { fi: 'Central fi', sv: 'Central sv', en: 'Central en' },
        unitPhone: '+358 8 000 0000',
        status: 'booked',
        canCancel: true,
      });
      const cancelled = await call(anonymous, 'reminderLink.cancel', { token }, true);
      expect(cancelled.data).toMatchObject({ status: 'cancelled', canCancel: false });
      const again = await call(anonymous, 'reminderLink.cancel', { token }, true);
      expect(again.error?.data.code).toBe('BOOKING_NOT_CHANGEABLE');
      const rows = await world.db().select().from(auditLog).where(eq(auditLog.resourceId, bookingId));
      const byLink = rows.filter((row) => row.purpose === 'reminder-link');
      expect(byLink.map((row) => row.action).sort()).toEqual(['read', 'update']);
      expect(byLink[0]).toMatchObject({
        actorKind: 'system',
        actorSubject: null,
        subjectPerson: s.englishSpeakerEmily,
      });
    });

    it('refuses a tampered token, a token for a moved time and an expired one', async () => {
      const { bookingId, token } = await bookWithLink(slot('2027-04-13', 2));
      const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
      expect((await call(anonymous, 'reminderLink.view', { token: tampered })).error?.data.code).toBe(
        'REMINDER_LINK_INVALID',
      );
      const moved = await call(
        emily,
        'bookings.reschedule',
        { bookingId, resourceId: resourceIds.nurseA, start: slot('2027-04-14', 2) },
        true,
      );
      expect(moved.status, moved.text).toBe(200);
      expect((await call(anonymous, 'reminderLink.cancel', { token }, true)).error?.data.code).toBe(
        'REMINDER_LINK_INVALID',
      );

      const fresh = await bookWithLink(slot('2027-04-15', 2));
      const now = world.clock.now;
      try {
        world.clock.now = new Date(slot('2027-04-15', 2));
        expect((await call(anonymous, 'reminderLink.view', { token: fresh.token })).error?.data.code).toBe(
          'REMINDER_LINK_EXPIRED',
        );
        // Within the cut-off the link still shows the time but no longer cancels.
        world.clock.now = new Date(new Date(slot('2027-04-15', 2)).getTime() - 60 * 60_000);
        expect((await call(anonymous, 'reminderLink.view', { token: fresh.token })).data).toMatchObject({
          canCancel: false,
        });
        expect(
          (await call(anonymous, 'reminderLink.cancel', { token: fresh.token }, true)).error?.data.code,
        ).toBe('CUT_OFF_PASSED');
      } finally {
        world.clock.now = now;
      }
    });
  });

  describe('no double booking', () => {
    it.runIf(engine.dialect === 'postgres')(
      'lets exactly one of 50 concurrent requests for one time win',
      async () => {
        const start = slot('2027-04-20', 3);
        // Tokens first, so the race is the bookings' and not the sign-ins'.
        await Promise.all(racers.map((person) => identity.tokenOf(person)));
        const before = await world.counts();
        const results = await Promise.all(
          Array.from({ length: 50 }, (_, index) =>
            callBooking(world.url(), identity, { person: racers[index % racers.length] }, 'bookings.book', {
              mutation: true,
              input: {
                serviceTypeId: serviceIds.nurse,
                resourceId: resourceIds.nurseA,
                start,
                channel: 'onSite',
                reminderChannel: 'sms',
                idempotencyKey: newKey(),
              },
            }),
          ),
        );
        const won = results.filter((result) => result.status === 200);
        const lost = results.filter((result) => result.error?.data.code === 'TIME_TAKEN');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(49);
        const rows = await world
          .db()
          .select()
          .from(bookings)
          .where(eq(bookings.startsAt, new Date(start)));
        expect(rows).toHaveLength(1);
        const winner = rows[0]!;
        expect(
          await world
            .db()
            .$count(notificationOutbox, eq(notificationOutbox.dedupeKey, `booking:${winner.id}:reminder`)),
        ).toBe(1);
        // Only the winner wrote anything: one booking, one reminder, one audit row.
        const after = await world.counts();
        expect(after).toEqual({
          ...before,
          bookings: before.bookings + 1,
          notifications: before.notifications + 1,
          audit: before.audit + 1,
        });
        const audit = await world.db().select().from(auditLog).where(eq(auditLog.resourceId, winner.id));
        expect(audit).toHaveLength(1);
        expect(audit[0]).toMatchObject({ action: 'create', outcome: 'success' });
      },
      60_000,
    );

    it('refuses an overlapping row in the database itself, buffers included; back to back and cancelled are fine', async () => {
      const db = world.db();
      const at = (iso: string) => new Date(iso);
      const row = (from: string, until: string, extra: Partial<NewBookingRow> = {}) => ({
        id: randomUUID(),
        unitId: unitIds.central,
        serviceTypeId: serviceIds.nurse,
        resourceId: resourceIds.nurseB,
        personSubject: s.englishSpeakerEmily,
        personGivenName: 'Emily',
        personFamilyName: 'Clarke',
        bookedBy: 'resident' as const,
        bookedBySubject: s.englishSpeakerEmily,
        startsAt: at(from),
        endsAt: at(until),
        occupiedFrom: at(from),
        // 5 minutes of buffer after the appointment.
        occupiedUntil: new Date(at(until).getTime() + 5 * 60_000),
        channel: 'onSite' as const,
        reminderChannel: 'none' as const,
        language: 'en' as const,
        idempotencyKey: newKey(),
        requestFingerprint: 'direct',
        ...extra,
      });
      await insertBooking(db, row('2027-05-03T06:00:00Z', '2027-05-03T06:30:00Z'));
      // Starts inside the first one's buffer.
      const intoBuffer = await insertBooking(db, row('2027-05-03T06:32:00Z', '2027-05-03T07:02:00Z')).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(isDoubleBooking(intoBuffer)).toBe(true);
      // Back to back with the buffer is fine ([) ranges).
      await insertBooking(db, row('2027-05-03T06:35:00Z', '2027-05-03T07:05:00Z'));
      // A cancelled booking holds nothing.
      const cancelled = row('2027-05-03T08:00:00Z', '2027-05-03T08:30:00Z', {
        status: 'cancelled',
        cancelledAt: at('2027-05-01T00:00:00Z'),
        cancelledBy: 'resident',
      });
      await insertBooking(db, cancelled);
      await insertBooking(db, row('2027-05-03T08:00:00Z', '2027-05-03T08:30:00Z'));
      const onThatDay = await db.select().from(bookings).where(eq(bookings.resourceId, resourceIds.nurseB));
      expect(
        onThatDay.filter((booking) => booking.startsAt.toISOString().startsWith('2027-05-03')),
      ).toHaveLength(4);
    });
  });
});
