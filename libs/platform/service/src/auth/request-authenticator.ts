// From the Authorization header to a verified principal. No header: anonymous. Anything else must verify
// (signature via the provider's JWKS, issuer, audience, expiry with clock skew): a bad or expired token is
// UNAUTHENTICATED, never quietly anonymous. One verifier per service, so jose caches the keys.
import {
  AuthenticationError,
  bearerTokenFrom,
  createTokenVerifier,
  type TokenVerifier,
} from '@asiointi/platform-auth';
import { identityUnavailable, unauthenticated } from './access-errors';
import { anonymousPrincipal, type CallerPrincipal } from './caller-principal';
import { discoverJwksUrl } from './openid-discovery';

export interface IdentitySettings {
  /** Unset: no token can be verified, so every authenticated call is refused. */
  issuer: string | undefined;
  audience: string;
  /** Read from the issuer's discovery document when absent. */
  jwksUrl: string | undefined;
}

export interface Authentication {
  principal: CallerPrincipal;
  /** The verified access token, for calls made on the caller's behalf (the relations service). */
  accessToken: string | undefined;
}

export interface RequestAuthenticator {
  authenticate(authorizationHeader: string | undefined): Promise<Authentication>;
}

export function createRequestAuthenticator(
  settings: IdentitySettings,
  fetchImpl: typeof fetch = fetch,
): RequestAuthenticator {
  let verifier: Promise<TokenVerifier> | undefined;

  function verifierFor(issuer: string): Promise<TokenVerifier> {
    if (!verifier) {
      const created = (async () => {
        const jwksUrl = settings.jwksUrl ?? (await discoverJwksUrl(issuer, fetchImpl));
        return createTokenVerifier({ issuer, audience: settings.audience, jwksUrl });
      })();
      // A failed discovery is retried by the next request instead of being remembered.
      created.catch(() => {
        if (verifier === created) verifier = undefined;
      });
      verifier = created;
    }
    return verifier;
  }

  return {
    async authenticate(authorizationHeader) {
      if (authorizationHeader === undefined || authorizationHeader.trim() === '') {
        return { principal: anonymousPrincipal, accessToken: undefined };
      }
      const token = bearerTokenFrom(authorizationHeader);
      if (!token) throw unauthenticated(new AuthenticationError('TOKEN_INVALID', 'not a bearer token'));
      if (!settings.issuer)
        throw unauthenticated(new Error('OIDC_ISSUER is not configured: no token can be verified'));

      let tokenVerifier: TokenVerifier;
      try {
        tokenVerifier = await verifierFor(settings.issuer);
      } catch (error) {
        throw identityUnavailable(error);
      }
      try {
        return { principal: await tokenVerifier.verify(token), accessToken: token };
      } catch (error) {
        if (error instanceof AuthenticationError && error.reason === 'KEYS_UNAVAILABLE')
          throw identityUnavailable(error);
        if (error instanceof AuthenticationError) throw unauthenticated(error);
        throw error;
      }
    },
  };
}
