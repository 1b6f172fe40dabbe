import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import type { AuditServiceRouter } from '@asiointi/platform-audit';
import { remoteAuthHeaders, type RemoteAuth } from '@asiointi/platform-federation';
import type { Language } from '@asiointi/platform-i18n';

/** Every module service as this page sees it: `audit.myDataEvents` and nothing else. */
export type AuditClient = TRPCClient<AuditServiceRouter>;

export interface AuditClientOptions {
  language: Language;
  /** Read at each call, so a renewed token and the current acting-for subject are sent. */
  auth: () => Pick<RemoteAuth, 'getAccessToken' | 'actingFor'>;
  fetch?: typeof fetch;
}

/** A typed client for the audit router of the module service at `apiUrl` (from the runtime manifest). */
export function createAuditClient(
  apiUrl: string,
  { language, auth, fetch }: AuditClientOptions,
): AuditClient {
  return createTRPCClient<AuditServiceRouter>({
    links: [
      httpBatchLink({
        url: `${apiUrl.replace(/\/+$/, '')}/trpc`,
        // The services refuse larger batches.
        maxItems: 25,
        headers: async () => ({ 'Accept-Language': language, ...(await remoteAuthHeaders(auth())) }),
        fetch,
      }),
    ],
  });
}
