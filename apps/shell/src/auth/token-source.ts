import type { User, UserManager } from 'oidc-client-ts';

/** A token with less life left than this is renewed before it is handed out. */
const minimumValiditySeconds = 30;

/**
 * Hands out the current access token, renewing it first when it is about to expire (the tab slept
 * through the automatic renewal). Concurrent callers share one renewal. When renewal fails the
 * session has ended: `onEnded` is told and undefined is returned.
 */
export function createTokenSource(userManager: UserManager, onEnded: () => void) {
  let renewal: Promise<User | null> | undefined;

  return async function getAccessToken(): Promise<string | undefined> {
    const user = await userManager.getUser();
    if (!user) return undefined;
    if ((user.expires_in ?? Number.POSITIVE_INFINITY) > minimumValiditySeconds) return user.access_token;
    renewal ??= userManager.signinSilent().finally(() => {
      renewal = undefined;
    });
    try {
      return (await renewal)?.access_token;
    } catch {
      onEnded();
      return undefined;
    }
  };
}
