import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestIdp, type TestIdp } from './support/start-test-idp';

let idp: TestIdp;
beforeAll(async () => {
  idp = await startTestIdp();
});
afterAll(() => idp.close());

describe('discovery', () => {
  it('describes a code-only provider with PKCE S256, logout, the eIDAS levels and our claims', async () => {
    const response = await fetch(`${idp.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const discovery = (await response.json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({
      issuer: idp.issuer,
      authorization_endpoint: `${idp.issuer}/auth`,
      token_endpoint: `${idp.issuer}/token`,
      jwks_uri: `${idp.issuer}/jwks`,
      end_session_endpoint: `${idp.issuer}/session/end`,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      ui_locales_supported: ['fi', 'sv', 'en'],
    });
    expect(discovery.acr_values_supported).toEqual([
      'http://eidas.europa.eu/LoA/substantial',
      'http://eidas.europa.eu/LoA/high',
    ]);
    expect(discovery.claims_supported).toEqual(expect.arrayContaining(['sub', 'given_name', 'family_name', 'locale', 'personal_identity_code', 'roles', 'acr']));
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining(['openid', 'profile', 'personal_identity_code', 'roles']));
  });
});

describe('JWKS', () => {
  it('publishes one RS256 signing key, public part only', async () => {
    const response = await fetch(idp.jwksUrl);
    expect(response.status).toBe(200);
    const { keys } = (await response.json()) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(keys[0]?.kid).toEqual(expect.any(String));
    for (const privatePart of ['d', 'p', 'q', 'dp', 'dq', 'qi']) expect(keys[0]).not.toHaveProperty(privatePart);
  });
});

describe('health', () => {
  it('answers', async () => {
    const response = await fetch(`${idp.url}/health`);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
