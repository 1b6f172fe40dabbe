import { useMemo, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import type { Language } from '@asiointi/platform-i18n';
import { UiProvider } from '@asiointi/platform-ui';
import { createBookingClient } from '../api/create-booking-client';
import { bookingQueryKeyPrefix, TRPCProvider } from '../api/trpc';
import { useModuleQueryClient } from './use-module-query-client';

export interface BookingProvidersProps {
  apiUrl: string;
  language: Language;
  auth: RemoteAuth;
  /** Replaces the browser's fetch for calls to the service (tests). */
  fetch?: typeof fetch;
  children: ReactNode;
}

/** What the module's pages need: the booking service's typed client, a query client, and UI context. */
export function BookingProviders({ apiUrl, language, auth, fetch, children }: BookingProvidersProps) {
  const { queryClient, isOwn } = useModuleQueryClient();
  // A new client when the person acted for changes: no call can go out with the previous one.
  const trpcClient = useMemo(
    () => createBookingClient(apiUrl, { language, auth, fetch }),
    [apiUrl, language, auth, fetch],
  );
  const content = (
    <TRPCProvider
      trpcClient={trpcClient}
      queryClient={queryClient}
      keyPrefix={bookingQueryKeyPrefix(language, auth.actingFor?.subject)}
    >
      {/* The remote bundles its own React Aria, so it needs its own router and locale context. */}
      <UiProvider>{children}</UiProvider>
    </TRPCProvider>
  );
  return isOwn ? <QueryClientProvider client={queryClient}>{content}</QueryClientProvider> : content;
}
