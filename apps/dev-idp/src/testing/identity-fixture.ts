// A real dev identity provider for services' access tests, started with a signing key the tests also
// hold, so that they can mint tokens the provider would never issue (wrong audience, expired, forged).
import { createLogger } from '../logging/create-logger';
import { startDevIdp, type RunningDevIdp } from '../start-dev-idp';
import { testResident, type TestPersonKey } from '../test-persons';
import { obtainAccessToken } from './obtain-tokens';
import { ACR_BY_ASSURANCE_LEVEL, SERVICES_AUDIENCE } from '@asiointi/platform-auth/principal';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

const keyId = 'access-test-key';

async function rsaKey() {
  return (await generateKeyPair('RS256', { extractable: true })).privateKey;
}

export interface MintOptions {
  claims?: JWTPayload;
  audience?: string;
  issuer?: string;
  /** Seconds from now; negative for a token that has expired. */
  expiresIn?: number;
  /** Sign with a key the provider does not have (under the provider's key id). */
  forged?: boolean;
}

export interface IdentityFixture {
  idp: RunningDevIdp;
  /** A real access token from the provider's code flow, one per person and fixture. */
  tokenOf(person: TestPersonKey): Promise<string>;
  mint(options?: MintOptions): Promise<string>;
  /** A token with `alg: none` and no signature, as an attacker would craft it. */
  unsigned(claims?: JWTPayload): string;
  close(): Promise<void>;
}

/** Anna's claims as the provider issues them, for minted tokens. */
export function residentClaimsOf(person: TestPersonKey): JWTPayload {
  const resident = testResident(person);
  return {
    sub: resident.subject,
    personal_identity_code: resident.identityCode,
    given_name: resident.name.given,
    family_name: resident.name.family,
    locale: resident.language,
    acr: ACR_BY_ASSURANCE_LEVEL[resident.assuranceLevel],
  };
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startIdentityFixture(): Promise<IdentityFixture> {
  const [signingKey, forgeryKey] = await Promise.all([rsaKey(), rsaKey()]);
  const jwk = { ...(await exportJWK(signingKey)), kid: keyId, alg: 'RS256', use: 'sig' };
  const idp = await startDevIdp({
    port: 0,
    signingKeys: { keys: [jwk] },
    logger: createLogger({ level: 'silent' }),
  });
  const tokens = new Map<TestPersonKey, Promise<string>>();
  const defaultClaims = residentClaimsOf('guardianAnna');

  return {
    idp,
    tokenOf(person) {
      let token = tokens.get(person);
      if (!token) {
        token = obtainAccessToken({ issuer: idp.issuer, person });
        tokens.set(person, token);
      }
      return token;
    },
    mint({
      claims = defaultClaims,
      audience = SERVICES_AUDIENCE,
      issuer = idp.issuer,
      expiresIn = 300,
      forged = false,
    } = {}) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: keyId, typ: 'at+jwt' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(now - 600)
        .setExpirationTime(now + expiresIn)
        .sign(forged ? forgeryKey : signingKey);
    },
    unsigned(claims = defaultClaims) {
      const now = Math.floor(Date.now() / 1000);
      const payload = { ...claims, iss: idp.issuer, aud: SERVICES_AUDIENCE, iat: now, exp: now + 300 };
      return `${base64url({ alg: 'none', typ: 'at+jwt' })}.${base64url(payload)}.`;
    },
    close: () => idp.close(),
  };
}
