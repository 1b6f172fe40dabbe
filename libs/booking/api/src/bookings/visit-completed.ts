// booking.visit.completed, written to the event outbox in the transaction that marks the visit attended,
// and its withdrawal in the transaction that takes the mark back.
import {
  visitCompletedEventType,
  visitCompletedPayloadSchema,
  visitCompletionWithdrawnEventType,
  visitCompletionWithdrawnPayloadSchema,
  type VisitCompletedPayload,
  type VisitCompletionWithdrawnPayload,
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
      channel: booking.channel,
      language: booking.language,
      serviceName: { fi: serviceType.nameFi, sv: serviceType.nameSv, en: serviceType.nameEn },
    },
    payloadSchema: visitCompletedPayloadSchema,
    occurredAt: now,
  });
}

export async function enqueueVisitCompletionWithdrawn(
  tx: BookingDb,
  details: BookingDetails,
  now: Date,
): Promise<void> {
  const { booking } = details;
  await enqueueEvent<VisitCompletionWithdrawnPayload>(tx, eventOutbox, {
    type: visitCompletionWithdrawnEventType,
    payload: { bookingId: booking.id, unitId: booking.unitId, personSubject: booking.personSubject },
    payloadSchema: visitCompletionWithdrawnPayloadSchema,
    occurredAt: now,
  });
}
