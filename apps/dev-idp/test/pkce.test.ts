import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SUBJECTS } from '../src/test-persons';
import { authorizationUrl, BrowserlessClient, createPkcePair, DEFAULT_TEST_REDIRECT_URI } from '../src/testing/index';
import { startTestIdp, type TestIdp } from './support/start-test-idp';

let idp: TestIdp;
beforeAll(async () => {
  idp = await startTestIdp();
});
afterAll(() => idp.close());

const baseParams = {
  client_id: 'asiointi-shell',
  response_type: 'code',
  scope: 'openid profile',
  redirect_uri: DEFAULT_TEST_REDIRECT_URI,
  state: 'state-1',
};

/** Runs the browser part of the flow and returns the code (or the error) at the redirect URI. */
async function authorize(client: BrowserlessClient, params: Record<string, string>): Promise<URL> {
  const start = await client.request(authorizationUrl(idp.issuer, params));
  const first = await client.followUntil(start, idp.issuer, (location) => location.href.startsWith(DEFAULT_TEST_REDIRECT_URI) || location.pathname.startsWith('/interaction/'));
  if (!(first instanceof URL)) throw new Error(`unexpected ${first.status}`);
  if (first.href.startsWith(DEFAULT_TEST_REDIRECT_URI)) return first;
  const signedIn = await client.postForm(`${idp.issuer}${first.pathname}/login`, { subject: TEST_SUBJECTS.guardianAnna });
  const callback = await client.followUntil(signedIn, idp.issuer, (location) => location.href.startsWith(DEFAULT_TEST_REDIRECT_URI));
  if (!(callback instanceof URL)) throw new Error(`unexpected ${callback.status}`);
  return callback;
}

function exchange(client: BrowserlessClient, code: string, verifier?: string) {
  return client.postForm(`${idp.issuer}/token`, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: DEFAULT_TEST_REDIRECT_URI,
    client_id: 'asiointi-shell',
    ...(verifier === undefined ? {} : { code_verifier: verifier }),
  });
}

describe('PKCE is required', () => {
  it('refuses an authorisation request without a code challenge', async () => {
    const callback = await authorize(new BrowserlessClient(), baseParams);
    expect(callback.searchParams.get('error')).toBe('invalid_request');
    expect(callback.searchParams.get('error_description')).toMatch(/PKCE/);
    expect(callback.searchParams.get('code')).toBeNull();
  });

  it('refuses the plain method', async () => {
    const callback = await authorize(new BrowserlessClient(), { ...baseParams, code_challenge: 'a'.repeat(43), code_challenge_method: 'plain' });
    expect(callback.searchParams.get('error')).toBe('invalid_request');
  });

  it('refuses to exchange a code without the verifier, or with a wrong one, and the code is then spent', async () => {
    const client = new BrowserlessClient();
    const pkce = createPkcePair();
    const callback = await authorize(client, { ...baseParams, code_challenge: pkce.challenge, code_challenge_method: 'S256' });
    const code = callback.searchParams.get('code');
    expect(code).toEqual(expect.any(String));

    const withoutVerifier = await exchange(client, code as string);
    expect(withoutVerifier.status).toBe(400);
    expect(await withoutVerifier.json()).toMatchObject({ error: 'invalid_grant' });

    const wrongVerifier = await exchange(client, code as string, createPkcePair().verifier);
    expect(wrongVerifier.status).toBe(400);
    expect(await wrongVerifier.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('exchanges a code with the right verifier exactly once', async () => {
    const client = new BrowserlessClient();
    const pkce = createPkcePair();
    const callback = await authorize(client, { ...baseParams, code_challenge: pkce.challenge, code_challenge_method: 'S256' });
    const code = callback.searchParams.get('code') as string;
    const first = await exchange(client, code, pkce.verifier);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ token_type: 'Bearer', access_token: expect.any(String) });
    const replay = await exchange(client, code, pkce.verifier);
    expect(replay.status).toBe(400);
  });

  it('refuses a code for an unknown client', async () => {
    const pkce = createPkcePair();
    const response = await fetch(authorizationUrl(idp.issuer, { ...baseParams, client_id: 'someone-else', code_challenge: pkce.challenge, code_challenge_method: 'S256' }), { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });
});
