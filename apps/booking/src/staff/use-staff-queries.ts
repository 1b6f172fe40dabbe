import { useQuery } from '@tanstack/react-query';
import { retryUnlessRefused } from '@asiointi/platform-client';
import { useTRPC } from '../api/trpc';

// The reads every staff page shares; cached by the query client, so pages reuse each other's answers.

export function useAllUnits() {
  const trpc = useTRPC();
  return useQuery(trpc.units.list.queryOptions(undefined, { retry: retryUnlessRefused }));
}

export function useResources(unitId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.resources.list.queryOptions({ unitId }, { retry: retryUnlessRefused }));
}

export function useServiceTypes(unitId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.serviceTypes.list.queryOptions({ unitId }, { retry: retryUnlessRefused }));
}
