import { useQuery } from '@tanstack/react-query';
import { fetchActingRelations } from '@asiointi/platform-auth/guardianship';
import { useSession } from '../auth/portal-session';
import { actingChoices } from './acting-choices';

/** Queries under this key survive a switch of person: they are about the signed-in actor. */
export const actorQueryKeyRoot = 'shell-actor';

/** Whom the signed-in resident may act for, from the relations service (with their token). */
export function useActingRelations() {
  const { status, person, relationsUrl, getAccessToken } = useSession();
  const enabled = status === 'signed-in' && person?.kind === 'resident' && relationsUrl !== undefined;
  return useQuery({
    queryKey: [actorQueryKeyRoot, 'relations', person?.subject],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }) => {
      const accessToken = await getAccessToken();
      if (!accessToken || !relationsUrl) throw new Error('Not signed in');
      return actingChoices(await fetchActingRelations({ relationsUrl, accessToken, signal }));
    },
  });
}
