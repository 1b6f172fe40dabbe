import { useMemo } from 'react';
import type { RemoteAuth } from '@asiointi/platform-federation';
import { useActingFor } from '../acting/acting-for-context';
import { useSession } from '../auth/portal-session';

/** The `auth` prop every remote gets: the token source, whom the resident acts for, sign-in, and staff roles. */
export function useRemoteAuth(): RemoteAuth {
  const { person, getAccessToken, signIn } = useSession();
  const { current } = useActingFor();
  const principalKind = person?.kind ?? 'anonymous';
  // The shell has already read the roles from the ID token: remotes need not decode tokens themselves.
  const staffRoles = principalKind === 'staff' ? (person?.roles ?? noRoles) : noRoles;
  return useMemo<RemoteAuth>(
    () => ({
      getAccessToken,
      actingFor: current ? { subject: current.subject, displayName: current.displayName } : undefined,
      signIn,
      principalKind,
      staffRoles,
    }),
    [getAccessToken, current, signIn, principalKind, staffRoles],
  );
}

// One empty array, so the memo above keeps its value for residents and anonymous visitors.
const noRoles: readonly [] = [];
