// A stored booking as the contract shows it to the resident, to a reminder link's holder and to staff.
import type { Booking, DayListEntry, ReminderLinkBooking } from '@asiointi/booking-contract';
import type { BookingDetails } from '@asiointi/booking-data';
import { canResidentCancel, residentCutOff, resourceDisplayName } from '@asiointi/booking-domain';

/** Residents change bookings online only while booked and until the service's cut-off. */
export function residentMayChange({ booking, serviceType }: BookingDetails, now: Date): boolean {
  return (
    booking.status === 'booked' &&
    canResidentCancel({ start: booking.startsAt, now, cutOffHours: serviceType.cancellationCutOffHours })
  );
}

/** viewerSubject: who asks (the signed-in resident), so a guardian sees which bookings are a child's. */
export function toBooking(details: BookingDetails, now: Date, viewerSubject: string): Booking {
  const { booking, serviceType, unit, resource } = details;
  return {
    id: booking.id,
    reference: booking.reference,
    person: {
      given: booking.personGivenName,
      family: booking.personFamilyName,
      isYou: booking.personSubject === viewerSubject,
    },
    service: {
      id: serviceType.id,
      code: serviceType.code,
      category: serviceType.category,
      name: { fi: serviceType.nameFi, sv: serviceType.nameSv, en: serviceType.nameEn },
      sensitive: serviceType.sensitive,
    },
    unit: {
      id: unit.id,
      name: { fi: unit.nameFi, sv: unit.nameSv, en: unit.nameEn },
      streetAddress: unit.streetAddress,
      municipality: unit.municipality,
      phone: unit.phone,
    },
    resourceName: resourceDisplayName(resource),
    start: booking.startsAt.toISOString(),
    end: booking.endsAt.toISOString(),
    channel: booking.channel,
    status: booking.status,
    reminderChannel: booking.reminderChannel,
    message: booking.message,
    bookedBy: booking.bookedBy,
    changeableUntil: residentCutOff(booking.startsAt, serviceType.cancellationCutOffHours).toISOString(),
    canChange: residentMayChange(details, now),
    cancellationReason: booking.cancellationReason,
    cancelledBy: booking.cancelledBy,
  };
}

/** Only the time and the unit: the link's holder may be anyone who saw the message. */
export function toReminderLinkBooking(details: BookingDetails, now: Date): ReminderLinkBooking {
  const { booking, unit } = details;
  return {
    start: booking.startsAt.toISOString(),
    end: booking.endsAt.toISOString(),
    unitName: { fi: unit.nameFi, sv: unit.nameSv, en: unit.nameEn },
    unitPhone: unit.phone,
    status: booking.status,
    canCancel: residentMayChange(details, now),
  };
}

export function toDayListEntry({ booking, serviceType, resource }: BookingDetails): DayListEntry {
  return {
    id: booking.id,
    start: booking.startsAt.toISOString(),
    end: booking.endsAt.toISOString(),
    resource: { id: resource.id, name: resourceDisplayName(resource) },
    service: {
      id: serviceType.id,
      code: serviceType.code,
      name: { fi: serviceType.nameFi, sv: serviceType.nameSv, en: serviceType.nameEn },
    },
    person: { given: booking.personGivenName, family: booking.personFamilyName },
    status: booking.status,
    statusChangedAt: booking.statusChangedAt?.toISOString() ?? null,
    channel: booking.channel,
    bookedBy: booking.bookedBy,
    message: booking.message,
  };
}
