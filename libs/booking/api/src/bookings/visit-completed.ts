// booking.visit.completed, written to the event outbox in the transaction that marks the visit attended.
import {
  visitCompletedEventType,
  visitCompletedPayloadSchema,
  type VisitCompletedPayload,
} from '@asiointi/booking-contract';
import { eventOutbox, type BookingDetails, type BookingDb } from '@asiointi/booking-data';
import { enqueueEvent } from '@asiointi/platform-events';

export async function enqueueVisitCompleted(
  tx: BookingDb,
  details: BookingDetails,
  now: Date,
): Promise<void> {
  const { booking, serviceType } = details;
  await enqueueEvent<VisitCompletedPayload>(tx, eventOutbox, {
    type: visitCompletedEventType,
    payload: {
      bookingId: booking.id,
      serviceCode: serviceType.code,
      unitId: booking.unitId,
      personSubject: booking.personSubject,
      visitedAt: booking.startsAt.toISOString(),
    },
    payloadSchema: visitCompletedPayloadSchema,
    occurredAt: now,
  });
}
