import { useQuery } from '@tanstack/react-query';
import { retryUnlessRefused } from '@asiointi/platform-client';
import { useTRPC } from '../api/trpc';

/** All units (`units.list`); cached, so every caller shares one request. */
export function useUnits() {
  const trpc = useTRPC();
  return useQuery(trpc.units.list.queryOptions(undefined, { retry: retryUnlessRefused }));
}

/** The services of one unit (`services.listByUnit`). */
export function useServicesOfUnit(unitId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.services.listByUnit.queryOptions({ unitId }, { retry: retryUnlessRefused }));
}
