import {
  bookingRightCodeSchema,
  messageToProfessionalSchema,
  type ReminderChannel,
  type ServiceChannel,
} from '@asiointi/booking-contract';

/** What the resident fills in at step 2. */
export interface BookingDetails {
  channel: ServiceChannel;
  reminderChannel: ReminderChannel;
  message: string;
  bookingRightCode: string;
}

export type BookingDetailsErrors = Partial<
  Record<'message' | 'bookingRightCode' | 'reminder', 'tooLong' | 'missing' | 'invalid'>
>;

/**
 * Checks step 2 with the contract's own rules before the resident goes on to confirm. hasReminderAddress:
 * whether the resident has entered a number or address for the chosen reminder channel.
 */
export function checkBookingDetails(
  details: BookingDetails,
  codeRequired: boolean,
  hasReminderAddress: boolean,
): BookingDetailsErrors {
  const errors: BookingDetailsErrors = {};
  if (details.reminderChannel !== 'none' && !hasReminderAddress) errors.reminder = 'missing';
  if (!messageToProfessionalSchema.safeParse(details.message).success) errors.message = 'tooLong';
  const code = details.bookingRightCode.trim();
  if (code === '') {
    if (codeRequired) errors.bookingRightCode = 'missing';
  } else if (!bookingRightCodeSchema.safeParse(code).success) {
    errors.bookingRightCode = 'invalid';
  }
  return errors;
}
