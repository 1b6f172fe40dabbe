import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { unitDirectoryResponseSchema, type UnitDirectoryResponse } from '@asiointi/platform-contract';
import { useLanguage } from '@asiointi/platform-i18n';
import { useSession } from '../auth/portal-session';

/** Units change rarely: the directory is read again after this long. */
export const unitDirectoryStaleTimeMs = 5 * 60_000;

/** The county's unit directory (public: no token), validated against the shared contract. */
export async function fetchUnitDirectory(
  unitsUrl: string,
  signal?: AbortSignal,
  fetchImpl: typeof fetch = globalThis.fetch,
): Promise<UnitDirectoryResponse> {
  const response = await fetchImpl(unitsUrl, { headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new Error(`The unit directory answered ${response.status}`);
  return unitDirectoryResponseSchema.parse(await response.json());
}

/** Outside the hook, so the query keeps its result between renders. */
function namesById(data: UnitDirectoryResponse) {
  return new Map(data.units.map((unit) => [unit.id, unit.name]));
}

/**
 * Names of units in the current language, from the unit directory of /portal-config.json. A unit the
 * directory does not name (yet: while it loads, or when it fails) gets undefined, so that callers show a
 * neutral wording instead: never a unit's id.
 */
export function useUnitDirectory(): { unitName(unitId: string): string | undefined } {
  const { unitsUrl } = useSession();
  const { language } = useLanguage();
  const directory = useQuery({
    queryKey: ['shell', 'unit-directory', unitsUrl],
    enabled: unitsUrl !== undefined,
    staleTime: unitDirectoryStaleTimeMs,
    queryFn: ({ signal }) => fetchUnitDirectory(unitsUrl ?? '', signal),
    select: namesById,
  });
  const names = directory.data;
  const unitName = useCallback((unitId: string) => names?.get(unitId)?.[language], [names, language]);
  return { unitName };
}
