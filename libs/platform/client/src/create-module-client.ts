import { createTRPCClient, httpBatchLink, type TRPCClient, type TRPCLink } from '@trpc/client';
import { remoteAuthHeaders, type RemoteAuth } from '@asiointi/platform-federation/auth';
import type { Language } from '@asiointi/platform-i18n';
import type { AnyModuleRouter } from './any-module-router';

/** Every service refuses a batch of more calls than this (platform-service's trpcMaxBatchSize). */
export const maxBatchItems = 25;

export interface ModuleClientOptions {
  /** The portal's language: the service words and orders its answers by it (Accept-Language). */
  language: Language;
  /** The portal's sign-in: each call carries the current token and whom the resident acts for. */
  auth:
    | Pick<RemoteAuth, 'getAccessToken' | 'actingFor'>
    | (() => Pick<RemoteAuth, 'getAccessToken' | 'actingFor'>);
  /** Replaces the browser's fetch (tests). */
  fetch?: typeof fetch;
}

/** A typed client for a module's service at `apiUrl` (from the runtime manifest): `${apiUrl}/trpc`. */
export function createModuleClient<TRouter extends AnyModuleRouter>(
  apiUrl: string,
  { language, auth, fetch }: ModuleClientOptions,
): TRPCClient<TRouter> {
  const currentAuth = typeof auth === 'function' ? auth : () => auth;
  // Built for any router (the link does not depend on the procedures), then typed for this one.
  const link = httpBatchLink<AnyModuleRouter>({
    url: `${apiUrl.replace(/\/+$/, '')}/trpc`,
    maxItems: maxBatchItems,
    // Asked at each call, so a renewed token is used. Accept-Language is CORS-safelisted; the
    // services allow Authorization and X-Acting-For from the portal's origins.
    headers: async () => ({ 'Accept-Language': language, ...(await remoteAuthHeaders(currentAuth())) }),
    fetch,
  }) as TRPCLink<TRouter>;
  return createTRPCClient<TRouter>({ links: [link] });
}
