import { useMemo, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { RemoteAuth } from '@asiointi/platform-federation/auth';
import type { Language } from '@asiointi/platform-i18n';
import { UiProvider } from '@asiointi/platform-ui';
import type { AnyModuleRouter } from './any-module-router';
import { createModuleClient } from './create-module-client';
import { moduleQueryKeyPrefix } from './module-query-key';
import { useModuleQueryClient } from './use-module-query-client';

export interface ModuleProvidersProps {
  /** The module's service, from the runtime manifest. */
  apiUrl: string;
  language: Language;
  auth: RemoteAuth;
  /** Replaces the browser's fetch for calls to the service (tests). */
  fetch?: typeof fetch;
  children: ReactNode;
}

/**
 * A remote's typed access to its own service: `ModuleProviders` around the module's pages, and the hooks
 * the pages use (`useTRPC` for query and mutation options, `useTRPCClient` for direct calls).
 * Called once per module at module level: `createModuleApi<FeedbackRouter>('feedback')`.
 */
export function createModuleApi<TRouter extends AnyModuleRouter>(moduleName: string) {
  const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<TRouter, { keyPrefix: true }>();

  /** The service's typed client, a query client (the shell's when mounted in it), and UI context. */
  function ModuleProviders({ apiUrl, language, auth, fetch, children }: ModuleProvidersProps) {
    const { queryClient, isOwn } = useModuleQueryClient();
    // A new client when the person acted for changes: no call can go out with the previous one.
    const trpcClient = useMemo(
      () => createModuleClient<TRouter>(apiUrl, { language, auth, fetch }),
      [apiUrl, language, auth, fetch],
    );
    const content = (
      <TRPCProvider
        trpcClient={trpcClient}
        queryClient={queryClient}
        keyPrefix={moduleQueryKeyPrefix(moduleName, language, auth.actingFor?.subject)}
      >
        {/* A remote bundles its own React Aria, so it needs its own router and locale context. */}
        <UiProvider>{children}</UiProvider>
      </TRPCProvider>
    );
    return isOwn ? <QueryClientProvider client={queryClient}>{content}</QueryClientProvider> : content;
  }

  return { ModuleProviders, useTRPC, useTRPCClient };
}
