// The token in a reminder's cancel link: sealed (the booking id is not readable from the SMS), valid until
// the appointment starts, and bound to the booking's start, so a link to a time since moved opens nothing.
import type { BookingRow } from '@asiointi/booking-data';
import type { BookingContext } from '../trpc';

export type ReminderLinkOpening =
  { ok: true; bookingId: string; startsAt: number } | { ok: false; reason: 'invalid' | 'expired' };

export function sealReminderLink(
  linkTokens: BookingContext['linkTokens'],
  booking: Pick<BookingRow, 'id' | 'startsAt'>,
): string {
  return linkTokens.seal({ b: booking.id, s: booking.startsAt.getTime() }, booking.startsAt);
}

/** `${portalUrl}/booking/cancel/<token>`: the portal's page that shows the time and lets the holder cancel. */
export function reminderLinkUrl(
  context: Pick<BookingContext, 'linkTokens' | 'portalUrl'>,
  booking: Pick<BookingRow, 'id' | 'startsAt'>,
): string {
  return `${context.portalUrl}/booking/cancel/${sealReminderLink(context.linkTokens, booking)}`;
}

export function openReminderLink(
  linkTokens: BookingContext['linkTokens'],
  token: string,
  now: Date,
): ReminderLinkOpening {
  const opened = linkTokens.open(token, now);
  if (!opened.ok) return opened;
  const { b: bookingId, s: startsAt } = opened.payload;
  if (typeof bookingId !== 'string' || typeof startsAt !== 'number') return { ok: false, reason: 'invalid' };
  return { ok: true, bookingId, startsAt };
}
