import { useEffect, useRef, useState } from 'react';
import type { UserManager } from 'oidc-client-ts';
import type { AuthContextProps } from 'react-oidc-context';
import type { Language } from '@asiointi/platform-i18n';
import { isAuthPath } from './auth-paths';
import { signedOutMarker } from './signed-out-marker';

/** After a reload the in-memory tokens are gone: how long to wait for the provider's answer. */
const restoreTimeoutSeconds = 5;

/**
 * Tokens live in memory, so a reload loses them. Once per page load this asks the provider, in a
 * hidden iframe (prompt=none), whether the person still has a session there, so that a reload does
 * not throw them out. Skipped on the sign-in pages and after the person signed out in this tab.
 * Returns true while the attempt is under way.
 */
export function useRestoreSession(
  userManager: UserManager,
  auth: Pick<AuthContextProps, 'isLoading' | 'user'>,
  initialPathname: string,
  language: Language,
): boolean {
  const [wanted] = useState(() => !isAuthPath(initialPathname) && !signedOutMarker.isSet());
  const [finished, setFinished] = useState(false);
  const attempted = useRef(false);

  useEffect(() => {
    if (!wanted || auth.isLoading || auth.user || attempted.current) return;
    attempted.current = true;
    userManager
      .signinSilent({ silentRequestTimeoutInSeconds: restoreTimeoutSeconds, ui_locales: language })
      // No session at the provider (login_required) or no answer: the person is simply signed out.
      .catch(() => undefined)
      .finally(() => setFinished(true));
  }, [wanted, auth.isLoading, auth.user, userManager, language]);

  return wanted && !finished && !auth.user;
}
