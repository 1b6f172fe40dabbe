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
  Record<'message' | 'bookingRightCode', 'tooLong' | 'missing' | 'invalid'>
>;

/** Checks step 2 with the contract's own rules before the resident goes on to confirm. */
export function checkBookingDetails(details: BookingDetails, codeRequired: boolean): BookingDetailsErrors {
  const errors: BookingDetailsErrors = {};
  if (!messageToProfessionalSchema.safeParse(details.message).success) errors.message = 'tooLong';
  const code = details.bookingRightCode.trim();
  if (code === '') {
    if (codeRequired) errors.bookingRightCode = 'missing';
  } else if (!bookingRightCodeSchema.safeParse(code).success) {
    errors.bookingRightCode = 'invalid';
  }
  return errors;
}
