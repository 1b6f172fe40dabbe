import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import type { BookingRouter } from '@asiointi/booking-api';
import type { Language } from '@asiointi/platform-i18n';

export type BookingClient = TRPCClient<BookingRouter>;

export interface BookingClientOptions {
  /** The portal's language: the service orders names by it (Accept-Language), not the browser's. */
  language: Language;
  /** Replaces the browser's fetch (tests). */
  fetch?: typeof fetch;
}

/** A client for the booking service at `apiUrl` (from the runtime manifest): `${apiUrl}/trpc`. */
export function createBookingClient(
  apiUrl: string,
  { language, fetch }: BookingClientOptions,
): BookingClient {
  return createTRPCClient<BookingRouter>({
    links: [
      httpBatchLink({
        url: `${apiUrl.replace(/\/+$/, '')}/trpc`,
        // A CORS-safelisted header: no preflight request.
        headers: { 'Accept-Language': language },
        fetch,
      }),
    ],
  });
}
