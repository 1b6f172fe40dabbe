// The portal shell: a public client (no secret) that signs in with the authorisation code flow and PKCE.
// Its redirect URIs are the shell origins given in the configuration with fixed paths.
import { ACR_VALUES } from '@asiointi/platform-auth/principal';
import type { ClientMetadata } from 'oidc-provider';

export const SHELL_CLIENT_ID = 'asiointi-shell';
/** Where the shell receives the code: after an interactive sign-in, and after a silent renewal. */
export const SHELL_REDIRECT_PATHS = ['/auth/callback', '/auth/silent-renew'] as const;
/** Where the shell may ask to land after signing out. */
export const SHELL_POST_LOGOUT_PATHS = ['/', '/auth/signed-out'] as const;
export const DEFAULT_SHELL_ORIGINS = ['http://127.0.0.1:4200', 'http://localhost:4200'] as const;

/** "http://localhost:4200/" → "http://localhost:4200"; anything with a path, query or credentials is refused. */
export function normalizeShellOrigin(value: string): string {
  const url = URL.parse(value.trim());
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.username || url.password || url.search || url.hash) {
    throw new TypeError(`Not a shell origin: ${value}`);
  }
  if (url.pathname !== '/') throw new TypeError(`A shell origin has no path: ${value}`);
  return url.origin;
}

export function shellClientMetadata(shellOrigins: readonly string[]): ClientMetadata {
  return {
    client_id: SHELL_CLIENT_ID,
    client_name: 'Asiointi',
    application_type: 'web',
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    // Asks for the assurance level on every request, so that the ID token always states it.
    default_acr_values: [...ACR_VALUES],
    redirect_uris: shellOrigins.flatMap((origin) => SHELL_REDIRECT_PATHS.map((path) => origin + path)),
    post_logout_redirect_uris: shellOrigins.flatMap((origin) => SHELL_POST_LOGOUT_PATHS.map((path) => origin + path)),
  };
}
