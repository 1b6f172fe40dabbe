import { createContext, useContext } from 'react';
import type { SignedInPerson } from './signed-in-person';

export type SessionStatus =
  /** Finding out: a sign-in is being completed or restored after a reload. */
  | 'checking'
  | 'anonymous'
  | 'signed-in'
  /** On the way to the provider to sign out: nothing should start a sign-in meanwhile. */
  | 'signing-out'
  /** No portal config: the portal works without signing in. */
  | 'unavailable';

/** A message about the session that the person should see once. */
export type SessionNotice = 'session-ended' | 'sign-in-failed' | 'sign-in-cancelled' | 'unavailable';

export type SignOutReason = 'user' | 'idle';

/** The portal's sign-in, as the shell's pages and the remotes' props see it. */
export interface PortalSession {
  status: SessionStatus;
  person: SignedInPerson | undefined;
  notice: SessionNotice | undefined;
  dismissNotice(): void;
  /** The current access token, renewed when it is about to expire; undefined when not signed in. */
  getAccessToken(): Promise<string | undefined>;
  /** To the provider and back to `returnTo` (default: the current page). */
  signIn(returnTo?: string): void;
  /** Ends the session here and at the provider. */
  signOut(reason?: SignOutReason): Promise<void>;
  /** Minutes without activity before the session ends; undefined when there is no limit. */
  idleMinutes: number | undefined;
  /** The relations service (whom a resident may act for). */
  relationsUrl: string | undefined;
  /** The unit directory (names of units, public). */
  unitsUrl: string | undefined;
  /** Why the person was signed out, on the signed-out page. */
  signedOutReason: SignOutReason | undefined;
}

export const PortalSessionContext = createContext<PortalSession | undefined>(undefined);

export function useSession(): PortalSession {
  const session = useContext(PortalSessionContext);
  if (!session) throw new Error('useSession needs a session provider around the app');
  return session;
}
