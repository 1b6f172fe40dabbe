import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorResponse, type UserManager } from 'oidc-client-ts';
import { useAuth } from 'react-oidc-context';
import { useLanguage } from '@asiointi/platform-i18n';
import { actingForMemory } from '../acting/acting-for-memory';
import { authPaths } from './auth-paths';
import type { PortalConfig } from './portal-config';
import {
  PortalSessionContext,
  type PortalSession,
  type SessionNotice,
  type SessionStatus,
  type SignOutReason,
} from './portal-session';
import { returnPathOf, signInState } from './return-path-state';
import { signedInPersonFrom } from './signed-in-person';
import { signedOutMarker } from './signed-out-marker';
import { createTokenSource } from './token-source';
import { useRestoreSession } from './use-restore-session';

interface OidcSessionBridgeProps {
  userManager: UserManager;
  config: PortalConfig;
  /** The path the page was loaded at. */
  landedOn: string;
  signedOutReason: SignOutReason | undefined;
  children: ReactNode;
}

export function OidcSessionBridge({
  userManager,
  config,
  landedOn,
  signedOutReason,
  children,
}: OidcSessionBridgeProps) {
  const auth = useAuth();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const { language } = useLanguage();
  const [notice, setNotice] = useState<SessionNotice>();
  const [localSignOutReason, setLocalSignOutReason] = useState<SignOutReason>();
  const [signingOut, setSigningOut] = useState(false);
  const restoring = useRestoreSession(userManager, auth, landedOn, language);

  const here = `${location.pathname}${location.search}`;

  const endSession = useCallback(() => {
    void userManager.removeUser();
    // What was fetched with the old token must not be shown to whoever sits down next.
    queryClient.clear();
    setNotice('session-ended');
  }, [userManager, queryClient]);

  // The automatic renewal failed (the provider's session ended) or the token ran out unrenewed.
  useEffect(() => {
    userManager.events.addSilentRenewError(endSession);
    userManager.events.addAccessTokenExpired(endSession);
    return () => {
      userManager.events.removeSilentRenewError(endSession);
      userManager.events.removeAccessTokenExpired(endSession);
    };
  }, [userManager, endSession]);

  // The provider answered the sign-in with an error (the person cancelled), or the answer did not
  // check out: say so, back on the page where they started.
  const callbackError = auth.error?.source === 'signinCallback' ? auth.error : undefined;
  const [dismissedError, setDismissedError] = useState<unknown>();
  const callbackNotice =
    callbackError && callbackError !== dismissedError
      ? signInFailureNotice(callbackError.innerError)
      : undefined;
  const returnedFrom = useRef<unknown>(undefined);
  useEffect(() => {
    // Once per error: the router hands out a new navigate after every navigation.
    if (!callbackError || returnedFrom.current === callbackError) return;
    returnedFrom.current = callbackError;
    const inner = callbackError.innerError;
    void navigate(returnPathOf(inner instanceof ErrorResponse ? inner.state : undefined), { replace: true });
  }, [callbackError, navigate]);

  const getAccessToken = useMemo(() => createTokenSource(userManager, endSession), [userManager, endSession]);

  const signIn = useCallback(
    (returnTo?: string) => {
      signedOutMarker.clear();
      setNotice(undefined);
      setDismissedError(callbackError);
      userManager
        .signinRedirect({ state: signInState(returnTo ?? here), ui_locales: language })
        .catch((error: unknown) => {
          console.error('Could not start signing in', error);
          setNotice('unavailable');
        });
    },
    [userManager, language, here, callbackError],
  );

  const signOut = useCallback(
    async (reason: SignOutReason = 'user') => {
      // Removing the user makes the session anonymous before the page leaves: a page that needs
      // sign-in must not take that as a reason to send the person to sign in again.
      setSigningOut(true);
      signedOutMarker.set();
      actingForMemory.write(undefined);
      queryClient.clear();
      try {
        // Ends the provider's session too (id_token_hint is added from the stored user), so that
        // the next person at this device cannot sign straight back in.
        await userManager.signoutRedirect({ state: { reason }, extraQueryParams: { ui_locales: language } });
      } catch (error) {
        console.error('Could not sign out at the provider; signed out here only', error);
        await userManager.removeUser();
        setLocalSignOutReason(reason);
        setSigningOut(false);
        void navigate(authPaths.signedOut);
      }
    },
    [userManager, queryClient, language, navigate],
  );

  const user = auth.user && !auth.user.expired ? auth.user : undefined;
  const status: SessionStatus = signingOut
    ? 'signing-out'
    : auth.isLoading || restoring
      ? 'checking'
      : user
        ? 'signed-in'
        : 'anonymous';
  const person = useMemo(() => (user ? signedInPersonFrom(user.profile) : undefined), [user]);

  const session = useMemo<PortalSession>(
    () => ({
      status,
      person,
      notice: notice ?? callbackNotice,
      dismissNotice: () => {
        setNotice(undefined);
        setDismissedError(callbackError);
      },
      getAccessToken,
      signIn,
      signOut,
      idleMinutes: config.sessionIdleMinutes,
      relationsUrl: config.relationsUrl,
      unitsUrl: config.unitsUrl,
      signedOutReason: signedOutReason ?? localSignOutReason,
    }),
    [
      status,
      person,
      notice,
      callbackNotice,
      callbackError,
      getAccessToken,
      signIn,
      signOut,
      config,
      signedOutReason,
      localSignOutReason,
    ],
  );

  return <PortalSessionContext.Provider value={session}>{children}</PortalSessionContext.Provider>;
}

function signInFailureNotice(error: unknown): SessionNotice {
  return error instanceof ErrorResponse && error.error === 'access_denied'
    ? 'sign-in-cancelled'
    : 'sign-in-failed';
}
