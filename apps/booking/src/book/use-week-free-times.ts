import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ServiceLanguage } from '@asiointi/booking-contract';
import { retryUnlessRefused } from '@asiointi/platform-client';
import { useTRPC } from '../api/trpc';

/** One service's free times in one unit for the Helsinki week starting on `weekStart` (a Monday). */
export function useWeekFreeTimes(serviceTypeId: string, weekStart: string, language?: ServiceLanguage) {
  const trpc = useTRPC();
  return useQuery(
    trpc.freeTimes.week.queryOptions(
      { serviceTypeId, weekStart, ...(language ? { language } : {}) },
      // The previous week stays on screen while the next one loads: no jump in the layout.
      { retry: retryUnlessRefused, placeholderData: keepPreviousData },
    ),
  );
}
