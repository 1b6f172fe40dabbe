import { useMemo } from 'react';
import type { RemoteAuth } from '@asiointi/platform-federation';
import { useActingFor } from '../acting/acting-for-context';
import { useSession } from '../auth/portal-session';

/** The `auth` prop every remote gets: the token source, whom the resident acts for, and sign-in. */
export function useRemoteAuth(): RemoteAuth {
  const { person, getAccessToken, signIn } = useSession();
  const { current } = useActingFor();
  return useMemo<RemoteAuth>(
    () => ({
      getAccessToken,
      actingFor: current ? { subject: current.subject, displayName: current.displayName } : undefined,
      signIn,
      principalKind: person?.kind ?? 'anonymous',
    }),
    [getAccessToken, current, signIn, person?.kind],
  );
}
