// Where the notification sender sends booking's messages: to the number or address the person (whoever
// booked online, a guardian for their child) entered and confirmed in booking's preferences, read at send
// time so a change reaches reminders already scheduled.
import { findReminderAddress, type BookingDb } from '@asiointi/booking-data';
import type { ModuleAddressOf } from '@asiointi/platform-notifications';

const personPrefix = 'person:';

export function reminderAddressesOf(db: BookingDb): ModuleAddressOf {
  return async ({ recipientRef, channel }) => {
    if (!recipientRef.startsWith(personPrefix)) return null;
    return findReminderAddress(db, recipientRef.slice(personPrefix.length), channel);
  };
}
