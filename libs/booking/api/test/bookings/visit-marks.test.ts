// Marking visits on the Helsinki wall clock: arrived from the appointment's day, attended and no-show from
// its start, never before; a mark made by mistake can be undone on the day it was made, audited like the
// mark. The resident never sees "attended" among upcoming times.
import { auditLog, eventOutbox } from '@asiointi/booking-data';
import { TEST_SUBJECTS as s, testResident } from '@asiointi/dev-idp';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { type BookingCaller, callBooking } from '../support/call-booking';
import { useIdentityProvider } from '../support/identity-provider';
import { newKey, resourceIds, serviceIds, slot, useBookingLifecycle } from './support/lifecycle-fixture';

const sari: BookingCaller = { person: 'nurseSari' };
const emily: BookingCaller = { person: 'englishSpeakerEmily' };

interface Mine {
  upcoming: { id: string; status: string }[];
  past: { id: string; status: string }[];
}

describeOnDatabases('marking visits', (engine) => {
  const identity = useIdentityProvider();
  const world = useBookingLifecycle(engine, identity);
  const call = (caller: BookingCaller, procedure: string, input?: unknown, mutation = false) =>
    callBooking(world.url(), identity, caller, procedure, { input, mutation });
  const mark = (bookingId: string, status: string) =>
    call(sari, 'staffBookings.mark', { bookingId, status }, true);
  const undo = (bookingId: string) => call(sari, 'staffBookings.undoMark', { bookingId }, true);
  const updatesOf = async (bookingId: string) =>
    world
      .db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.resourceId, bookingId), eq(auditLog.action, 'update')));

  /** Books for Emily at `start` while the clock reads Monday 22 March 2027, 10.00 in Helsinki. */
  async function bookAt(start: string): Promise<string> {
    world.clock.now = new Date('2027-03-22T08:00:00Z');
    const booked = await call(
      sari,
      'staffBookings.bookOnBehalf',
      {
        serviceTypeId: serviceIds.nurse,
        resourceId: resourceIds.nurseB,
        start,
        channel: 'onSite',
        identityCode: testResident('englishSpeakerEmily').identityCode,
        reminderChannel: 'none',
        needAssessedAt: null,
        idempotencyKey: newKey(),
      },
      true,
    );
    expect(booked.status, booked.text).toBe(200);
    return (booked.data as { id: string }).id;
  }

  it('refuses every mark the day before the appointment, writing nothing', async () => {
    const bookingId = await bookAt(slot('2027-03-24', 2));
    world.clock.now = new Date('2027-03-23T21:59:00Z'); // 23.59 in Helsinki, the evening before
    const before = await world.counts();
    for (const status of ['arrived', 'attended', 'noShow']) {
      const refused = await mark(bookingId, status);
      expect(refused.status).toBe(412);
      expect(refused.error?.data.code).toBe('VISIT_NOT_STARTED');
    }
    expect(await world.counts()).toEqual(before);
  });

  it('takes "arrived" on the day, "attended" only from the start, and keeps the resident’s view honest', async () => {
    const start = slot('2027-03-24', 3);
    const bookingId = await bookAt(start);
    world.clock.now = new Date(new Date(start).getTime() - 30 * 60_000);
    expect((await mark(bookingId, 'arrived')).data).toMatchObject({ status: 'arrived' });
    const tooEarly = await mark(bookingId, 'attended');
    expect(tooEarly.error?.data.code).toBe('VISIT_NOT_STARTED');
    expect(await world.db().$count(eventOutbox)).toBe(0);

    world.clock.now = new Date(start);
    expect((await mark(bookingId, 'attended')).data).toMatchObject({ status: 'attended' });
    // The visit's time still runs, but an attended visit is past for the resident.
    const mine = (await call(emily, 'bookings.mine')).data as Mine;
    expect(mine.upcoming.map(({ id }) => id)).not.toContain(bookingId);
    expect(mine.past.find(({ id }) => id === bookingId)).toMatchObject({ status: 'attended' });
  });

  it('undoes a mark the same Helsinki day, audited like the mark, and not the next day', async () => {
    const start = slot('2027-03-24', 5);
    const bookingId = await bookAt(start);
    world.clock.now = new Date(new Date(start).getTime() + 10 * 60_000);
    const noShow = await mark(bookingId, 'noShow');
    expect(noShow.data).toMatchObject({ status: 'noShow', statusChangedAt: world.clock.now.toISOString() });

    world.clock.now = new Date('2027-03-24T21:00:00Z'); // 23.00 in Helsinki, the same day
    const undone = await undo(bookingId);
    expect(undone.status, undone.text).toBe(200);
    expect(undone.data).toMatchObject({ status: 'booked' });
    const audited = await updatesOf(bookingId);
    expect(audited.map((row) => [row.outcome, row.actorSubject, row.subjectPerson, row.purpose])).toEqual([
      ['success', s.nurseSari, s.englishSpeakerEmily, 'care-delivery'],
      ['success', s.nurseSari, s.englishSpeakerEmily, 'care-delivery'],
    ]);
    // Nothing left to undo, and the mark can be made again.
    expect((await undo(bookingId)).error?.data.code).toBe('MARK_NOT_UNDOABLE');
    expect((await mark(bookingId, 'attended')).data).toMatchObject({ status: 'attended' });

    world.clock.now = new Date('2027-03-24T22:00:00Z'); // 00.00 in Helsinki, the next day
    const tooLate = await undo(bookingId);
    expect(tooLate.status).toBe(412);
    expect(tooLate.error?.data.code).toBe('MARK_NOT_UNDOABLE');
    expect((await call(emily, 'bookings.get', { bookingId })).data).toMatchObject({ status: 'attended' });
  });

  it('withdraws the completion of an attended visit whose mark is taken back, in the same transaction', async () => {
    const start = slot('2027-03-24', 9);
    const bookingId = await bookAt(start);
    world.clock.now = new Date(start);
    const eventsOf = async () =>
      (await world.db().select().from(eventOutbox))
        .filter((event) => (event.payload as { bookingId?: string }).bookingId === bookingId)
        .map((event) => event.type);
    await mark(bookingId, 'attended');
    expect((await undo(bookingId)).status).toBe(200);
    expect(await eventsOf()).toEqual(['booking.visit.completed', 'booking.visit.completion-withdrawn']);
    // A no-show taken back had published nothing, so nothing is withdrawn.
    await mark(bookingId, 'noShow');
    expect((await undo(bookingId)).status).toBe(200);
    expect(await eventsOf()).toEqual(['booking.visit.completed', 'booking.visit.completion-withdrawn']);
  });

  it('takes an attended mark back to arrived when the client had been marked arrived, then to booked', async () => {
    const start = slot('2027-03-24', 11);
    const bookingId = await bookAt(start);
    world.clock.now = new Date(start);
    await mark(bookingId, 'arrived');
    world.clock.now = new Date(new Date(start).getTime() + 60_000);
    await mark(bookingId, 'attended');
    world.clock.now = new Date(new Date(start).getTime() + 2 * 60_000);
    expect((await undo(bookingId)).data).toMatchObject({ status: 'arrived' });
    world.clock.now = new Date(new Date(start).getTime() + 3 * 60_000);
    expect((await undo(bookingId)).data).toMatchObject({ status: 'booked' });
    expect((await undo(bookingId)).error?.data.code).toBe('MARK_NOT_UNDOABLE');
  });

  it('lets no one outside the unit undo a mark', async () => {
    const start = slot('2027-03-24', 7);
    const bookingId = await bookAt(start);
    world.clock.now = new Date(start);
    await mark(bookingId, 'attended');
    const byOtherUnit = await call(
      { person: 'nurseNorthTuomas' },
      'staffBookings.undoMark',
      { bookingId },
      true,
    );
    expect(byOtherUnit.error?.data.code).toBe('FORBIDDEN');
    const byResident = await call(emily, 'staffBookings.undoMark', { bookingId }, true);
    expect(byResident.error?.data.code).toBe('FORBIDDEN');
    expect((await call(emily, 'bookings.get', { bookingId })).data).toMatchObject({ status: 'attended' });
  });
});
