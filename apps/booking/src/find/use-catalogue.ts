import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FirstFreeTimesInput, SearchServicesInput } from '@asiointi/booking-contract';
import { retryUnlessRefused } from '@asiointi/platform-client';
import { useTRPC } from '../api/trpc';

/** Services as offered in units, filtered (`catalogue.search`); public, no sign-in. */
export function useCatalogueSearch(filters: SearchServicesInput) {
  const trpc = useTRPC();
  return useQuery(
    trpc.catalogue.search.queryOptions(filters, {
      retry: retryUnlessRefused,
      placeholderData: keepPreviousData,
    }),
  );
}

/** The earliest free time of one service in each unit (`freeTimes.first`); asked only once a service is chosen. */
export function useFirstFreeTimes(input: FirstFreeTimesInput | undefined) {
  const trpc = useTRPC();
  return useQuery(
    trpc.freeTimes.first.queryOptions(input ?? { serviceCode: 'none' }, {
      retry: retryUnlessRefused,
      enabled: input !== undefined,
    }),
  );
}
