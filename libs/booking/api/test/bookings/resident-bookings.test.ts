// The resident's booking lifecycle over HTTP with real tokens: book, list, read, move, cancel, the
// calendar file, idempotent retries, reminders, DST days, booking rights, and refusals that write nothing.
import { auditLog, bookingRights, bookings, notificationOutbox } from '@asiointi/booking-data';
import { TEST_SUBJECTS as s } from '@asiointi/dev-idp';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type BookingCaller, callBooking } from '../support/call-booking';
import { useIdentityProvider } from '../support/identity-provider';
import {
  invitationCode,
  newKey,
  portalUrl,
  resourceIds,
  serviceIds,
  slot,
  useBookingLifecycle,
} from './support/lifecycle-fixture';

const emily: BookingCaller = { person: 'englishSpeakerEmily' };
const annaForEetu: BookingCaller = { person: 'guardianAnna', actingFor: 'childEetuUnder12' };
const anna: BookingCaller = { person: 'guardianAnna' };

describeOnDatabases('resident bookings', (engine) => {
  const identity = useIdentityProvider();
  const world = useBookingLifecycle(engine, identity);
  const call = (caller: BookingCaller, procedure: string, input?: unknown, mutation = false) =>
    callBooking(world.url(), identity, caller, procedure, { input, mutation });
  const book = (caller: BookingCaller, input: Record<string, unknown>) =>
    call(
      caller,
      'bookings.book',
      {
        serviceTypeId: serviceIds.nurse,
        resourceId: resourceIds.nurseA,
        channel: 'onSite',
        reminderChannel: 'sms',
        idempotencyKey: newKey(),
        ...input,
      },
      true,
    );
  const bookingsWithKey = (idempotencyKey: string) =>
    world.db().select().from(bookings).where(eq(bookings.idempotencyKey, idempotencyKey));
  const remindersOf = (bookingId: string) =>
    world
      .db()
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.dedupeKey, `booking:${bookingId}:reminder`))
      .orderBy(notificationOutbox.createdAt);

  describe('booking', () => {
    it('books a free time, with its audit row and a reminder at 18:00 the day before', async () => {
      const result = await book(emily, { start: slot('2027-03-24', 2), message: 'Knee hurts' });
      expect(result.status, result.text).toBe(200);
      const booking = result.data as { id: string; start: string; end: string; canChange: boolean };
      expect(booking).toMatchObject({
        start: '2027-03-24T07:10:00.000Z',
        end: '2027-03-24T07:40:00.000Z',
        status: 'booked',
        bookedBy: 'resident',
        canChange: true,
        changeableUntil: '2027-03-23T07:10:00.000Z',
        message: 'Knee hurts',
      });
      const [row] = await world.db().select().from(bookings).where(eq(bookings.id, booking.id));
      expect(row).toMatchObject({
        personSubject: s.englishSpeakerEmily,
        personGivenName: 'Emily',
        bookedBySubject: s.englishSpeakerEmily,
        occupiedFrom: new Date('2027-03-24T07:10:00.000Z'),
        occupiedUntil: new Date('2027-03-24T07:45:00.000Z'),
      });
      const reminders = await remindersOf(booking.id);
      expect(reminders).toHaveLength(1);
      expect(reminders[0]).toMatchObject({
        channel: 'sms',
        recipientRef: `person:${s.englishSpeakerEmily}`,
        templateKey: 'booking.reminder',
        status: 'pending',
        // 18:00 EET on Tuesday 23 March.
        sendAt: new Date('2027-03-23T16:00:00.000Z'),
      });
      const params = reminders[0]!.templateParams as Record<string, string>;
      expect(params.startsAt).toBe('2027-03-24T07:10:00.000Z');
      // No stored preference: the portal's language (no Accept-Language here, so Finnish).
      expect(params.serviceName).toBe('nurse-appointment fi');
      expect(params.cancelUrl).toMatch(new RegExp(`^${portalUrl}/booking/cancel/[A-Za-z0-9_-]+$`));
      expect(JSON.stringify(params)).not.toContain('Knee');
      const audit = await world
        .db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.resourceId, booking.id), eq(auditLog.action, 'create')));
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        subjectPerson: s.englishSpeakerEmily,
        actorKind: 'self',
        outcome: 'success',
      });
    });

    it('never names a sensitive service in the reminder', async () => {
      const result = await book(emily, {
        serviceTypeId: serviceIds.mentalHealth,
        start: slot('2027-03-24', 3),
      });
      expect(result.status, result.text).toBe(200);
      const [reminder] = await remindersOf((result.data as { id: string }).id);
      expect(reminder?.templateParams).not.toHaveProperty('serviceName');
    });

    it('schedules no reminder when the resident wants none', async () => {
      const result = await book(emily, { start: slot('2027-03-24', 4), reminderChannel: 'none' });
      expect(result.status, result.text).toBe(200);
      expect(await remindersOf((result.data as { id: string }).id)).toHaveLength(0);
    });

    it('returns the first booking for a retry with the same key, and refuses the key for another request', async () => {
      const idempotencyKey = newKey();
      const first = await book(emily, { start: slot('2027-03-24', 5), idempotencyKey });
      const retry = await book(emily, { start: slot('2027-03-24', 5), idempotencyKey });
      expect(retry.status, retry.text).toBe(200);
      expect(retry.data).toEqual(first.data);
      const other = await book(emily, { start: slot('2027-03-24', 6), idempotencyKey });
      expect(other.error?.data.code).toBe('IDEMPOTENCY_KEY_REUSED');
      const rows = await bookingsWithKey(idempotencyKey);
      expect(rows).toHaveLength(1);
      expect(await remindersOf(rows[0]!.id)).toHaveLength(1);
    });

    it('answers a retry with the first booking even after it was cancelled, booking nothing new', async () => {
      const idempotencyKey = newKey();
      const start = slot('2027-03-24', 7);
      const first = await book(emily, { start, idempotencyKey });
      const id = (first.data as { id: string }).id;
      expect((await call(emily, 'bookings.cancel', { bookingId: id }, true)).status).toBe(200);
      // The time is free again, so only the unique key can tell this is a retry.
      const retry = await book(emily, { start, idempotencyKey });
      expect(retry.status, retry.text).toBe(200);
      expect(retry.data).toMatchObject({ id, status: 'cancelled' });
      const rows = await bookingsWithKey(idempotencyKey);
      expect(rows).toHaveLength(1);
    });

    it('books for a child in the child’s name, with the guardian as the one who booked', async () => {
      const result = await book(annaForEetu, { start: slot('2027-03-25', 1) });
      expect(result.status, result.text).toBe(200);
      const [row] = await world
        .db()
        .select()
        .from(bookings)
        .where(eq(bookings.id, (result.data as { id: string }).id));
      expect(row).toMatchObject({
        personSubject: s.childEetuUnder12,
        personGivenName: 'Eetu',
        bookedBySubject: s.guardianAnna,
      });
    });

    it('sends a child’s reminder to the guardian who booked, naming the child and the booking’s reference', async () => {
      const result = await book(annaForEetu, { start: slot('2027-03-25', 2) });
      expect(result.status, result.text).toBe(200);
      const booking = result.data as { id: string; reference: string; person: unknown };
      expect(booking.person).toEqual({ given: 'Eetu', family: 'Virtanen', isYou: false });
      const [reminder] = await remindersOf(booking.id);
      expect(reminder).toMatchObject({ recipientRef: `person:${s.guardianAnna}` });
      expect(reminder?.templateParams).toMatchObject({ reference: booking.reference, forName: 'Eetu' });
    });

    it('gives every booking its own short reference, also in its own reminder', async () => {
      const first = await book(emily, { start: slot('2027-03-25', 3) });
      const second = await book(emily, { start: slot('2027-03-25', 4) });
      expect([first.status, second.status], first.text + second.text).toEqual([200, 200]);
      const [a, b] = [first.data, second.data] as { id: string; reference: string; person: unknown }[];
      expect(a?.reference).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(b?.reference).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(a?.reference).not.toBe(b?.reference);
      expect(a?.person).toEqual({ given: 'Emily', family: 'Clarke', isYou: true });
      const [reminder] = await remindersOf(a!.id);
      expect(reminder).toMatchObject({ recipientRef: `person:${s.englishSpeakerEmily}` });
      expect(reminder?.templateParams).toMatchObject({ reference: a?.reference });
      expect(reminder?.templateParams).not.toHaveProperty('forName');
    });
  });

  describe('refusals write nothing', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [
        'an unknown service',
        { serviceTypeId: 'c0000000-0000-4000-8000-0000000000ff', start: slot('2027-03-23', 4) },
        'SERVICE_TYPE_NOT_FOUND',
      ],
      [
        'a resource of another unit',
        { resourceId: resourceIds.northNurse, start: slot('2027-03-23', 4) },
        'RESOURCE_NOT_FOUND',
      ],
      ['a time in the past', { start: slot('2027-03-19', 4) }, 'TIME_IN_PAST'],
      [
        'a time beyond the horizon',
        { serviceTypeId: serviceIds.shortHorizon, start: slot('2027-04-20', 4) },
        'OUTSIDE_BOOKING_HORIZON',
      ],
      ['a time off the grid', { start: '2027-03-23T11:01:00.000Z' }, 'NOT_A_FREE_TIME'],
      ['a closed holiday (Good Friday)', { start: slot('2027-03-26', 4) }, 'NOT_A_FREE_TIME'],
      ['a channel not offered', { start: slot('2027-03-23', 4), channel: 'video' }, 'CHANNEL_NOT_OFFERED'],
      [
        'a service only the unit books',
        { serviceTypeId: serviceIds.physician, start: slot('2027-03-23', 4) },
        'NOT_SELF_BOOKABLE',
      ],
      [
        'a service needing a right, without one',
        { serviceTypeId: serviceIds.vaccination, start: slot('2027-03-23', 4) },
        'BOOKING_RIGHT_REQUIRED',
      ],
      [
        'a service needing a right, with a wrong code',
        {
          serviceTypeId: serviceIds.vaccination,
          start: slot('2027-03-23', 4),
          bookingRightCode: 'WRONG-CODE-1',
        },
        'BOOKING_RIGHT_INVALID',
      ],
      ['a malformed date', { start: '2027-03-23 09:10' }, 'VALIDATION_FAILED'],
    ];
    it.each(cases)('%s', async (_, input, code) => {
      const before = await world.counts();
      const result = await book(emily, input);
      expect(result.error?.data.code, result.text).toBe(code);
      expect(await world.counts()).toEqual(before);
    });

    it('refuses a taken time with TIME_TAKEN', async () => {
      const start = slot('2027-03-23', 6);
      expect((await book(emily, { start })).status).toBe(200);
      const before = await world.counts();
      expect((await book(anna, { start })).error?.data.code).toBe('TIME_TAKEN');
      expect(await world.counts()).toEqual(before);
    });
  });

  describe('booking rights', () => {
    it('uses an invitation code once and binds it to the person', async () => {
      const start = slot('2027-03-30', 1);
      const booked = await book(emily, {
        serviceTypeId: serviceIds.vaccination,
        start,
        bookingRightCode: invitationCode.toLowerCase(),
      });
      expect(booked.status, booked.text).toBe(200);
      const [right] = await world.db().select().from(bookingRights);
      expect(right).toMatchObject({ usesCount: 1, personSubject: s.englishSpeakerEmily });
      // Used up: another booking with it is refused.
      const again = await book(emily, {
        serviceTypeId: serviceIds.vaccination,
        start: slot('2027-03-30', 2),
        bookingRightCode: invitationCode,
      });
      expect(again.error?.data.code).toBe('BOOKING_RIGHT_INVALID');
      // Cancelling gives the use back, and then only Emily can use it.
      const id = (booked.data as { id: string }).id;
      expect((await call(emily, 'bookings.cancel', { bookingId: id }, true)).status).toBe(200);
      const byAnna = await book(anna, {
        serviceTypeId: serviceIds.vaccination,
        start,
        bookingRightCode: invitationCode,
      });
      expect(byAnna.error?.data.code).toBe('BOOKING_RIGHT_INVALID');
      const byEmily = await book(emily, { serviceTypeId: serviceIds.vaccination, start });
      expect(byEmily.status, byEmily.text).toBe(200);
    });
  });

  describe('mine, get, cancel, reschedule', () => {
    it('lists only the subject person’s bookings when acting for them: upcoming soonest first', async () => {
      const mine = await call(annaForEetu, 'bookings.mine');
      expect(mine.status, mine.text).toBe(200);
      const { upcoming, past } = mine.data as { upcoming: { start: string }[]; past: unknown[] };
      expect(upcoming.length).toBeGreaterThan(0);
      expect(past).toEqual([]);
      const rows = await world
        .db()
        .select()
        .from(bookings)
        .where(eq(bookings.personSubject, s.childEetuUnder12));
      expect(upcoming).toHaveLength(rows.length);
      const starts = upcoming.map((booking) => booking.start);
      expect(starts).toEqual([...starts].sort());
    });

    it('lists a guardian’s children’s bookings in their own list, marked whose, each read in the child’s trail', async () => {
      expect((await book(anna, { start: slot('2027-03-31', 2) })).status).toBe(200);
      expect((await book(annaForEetu, { start: slot('2027-03-31', 3) })).status).toBe(200);
      const own = await call(anna, 'bookings.mine');
      expect(own.status, own.text).toBe(200);
      type Listed = {
        id: string;
        start: string;
        reference: string;
        person: { given: string; isYou: boolean };
      };
      const { upcoming } = own.data as { upcoming: Listed[] };
      const eetuRows = await world
        .db()
        .select()
        .from(bookings)
        .where(eq(bookings.personSubject, s.childEetuUnder12));
      const annaRows = await world
        .db()
        .select()
        .from(bookings)
        .where(eq(bookings.personSubject, s.guardianAnna));
      expect(upcoming).toHaveLength(eetuRows.length + annaRows.length);
      for (const row of eetuRows) {
        expect(upcoming.find((booking) => booking.id === row.id)).toMatchObject({
          reference: row.reference,
          person: { given: 'Eetu', family: 'Virtanen', isYou: false },
        });
      }
      for (const row of annaRows) {
        expect(upcoming.find((booking) => booking.id === row.id)?.person).toMatchObject({ isYou: true });
      }
      const starts = upcoming.map((booking) => booking.start);
      expect(starts).toEqual([...starts].sort());
      const childReads = await world
        .db()
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.subjectPerson, s.childEetuUnder12),
            eq(auditLog.action, 'read'),
            eq(auditLog.actorKind, 'guardian'),
          ),
        );
      expect(childReads.length).toBeGreaterThan(0);
      expect(childReads.at(-1)).toMatchObject({
        actorSubject: s.guardianAnna,
        actingForSubject: s.childEetuUnder12,
      });
      // Nobody else's children: Emily acts for no one and sees her own bookings only.
      const emilys = (await call(emily, 'bookings.mine')).data as { upcoming: Listed[] };
      for (const booking of emilys.upcoming) expect(booking.person.isYou).toBe(true);
    });

    it('lets a guardian open, download and cancel a child’s booking from their own list, as the child’s guardian', async () => {
      const booked = await book(annaForEetu, { start: slot('2027-03-31', 4) });
      expect(booked.status, booked.text).toBe(200);
      const { id, reference } = booked.data as { id: string; reference: string };
      const got = await call(anna, 'bookings.get', { bookingId: id });
      expect(got.status, got.text).toBe(200);
      const file = await call(anna, 'bookings.calendarFile', { bookingId: id });
      const { content } = file.data as { content: string };
      expect(content).toContain('SUMMARY:Ajanvaraus (Eetu Virtanen): nurse-appointment fi');
      expect(content).toContain(`DESCRIPTION:Varaustunnus: ${reference}\\n`);
      const cancelled = await call(anna, 'bookings.cancel', { bookingId: id }, true);
      expect(cancelled.status, cancelled.text).toBe(200);
      const [change] = await world
        .db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.resourceId, id), eq(auditLog.action, 'update')));
      expect(change).toMatchObject({
        actorSubject: s.guardianAnna,
        actorKind: 'guardian',
        actingForSubject: s.childEetuUnder12,
        subjectPerson: s.childEetuUnder12,
      });
    });

    it('answers BOOKING_NOT_FOUND for another person’s booking, and audits the refusal', async () => {
      const theirs = await book(emily, { start: slot('2027-04-01', 1) });
      const id = (theirs.data as { id: string }).id;
      for (const [procedure, mutation] of [
        ['bookings.get', false],
        ['bookings.cancel', true],
        ['bookings.calendarFile', false],
      ] as const) {
        const result = await call(annaForEetu, procedure, { bookingId: id }, mutation);
        expect(result.error?.data.code).toBe('BOOKING_NOT_FOUND');
      }
      const unknown = await call(anna, 'bookings.get', { bookingId: 'e0000000-0000-4000-8000-000000000000' });
      expect(unknown.error?.data.code).toBe('BOOKING_NOT_FOUND');
      const denied = await world
        .db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.resourceId, id), eq(auditLog.outcome, 'denied')));
      expect(denied).toHaveLength(3);
      expect(denied[0]).toMatchObject({ actorSubject: s.guardianAnna, subjectPerson: s.englishSpeakerEmily });
    });

    it('cancels until the cut-off: the time is free again and the reminder is cancelled', async () => {
      const start = slot('2027-04-01', 3);
      const booked = await book(emily, { start });
      const id = (booked.data as { id: string }).id;
      const cancelled = await call(emily, 'bookings.cancel', { bookingId: id }, true);
      expect(cancelled.data).toMatchObject({
        status: 'cancelled',
        cancelledBy: 'resident',
        canChange: false,
      });
      const reminders = await remindersOf(id);
      expect(reminders.map((reminder) => reminder.status)).toEqual(['cancelled']);
      expect((await book(anna, { start })).status).toBe(200);
      const again = await call(emily, 'bookings.cancel', { bookingId: id }, true);
      expect(again.error?.data.code).toBe('BOOKING_NOT_CHANGEABLE');
    });

    it('refuses to cancel or move after the cut-off', async () => {
      // Tomorrow 08:00 Helsinki time: less than 24 h away.
      const booked = await book(emily, { start: slot('2027-03-23', 0) });
      expect(booked.status, booked.text).toBe(200);
      const id = (booked.data as { id: string }).id;
      expect(booked.data).toMatchObject({ canChange: false });
      expect((await call(emily, 'bookings.cancel', { bookingId: id }, true)).error?.data.code).toBe(
        'CUT_OFF_PASSED',
      );
      const moved = await call(
        emily,
        'bookings.reschedule',
        { bookingId: id, resourceId: resourceIds.nurseA, start: slot('2027-04-02', 1) },
        true,
      );
      expect(moved.error?.data.code).toBe('CUT_OFF_PASSED');
    });

    it('moves a booking in place and replaces its reminder, never leaving two pending', async () => {
      const booked = await book(emily, { start: slot('2027-04-05', 1) });
      const id = (booked.data as { id: string }).id;
      const moved = await call(
        emily,
        'bookings.reschedule',
        { bookingId: id, resourceId: resourceIds.nurseB, start: slot('2027-04-06', 2) },
        true,
      );
      expect(moved.status, moved.text).toBe(200);
      expect(moved.data).toMatchObject({
        id,
        start: new Date(slot('2027-04-06', 2)).toISOString(),
        resourceName: { fi: 'Nurse B', sv: 'Nurse B', en: 'Nurse B' },
      });
      const reminders = await remindersOf(id);
      expect(reminders.map((reminder) => reminder.status).sort()).toEqual(['cancelled', 'pending']);
      const pending = reminders.find((reminder) => reminder.status === 'pending');
      expect((pending?.templateParams as { startsAt: string }).startsAt).toBe(
        new Date(slot('2027-04-06', 2)).toISOString(),
      );
      // The old time is free again, the new one taken.
      expect((await book(anna, { start: slot('2027-04-05', 1) })).status).toBe(200);
      const taken = await book(anna, { resourceId: resourceIds.nurseB, start: slot('2027-04-06', 2) });
      expect(taken.error?.data.code).toBe('TIME_TAKEN');
    });

    it('gives an .ics file that names neither a sensitive service nor the message', async () => {
      const booked = await book(emily, {
        serviceTypeId: serviceIds.mentalHealth,
        start: slot('2027-04-07', 1),
        message: 'Private words',
      });
      const file = await call(emily, 'bookings.calendarFile', {
        bookingId: (booked.data as { id: string }).id,
      });
      expect(file.status, file.text).toBe(200);
      const { fileName, content, mediaType } = file.data as {
        fileName: string;
        content: string;
        mediaType: string;
      };
      expect(mediaType).toBe('text/calendar');
      expect(fileName).toBe('ajanvaraus-2027-04-07.ics');
      expect(content).toContain('DTSTART:20270407T053500Z');
      expect(content).toContain('LOCATION:Central fi\\, Testikatu 1');
      expect(content).not.toContain('mental-health');
      expect(content).not.toContain('Private');
    });
  });

  describe('DST change days', () => {
    it('books on the last Sunday of March with the reminder at 18:00 winter time the day before', async () => {
      // 09:10 summer time (UTC+3) on 28 March 2027.
      const start = slot('2027-03-28', 2);
      expect(start).toBe('2027-03-28T06:10:00.000Z');
      const booked = await book(emily, { start });
      expect(booked.status, booked.text).toBe(200);
      const [reminder] = await remindersOf((booked.data as { id: string }).id);
      expect(reminder?.sendAt).toEqual(new Date('2027-03-27T16:00:00.000Z'));
    });

    it('books on the last Sunday of October with the reminder at 18:00 summer time the day before', async () => {
      // 09:10 winter time (UTC+2) on 31 October 2027.
      const start = slot('2027-10-31', 2);
      expect(start).toBe('2027-10-31T07:10:00.000Z');
      const booked = await book(emily, { start });
      expect(booked.status, booked.text).toBe(200);
      expect(booked.data).toMatchObject({ end: '2027-10-31T07:40:00.000Z' });
      const [reminder] = await remindersOf((booked.data as { id: string }).id);
      expect(reminder?.sendAt).toEqual(new Date('2027-10-30T15:00:00.000Z'));
    });
  });
});
