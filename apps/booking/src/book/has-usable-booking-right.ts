import type { BookingRight } from '@asiointi/booking-contract';

/**
 * Whether one of the person's rights covers this service on the chosen day. Only decides whether
 * the code field is asked for; the service checks the right again when booking.
 */
export function hasUsableBookingRight(
  rights: readonly BookingRight[],
  serviceCode: string,
  day: string,
): boolean {
  return rights.some(
    (right) =>
      right.serviceCode === serviceCode &&
      right.usesLeft > 0 &&
      right.validFrom <= day &&
      day <= right.validUntil,
  );
}
