import { useMemo, useState, type ReactNode } from 'react';
import { PortalSessionContext, type PortalSession, type SessionNotice } from './portal-session';

/**
 * The session when /portal-config.json could not be read: everything public works, and trying to
 * sign in says that signing in is not available right now.
 */
export function UnavailableSessionProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<SessionNotice>();
  const session = useMemo<PortalSession>(
    () => ({
      status: 'unavailable',
      person: undefined,
      notice,
      dismissNotice: () => setNotice(undefined),
      getAccessToken: async () => undefined,
      signIn: () => setNotice('unavailable'),
      signOut: async () => undefined,
      idleMinutes: undefined,
      relationsUrl: undefined,
      unitsUrl: undefined,
      signedOutReason: undefined,
    }),
    [notice],
  );
  return <PortalSessionContext.Provider value={session}>{children}</PortalSessionContext.Provider>;
}
