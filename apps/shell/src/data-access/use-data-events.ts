import { useMemo } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { RuntimeRemote } from '@asiointi/platform-federation';
import { useLanguage } from '@asiointi/platform-i18n';
import { useActingFor } from '../acting/acting-for-context';
import { useSession } from '../auth/portal-session';
import { createAuditClient } from './audit-client';

/** Events per page; the service allows up to 100. */
export const dataEventsPageSize = 20;

/**
 * One module service's events about the resident (or the person they act for), newest first, a
 * page at a time: each page's `nextCursor` fetches the next older one.
 */
export function useDataEvents(remote: RuntimeRemote) {
  const { language } = useLanguage();
  const { getAccessToken } = useSession();
  const { current } = useActingFor();
  const actingFor = useMemo(
    () => (current ? { subject: current.subject, displayName: current.displayName } : undefined),
    [current],
  );
  const client = useMemo(
    () => createAuditClient(remote.apiUrl, { language, auth: () => ({ getAccessToken, actingFor }) }),
    [remote.apiUrl, language, getAccessToken, actingFor],
  );
  // The subject is in the key: a switch of person starts a fresh list.
  return useInfiniteQuery({
    queryKey: ['shell', 'data-events', remote.name, actingFor?.subject ?? 'self'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      client.audit.myDataEvents.query({
        limit: dataEventsPageSize,
        ...(pageParam ? { before: pageParam } : {}),
      }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // The log grows while the page is open: always ask again when the page is opened.
    staleTime: 0,
  });
}
