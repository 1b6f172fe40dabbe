import { beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, createTokenVerifier, type Principal, type TokenVerifier } from '../src/index';
import {
  audience,
  createSigningKey,
  hmacSignedWithPublicKey,
  issuer,
  jwksOf,
  residentClaims,
  type SigningKey,
  signToken,
  staffClaims,
  unsignedToken,
} from './token-fixtures';

let key: SigningKey;
let otherKey: SigningKey;
let verifier: TokenVerifier;

beforeAll(async () => {
  key = await createSigningKey('key-1');
  otherKey = await createSigningKey('key-2');
  verifier = createTokenVerifier({ issuer, audience, jwks: jwksOf(key) });
});

async function failureOf(promise: Promise<Principal>): Promise<AuthenticationError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AuthenticationError);
  return error as AuthenticationError;
}

describe('createTokenVerifier accepts', () => {
  it("a resident's token, as a typed resident principal", async () => {
    const principal = await verifier.verify(await signToken({ key }));
    expect(principal).toMatchObject({
      kind: 'resident',
      subject: 'resident-subject-1',
      name: { given: 'Anna', family: 'Virtanen' },
      language: 'fi',
      assuranceLevel: 'substantial',
    });
    if (principal.kind !== 'resident') throw new Error('expected a resident');
    expect(principal.identityCode.reveal()).toBe('131052-308T');
    expect(principal.identityCode.birthDate).toBe('1952-10-13');
    expect(JSON.stringify(principal)).not.toContain('308T');
  });

  it("a staff member's token, as a staff principal with roles per unit", async () => {
    const principal = await verifier.verify(await signToken({ key, claims: staffClaims }));
    expect(principal).toEqual({
      kind: 'staff',
      subject: 'staff-subject-1',
      name: { given: 'Sari', family: 'Hoitaja' },
      language: 'sv',
      roles: [{ role: 'nurse', unitId: '3b0e8f6c-8a53-4a43-9b0c-1f0f3f6b7a01' }],
    });
  });

  it('an ES256 and a PS256 token from keys in the same set', async () => {
    const ecKey = await createSigningKey('ec-key', 'ES256');
    const psKey = await createSigningKey('ps-key', 'PS256');
    const multiKeyVerifier = createTokenVerifier({ issuer, audience, jwks: jwksOf(key, ecKey, psKey) });
    await expect(multiKeyVerifier.verify(await signToken({ key: ecKey }))).resolves.toMatchObject({ kind: 'resident' });
    await expect(multiKeyVerifier.verify(await signToken({ key: psKey }))).resolves.toMatchObject({ kind: 'resident' });
  });

  it('a token expired within the clock tolerance, and one not yet valid within it', async () => {
    await expect(verifier.verify(await signToken({ key, expiresIn: -20 }))).resolves.toMatchObject({ kind: 'resident' });
    await expect(verifier.verify(await signToken({ key, notBeforeIn: 20 }))).resolves.toMatchObject({ kind: 'resident' });
  });

  it('a token from an Authorization header', async () => {
    const token = await signToken({ key });
    await expect(verifier.verifyAuthorizationHeader(`Bearer ${token}`)).resolves.toMatchObject({ kind: 'resident' });
  });
});

describe('createTokenVerifier refuses', () => {
  it('no token at all', async () => {
    expect((await failureOf(verifier.verify(undefined))).reason).toBe('TOKEN_MISSING');
    expect((await failureOf(verifier.verify(''))).reason).toBe('TOKEN_MISSING');
    expect((await failureOf(verifier.verifyAuthorizationHeader('Basic dXNlcjpwYXNz'))).reason).toBe('TOKEN_MISSING');
  });

  it('a token signed with another key (same kid)', async () => {
    const forged = await signToken({ key: otherKey, kid: key.kid });
    expect((await failureOf(verifier.verify(forged))).reason).toBe('TOKEN_INVALID');
  });

  it('a token signed with a key the set does not have', async () => {
    expect((await failureOf(verifier.verify(await signToken({ key: otherKey })))).reason).toBe('TOKEN_INVALID');
  });

  it('a token for another audience', async () => {
    const token = await signToken({ key, audience: 'some-other-api' });
    expect((await failureOf(verifier.verify(token))).reason).toBe('WRONG_AUDIENCE');
  });

  it('a token from another issuer', async () => {
    const token = await signToken({ key, issuer: 'https://evil.example.test' });
    expect((await failureOf(verifier.verify(token))).reason).toBe('WRONG_ISSUER');
  });

  it('a token expired beyond the tolerance', async () => {
    expect((await failureOf(verifier.verify(await signToken({ key, expiresIn: -31 })))).reason).toBe('TOKEN_EXPIRED');
  });

  it('a token not valid before a time beyond the tolerance', async () => {
    expect((await failureOf(verifier.verify(await signToken({ key, notBeforeIn: 60 })))).reason).toBe('TOKEN_INVALID');
  });

  it('an unsigned token (alg: none)', async () => {
    expect((await failureOf(verifier.verify(unsignedToken()))).reason).toBe('TOKEN_INVALID');
  });

  it('an HS256 token signed with the public key as the secret', async () => {
    expect((await failureOf(verifier.verify(await hmacSignedWithPublicKey(key)))).reason).toBe('TOKEN_INVALID');
  });

  it('garbage', async () => {
    for (const garbage of ['abc', 'a.b.c', '...', 'eyJhbGciOiJSUzI1NiJ9.e30.']) {
      expect((await failureOf(verifier.verify(garbage))).reason).toBe('TOKEN_INVALID');
    }
  });

  it('a resident token without a valid identity code, naming the claim but not its value', async () => {
    const token = await signToken({ key, claims: { ...residentClaims, personal_identity_code: '131052-308U' } });
    const error = await failureOf(verifier.verify(token));
    expect(error.reason).toBe('TOKEN_INVALID');
    expect(error.message).toContain('personal_identity_code');
    expect(error.message).not.toContain('131052');
  });

  it('a resident token with a temporary identity code unless allowed', async () => {
    const token = await signToken({ key, claims: { ...residentClaims, personal_identity_code: '010594Y9021' } });
    expect((await failureOf(verifier.verify(token))).reason).toBe('TOKEN_INVALID');
    const lenient = createTokenVerifier({ issuer, audience, jwks: jwksOf(key), identityCodes: { allowTemporary: true } });
    await expect(lenient.verify(token)).resolves.toMatchObject({ kind: 'resident' });
  });

  it('a resident token below substantial assurance', async () => {
    const token = await signToken({ key, claims: { ...residentClaims, acr: 'http://eidas.europa.eu/LoA/low' } });
    expect((await failureOf(verifier.verify(token))).reason).toBe('TOKEN_INVALID');
  });

  it('a staff token that also carries an identity code', async () => {
    const token = await signToken({ key, claims: { ...staffClaims, personal_identity_code: '131052-308T' } });
    const error = await failureOf(verifier.verify(token));
    expect(error.reason).toBe('TOKEN_INVALID');
    expect(error.message).not.toContain('131052');
  });

  it('a token without a subject', async () => {
    const { sub: _sub, ...withoutSubject } = residentClaims;
    expect((await failureOf(verifier.verify(await signToken({ key, claims: withoutSubject })))).reason).toBe('TOKEN_INVALID');
  });

  it('a token that is not typed as an access token (at+jwt), e.g. an ID token', async () => {
    expect((await failureOf(verifier.verify(await signToken({ key, type: 'JWT' })))).reason).toBe('TOKEN_INVALID');
    const untyped = await signToken({ key, type: '' });
    expect((await failureOf(verifier.verify(untyped))).reason).toBe('TOKEN_INVALID');
  });

  it('a token that lives longer than the maximum lifetime (one hour by default)', async () => {
    const error = await failureOf(verifier.verify(await signToken({ key, expiresIn: 3601 })));
    expect(error.reason).toBe('TOKEN_INVALID');
    expect(error.message).toContain('lifetime');
    await expect(verifier.verify(await signToken({ key, expiresIn: 3600 }))).resolves.toMatchObject({ kind: 'resident' });
    const shortLived = createTokenVerifier({ issuer, audience, jwks: jwksOf(key), maxLifetimeSeconds: 600 });
    expect((await failureOf(shortLived.verify(await signToken({ key, expiresIn: 601 })))).reason).toBe('TOKEN_INVALID');
  });

  it('a token issued in the future beyond the clock tolerance, but not one within it', async () => {
    const error = await failureOf(verifier.verify(await signToken({ key, issuedIn: 60, expiresIn: 360 })));
    expect(error.reason).toBe('TOKEN_INVALID');
    expect(error.message).toContain('iat');
    await expect(verifier.verify(await signToken({ key, issuedIn: 20, expiresIn: 320 }))).resolves.toMatchObject({
      kind: 'resident',
    });
  });

  it('a token of the wrong type when a type is required', async () => {
    const strict = createTokenVerifier({ issuer, audience, jwks: jwksOf(key), requiredType: 'application/at+jwt' });
    await expect(strict.verify(await signToken({ key }))).resolves.toMatchObject({ kind: 'resident' });
    const idTokenLike = createTokenVerifier({ issuer, audience, jwks: jwksOf(key), requiredType: 'JWT' });
    expect((await failureOf(idTokenLike.verify(await signToken({ key })))).reason).toBe('TOKEN_INVALID');
  });

  it('never puts the token in its message', async () => {
    const token = await signToken({ key, expiresIn: -3600 });
    const error = await failureOf(verifier.verify(token));
    expect(error.message).not.toContain(token.split('.')[1]);
    expect(error.cause).toBeUndefined();
  });
});

describe('createTokenVerifier configuration', () => {
  it.each([0, -1, Number.NaN, 86_401])('refuses a maximum lifetime of %s seconds', (maxLifetimeSeconds) => {
    expect(() => createTokenVerifier({ issuer, audience, jwks: { keys: [] }, maxLifetimeSeconds })).toThrow(TypeError);
  });

  it.each(['none', 'HS256', 'HS512'])('refuses to be configured with %s', (algorithm) => {
    expect(() =>
      createTokenVerifier({ issuer, audience, jwks: { keys: [] }, algorithms: [algorithm as 'RS256'] }),
    ).toThrow(TypeError);
  });

  it('refuses an HS256 token even when only RS256 keys exist and RS256 is allowed', async () => {
    const rsOnly = createTokenVerifier({ issuer, audience, jwks: jwksOf(key), algorithms: ['RS256'] });
    expect((await failureOf(rsOnly.verify(await hmacSignedWithPublicKey(key)))).reason).toBe('TOKEN_INVALID');
  });

  it('tells an unreachable key set apart from a bad token', async () => {
    const unreachable = createTokenVerifier({ issuer, audience, jwksUrl: 'http://127.0.0.1:9/jwks' });
    expect((await failureOf(unreachable.verify(await signToken({ key })))).reason).toBe('KEYS_UNAVAILABLE');
  });
});
