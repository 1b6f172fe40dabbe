import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { BookingRouter } from '@asiointi/booking-api';
import type { Language } from '@asiointi/platform-i18n';

/** Typed hooks for the booking service, with query keys under a prefix of their own. */
export const { TRPCProvider, useTRPC } = createTRPCContext<BookingRouter, { keyPrefix: true }>();

/**
 * The query client is the shell's, shared by every module (two may both have a `units.list`), and
 * the service answers in the caller's language: both go into the key prefix.
 */
export function bookingQueryKeyPrefix(language: Language): string {
  return `booking:${language}`;
}
