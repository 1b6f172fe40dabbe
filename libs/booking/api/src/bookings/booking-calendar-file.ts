// "Add to calendar": the booking as an .ics file. The title comes from calendarTitleFor, so a sensitive
// service is never named; the description holds the booking's reference and where to change it, never the
// message. A child's booking names the child, so a guardian's calendar tells their children's apart.
import type { CalendarFile, ServiceLanguage } from '@asiointi/booking-contract';
import type { BookingDetails } from '@asiointi/booking-data';
import { bookingReferenceLine, calendarFileFor, calendarTitleFor } from '@asiointi/booking-domain';
import { helsinkiDateOf } from '@asiointi/platform-time';

const fileNamePrefix: Record<ServiceLanguage, string> = {
  fi: 'ajanvaraus',
  sv: 'tidsbokning',
  en: 'appointment',
};

const changeHint: Record<ServiceLanguage, string> = {
  fi: 'Voit perua tai siirtää ajan Asiointi-palvelussa',
  sv: 'Du kan avboka eller flytta tiden i tjänsten Asiointi',
  en: 'You can cancel or move the appointment in the Asiointi service',
};

/** viewerSubject: who downloads it; the person is named when the booking is someone else's (a child's). */
export function bookingCalendarFile(
  details: BookingDetails,
  language: ServiceLanguage,
  portalUrl: string,
  viewerSubject: string,
): CalendarFile {
  const { booking, serviceType, unit } = details;
  const forPerson =
    booking.personSubject === viewerSubject
      ? undefined
      : `${booking.personGivenName} ${booking.personFamilyName}`;
  const unitName = { fi: unit.nameFi, sv: unit.nameSv, en: unit.nameEn }[language];
  const serviceName = { fi: serviceType.nameFi, sv: serviceType.nameSv, en: serviceType.nameEn }[language];
  const bookingsUrl = `${portalUrl}/booking`;
  const content = calendarFileFor({
    uid: `booking-${booking.id}@asiointi`,
    start: booking.startsAt,
    end: booking.endsAt,
    summary: calendarTitleFor({
      sensitive: serviceType.sensitive,
      serviceName,
      unitName,
      language,
      forPerson,
    }),
    location: `${unitName}, ${unit.streetAddress}`,
    description: `${bookingReferenceLine(booking.reference, language)}\n${changeHint[language]}: ${bookingsUrl}`,
    url: bookingsUrl,
    // A re-download after a move updates the same event.
    createdAt: booking.updatedAt,
  });
  return {
    fileName: `${fileNamePrefix[language]}-${helsinkiDateOf(booking.startsAt)}.ics`,
    mediaType: 'text/calendar',
    content,
  };
}
