import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SUBJECTS } from '../src/test-persons';
import { authorizationUrl, BrowserlessClient, createPkcePair, DEFAULT_TEST_REDIRECT_URI } from '../src/testing/index';
import { startTestIdp, type TestIdp } from './support/start-test-idp';

let idp: TestIdp;
beforeAll(async () => {
  idp = await startTestIdp();
});
afterAll(() => idp.close());

const toCallback = (location: URL) => location.href.startsWith(DEFAULT_TEST_REDIRECT_URI);

function authParams(extra: Record<string, string> = {}) {
  const pkce = createPkcePair();
  return {
    params: {
      client_id: 'asiointi-shell',
      response_type: 'code',
      scope: 'openid profile',
      redirect_uri: DEFAULT_TEST_REDIRECT_URI,
      code_challenge: pkce.challenge,
      code_challenge_method: 'S256',
      state: 's',
      ...extra,
    },
    verifier: pkce.verifier,
  };
}

/** Signs a person (Anna unless told) in with a browser-like cookie jar and returns their ID token. */
async function signIn(client: BrowserlessClient, subject: string = TEST_SUBJECTS.guardianAnna): Promise<string> {
  const { params, verifier } = authParams();
  const start = await client.request(authorizationUrl(idp.issuer, params));
  const interaction = await client.followUntil(start, idp.issuer, (location) => location.pathname.startsWith('/interaction/'));
  if (!(interaction instanceof URL)) throw new Error('no interaction');
  const signedIn = await client.postForm(`${idp.issuer}${interaction.pathname}/login`, { subject });
  const callback = await client.followUntil(signedIn, idp.issuer, toCallback);
  if (!(callback instanceof URL)) throw new Error('no callback');
  const token = await client.postForm(`${idp.issuer}/token`, {
    grant_type: 'authorization_code',
    code: callback.searchParams.get('code') ?? '',
    redirect_uri: DEFAULT_TEST_REDIRECT_URI,
    client_id: 'asiointi-shell',
    code_verifier: verifier,
  });
  return ((await token.json()) as { id_token: string }).id_token;
}

/** A silent authorisation request (prompt=none): a code while the session lives, login_required after. */
async function silentAuthorization(client: BrowserlessClient): Promise<URL> {
  const start = await client.request(authorizationUrl(idp.issuer, authParams({ prompt: 'none' }).params));
  const callback = await client.followUntil(start, idp.issuer, toCallback);
  if (!(callback instanceof URL)) throw new Error(`unexpected ${callback.status}`);
  return callback;
}

/** The hidden fields of the form a sign-out page submits (the anti-forgery token, and the answer). */
function logoutFormFields(page: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [, name, value] of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
    fields[name as string] = value as string;
  }
  return fields;
}

describe('RP-initiated logout', () => {
  it('with a valid id_token_hint ends the session at the provider without asking, and returns to the shell', async () => {
    const client = new BrowserlessClient();
    const idToken = await signIn(client);
    expect((await silentAuthorization(client)).searchParams.get('code')).toEqual(expect.any(String));

    const postLogoutRedirectUri = 'http://127.0.0.1:4200/auth/signed-out';
    const signingOut = await client.request(
      `${idp.issuer}/session/end?${new URLSearchParams({ id_token_hint: idToken, post_logout_redirect_uri: postLogoutRedirectUri, state: 'bye', ui_locales: 'sv' })}`,
    );
    expect(signingOut.status).toBe(200);
    const page = await signingOut.text();
    expect(page).toContain('<html lang="sv">');
    // No question to answer: the page submits the answer itself, with its own nonce allowed to run.
    expect(page).not.toContain('Vill du logga ut');
    expect(page).not.toContain('Förbli inloggad');
    const fields = logoutFormFields(page);
    expect(fields).toEqual({ xsrf: expect.any(String), logout: 'yes' });
    const scriptNonce = /<script nonce="([^"]+)">/.exec(page)?.[1];
    expect(signingOut.headers.get('content-security-policy')).toContain(`script-src 'nonce-${scriptNonce}'`);

    const confirmed = await client.postForm(`${idp.issuer}/session/end/confirm`, fields);
    expect(confirmed.status).toBe(303);
    const landing = new URL(confirmed.headers.get('location') ?? '');
    expect(landing.origin + landing.pathname).toBe(postLogoutRedirectUri);
    expect(landing.searchParams.get('state')).toBe('bye');

    expect((await silentAuthorization(client)).searchParams.get('error')).toBe('login_required');
  });

  it('asks when the id_token_hint names someone other than the person signed in here', async () => {
    const annasToken = await signIn(new BrowserlessClient());
    const client = new BrowserlessClient();
    await signIn(client, TEST_SUBJECTS.guardianMikko);
    const question = await client.request(
      `${idp.issuer}/session/end?${new URLSearchParams({ id_token_hint: annasToken, ui_locales: 'sv' })}`,
    );
    const page = await question.text();
    expect(page).toContain('Vill du logga ut');
    expect(page).not.toContain('<script');
    expect(logoutFormFields(page)).toEqual({ xsrf: expect.any(String) });
    expect((await silentAuthorization(client)).searchParams.get('code')).toEqual(expect.any(String));
  });

  it('refuses a post-logout redirect URI that is not registered', async () => {
    const client = new BrowserlessClient();
    const idToken = await signIn(client);
    const response = await client.request(
      `${idp.issuer}/session/end?${new URLSearchParams({ id_token_hint: idToken, post_logout_redirect_uri: 'https://evil.example/' })}`,
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });

  it('shows a signed-out page when the shell names no place to return to', async () => {
    const client = new BrowserlessClient();
    await signIn(client);
    const question = await client.request(`${idp.issuer}/session/end?client_id=asiointi-shell&ui_locales=en`);
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(await question.text())?.[1] ?? '';
    const confirmed = await client.postForm(`${idp.issuer}/session/end/confirm`, { xsrf, logout: 'yes' });
    const done = await client.followUntil(confirmed, idp.issuer, () => false);
    if (done instanceof URL) throw new Error('expected a page');
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('You have signed out');
  });
});
