import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import type { BookingRouter } from '@asiointi/booking-api';
import { remoteAuthHeaders, type RemoteAuth } from '@asiointi/platform-federation/auth';
import type { Language } from '@asiointi/platform-i18n';

export type BookingClient = TRPCClient<BookingRouter>;

/** The booking service refuses a batch of more calls than this. */
export const maxBatchItems = 25;

export interface BookingClientOptions {
  /** The portal's language: the service orders names by it (Accept-Language), not the browser's. */
  language: Language;
  /** The portal's sign-in: each call carries the current token and whom the resident acts for. */
  auth: Pick<RemoteAuth, 'getAccessToken' | 'actingFor'>;
  /** Replaces the browser's fetch (tests). */
  fetch?: typeof fetch;
}

/** A client for the booking service at `apiUrl` (from the runtime manifest): `${apiUrl}/trpc`. */
export function createBookingClient(
  apiUrl: string,
  { language, auth, fetch }: BookingClientOptions,
): BookingClient {
  return createTRPCClient<BookingRouter>({
    links: [
      httpBatchLink({
        url: `${apiUrl.replace(/\/+$/, '')}/trpc`,
        maxItems: maxBatchItems,
        // Asked at each call, so a renewed token is used. Accept-Language is CORS-safelisted; the
        // service allows Authorization and X-Acting-For from the portal's origins.
        headers: async () => ({ 'Accept-Language': language, ...(await remoteAuthHeaders(auth)) }),
        fetch,
      }),
    ],
  });
}
