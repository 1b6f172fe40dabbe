import { useContext, useState } from 'react';
import { QueryClient, QueryClientContext } from '@tanstack/react-query';

/**
 * The shell's query client when there is one (@tanstack/react-query is a shared singleton, so its
 * context reaches into the remote), else one of the module's own (standalone development).
 */
export function useModuleQueryClient(): { queryClient: QueryClient; isOwn: boolean } {
  const hostClient = useContext(QueryClientContext);
  const [ownClient] = useState(() =>
    hostClient
      ? undefined
      : new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } }),
  );
  if (hostClient) return { queryClient: hostClient, isOwn: false };
  // Created above exactly when there is no host client.
  return { queryClient: ownClient as QueryClient, isOwn: true };
}
