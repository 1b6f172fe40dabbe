import { generateReadableCode } from './readable-code';

/**
 * A booking's short reference ("K7QM-2XHD"): what a resident reads out when calling the unit and finds in
 * the confirmation, "my bookings", the reminder and the .ics. Eight characters of a 31-letter alphabet
 * (about 40 bits); the unique index refuses the rare repeat, and the booking is then made with a new one.
 */
export function generateBookingReference(): string {
  return generateReadableCode(8);
}
