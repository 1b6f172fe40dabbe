// Real keys and signed tokens for the verifier tests.
import { exportJWK, exportSPKI, generateKeyPair, type JSONWebKeySet, type JWTPayload, SignJWT } from 'jose';
import { ACR_BY_ASSURANCE_LEVEL } from '../src/principal/assurance-level';

export const issuer = 'https://idp.example.test';
export const audience = 'asiointi-services';

export async function createSigningKey(kid: string, alg: 'RS256' | 'ES256' | 'PS256' = 'RS256') {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return { kid, alg, privateKey, publicKey, publicJwk, publicPem: await exportSPKI(publicKey) };
}
export type SigningKey = Awaited<ReturnType<typeof createSigningKey>>;

export const jwksOf = (...keys: SigningKey[]): JSONWebKeySet => ({ keys: keys.map((key) => key.publicJwk) });

export const residentClaims = {
  sub: 'resident-subject-1',
  personal_identity_code: '131052-308T',
  given_name: 'Anna',
  family_name: 'Virtanen',
  locale: 'fi',
  acr: ACR_BY_ASSURANCE_LEVEL.substantial,
};

export const staffClaims = {
  sub: 'staff-subject-1',
  given_name: 'Sari',
  family_name: 'Hoitaja',
  locale: 'sv-FI',
  roles: [{ role: 'nurse', unitId: '3b0e8f6c-8a53-4a43-9b0c-1f0f3f6b7a01' }],
};

export interface SignOptions {
  key: SigningKey;
  claims?: JWTPayload;
  issuer?: string;
  audience?: string;
  /** Seconds relative to now. */
  expiresIn?: number;
  notBeforeIn?: number;
  /** Seconds relative to now (default 0: issued now). */
  issuedIn?: number;
  /** The `typ` header (default "at+jwt"). */
  type?: string;
  kid?: string;
}

export async function signToken({
  key,
  claims = residentClaims,
  expiresIn = 300,
  notBeforeIn,
  issuedIn = 0,
  type = 'at+jwt',
  kid,
  ...rest
}: SignOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: key.alg, kid: kid ?? key.kid, typ: type })
    .setIssuer(rest.issuer ?? issuer)
    .setAudience(rest.audience ?? audience)
    .setIssuedAt(now + issuedIn)
    .setExpirationTime(now + expiresIn);
  if (notBeforeIn !== undefined) jwt.setNotBefore(now + notBeforeIn);
  return jwt.sign(key.privateKey);
}

const base64url = (value: unknown) =>
  btoa(JSON.stringify(value)).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');

/** An unsigned token crafted by hand, as an attacker would. */
export function unsignedToken(claims: JWTPayload = residentClaims): string {
  const now = Math.floor(Date.now() / 1000);
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...claims, iss: issuer, aud: audience, iat: now, exp: now + 300 })}.`;
}

/** The classic key-confusion attack: HS256 with the public key's PEM bytes as the shared secret. */
export async function hmacSignedWithPublicKey(key: SigningKey): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(residentClaims)
    .setProtectedHeader({ alg: 'HS256', kid: key.kid })
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt(now)
    .setExpirationTime(now + 300)
    .sign(new TextEncoder().encode(key.publicPem));
}
