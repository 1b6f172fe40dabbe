// "Add to calendar": the booking as an .ics file. The title comes from calendarTitleFor, so a sensitive
// service is never named; the description holds only where to change the booking, never the message.
import type { CalendarFile, ServiceLanguage } from '@asiointi/booking-contract';
import type { BookingDetails } from '@asiointi/booking-data';
import { calendarFileFor, calendarTitleFor } from '@asiointi/booking-domain';
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

export function bookingCalendarFile(
  details: BookingDetails,
  language: ServiceLanguage,
  portalUrl: string,
): CalendarFile {
  const { booking, serviceType, unit } = details;
  const unitName = { fi: unit.nameFi, sv: unit.nameSv, en: unit.nameEn }[language];
  const serviceName = { fi: serviceType.nameFi, sv: serviceType.nameSv, en: serviceType.nameEn }[language];
  const bookingsUrl = `${portalUrl}/booking`;
  const content = calendarFileFor({
    uid: `booking-${booking.id}@asiointi`,
    start: booking.startsAt,
    end: booking.endsAt,
    summary: calendarTitleFor({ sensitive: serviceType.sensitive, serviceName, unitName, language }),
    location: `${unitName}, ${unit.streetAddress}`,
    description: `${changeHint[language]}: ${bookingsUrl}`,
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
