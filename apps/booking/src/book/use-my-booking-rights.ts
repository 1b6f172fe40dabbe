import { useQuery } from '@tanstack/react-query';
import { retryUnlessRefused } from '@asiointi/platform-client';
import { useTRPC } from '../api/trpc';

/** The resident's (or acted-for person's) booking rights (`bookingRights.mine`), asked only when needed. */
export function useMyBookingRights(enabled: boolean) {
  const trpc = useTRPC();
  return useQuery(trpc.bookingRights.mine.queryOptions(undefined, { retry: retryUnlessRefused, enabled }));
}
