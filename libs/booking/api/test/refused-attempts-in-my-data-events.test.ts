// A refused attempt on a person's booking is in their "who has handled my data" trail as another
// person's: not as "you" (the log keeps the intruder's own capacity, "self") nor as "your guardian".
import { demoUnitIds, listServicesOfUnit } from '@asiointi/booking-data';
import { TEST_SUBJECTS } from '@asiointi/dev-idp';
import { myDataEventsOutputSchema } from '@asiointi/platform-audit';
import { describeOnDatabases } from '@asiointi/platform-db/testing';
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { findFreeTimes } from '../src/index';
import { useBookingOverHttp } from './support/booking-over-http';
import { type BookingCaller, callBooking } from './support/call-booking';
import { useIdentityProvider } from './support/identity-provider';

const day = 24 * 60 * 60 * 1000;

describeOnDatabases('refused attempts in "who has handled my data"', (engine) => {
  const identity = useIdentityProvider();
  const booking = useBookingOverHttp(engine, identity);
  const anna: BookingCaller = { person: 'guardianAnna' };
  let annasBooking = '';

  beforeAll(async () => {
    const nurse = (await listServicesOfUnit(booking.db(), demoUnitIds.kaijonharju))?.find(
      (service) => service.code === 'nurse-appointment',
    );
    if (!nurse) throw new Error('The demo data has no nurse appointment.');
    const now = new Date();
    const [freeTime] = await findFreeTimes(booking.db(), {
      serviceTypes: [nurse],
      from: new Date(now.getTime() + 3 * day),
      until: new Date(now.getTime() + 30 * day),
      now,
    });
    if (!freeTime) throw new Error('The demo nurse has no free time.');
    const booked = await callBooking(booking.url(), identity, anna, 'bookings.book', {
      mutation: true,
      input: {
        serviceTypeId: nurse.id,
        resourceId: freeTime.resourceId,
        start: freeTime.start.toISOString(),
        channel: 'onSite',
        reminderChannel: 'none',
        idempotencyKey: randomUUID(),
      },
    });
    annasBooking = (booked.data as { id: string }).id;
  });

  it('shows another resident’s and a mandate holder’s refused reads as another person’s', async () => {
    for (const intruder of [
      { person: 'englishSpeakerEmily' },
      { person: 'mandateHolderPekka', actingFor: 'elderlyAuneWithMandate' },
    ] satisfies BookingCaller[]) {
      const refused = await callBooking(booking.url(), identity, intruder, 'bookings.get', {
        input: { bookingId: annasBooking },
      });
      expect(refused.error?.data.code).toBe('BOOKING_NOT_FOUND');
    }
    await callBooking(booking.url(), identity, anna, 'bookings.get', { input: { bookingId: annasBooking } });

    const trail = await callBooking(booking.url(), identity, anna, 'audit.myDataEvents');
    const { events } = myDataEventsOutputSchema.parse(trail.data);
    const ofTheBooking = events.filter((event) => event.resource === 'booking');
    expect(ofTheBooking.map((event) => [event.action, event.actor.kind, event.outcome])).toEqual([
      ['read', 'self', 'success'],
      ['read', 'another-person', 'denied'],
      ['read', 'another-person', 'denied'],
      ['create', 'self', 'success'],
    ]);
    // Who it was stays hidden: no subject of the intruders (or of the person Pekka acted for).
    for (const subject of [
      TEST_SUBJECTS.englishSpeakerEmily,
      TEST_SUBJECTS.mandateHolderPekka,
      TEST_SUBJECTS.elderlyAuneWithMandate,
    ]) {
      expect(trail.text).not.toContain(subject);
    }
  });
});
