// What a booking tells its person, through the notification outbox in the booking's own transaction: the
// reminder (scheduled, replaced when the time moves, cancelled with the booking) and the unit's
// cancellation notice. They go to whoever booked online (a child's to the guardian who booked), else to the
// person. Templates are rendered by the booking service's sender; params carry no free text from the
// resident and never name a sensitive service.
import type { BookingDetails, BookingDb } from '@asiointi/booking-data';
import { notificationOutbox } from '@asiointi/booking-data';
import { reminderTimeFor } from '@asiointi/booking-domain';
import {
  cancelNotifications,
  replaceNotification,
  scheduleNotification,
  type NewNotification,
} from '@asiointi/platform-notifications';
import type { BookingContext } from '../trpc';
import { reminderLinkUrl } from './reminder-link-token';

export const bookingReminderTemplate = 'booking.reminder';
/** Template keys are lower case with hyphens (the notifications lib's rule), hence not "cancelledByUnit". */
export const bookingCancelledByUnitTemplate = 'booking.cancelled-by-unit';

const reminderKeyOf = (bookingId: string) => `booking:${bookingId}:reminder`;
const cancelledNoticeKeyOf = (bookingId: string) => `booking:${bookingId}:cancelled-by-unit`;

/** A person by reference: the sender resolves it to an address at send time (booking stores none). */
const personRefOf = (subject: string) => `person:${subject}`;

/** Who is told: whoever booked online (the guardian, for a child); when staff booked, the person. */
function recipientSubjectOf(booking: BookingDetails['booking']): string {
  return booking.bookedBy === 'resident' ? booking.bookedBySubject : booking.personSubject;
}

/** What names the booking in a message: its reference, and whose it is when it goes to someone else. */
function bookingNaming(booking: BookingDetails['booking']): Record<string, string> {
  const forSomeoneElse = recipientSubjectOf(booking) !== booking.personSubject;
  return { reference: booking.reference, ...(forSomeoneElse ? { forName: booking.personGivenName } : {}) };
}

type Clock = Pick<BookingContext, 'linkTokens' | 'portalUrl'> & { now: Date };

function unitNameIn({ booking, unit }: BookingDetails): string {
  return { fi: unit.nameFi, sv: unit.nameSv, en: unit.nameEn }[booking.language];
}

/** The reminder a booking should have now, or undefined (no channel chosen, or its time has passed). */
export function reminderOf(details: BookingDetails, clock: Clock): NewNotification | undefined {
  const { booking, serviceType } = details;
  if (booking.reminderChannel === 'none') return undefined;
  const schedule = reminderTimeFor({ start: booking.startsAt, bookedAt: clock.now });
  if (!schedule) return undefined;
  const serviceName = { fi: serviceType.nameFi, sv: serviceType.nameSv, en: serviceType.nameEn }[
    booking.language
  ];
  return {
    channel: booking.reminderChannel,
    recipientRef: personRefOf(recipientSubjectOf(booking)),
    templateKey: bookingReminderTemplate,
    templateParams: {
      startsAt: booking.startsAt.toISOString(),
      unitName: unitNameIn(details),
      ...bookingNaming(booking),
      ...(serviceType.sensitive ? {} : { serviceName }),
      cancelUrl: reminderLinkUrl(clock, booking),
    },
    language: booking.language,
    sendAt: schedule.sendAt,
    dedupeKey: reminderKeyOf(booking.id),
  };
}

export async function scheduleReminder(tx: BookingDb, details: BookingDetails, clock: Clock): Promise<void> {
  const reminder = reminderOf(details, clock);
  if (reminder) await scheduleNotification(tx, notificationOutbox, reminder);
}

/** After a move: the pending reminder gives way to one for the new time (or to none). */
export async function replaceReminder(tx: BookingDb, details: BookingDetails, clock: Clock): Promise<void> {
  const reminder = reminderOf(details, clock);
  if (reminder) await replaceNotification(tx, notificationOutbox, reminder, 'rescheduled');
  else await cancelReminder(tx, details.booking.id, 'rescheduled');
}

export async function cancelReminder(tx: BookingDb, bookingId: string, reason: string): Promise<void> {
  await cancelNotifications(tx, notificationOutbox, { dedupeKey: reminderKeyOf(bookingId) }, reason);
}

/**
 * Tells the person the unit cancelled, at once, on the channel they chose for reminders (SMS when they
 * chose none: a cancelled appointment must not go unnoticed). The reason is the unit's words to the resident.
 */
export async function notifyCancelledByUnit(
  tx: BookingDb,
  details: BookingDetails,
  reason: string,
  now: Date,
): Promise<void> {
  const { booking, unit } = details;
  await scheduleNotification(tx, notificationOutbox, {
    channel: booking.reminderChannel === 'email' ? 'email' : 'sms',
    recipientRef: personRefOf(recipientSubjectOf(booking)),
    templateKey: bookingCancelledByUnitTemplate,
    templateParams: {
      startsAt: booking.startsAt.toISOString(),
      unitName: unitNameIn(details),
      ...bookingNaming(booking),
      reason,
      ...(unit.phone ? { unitPhone: unit.phone } : {}),
    },
    language: booking.language,
    sendAt: now,
    dedupeKey: cancelledNoticeKeyOf(booking.id),
  });
}
