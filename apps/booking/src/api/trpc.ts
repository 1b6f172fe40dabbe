import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { BookingRouter } from '@asiointi/booking-api';
import type { Language } from '@asiointi/platform-i18n';

/** Typed hooks for the booking service, with query keys under a prefix of their own. */
export const { TRPCProvider, useTRPC } = createTRPCContext<BookingRouter, { keyPrefix: true }>();

/**
 * The query client is the shell's, shared by every module (two may both have a `units.list`); the
 * service answers in the caller's language and about the person the resident acts for: all three
 * go into the key prefix, so one person's answers are never served for another.
 */
export function bookingQueryKeyPrefix(language: Language, actingForSubject: string | undefined): string {
  return `booking:${language}:${actingForSubject ?? 'self'}`;
}
