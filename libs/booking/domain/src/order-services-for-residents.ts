import type { BookableService } from '@asiointi/booking-contract';
import { nameCollator, type ResidentLanguage } from './resident-language';
import { orderedChannels } from './service-channels';

/**
 * How a resident can get a service, in the order the list shows them: what they can book themselves now,
 * what they can book once they have a booking right (a referral), and what only staff can book.
 */
export type BookingAccess = 'selfBookable' | 'withBookingRight' | 'staffOnly';

const accessRank: Record<BookingAccess, number> = { selfBookable: 0, withBookingRight: 1, staffOnly: 2 };

export function bookingAccessOf(
  service: Pick<BookableService, 'selfBookable' | 'requiresBookingRight'>,
): BookingAccess {
  if (!service.selfBookable) return 'staffOnly';
  return service.requiresBookingRight ? 'withBookingRight' : 'selfBookable';
}

/**
 * A unit's services as residents see them: self-bookable first, then by name in the resident's language,
 * each with its channels in the usual order. Leaves the input untouched.
 */
export function orderServicesForResidents(
  services: readonly BookableService[],
  language: ResidentLanguage,
): BookableService[] {
  const collator = nameCollator(language);
  return services
    .map((service) => ({ ...service, channels: orderedChannels(service.channels) }))
    .sort(
      (a, b) =>
        accessRank[bookingAccessOf(a)] - accessRank[bookingAccessOf(b)] ||
        collator.compare(a.name[language], b.name[language]) ||
        a.code.localeCompare(b.code),
    );
}
