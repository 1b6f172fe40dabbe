// Verifies an access token for a service: signature against the provider's keys (JWKS), issuer,
// audience, the RFC 9068 type (`at+jwt`, so an ID token cannot stand in), expiry and not-before with a
// little clock tolerance, `iat` not in the future and a bounded lifetime, and an allow-list of asymmetric
// algorithms so that neither `none` nor an HMAC signed with a public key can pass. Then the claims become
// a typed principal.
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import type { IdentityCodeOptions } from '../identity-code/identity-code';
import { parsePrincipalClaims } from '../principal/principal-claims-schema';
import type { Principal } from '../principal/principal';
import { AuthenticationError } from './authentication-error';
import { bearerTokenFrom } from './bearer-token';
import { isTokenFaultInKeyLookup, KeysUnavailableSignal, reasonForVerificationError } from './jose-error-reason';
import { checkedMaxLifetime, DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, lifetimeProblem } from './token-lifetime';

export const ALLOWED_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'] as const;
export type TokenAlgorithm = (typeof ALLOWED_ALGORITHMS)[number];

interface CommonOptions {
  issuer: string;
  audience: string;
  /** Seconds of clock skew forgiven on `exp`, `nbf` and `iat`. */
  clockToleranceSeconds?: number;
  /** The longest `exp - iat` accepted (default one hour, at most a day). */
  maxLifetimeSeconds?: number;
  /** Asymmetric algorithms only: `none` and HS* are refused when the verifier is created. */
  algorithms?: readonly TokenAlgorithm[];
  /** The `typ` header required (default "at+jwt", RFC 9068 access tokens). */
  requiredType?: string;
  /** Temporary identity codes (900–999) are refused unless allowed here. */
  identityCodes?: IdentityCodeOptions;
}

export type TokenVerifierOptions = CommonOptions &
  (
    | { jwksUrl: string | URL; jwks?: never }
    | { jwks: JSONWebKeySet; jwksUrl?: never }
  );

export interface TokenVerifier {
  /** The principal of a valid token; an AuthenticationError otherwise. */
  verify(token: string | null | undefined): Promise<Principal>;
  /** Same, from an `Authorization` header value. */
  verifyAuthorizationHeader(header: string | null | undefined): Promise<Principal>;
}

const DEFAULT_ALGORITHMS: readonly TokenAlgorithm[] = ['RS256', 'ES256', 'PS256'];

function checkedAlgorithms(algorithms: readonly string[]): string[] {
  if (algorithms.length === 0) throw new TypeError('createTokenVerifier needs at least one algorithm');
  for (const algorithm of algorithms) {
    if (!(ALLOWED_ALGORITHMS as readonly string[]).includes(algorithm)) {
      // A symmetric or unsigned algorithm would let anyone who knows the public key mint tokens.
      throw new TypeError(`createTokenVerifier refuses the algorithm ${algorithm}: only asymmetric signatures`);
    }
  }
  return [...algorithms];
}

function keySource(options: TokenVerifierOptions): JWTVerifyGetKey {
  if (options.jwks) return createLocalJWKSet(options.jwks);
  if (options.jwksUrl) return createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 5_000 });
  throw new TypeError('createTokenVerifier needs jwksUrl or jwks');
}

/** Tells "the keys could not be had" apart from "no key fits this token". */
function keyResolver(options: TokenVerifierOptions): JWTVerifyGetKey {
  const source = keySource(options);
  return async (header, token) => {
    try {
      return await source(header, token);
    } catch (error) {
      if (isTokenFaultInKeyLookup(error)) throw error;
      throw new KeysUnavailableSignal();
    }
  };
}

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const { issuer, audience, clockToleranceSeconds = 30, requiredType = 'at+jwt', identityCodes } = options;
  if (!issuer || !audience) throw new TypeError('createTokenVerifier needs an issuer and an audience');
  if (!Number.isFinite(clockToleranceSeconds) || clockToleranceSeconds < 0 || clockToleranceSeconds > 300) {
    throw new TypeError('clockToleranceSeconds must be between 0 and 300');
  }
  const maxLifetimeSeconds = checkedMaxLifetime(options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS);
  const algorithms = checkedAlgorithms(options.algorithms ?? DEFAULT_ALGORITHMS);
  const keys = keyResolver(options);

  async function verify(token: string | null | undefined): Promise<Principal> {
    if (!token) throw new AuthenticationError('TOKEN_MISSING');
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer,
        audience,
        algorithms,
        clockTolerance: clockToleranceSeconds,
        requiredClaims: ['exp', 'iat', 'sub'],
        typ: requiredType,
      }));
    } catch (error) {
      throw new AuthenticationError(reasonForVerificationError(error));
    }
    const problem = lifetimeProblem(payload as { iat: number; exp: number }, Math.floor(Date.now() / 1000), {
      maxLifetimeSeconds,
      clockToleranceSeconds,
    });
    if (problem) throw new AuthenticationError('TOKEN_INVALID', problem);
    const parsed = parsePrincipalClaims(payload, { identityCodes });
    if (!parsed.success) throw new AuthenticationError('TOKEN_INVALID', `claims: ${parsed.failedClaims.join(', ')}`);
    return parsed.principal;
  }

  return {
    verify,
    verifyAuthorizationHeader: (header) => verify(bearerTokenFrom(header)),
  };
}
