import { InMemoryWebStorage, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';
import { authPaths } from './auth-paths';
import type { PortalConfig } from './portal-config';

/** A silent sign-in that takes longer than this gives up (the provider is down or slow). */
export const silentRequestTimeoutSeconds = 8;

/**
 * The shell's OpenID Connect client: authorisation code with PKCE (oidc-client-ts always uses S256
 * for `code`). Tokens live in memory only, so no script can read them from storage later; the
 * transient sign-in state (PKCE verifier, nonce, return path: no tokens) goes to sessionStorage,
 * which must survive the redirect to the provider and back.
 */
export function userManagerSettings(
  identity: PortalConfig['identity'],
  origin: string,
  transientStateStorage: Storage,
): UserManagerSettings {
  return {
    authority: identity.issuer,
    client_id: identity.clientId,
    scope: withOpenIdScope(identity.scope),
    response_type: 'code',
    redirect_uri: origin + authPaths.callback,
    silent_redirect_uri: origin + authPaths.silentRenew,
    post_logout_redirect_uri: origin + authPaths.signedOut,
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    stateStore: new WebStorageStateStore({ store: transientStateStorage, prefix: 'asiointi.oidc.' }),
    // Renews in a hidden iframe (prompt=none) a minute before the access token expires. The shell
    // asks for no refresh token: nothing long-lived is ever held in the browser.
    automaticSilentRenew: true,
    silentRequestTimeoutInSeconds: silentRequestTimeoutSeconds,
    accessTokenExpiringNotificationTimeInSeconds: 60,
    // The ID token carries the name, locale and staff roles; no userinfo round trip is needed.
    loadUserInfo: false,
    monitorSession: false,
  };
}

/** Every OpenID Connect request needs `openid`; the config may leave it implicit. */
function withOpenIdScope(scope: string): string {
  const scopes = scope.split(/\s+/).filter(Boolean);
  return (scopes.includes('openid') ? scopes : ['openid', ...scopes]).join(' ');
}
