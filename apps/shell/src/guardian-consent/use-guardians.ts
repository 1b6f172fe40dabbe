import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActingScope } from '@asiointi/platform-auth/guardianship';
import { useSession } from '../auth/portal-session';
import { actorQueryKeyRoot } from '../acting/use-acting-relations';
import { fetchGuardians, saveGuardianConsent } from './guardians-api';

function useGuardiansKey() {
  const { person } = useSession();
  return [actorQueryKeyRoot, 'guardians', person?.subject] as const;
}

async function tokenOrThrow(getAccessToken: () => Promise<string | undefined>): Promise<string> {
  const token = await getAccessToken();
  if (!token) throw new Error('Not signed in');
  return token;
}

/** The signed-in resident's guardians (an adult has none listed). */
export function useGuardians() {
  const { status, person, relationsUrl, getAccessToken } = useSession();
  return useQuery({
    queryKey: useGuardiansKey(),
    enabled: status === 'signed-in' && person?.kind === 'resident' && relationsUrl !== undefined,
    staleTime: 5 * 60_000,
    queryFn: async () =>
      fetchGuardians({ relationsUrl: relationsUrl ?? '', accessToken: await tokenOrThrow(getAccessToken) }),
  });
}

/** Saves what one guardian may do; the answer replaces the cached list. */
export function useSaveGuardianConsent() {
  const { relationsUrl, getAccessToken } = useSession();
  const queryClient = useQueryClient();
  const key = useGuardiansKey();
  return useMutation({
    mutationFn: async ({ guardian, scopes }: { guardian: string; scopes: ActingScope[] }) =>
      saveGuardianConsent({
        relationsUrl: relationsUrl ?? '',
        accessToken: await tokenOrThrow(getAccessToken),
        guardian,
        scopes,
      }),
    onSuccess: (data) => queryClient.setQueryData(key, data),
  });
}
