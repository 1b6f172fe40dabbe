import { createTokenVerifier, type Principal, type TokenVerifier } from '@asiointi/platform-auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { obtainTokens } from '../src/testing/index';
import { testResident, TEST_SUBJECTS } from '../src/test-persons';
import { TEST_UNIT_IDS } from '../src/units/test-units';
import { decodeJwtPayload, startTestIdp, type TestIdp } from './support/start-test-idp';

let idp: TestIdp;
let verifier: TokenVerifier;
beforeAll(async () => {
  idp = await startTestIdp();
  // Exactly as a service would: the provider's JWKS over HTTP.
  verifier = createTokenVerifier({ issuer: idp.issuer, audience: 'asiointi-services', jwksUrl: idp.jwksUrl, requiredType: 'at+jwt' });
});
afterAll(() => idp.close());

function asResident(principal: Principal) {
  if (principal.kind !== 'resident') throw new Error(`expected a resident, got ${principal.kind}`);
  return principal;
}

describe('authorisation code flow with PKCE, driven by fetch', () => {
  it("gives a resident an access token the services' verifier accepts", async () => {
    const anna = testResident('guardianAnna');
    const { accessToken, tokenType, expiresIn } = await obtainTokens({ issuer: idp.issuer, person: 'guardianAnna' });
    expect(tokenType).toBe('Bearer');
    expect(expiresIn).toBeGreaterThan(0);
    const principal = asResident(await verifier.verify(accessToken));
    expect(principal).toMatchObject({
      kind: 'resident',
      subject: TEST_SUBJECTS.guardianAnna,
      name: { given: 'Anna', family: 'Virtanen' },
      language: 'fi',
      assuranceLevel: 'substantial',
    });
    expect(principal.identityCode.reveal()).toBe(anna.identityCode);
  });

  it('gives a staff member an access token with roles per unit and no identity code', async () => {
    const { accessToken } = await obtainTokens({ issuer: idp.issuer, person: 'managerMarkku' });
    expect(await verifier.verify(accessToken)).toEqual({
      kind: 'staff',
      subject: TEST_SUBJECTS.managerMarkku,
      name: { given: 'Markku', family: 'Koskinen' },
      language: 'fi',
      roles: [
        { role: 'manager', unitId: TEST_UNIT_IDS.centralHealthCentre },
        { role: 'manager', unitId: TEST_UNIT_IDS.familyCentre },
      ],
    });
    expect(decodeJwtPayload(accessToken)).not.toHaveProperty('personal_identity_code');
  });

  it("carries a Swedish speaker's language and a high assurance level", async () => {
    const ebba = await verifier.verify(await obtainTokens({ issuer: idp.issuer, person: 'swedishSpeakerEbba' }).then((t) => t.accessToken));
    expect(ebba).toMatchObject({ language: 'sv', name: { given: 'Ebba', family: 'Nyholm' } });
    const mikko = await verifier.verify(await obtainTokens({ issuer: idp.issuer, person: 'guardianMikko' }).then((t) => t.accessToken));
    expect(mikko).toMatchObject({ assuranceLevel: 'high' });
  });

  it('gives the ID token the profile, the identity code (when asked) and the acr', async () => {
    const aune = testResident('elderlyAuneWithMandate');
    const { idToken } = await obtainTokens({ issuer: idp.issuer, person: 'elderlyAuneWithMandate' });
    expect(decodeJwtPayload(idToken)).toMatchObject({
      iss: idp.issuer,
      aud: 'asiointi-shell',
      sub: aune.subject,
      given_name: 'Aune',
      family_name: 'Mäkinen',
      locale: 'fi',
      personal_identity_code: aune.identityCode,
      acr: 'http://eidas.europa.eu/LoA/substantial',
    });
    const withoutCode = await obtainTokens({ issuer: idp.issuer, person: 'elderlyAuneWithMandate', scope: 'openid profile' });
    expect(decodeJwtPayload(withoutCode.idToken)).not.toHaveProperty('personal_identity_code');
    // The services still learn who the resident is from the access token.
    expect(asResident(await verifier.verify(withoutCode.accessToken)).identityCode.reveal()).toBe(aune.identityCode);
  });

  it('signs in a typed identity code that belongs to no test person as an ad-hoc resident', async () => {
    const { accessToken } = await obtainTokens({ issuer: idp.issuer, person: { identityCode: '131052-308t' } });
    const principal = asResident(await verifier.verify(accessToken));
    expect(principal.identityCode.reveal()).toBe('131052-308T');
    expect(principal.name).toEqual({ given: 'Testi', family: 'Henkilö' });
    // The same code gets the same subject for as long as the provider runs.
    const again = await verifier.verify(await obtainTokens({ issuer: idp.issuer, person: { identityCode: '131052-308T' } }).then((t) => t.accessToken));
    expect(again.subject).toBe(principal.subject);
  });

  it('signs in a seeded resident by their typed identity code', async () => {
    const ebba = testResident('swedishSpeakerEbba');
    const { accessToken } = await obtainTokens({ issuer: idp.issuer, person: { identityCode: ebba.identityCode } });
    expect((await verifier.verify(accessToken)).subject).toBe(ebba.subject);
  });

  it('accepts a shell redirect URI on any loopback port, on both loopback names', async () => {
    for (const redirectUri of ['http://127.0.0.1:53123/auth/callback', 'http://localhost:61000/auth/silent-renew']) {
      await expect(obtainTokens({ issuer: idp.issuer, person: 'nurseSari', redirectUri })).resolves.toMatchObject({ tokenType: 'Bearer' });
    }
  });

  it('refuses a redirect URI with another path or host, showing an error page instead of redirecting', async () => {
    for (const redirectUri of ['http://127.0.0.1:53123/elsewhere', 'http://evil.example:4200/auth/callback']) {
      const response = await fetch(
        `${idp.issuer}/auth?${new URLSearchParams({
          client_id: 'asiointi-shell',
          response_type: 'code',
          scope: 'openid',
          redirect_uri: redirectUri,
          code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
          code_challenge_method: 'S256',
        })}`,
        { redirect: 'manual' },
      );
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
      expect(await response.text()).toContain('redirect_uri');
    }
  });

  it('refuses a loopback port wildcard when the provider is told to match exactly', async () => {
    const strict = await startTestIdp({ allowAnyLoopbackPort: false, shellOrigins: ['http://127.0.0.1:4200'] });
    try {
      await expect(obtainTokens({ issuer: strict.issuer, person: 'nurseSari', redirectUri: 'http://127.0.0.1:4201/auth/callback' })).rejects.toThrow();
      await expect(obtainTokens({ issuer: strict.issuer, person: 'nurseSari', redirectUri: 'http://127.0.0.1:4200/auth/callback' })).resolves.toBeTruthy();
    } finally {
      await strict.close();
    }
  });

  it('renews the access token with a refresh token when offline access was asked with prompt=consent', async () => {
    const tokens = await obtainTokens({
      issuer: idp.issuer,
      person: 'nurseSari',
      scope: 'openid profile roles offline_access',
      extraParams: { prompt: 'consent' },
    });
    expect(tokens.refreshToken).toEqual(expect.any(String));
    const renewed = await fetch(`${idp.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: tokens.refreshToken as string, client_id: 'asiointi-shell' }),
    });
    expect(renewed.status).toBe(200);
    const body = (await renewed.json()) as { access_token: string; refresh_token: string };
    expect(await verifier.verify(body.access_token)).toMatchObject({ kind: 'staff', subject: TEST_SUBJECTS.nurseSari });
    // Public clients get rotating refresh tokens: the old one is spent.
    expect(body.refresh_token).not.toBe(tokens.refreshToken);
  });

  it('is fast enough for authorisation test matrices', async () => {
    const started = performance.now();
    await Promise.all(
      (['guardianAnna', 'nurseSari', 'bookingAdminLiisa', 'minorAino14NotAllowed', 'feedbackAnalystHeidi'] as const).map((person) =>
        obtainTokens({ issuer: idp.issuer, person }),
      ),
    );
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('the token endpoint from the shell in a browser', () => {
  it('answers CORS for a loopback shell origin and not for others', async () => {
    const preflight = (origin: string) =>
      fetch(`${idp.issuer}/token`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('http://localhost:53999')).headers.get('access-control-allow-origin')).toBe('http://localhost:53999');
    // The provider answers the preflight, but the actual request from a foreign origin is refused:
    const foreign = await fetch(`${idp.issuer}/token`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: 'x', client_id: 'asiointi-shell', redirect_uri: 'http://127.0.0.1:4200/auth/callback', code_verifier: 'x'.repeat(43) }).toString(),
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});
