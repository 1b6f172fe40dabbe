import { useCallback, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { SignoutResponse, User, UserManager } from 'oidc-client-ts';
import { AuthProvider } from 'react-oidc-context';
import { authPaths } from './auth-paths';
import type { PortalConfig } from './portal-config';
import type { SignOutReason } from './portal-session';
import { returnPathOf } from './return-path-state';
import { OidcSessionBridge } from './OidcSessionBridge';

export interface OidcSessionProviderProps {
  userManager: UserManager;
  config: PortalConfig;
  children: ReactNode;
}

/**
 * The portal session over OpenID Connect: react-oidc-context completes the provider's redirects
 * (sign-in on /auth/callback, sign-out on /auth/signed-out); the bridge turns its state into the
 * PortalSession the pages and remotes use.
 */
export function OidcSessionProvider({ userManager, config, children }: OidcSessionProviderProps) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // Decided once: only the page the provider returned to completes a sign-in or sign-out.
  const [landedOn] = useState(pathname);
  const [signedOutReason, setSignedOutReason] = useState<SignOutReason>();

  const onSigninCallback = useCallback(
    (user: User | undefined) => void navigate(returnPathOf(user?.state), { replace: true }),
    [navigate],
  );
  const matchSignoutCallback = useCallback(() => landedOn === authPaths.signedOut, [landedOn]);
  const onSignoutCallback = useCallback(
    (response: SignoutResponse | undefined) => {
      const reason = (response?.userState as { reason?: unknown } | undefined)?.reason;
      setSignedOutReason(reason === 'idle' ? 'idle' : 'user');
      // The provider's state parameter has done its job: keep the address clean.
      void navigate(authPaths.signedOut, { replace: true });
    },
    [navigate],
  );

  return (
    <AuthProvider
      userManager={userManager}
      skipSigninCallback={landedOn !== authPaths.callback}
      onSigninCallback={onSigninCallback}
      matchSignoutCallback={matchSignoutCallback}
      onSignoutCallback={onSignoutCallback}
    >
      <OidcSessionBridge
        userManager={userManager}
        config={config}
        landedOn={landedOn}
        signedOutReason={signedOutReason}
      >
        {children}
      </OidcSessionBridge>
    </AuthProvider>
  );
}
